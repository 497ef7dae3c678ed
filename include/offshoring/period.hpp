// offshoring/period.hpp: a reporting period of whole calendar months: a year, a half, a quarter or a month.
// SPDX-License-Identifier: MIT
#pragma once

#include <date/date.h>

#include <offshoring/error.hpp>

namespace offshoring {

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

struct period_access;

}  // namespace detail

// The whole calendar months [first(), last()] of one calendar year, aligned on that year's halves,
// quarters or months: a period never straddles two years and never starts mid-half or mid-quarter.
//
// Years run over [min_year, max_year] = [1, 9999]: the four-digit years the text form reads and
// prints, well inside the years date::year_month handles.
//
// Ordering is chronological by first month; periods that start in the same month sort the longer
// first (2024 < 2024-H1 < 2024-Q1 < 2024-01 < 2024-02 < 2024-Q2), the order of a table of contents.
class period {
public:
    static constexpr int min_year = 1;
    static constexpr int max_year = 9999;

    static constexpr period whole_year(int year) {
        check_year("offshoring::period::whole_year", year);
        return {year, 1, period_kind::year};
    }

    static constexpr period half(int year, int which) {
        check_year("offshoring::period::half", year);
        if (which < 1 || which > 2)
            detail::period_value_out_of_range("offshoring::period::half", "half must be 1 or 2", which);
        return {year, 6 * (which - 1) + 1, period_kind::half};
    }

    static constexpr period quarter(int year, int which) {
        check_year("offshoring::period::quarter", year);
        if (which < 1 || which > 4)
            detail::period_value_out_of_range("offshoring::period::quarter", "quarter must be in 1..4",
                                              which);
        return {year, 3 * (which - 1) + 1, period_kind::quarter};
    }

    static constexpr period month(int year, int which) {
        check_year("offshoring::period::month", year);
        if (which < 1 || which > 12)
            detail::period_value_out_of_range("offshoring::period::month", "month must be in 1..12", which);
        return {year, which, period_kind::month};
    }

    constexpr period_kind kind() const noexcept { return kind_; }

    constexpr int year() const noexcept { return static_cast<int>(first_.year()); }

    // 1 for a year; otherwise the half (1, 2), quarter (1..4) or month (1..12) number.
    constexpr int index() const noexcept { return (first_month_number() - 1) / months() + 1; }

    constexpr date::year_month first() const noexcept { return first_; }

    constexpr date::year_month last() const noexcept {
        return date::year_month{first_.year(),
                                date::month{static_cast<unsigned>(first_month_number() + months() - 1)}};
    }

    constexpr int months() const noexcept { return detail::months_in(kind_); }

    constexpr int days() const noexcept {
        int total = 0;
        const date::year y = first_.year();
        for (int m = first_month_number(); m < first_month_number() + months(); ++m)
            total += static_cast<int>(
                static_cast<unsigned>((y / date::month{static_cast<unsigned>(m)} / date::last).day()));
        return total;
    }

    // The same half, quarter, month or year one year before: the base of a year-on-year growth.
    constexpr period year_earlier() const {
        if (year() - 1 < min_year)
            detail::period_value_out_of_range("offshoring::period::year_earlier",
                                              "the year before must be in 1..9999", year() - 1);
        return {year() - 1, first_month_number(), kind_};
    }

    constexpr bool contains(period other) const noexcept {
        return first_ <= other.first_ && other.last() <= last();
    }

    constexpr bool contains(date::year_month m) const noexcept { return first_ <= m && m <= last(); }

    constexpr period enclosing_year() const noexcept { return {year(), 1, period_kind::year}; }

    friend constexpr bool operator==(period a, period b) noexcept {
        return a.first_ == b.first_ && a.kind_ == b.kind_;
    }
    friend constexpr bool operator!=(period a, period b) noexcept { return !(a == b); }
    friend constexpr bool operator<(period a, period b) noexcept {
        return a.first_ < b.first_ || (a.first_ == b.first_ && a.months() > b.months());
    }
    friend constexpr bool operator>(period a, period b) noexcept { return b < a; }
    friend constexpr bool operator<=(period a, period b) noexcept { return !(b < a); }
    friend constexpr bool operator>=(period a, period b) noexcept { return !(a < b); }

private:
    friend struct detail::period_access;

    // Only the factories (and detail::period_access, after the same checks) build periods, so every
    // period holds a year in range and an aligned first month.
    constexpr period(int year, int first_month, period_kind kind) noexcept
        : first_{date::year{year}, date::month{static_cast<unsigned>(first_month)}}, kind_{kind} {}

    static constexpr void check_year(const char* function, int year) {
        if (year < min_year || year > max_year)
            detail::period_value_out_of_range(function, "year must be in 1..9999", year);
    }

    constexpr int first_month_number() const noexcept {
        return static_cast<int>(static_cast<unsigned>(first_.month()));
    }

    date::year_month first_;
    period_kind kind_;
};

namespace detail {

// For readers that have checked year and index already and must not throw (try_parse_period).
struct period_access {
    // Precondition: year in [period::min_year, period::max_year], which a valid index for kind.
    static constexpr period make(period_kind kind, int year, int which) noexcept {
        return {year, months_in(kind) * (which - 1) + 1, kind};
    }
};

}  // namespace detail

}  // namespace offshoring
