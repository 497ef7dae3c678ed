// offshoring/calendar/period.hpp: a reporting period, any run of whole calendar months; named when it is a year, half, quarter or month.
// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>

#include <date/date.h>

#include <offshoring/detail/error.hpp>

namespace offshoring {

// The four named kinds: runs aligned on a calendar year, a half, a quarter or a month. Other runs
// (2025-01/2025-09, 2023/2024) have no kind; period::is_named() tells them apart.
enum class period_kind { year, half, quarter, month };

namespace detail {

// Kept out of line and out of the constexpr functions so that building the message never has to be a
// constant expression; a factory called in a constant expression with a bad value fails to compile.
[[noreturn]] inline void period_value_out_of_range(const char* function, const char* what, int value) {
    fail(function, std::string(what) + ", got " + describe(value));
}

constexpr int months_in(period_kind kind) noexcept {
    switch (kind) {
        case period_kind::year:
            return 12;
        case period_kind::half:
            return 6;
        case period_kind::quarter:
            return 3;
        case period_kind::month:
            return 1;
    }
    return 1;
}

// Months counted from January of year 0, so that runs across years are plain integer ranges.
constexpr int month_ordinal(date::year_month m) noexcept {
    return static_cast<int>(m.year()) * 12 + static_cast<int>(static_cast<unsigned>(m.month())) - 1;
}

constexpr date::year_month from_month_ordinal(int ordinal) noexcept {
    return date::year{ordinal / 12} / date::month{static_cast<unsigned>(ordinal % 12 + 1)};
}

struct period_access;

}  // namespace detail

// The whole calendar months [first(), last()]: one month, a quarter, the nine months to the end of
// September, two whole years. A run aligned on a year, a half, a quarter or a month is named and has a
// kind() and an index(); any other run is still a period, for flows over spans and year-to-date totals.
//
// Years run over [min_year, max_year] = [1, 9999] at both ends: the four-digit years the text form reads
// and prints, well inside the years date::year_month handles.
//
// Ordering is chronological by first month; periods that start in the same month sort the longer
// first (2024 < 2024-H1 < 2024-Q1 < 2024-01 < 2024-02 < 2024-Q2), the order of a table of contents.
class period {
public:
    static constexpr int min_year = 1;
    static constexpr int max_year = 9999;

    static constexpr period whole_year(int year) {
        check_year("offshoring::period::whole_year", year);
        return {year, 1, 12};
    }

    static constexpr period half(int year, int which) {
        check_year("offshoring::period::half", year);
        if (which < 1 || which > 2)
            detail::period_value_out_of_range("offshoring::period::half", "half must be 1 or 2", which);
        return {year, 6 * (which - 1) + 1, 6};
    }

    static constexpr period quarter(int year, int which) {
        check_year("offshoring::period::quarter", year);
        if (which < 1 || which > 4)
            detail::period_value_out_of_range("offshoring::period::quarter", "quarter must be in 1..4",
                                              which);
        return {year, 3 * (which - 1) + 1, 3};
    }

    static constexpr period month(int year, int which) {
        check_year("offshoring::period::month", year);
        check_month("offshoring::period::month", which);
        return {year, which, 1};
    }

    // The run from the first month to the last, both included: run(2023-01, 2024-12) is 2023/2024.
    // Throws offshoring::domain_error when a month is not a valid date::year_month, a year is outside
    // 1..9999, or last is before first.
    static constexpr period run(date::year_month first, date::year_month last) {
        constexpr const char* function = "offshoring::period::run";
        check_month_of(function, first);
        check_month_of(function, last);
        if (last < first)
            detail::period_value_out_of_range(
                function, "the last month must not be before the first; months from first to last",
                detail::month_ordinal(last) - detail::month_ordinal(first) + 1);
        return period{first, last};
    }

    // The whole years from first_year to last_year: years(2023, 2024) is 2023/2024.
    static constexpr period years(int first_year, int last_year) {
        check_year("offshoring::period::years", first_year);
        check_year("offshoring::period::years", last_year);
        if (last_year < first_year)
            detail::period_value_out_of_range("offshoring::period::years",
                                              "the last year must not be before the first, last year",
                                              last_year);
        return period{date::year{first_year} / date::January, date::year{last_year} / date::December};
    }

