// offshoring/period_text.hpp: reading and writing periods as text (2024, 2025-H1, 2025-Q3, 2025-03).
// SPDX-License-Identifier: MIT
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include <offshoring/error.hpp>
#include <offshoring/period.hpp>

namespace offshoring {

namespace detail {

// Where and why reading stopped, so that the throwing and the non-throwing parsers share one reader.
struct period_reading {
    std::optional<period> value;
    std::size_t position = 0;
    const char* why = "";
};

class period_reader {
public:
    explicit constexpr period_reader(std::string_view text) noexcept : text_(text) {}

    period_reading read() noexcept {
        skip_blanks();
        const std::size_t start = pos_;
        if (at_end()) return failure(pos_, "expected a period such as 2024, 2025-H1, 2025-Q3 or 2025-03");
        if (starts_french_ordinal()) return read_french();
        if (is_digit(peek())) return read_year_first();
        if (is_index_letter(peek())) return read_prefix_first();
        return failure(start, "expected a period such as 2024, 2025-H1, 2025-Q3 or 2025-03");
    }

private:
    static constexpr bool is_digit(char c) noexcept { return c >= '0' && c <= '9'; }
    static constexpr bool is_blank(char c) noexcept { return c == ' ' || c == '\t'; }
    static constexpr char lower(char c) noexcept {
        return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
    }
    static constexpr bool is_index_letter(char c) noexcept {
        return lower(c) == 'h' || lower(c) == 's' || lower(c) == 'q' || lower(c) == 't';
    }

    bool at_end() const noexcept { return pos_ >= text_.size(); }
    char peek() const noexcept { return text_[pos_]; }
    void skip_blanks() noexcept {
        while (!at_end() && is_blank(peek()))
            ++pos_;
    }

    static period_reading failure(std::size_t position, const char* why) noexcept {
        return {std::nullopt, position, why};
    }

    // Only blanks may follow a period.
    period_reading finish(period p) noexcept {
        skip_blanks();
        if (!at_end()) return failure(pos_, "unexpected text after the period");
        return {p, pos_, ""};
    }

    // Exactly four digits: the year of the text form. A fifth digit stops reading before any overflow.
    bool read_year(int& year, period_reading& error) noexcept {
        const std::size_t start = pos_;
        year = 0;
        for (int n = 0; n < 4; ++n) {
            if (at_end() || !is_digit(peek())) {
                error = failure(pos_, "a year has four digits");
                return false;
            }
            year = year * 10 + (peek() - '0');
            ++pos_;
        }
        if (!at_end() && is_digit(peek())) {
            error = failure(pos_, "a year has four digits");
            return false;
        }
        if (year < period::min_year) {
            error = failure(start, "year must be in 0001..9999");
            return false;
        }
        return true;
    }

    // One digit naming a half (H or S), a quarter (Q, or T for the French trimestre).
    bool read_index(char letter, period_kind& kind, int& which, period_reading& error) noexcept {
        const char l = lower(letter);
        if (l == 'h' || l == 's')
            kind = period_kind::half;
        else if (l == 'q' || l == 't')
            kind = period_kind::quarter;
        else {
            error = failure(pos_, "expected H or S (half), Q or T (quarter)");
            return false;
        }
        ++pos_;
        if (at_end() || !is_digit(peek())) {
            error = failure(pos_, kind == period_kind::half ? "expected the half, 1 or 2"
                                                            : "expected the quarter, 1 to 4");
            return false;
        }
        which = peek() - '0';
        if (kind == period_kind::half && (which < 1 || which > 2)) {
            error = failure(pos_, "half must be 1 or 2");
            return false;
        }
        if (kind == period_kind::quarter && (which < 1 || which > 4)) {
            error = failure(pos_, "quarter must be 1 to 4");
            return false;
        }
        ++pos_;
        return true;
    }

    // Year and index are checked before, so building the period cannot fail.
    static constexpr period make(period_kind kind, int year, int which) noexcept {
        return period_access::make(kind, year, which);
    }

    // 2024, 2025-H1, 2025-S1, 2025-Q3, 2025-T3, 2025-03
    period_reading read_year_first() noexcept {
        int year = 0;
        period_reading error;
        if (!read_year(year, error)) return error;
        if (at_end() || is_blank(peek())) return finish(period::whole_year(year));
        if (peek() != '-') return failure(pos_, "expected '-' or the end after the year");
        ++pos_;
        if (at_end()) return failure(pos_, "expected H1, S1, Q1 or a two-digit month after '-'");
        if (is_digit(peek())) {
            const std::size_t start = pos_;
            const int tens = peek() - '0';
            ++pos_;
            if (at_end() || !is_digit(peek())) return failure(pos_, "a month has two digits");
            const int month = tens * 10 + (peek() - '0');
            ++pos_;
            if (month < 1 || month > 12) return failure(start, "month must be 01 to 12");
            return finish(period::month(year, month));
        }
        period_kind kind = period_kind::year;
        int which = 0;
        if (!read_index(peek(), kind, which, error)) return error;
        return finish(make(kind, year, which));
    }

