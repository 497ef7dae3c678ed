// Tests of offshoring::period: the months and days a period spans, the year before, containment, order.
// SPDX-License-Identifier: MIT
#include <offshoring/calendar/period.hpp>

#include <doctest/doctest.h>

#include "../../support/troubleshooting.hpp"

#include <algorithm>
#include <array>
#include <cstddef>
#include <type_traits>
#include <vector>

using offshoring::period;
using offshoring::period_kind;

namespace {
constexpr date::year_month ym(int y, unsigned m) { return date::year{y} / date::month{m}; }
}  // namespace

// Worked from the calendar: Jan 31 + Feb 29 + Mar 31 + Apr 30 + May 31 + Jun 30 = 182 in leap 2024.
static_assert(period::half(2024, 1).days() == 182);
static_assert(period::half(2025, 1).days() == 181);
static_assert(period::whole_year(2024).days() == 366);
static_assert(period::quarter(2024, 1).days() == 91);
static_assert(period::month(2024, 2).first() == ym(2024, 2));
static_assert(period::quarter(2025, 3).last() == ym(2025, 9));
static_assert(period::half(2025, 1).year_earlier() == period::half(2024, 1));
static_assert(period::whole_year(2024).contains(period::quarter(2024, 4)));
static_assert(period::whole_year(2024) < period::half(2024, 1));
static_assert(std::is_trivially_copyable_v<period>);
static_assert(sizeof(period) <= 2 * sizeof(int));

TEST_CASE("a whole year spans twelve months from January to December") {
    constexpr period y = period::whole_year(2024);
    CHECK(y.kind() == period_kind::year);
    CHECK(y.year() == 2024);
    CHECK(y.index() == 1);
    CHECK(y.months() == 12);
    CHECK(y.first() == ym(2024, 1));
    CHECK(y.last() == ym(2024, 12));
}

TEST_CASE("halves start in January and July and span six months") {
    CHECK(period::half(2025, 1).first() == ym(2025, 1));
    CHECK(period::half(2025, 1).last() == ym(2025, 6));
    CHECK(period::half(2025, 2).first() == ym(2025, 7));
    CHECK(period::half(2025, 2).last() == ym(2025, 12));
    CHECK(period::half(2025, 2).months() == 6);
    CHECK(period::half(2025, 2).index() == 2);
    CHECK(period::half(2025, 2).kind() == period_kind::half);
}

TEST_CASE("quarters start every three months") {
    const std::array<unsigned, 4> first_months{1, 4, 7, 10};
    for (std::size_t i = 0; i < first_months.size(); ++i) {
        const int q = static_cast<int>(i) + 1;
        CAPTURE(q);
        const period p = period::quarter(2025, q);
        CHECK(p.kind() == period_kind::quarter);
        CHECK(p.index() == q);
        CHECK(p.months() == 3);
        CHECK(p.first() == ym(2025, first_months[i]));
        CHECK(p.last() == ym(2025, first_months[i] + 2));
    }
}

TEST_CASE("a month is its own first and last month") {
    const period march = period::month(2025, 3);
    CHECK(march.kind() == period_kind::month);
    CHECK(march.index() == 3);
    CHECK(march.months() == 1);
    CHECK(march.first() == ym(2025, 3));
    CHECK(march.last() == ym(2025, 3));
    CHECK(march.year() == 2025);
}

TEST_CASE("days follow the Gregorian leap-year rule") {
    // Divisible by 4 is leap, except centuries, except every fourth century.
    CHECK(period::whole_year(2024).days() == 366);
    CHECK(period::whole_year(2025).days() == 365);
    CHECK(period::whole_year(2000).days() == 366);
    CHECK(period::whole_year(1900).days() == 365);
    CHECK(period::whole_year(2100).days() == 365);
    CHECK(period::month(2024, 2).days() == 29);
    CHECK(period::month(2000, 2).days() == 29);
    CHECK(period::month(1900, 2).days() == 28);
    CHECK(period::month(2100, 2).days() == 28);
    CHECK(period::month(2025, 2).days() == 28);
}