    // January to the end of month `last_month` of `year`, the cumulative figures of the press ("à fin
    // septembre 2025"): year_to_date(2025, 9) is 2025-01/2025-09; year_to_date(2025, 12) is the year.
    static constexpr period year_to_date(int year, int last_month) {
        check_year("offshoring::period::year_to_date", year);
        check_month("offshoring::period::year_to_date", last_month);
        return {year, 1, last_month};
    }

    // Whether the run is a year, a half, a quarter or a month of the calendar.
    constexpr bool is_named() const noexcept { return named_kind().has_value(); }

    constexpr std::optional<period_kind> named_kind() const noexcept {
        const int start = first_month_number();
        switch (months()) {
            case 12:
                if (start == 1) return period_kind::year;
                break;
            case 6:
                if (start == 1 || start == 7) return period_kind::half;
                break;
            case 3:
                if ((start - 1) % 3 == 0) return period_kind::quarter;
                break;
            case 1:
                return period_kind::month;
            default:
                break;
        }
        return std::nullopt;
    }

    // The kind of a named period. Throws offshoring::domain_error for a run that is not named (check
    // is_named() or use named_kind()): a run of nine months is no quarter.
    constexpr period_kind kind() const {
        const std::optional<period_kind> k = named_kind();
        if (!k)
            detail::period_value_out_of_range("offshoring::period::kind",
                                              "the period is a run of months, not a named period; months",
                                              months());
        return *k;
    }

    // The calendar year of the first month.
    constexpr int year() const noexcept { return static_cast<int>(first_.year()); }

    // 1 for a year; otherwise the half (1, 2), quarter (1..4) or month (1..12) number. Throws
    // offshoring::domain_error for a run that is not named, as kind() does.
    constexpr int index() const {
        const int length = detail::months_in(kind());
        return (first_month_number() - 1) / length + 1;
    }

    constexpr date::year_month first() const noexcept { return first_; }

    constexpr date::year_month last() const noexcept { return last_; }

    constexpr int months() const noexcept {
        return detail::month_ordinal(last_) - detail::month_ordinal(first_) + 1;
    }

    constexpr int days() const noexcept {
        int total = 0;
        for (int m = detail::month_ordinal(first_); m <= detail::month_ordinal(last_); ++m) {
            const date::year_month ym = detail::from_month_ordinal(m);
            total += static_cast<int>(static_cast<unsigned>((ym.year() / ym.month() / date::last).day()));
        }
        return total;
    }

    // The period of the same length starting n lengths later (n < 0: earlier): 2024-Q4 shifted by 1 is
    // 2025-Q1, 2025-01/2025-09 shifted by -1 is 2024-04/2024-12.
    // Throws offshoring::domain_error when the result would leave the years 1..9999.
    constexpr period shifted(int n) const { return moved("offshoring::period::shifted", n, months()); }

    constexpr period next() const { return moved("offshoring::period::next", 1, months()); }

    constexpr period previous() const { return moved("offshoring::period::previous", -1, months()); }

    // The same months one year before: the base of a year-on-year growth.
    constexpr period year_earlier() const {
        if (year() - 1 < min_year)
            detail::period_value_out_of_range("offshoring::period::year_earlier",
                                              "the year before must be in 1..9999", year() - 1);
        return moved("offshoring::period::year_earlier", -1, 12);
    }

    constexpr bool contains(period other) const noexcept {
        return first_ <= other.first_ && other.last_ <= last_;
    }

    constexpr bool contains(date::year_month m) const noexcept { return first_ <= m && m <= last_; }

    // The calendar year of the first month.
    constexpr period enclosing_year() const noexcept { return {year(), 1, 12}; }