    // H1 2025, S1 2025, Q3 2025, T3 2025
    period_reading read_prefix_first() noexcept {
        period_kind kind = period_kind::year;
        int which = 0;
        period_reading error;
        if (!read_index(peek(), kind, which, error)) return error;
        if (at_end() || !is_blank(peek())) return failure(pos_, "expected a space before the year");
        skip_blanks();
        int year = 0;
        if (!read_year(year, error)) return error;
        return finish(make(kind, year, which));
    }

    // Compares the word at pos_ with an ASCII pattern, ignoring case and the accents of e (é è ê ë).
    bool match_word(std::string_view pattern, std::size_t& end) const noexcept {
        std::size_t i = pos_;
        for (char p : pattern) {
            if (i >= text_.size()) return false;
            const char c = text_[i];
            if (p == 'e' && c == '\xC3' && i + 1 < text_.size()) {
                const auto next = static_cast<unsigned char>(text_[i + 1]);
                if ((next >= 0xA8 && next <= 0xAB) || (next >= 0x88 && next <= 0x8B)) {
                    i += 2;
                    continue;
                }
            }
            if (lower(c) != p) return false;
            ++i;
        }
        if (i < text_.size() && !is_blank(text_[i])) return false;
        end = i;
        return true;
    }

    // The French ordinal word at pos_, 0 if there is none; end is set past it.
    int french_ordinal(std::size_t& end) const noexcept {
        struct ordinal {
            std::string_view word;
            int which;
        };
        static constexpr std::array<ordinal, 12> ordinals{{
            {"premier", 1},
            {"1er", 1},
            {"second", 2},
            {"deuxieme", 2},
            {"2e", 2},
            {"2eme", 2},
            {"troisieme", 3},
            {"3e", 3},
            {"3eme", 3},
            {"quatrieme", 4},
            {"4e", 4},
            {"4eme", 4},
        }};
        for (const ordinal& o : ordinals)
            if (match_word(o.word, end)) return o.which;
        return 0;
    }

    bool starts_french_ordinal() const noexcept {
        std::size_t end = pos_;
        return french_ordinal(end) != 0;
    }

    // premier semestre 2025, second semestre 2025, 3e trimestre 2025, ...
    period_reading read_french() noexcept {
        const std::size_t ordinal_start = pos_;
        std::size_t end = pos_;
        const int which = french_ordinal(end);
        pos_ = end;
        if (at_end()) return failure(pos_, "expected semestre or trimestre");
        skip_blanks();
        period_kind kind = period_kind::year;
        if (match_word("semestre", end))
            kind = period_kind::half;
        else if (match_word("trimestre", end))
            kind = period_kind::quarter;
        else
            return failure(pos_, "expected semestre or trimestre");
        if (kind == period_kind::half && which > 2) return failure(ordinal_start, "a year has two semestres");
        pos_ = end;
        if (at_end()) return failure(pos_, "expected the year");
        skip_blanks();
        int year = 0;
        period_reading error;
        if (!read_year(year, error)) return error;
        return finish(make(kind, year, which));
    }

    std::string_view text_;
    std::size_t pos_ = 0;
};

}  // namespace detail

// Reads 2024, 2025-H1, 2025-S1, 2025-Q3, 2025-T3, 2025-03, H1 2025, S1 2025, Q3 2025, T3 2025 and the French
// "premier semestre 2025", "second semestre 2025", "3e trimestre 2025"; letters in any case, blanks
// around the text ignored. Throws parse_error with the position where reading failed.
inline period parse_period(std::string_view text) {
    detail::period_reading r = detail::period_reader(text).read();
    if (!r.value) throw parse_error("offshoring::parse_period", text, r.position, r.why);
    return *r.value;
}

inline std::optional<period> try_parse_period(std::string_view text) noexcept {
    return detail::period_reader(text).read().value;
}

// The canonical form: 2024, 2025-H1, 2025-Q3, 2025-03 (years below 1000 padded to four digits).
inline std::string to_string(period p) {
    const int year = p.year();
    std::string text{static_cast<char>('0' + year / 1000), static_cast<char>('0' + year / 100 % 10),
                     static_cast<char>('0' + year / 10 % 10), static_cast<char>('0' + year % 10)};
    switch (p.kind()) {
        case period_kind::year:
            break;
        case period_kind::half:
            text += "-H";
            text += static_cast<char>('0' + p.index());
            break;
        case period_kind::quarter:
            text += "-Q";
            text += static_cast<char>('0' + p.index());
            break;
        case period_kind::month:
            text += '-';
            text += static_cast<char>('0' + p.index() / 10);
            text += static_cast<char>('0' + p.index() % 10);
            break;
    }
    return text;
}

}  // namespace offshoring