TEST_CASE("days of halves, quarters and months are counted from the calendar") {
    CHECK(period::half(2024, 1).days() == 182);
    CHECK(period::half(2025, 1).days() == 181);
    CHECK(period::half(2024, 2).days() == 184);  // 31 + 31 + 30 + 31 + 30 + 31
    CHECK(period::half(2025, 2).days() == 184);
    CHECK(period::quarter(2024, 1).days() == 91);  // 31 + 29 + 31
    CHECK(period::quarter(2025, 1).days() == 90);
    CHECK(period::quarter(2025, 2).days() == 91);  // 30 + 31 + 30
    CHECK(period::quarter(2025, 3).days() == 92);  // 31 + 31 + 30
    CHECK(period::quarter(2025, 4).days() == 92);  // 31 + 30 + 31
    const std::array<int, 12> month_days{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    for (std::size_t i = 0; i < month_days.size(); ++i) {
        const int m = static_cast<int>(i) + 1;
        CAPTURE(m);
        CHECK(period::month(2025, m).days() == month_days[i]);
    }
}

TEST_CASE("the first and last valid years have the right number of days") {
    CHECK(period::whole_year(1).days() == 365);
    CHECK(period::whole_year(4).days() == 366);
    CHECK(period::whole_year(9999).days() == 365);
    CHECK(period::month(9999, 12).days() == 31);
}

TEST_CASE("the factories refuse an index outside the year with a message naming function and value") {
    using offshoring::domain_error;
    CHECK_THROWS_WITH_AS(period::month(2024, 13),
                         "offshoring::period::month: month must be in 1..12, got 13" SEE_DOMAIN_ERRORS,
                         domain_error);
    CHECK_THROWS_WITH_AS(period::month(2024, 0),
                         "offshoring::period::month: month must be in 1..12, got 0" SEE_DOMAIN_ERRORS,
                         domain_error);
    CHECK_THROWS_WITH_AS(period::half(2025, 3),
                         "offshoring::period::half: half must be 1 or 2, got 3" SEE_DOMAIN_ERRORS,
                         domain_error);
    CHECK_THROWS_WITH_AS(period::half(2025, 0),
                         "offshoring::period::half: half must be 1 or 2, got 0" SEE_DOMAIN_ERRORS,
                         domain_error);
    CHECK_THROWS_WITH_AS(period::quarter(2025, 0),
                         "offshoring::period::quarter: quarter must be in 1..4, got 0" SEE_DOMAIN_ERRORS,
                         domain_error);
    CHECK_THROWS_WITH_AS(period::quarter(2025, 5),
                         "offshoring::period::quarter: quarter must be in 1..4, got 5" SEE_DOMAIN_ERRORS,
                         domain_error);
}

TEST_CASE("the factories refuse a year outside 1..9999") {
    using offshoring::domain_error;
    CHECK_THROWS_WITH_AS(period::whole_year(0),
                         "offshoring::period::whole_year: year must be in 1..9999, got 0" SEE_DOMAIN_ERRORS,
                         domain_error);
    CHECK_THROWS_WITH_AS(
        period::whole_year(10000),
        "offshoring::period::whole_year: year must be in 1..9999, got 10000" SEE_DOMAIN_ERRORS, domain_error);
    CHECK_THROWS_WITH_AS(period::half(-2025, 1),
                         "offshoring::period::half: year must be in 1..9999, got -2025" SEE_DOMAIN_ERRORS,
                         domain_error);
    CHECK_THROWS_WITH_AS(period::quarter(10000, 1),
                         "offshoring::period::quarter: year must be in 1..9999, got 10000" SEE_DOMAIN_ERRORS,
                         domain_error);
    CHECK_THROWS_WITH_AS(period::month(0, 1),
                         "offshoring::period::month: year must be in 1..9999, got 0" SEE_DOMAIN_ERRORS,
                         domain_error);
    CHECK_NOTHROW(period::whole_year(1));
    CHECK_NOTHROW(period::whole_year(9999));
}

TEST_CASE("a domain error is also a std::domain_error") {
    CHECK_THROWS_AS(period::month(2024, 13), std::domain_error);
}

TEST_CASE("the same period a year earlier keeps its kind and index") {
    CHECK(period::half(2025, 1).year_earlier() == period::half(2024, 1));
    CHECK(period::quarter(2025, 3).year_earlier() == period::quarter(2024, 3));
    CHECK(period::month(2024, 2).year_earlier() == period::month(2023, 2));
    CHECK(period::whole_year(2024).year_earlier() == period::whole_year(2023));
    CHECK(period::half(2, 2).year_earlier() == period::half(1, 2));
}

TEST_CASE("there is no year before year 1") {
    CHECK_THROWS_WITH_AS(
        period::half(1, 1).year_earlier(),
        "offshoring::period::year_earlier: the year before must be in 1..9999, got 0" SEE_DOMAIN_ERRORS,
        offshoring::domain_error);
    CHECK_THROWS_AS(period::whole_year(1).year_earlier(), offshoring::domain_error);
}

TEST_CASE("a period contains the periods and months inside it") {
    const period y2024 = period::whole_year(2024);
    const period h1 = period::half(2024, 1);
    CHECK(y2024.contains(h1));
    CHECK(y2024.contains(period::quarter(2024, 4)));
    CHECK(y2024.contains(y2024));
    CHECK(h1.contains(period::quarter(2024, 2)));
    CHECK_FALSE(h1.contains(period::quarter(2024, 3)));
    CHECK_FALSE(h1.contains(y2024));
    CHECK_FALSE(y2024.contains(period::month(2025, 1)));
    CHECK_FALSE(y2024.contains(period::month(2023, 12)));
    CHECK(h1.contains(ym(2024, 6)));
    CHECK_FALSE(h1.contains(ym(2024, 7)));
    CHECK_FALSE(h1.contains(ym(2025, 3)));
    CHECK(period::month(2024, 5).contains(ym(2024, 5)));
}

TEST_CASE("the enclosing year of any period is the whole calendar year it lies in") {
    CHECK(period::half(2025, 2).enclosing_year() == period::whole_year(2025));
    CHECK(period::month(2025, 12).enclosing_year() == period::whole_year(2025));
    CHECK(period::whole_year(2025).enclosing_year() == period::whole_year(2025));
}

TEST_CASE("equal periods have the same months and the same kind") {
    CHECK(period::half(2025, 1) == period::half(2025, 1));
    CHECK(period::half(2025, 1) != period::half(2025, 2));
    CHECK(period::half(2025, 1) != period::quarter(2025, 1));
    CHECK(period::whole_year(2025) != period::half(2025, 1));
    CHECK(period::month(2025, 1) != period::month(2024, 1));
}

TEST_CASE("periods sort by first month, and the longer first when they start together") {
    const std::vector<period> expected{
        period::whole_year(2024), period::half(2024, 1),    period::quarter(2024, 1), period::month(2024, 1),
        period::month(2024, 2),   period::month(2024, 3),   period::quarter(2024, 2), period::month(2024, 4),
        period::half(2024, 2),    period::quarter(2024, 3), period::month(2024, 7),   period::month(2024, 12),
        period::whole_year(2025),
    };
    std::vector<period> shuffled{expected[7],  expected[12], expected[0], expected[5], expected[9],
                                 expected[2],  expected[11], expected[1], expected[8], expected[4],
                                 expected[10], expected[3],  expected[6]};
    std::sort(shuffled.begin(), shuffled.end());
    CHECK(shuffled == expected);

    CHECK(period::whole_year(2024) < period::half(2024, 1));
    CHECK(period::half(2024, 1) < period::quarter(2024, 1));
    CHECK(period::quarter(2024, 1) < period::month(2024, 1));
    CHECK(period::month(2024, 1) < period::quarter(2024, 2));
    CHECK(period::half(2024, 2) > period::month(2024, 6));
    CHECK(period::half(2024, 2) >= period::half(2024, 2));
    CHECK(period::half(2024, 2) <= period::half(2024, 2));
    CHECK_FALSE(period::half(2024, 2) < period::half(2024, 2));
    CHECK(period::month(2024, 12) < period::whole_year(2025));
}