    friend constexpr bool operator==(period a, period b) noexcept {
        return a.first_ == b.first_ && a.last_ == b.last_;
    }
    friend constexpr bool operator!=(period a, period b) noexcept { return !(a == b); }
    friend constexpr bool operator<(period a, period b) noexcept {
        return a.first_ < b.first_ || (a.first_ == b.first_ && b.last_ < a.last_);
    }
    friend constexpr bool operator>(period a, period b) noexcept { return b < a; }
    friend constexpr bool operator<=(period a, period b) noexcept { return !(b < a); }
    friend constexpr bool operator>=(period a, period b) noexcept { return !(a < b); }

private:
    friend struct detail::period_access;

    // Only the factories (and detail::period_access, after the same checks) build periods, so every
    // period holds years in range and a last month not before its first.
    constexpr period(date::year_month first, date::year_month last) noexcept : first_{first}, last_{last} {}

    constexpr period(int year, int first_month, int months) noexcept
        : period(date::year{year} / date::month{static_cast<unsigned>(first_month)},
                 date::year{year} / date::month{static_cast<unsigned>(first_month + months - 1)}) {}

    static constexpr void check_year(const char* function, int year) {
        if (year < min_year || year > max_year)
            detail::period_value_out_of_range(function, "year must be in 1..9999", year);
    }

    static constexpr void check_month(const char* function, int month) {
        if (month < 1 || month > 12)
            detail::period_value_out_of_range(function, "month must be in 1..12", month);
    }

    static constexpr void check_month_of(const char* function, date::year_month m) {
        check_month(function, static_cast<int>(static_cast<unsigned>(m.month())));
        check_year(function, static_cast<int>(m.year()));
    }

    constexpr period moved(const char* function, int steps, int length) const {
        const long long offset = static_cast<long long>(steps) * length;
        const long long start = detail::month_ordinal(first_) + offset;
        const long long end = detail::month_ordinal(last_) + offset;
        if (start < 12LL * min_year || end >= 12LL * (max_year + 1))
            detail::period_value_out_of_range(function,
                                              "the period moved must stay in the years 1..9999, "
                                              "steps",
                                              steps);
        return period{detail::from_month_ordinal(static_cast<int>(start)),
                      detail::from_month_ordinal(static_cast<int>(end))};
    }

    constexpr int first_month_number() const noexcept {
        return static_cast<int>(static_cast<unsigned>(first_.month()));
    }

    date::year_month first_;
    date::year_month last_;
};

namespace detail {

// For readers that have checked years and months already and must not throw (try_parse_period).
struct period_access {
    // Precondition: year in [period::min_year, period::max_year], which a valid index for kind.
    static constexpr period make(period_kind kind, int year, int which) noexcept {
        return {year, months_in(kind) * (which - 1) + 1, months_in(kind)};
    }

    // Precondition: both months valid with years in range, last not before first.
    static constexpr period make_run(date::year_month first, date::year_month last) noexcept {
        return {first, last};
    }
};

inline void append_four_digits(std::string& text, int year) {
    text += static_cast<char>('0' + year / 1000);
    text += static_cast<char>('0' + year / 100 % 10);
    text += static_cast<char>('0' + year / 10 % 10);
    text += static_cast<char>('0' + year % 10);
}

inline void append_month(std::string& text, date::year_month m) {
    append_four_digits(text, static_cast<int>(m.year()));
    const auto month = static_cast<unsigned>(m.month());
    text += '-';
    text += static_cast<char>('0' + month / 10);
    text += static_cast<char>('0' + month % 10);
}

inline void append_named(std::string& text, period p) {
    append_four_digits(text, p.year());
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
}

// The canonical text, here rather than in period_text.hpp so that error messages of the layers above
// (metrics, exchange rates) spell periods as to_string does without depending on the text layer:
// the named form when the run is aligned (2025-H1), whole years as 2023/2024, else months as
// 2025-01/2025-09. Years below 1000 keep four digits.
inline std::string period_label(period p) {
    std::string text;
    if (p.is_named()) {
        append_named(text, p);
    } else if (p.first().month() == date::January && p.last().month() == date::December) {
        append_four_digits(text, p.year());
        text += '/';
        append_four_digits(text, static_cast<int>(p.last().year()));
    } else {
        append_month(text, p.first());
        text += '/';
        append_month(text, p.last());
    }
    return text;
}

}  // namespace detail

}  // namespace offshoring
