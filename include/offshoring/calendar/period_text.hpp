// offshoring/calendar/period_text.hpp: reading and writing periods as text (2024, 2025-H1, 2025-01/2025-09, "à fin septembre 2025").
// SPDX-License-Identifier: MIT
#pragma once

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include <offshoring/calendar/period.hpp>
#include <offshoring/detail/error.hpp>

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
        if (starts_french_month()) return read_french_month();
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

    // The year after a French word, past the blanks between.
    bool read_year_after_word(int& year, period_reading& error) noexcept {
        if (at_end()) {
            error = failure(pos_, "expected the year");
            return false;
        }
        skip_blanks();
        return read_year(year, error);
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

    // 2024, 2025-H1, 2025-S1, 2025-Q3, 2025-T3, 2025-03: one named period, ending at the end, a blank or
    // a '/'.
    bool read_named(period& out, period_reading& error) noexcept {
        int year = 0;
        if (!read_year(year, error)) return false;
        if (at_end() || is_blank(peek()) || peek() == '/') {
            out = make(period_kind::year, year, 1);
            return true;
        }
        if (peek() != '-') {
            error = failure(pos_, "expected '-' or the end after the year");
            return false;
        }
        ++pos_;
        if (at_end()) {
            error = failure(pos_, "expected H1, S1, Q1 or a two-digit month after '-'");
            return false;
        }
        if (is_digit(peek())) {
            const std::size_t start = pos_;
            const int tens = peek() - '0';
            ++pos_;
            if (at_end() || !is_digit(peek())) {
                error = failure(pos_, "a month has two digits");
                return false;
            }
            const int month = tens * 10 + (peek() - '0');
            ++pos_;
            if (month < 1 || month > 12) {
                error = failure(start, "month must be 01 to 12");
                return false;
            }
            out = make(period_kind::month, year, month);
            return true;
        }
        period_kind kind = period_kind::year;
        int which = 0;
        if (!read_index(peek(), kind, which, error)) return false;
        out = make(kind, year, which);
        return true;
    }

    // A named period, or two joined by '/' for the run from the start of the first to the end of the
    // second: 2025-01/2025-09, 2023/2024, 2024-Q3/2024-Q4. The second must neither start nor end before
    // the first, so that 2025-09/2025-01 and 2025/2025-03 are refused rather than guessed.
    period_reading read_year_first() noexcept {
        period from = make(period_kind::year, period::min_year, 1);
        period_reading error;
        if (!read_named(from, error)) return error;
        if (at_end() || peek() != '/') return finish(from);
        ++pos_;
        const std::size_t second = pos_;
        if (at_end() || !is_digit(peek()))
            return failure(pos_, "expected a period such as 2025-09 after '/'");
        period to = from;
        if (!read_named(to, error)) return error;
        if (to.first() < from.first() || to.last() < from.last())
            return failure(second, "the period after '/' must not start or end before the one before it");
        return finish(period_access::make_run(from.first(), to.last()));
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

    // Whether the two UTF-8 bytes 0xC3 `second` spell the ASCII letter `p` with an accent, in either
    // case: à â ä for a, é è ê ë for e, ù û ü for u (Latin-1 Supplement, lower case 0x20 above upper).
    static constexpr bool is_accented(char p, unsigned char second) noexcept {
        const auto lower_second = static_cast<unsigned char>(second >= 0xA0 ? second : second + 0x20);
        switch (p) {
            case 'a':
                return lower_second == 0xA0 || lower_second == 0xA2 || lower_second == 0xA4;
            case 'e':
                return lower_second >= 0xA8 && lower_second <= 0xAB;
            case 'u':
                return lower_second == 0xB9 || lower_second == 0xBB || lower_second == 0xBC;
            default:
                return false;
        }
    }

    // Compares the word at pos_ with an ASCII pattern, ignoring case and the accents of a, e and u.
    bool match_word(std::string_view pattern, std::size_t& end) const noexcept {
        return match_word_at(pos_, pattern, end);
    }

    bool match_word_at(std::size_t from, std::string_view pattern, std::size_t& end) const noexcept {
        std::size_t i = from;
        for (char p : pattern) {
            if (i >= text_.size()) return false;
            const char c = text_[i];
            if (c == '\xC3' && i + 1 < text_.size() &&
                is_accented(p, static_cast<unsigned char>(text_[i + 1]))) {
                i += 2;
                continue;
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
        int year = 0;
        period_reading error;
        if (!read_year_after_word(year, error)) return error;
        return finish(make(kind, year, which));
    }

    // The French month name at `from`, 0 if there is none; end is set past it.
    int french_month_at(std::size_t from, std::size_t& end) const noexcept {
        static constexpr std::array<std::string_view, 12> months{
            "janvier", "fevrier", "mars",      "avril",   "mai",      "juin",
            "juillet", "aout",    "septembre", "octobre", "novembre", "decembre"};
        for (std::size_t m = 0; m < months.size(); ++m)
            if (match_word_at(from, months[m], end)) return static_cast<int>(m) + 1;
        return 0;
    }

    // "à fin", "a fin" or "fin" at pos_: the year-to-date figures of the press.
    bool match_year_to_date(std::size_t& end) const noexcept {
        std::size_t i = pos_;
        if (match_word_at(i, "a", end)) {
            i = end;
            while (i < text_.size() && is_blank(text_[i]))
                ++i;
        }
        return match_word_at(i, "fin", end);
    }

    bool starts_french_month() const noexcept {
        std::size_t end = pos_;
        return french_month_at(pos_, end) != 0 || match_year_to_date(end);
    }

    // mars 2025; à fin septembre 2025 (January to September 2025).
    period_reading read_french_month() noexcept {
        std::size_t end = pos_;
        const bool to_date = match_year_to_date(end);
        if (to_date) {
            pos_ = end;
            skip_blanks();
        }
        const int month = french_month_at(pos_, end);
        if (month == 0) return failure(pos_, "expected a month name, janvier to d\u00e9cembre");
        pos_ = end;
        int year = 0;
        period_reading error;
        if (!read_year_after_word(year, error)) return error;
        if (!to_date) return finish(make(period_kind::month, year, month));
        const date::year y{year};
        return finish(
            period_access::make_run(y / date::January, y / date::month{static_cast<unsigned>(month)}));
    }

    std::string_view text_;
    std::size_t pos_ = 0;
};

}  // namespace detail

// Reads 2024, 2025-H1, 2025-S1, 2025-Q3, 2025-T3, 2025-03, H1 2025, S1 2025, Q3 2025, T3 2025, runs
// joined by '/' (2025-01/2025-09, 2023/2024, 2024-Q3/2024-Q4) and the French "premier semestre 2025",
// "second semestre 2025", "3e trimestre 2025", "mars 2025", "à fin septembre 2025" (January to
// September); letters in any case, accents optional, blanks around the text ignored. Throws parse_error with the position where reading failed.
inline period parse_period(std::string_view text) {
    detail::period_reading r = detail::period_reader(text).read();
    if (!r.value) throw parse_error("offshoring::parse_period", text, r.position, r.why);
    return *r.value;
}

inline std::optional<period> try_parse_period(std::string_view text) noexcept {
    return detail::period_reader(text).read().value;
}

// The canonical form, which parse_period reads back: the named form whenever the run is aligned (2024,
// 2025-H1, 2025-Q3, 2025-03; 2025-01/2025-06 is written 2025-H1), whole years as 2023/2024, any other run
// as its months, 2025-01/2025-09. Years below 1000 keep four digits.
inline std::string to_string(period p) { return detail::period_label(p); }

}  // namespace offshoring
