// offshoring/segment/segment_text.hpp: reading a segment from its acronym, English or French name.
// SPDX-License-Identifier: MIT
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string_view>

#include <offshoring/detail/error.hpp>
#include <offshoring/segment/segment.hpp>

namespace offshoring {

namespace detail {

// Reads UTF-8 text as lower-case ASCII without accents, so that "Ingénierie", "INGENIERIE" and
// "ingénierie" compare alike: Latin-1 accented letters lose their accent, typographic apostrophes
// become ', and every run of blanks (no-break spaces included) becomes one space.
class folded_text {
public:
    static constexpr int end = -1;
    static constexpr int unknown = 0;  // a character no name contains

    explicit constexpr folded_text(std::string_view text) noexcept : text_(text) {}

    constexpr int next() noexcept {
        if (blank_width(pos_) != 0) {
            while (pos_ < text_.size() && blank_width(pos_) != 0)
                pos_ += blank_width(pos_);
            // Blanks before the first letter or after the last one are dropped, not folded.
            if (!started_) return next();
            return pos_ < text_.size() ? ' ' : end;
        }
        started_ = true;
        if (pos_ >= text_.size()) return end;
        const auto c = static_cast<unsigned char>(text_[pos_]);
        if (c < 0x80) {
            ++pos_;
            return c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c;
        }
        if (c == 0xC3 && pos_ + 1 < text_.size()) {
            const auto d = static_cast<unsigned char>(text_[pos_ + 1]);
            pos_ += 2;
            return latin1_base(static_cast<unsigned char>(d + 0x40));
        }
        if (starts_with("\u2019") || starts_with("\u2018")) {
            pos_ += 3;
            return '\'';
        }
        if (starts_with("\u02BC")) {
            pos_ += 2;
            return '\'';
        }
        ++pos_;
        return unknown;
    }

private:
    constexpr bool starts_with(std::string_view s) const noexcept {
        return text_.substr(pos_, s.size()) == s;
    }

    // Width in bytes of the blank at i, 0 if none: space, tab, U+00A0 and U+202F (French thin space).
    constexpr std::size_t blank_width(std::size_t i) const noexcept {
        if (i >= text_.size()) return 0;
        if (text_[i] == ' ' || text_[i] == '\t') return 1;
        if (text_.substr(i, 2) == "\u00A0") return 2;
        if (text_.substr(i, 3) == "\u202F") return 3;
        return 0;
    }

    // The unaccented lower-case letter of a Latin-1 code point in U+00C0..U+00FF.
    static constexpr int latin1_base(unsigned char code) noexcept {
        constexpr std::string_view bases{
            "aaaaaa\0ceeeeiiii\0nooooo\0\0uuuuy\0\0"  // U+00C0..U+00DF
            "aaaaaa\0ceeeeiiii\0nooooo\0\0uuuuy\0y",  // U+00E0..U+00FF
            64};
        if (code < 0xC0) return unknown;
        return bases[static_cast<std::size_t>(code - 0xC0)];
    }

    std::string_view text_;
    std::size_t pos_ = 0;
    bool started_ = false;
};

// Whether text reads as name, which is already lower-case ASCII with single spaces.
constexpr bool reads_as(std::string_view text, std::string_view name) noexcept {
    folded_text folded(text);
    for (char c : name)
        if (folded.next() != c) return false;
    return folded.next() == folded_text::end;
}

struct segment_alias {
    std::string_view name;
    segment value;
};

// Every name the library reads: the acronyms, the English names and the French wordings of the press.
inline constexpr std::array<segment_alias, 26> segment_aliases{{
    {"ito", segment::ito},
    {"it services outsourcing", segment::ito},
    {"it outsourcing", segment::ito},
    {"information technology outsourcing", segment::ito},
    {"externalisation des services informatiques", segment::ito},
    {"services informatiques", segment::ito},
    {"services informatiques et technologiques", segment::ito},
    {"crm", segment::crm},
    {"customer relationship management", segment::crm},
    {"gestion de la relation client", segment::crm},
    {"relation client", segment::crm},
    {"eso", segment::eso},
    {"engineering services outsourcing", segment::eso},
    {"engineering outsourcing", segment::eso},
    {"ingenierie", segment::eso},
    {"services d'ingenierie", segment::eso},
    {"externalisation des services d'ingenierie", segment::eso},
    {"bpo", segment::bpo},
    {"business process outsourcing", segment::bpo},
    {"externalisation des processus d'entreprise", segment::bpo},
    {"processus d'entreprise", segment::bpo},
    {"processus d'affaires", segment::bpo},
    {"kpo", segment::kpo},
    {"knowledge process outsourcing", segment::kpo},
    {"externalisation des processus de connaissance", segment::kpo},
    {"processus de connaissance", segment::kpo},
}};

constexpr std::size_t first_non_blank(std::string_view text) noexcept {
    std::size_t i = 0;
    while (i < text.size() && (text[i] == ' ' || text[i] == '\t'))
        ++i;
    return i;
}

constexpr std::optional<segment> find_segment(std::string_view text) noexcept {
    // Blanks are trimmed once here so that each alias comparison stays linear.
    std::size_t last = text.size();
    while (last > 0 && (text[last - 1] == ' ' || text[last - 1] == '\t'))
        --last;
    const std::string_view trimmed = text.substr(0, last).substr(first_non_blank(text.substr(0, last)));
    for (const segment_alias& alias : segment_aliases)
        if (reads_as(trimmed, alias.name)) return alias.value;
    return std::nullopt;
}

}  // namespace detail

// Reads an acronym (ITO, CRM, ESO, BPO, KPO), an English name or a French name, in any case, with or
// without accents, blanks around ignored. Throws parse_error naming the text otherwise.
inline segment parse_segment(std::string_view text) {
    if (const auto found = detail::find_segment(text)) return *found;
    const std::size_t start = detail::first_non_blank(text);
    if (start == text.size())
        throw parse_error("offshoring::parse_segment", text, start, "expected a segment name");
    throw parse_error("offshoring::parse_segment", text, start,
                      "not a segment: expected ITO, CRM, ESO, BPO, KPO or an English or French segment name");
}

constexpr std::optional<segment> try_parse_segment(std::string_view text) noexcept {
    return detail::find_segment(text);
}

}  // namespace offshoring
