// Tests of periods as runs of months: factories, navigation, text both ways, words, and the lattice.
// SPDX-License-Identifier: MIT
#include <offshoring/calendar.hpp>
#include <offshoring/text/period.hpp>

#include <doctest/doctest.h>

#include "../support/troubleshooting.hpp"

#include <string>
#include <vector>

using namespace offshoring;

namespace {
constexpr date::year_month ym(int y, unsigned m) { return date::year{y} / date::month{m}; }
constexpr period nine_months_2025 = period::run(ym(2025, 1), ym(2025, 9));

// The position parse_period reports for text; -1 if it does not throw.
long failing_position(std::string_view text) {
    try {
        (void)parse_period(text);
    } catch (const parse_error& error) {
        return static_cast<long>(error.position());
    }
    return -1;
}
}  // namespace

static_assert(nine_months_2025.months() == 9);
static_assert(!nine_months_2025.is_named());
static_assert(period::run(ym(2025, 1), ym(2025, 6)) == period::half(2025, 1));
static_assert(period::year_to_date(2025, 9) == nine_months_2025);
static_assert(period::year_to_date(2025, 12) == period::whole_year(2025));
static_assert(period::quarter(2024, 4).next() == period::quarter(2025, 1));
static_assert(sizeof(period) <= 2 * sizeof(int));

TEST_CASE("a run of months spans its months and days, named only when aligned") {
    // 31 + 28 + 31 + 30 + 31 + 30 + 31 + 31 + 30 days, January to September of a common year.
    CHECK(nine_months_2025.days() == 273);
    CHECK(nine_months_2025.first() == ym(2025, 1));
    CHECK(nine_months_2025.last() == ym(2025, 9));
    CHECK_FALSE(nine_months_2025.named_kind().has_value());
    const period two_years = period::years(2023, 2024);
    CHECK(two_years.months() == 24);
    CHECK(two_years.days() == 365 + 366);
    CHECK(period::run(ym(2024, 7), ym(2024, 12)).kind() == period_kind::half);
    CHECK(period::run(ym(2024, 7), ym(2024, 12)).index() == 2);
    CHECK(period::run(ym(2024, 4), ym(2024, 6)).kind() == period_kind::quarter);
    // Six months that do not start in January or July are no half.
    CHECK_FALSE(period::run(ym(2024, 4), ym(2024, 9)).is_named());
    CHECK(period::run(ym(2024, 11), ym(2025, 2)).year() == 2024);
}

TEST_CASE("a run sorts after the longer runs and before the shorter ones that start with it") {
    CHECK(period::whole_year(2025) < nine_months_2025);
    CHECK(nine_months_2025 < period::half(2025, 1));
    CHECK(period::half(2025, 1) < period::quarter(2025, 1));
}

TEST_CASE("bad runs are refused, naming the function and the value") {
    CHECK_THROWS_WITH_AS(period::run(ym(2025, 9), ym(2025, 1)),
                         "offshoring::period::run: the last month must not be before the first; months from "
                         "first to last, got -7" SEE_DOMAIN_ERRORS,
                         domain_error);
    CHECK_THROWS_WITH_AS(period::year_to_date(2025, 13),
                         "offshoring::period::year_to_date: month must be in 1..12, got 13" SEE_DOMAIN_ERRORS,
                         domain_error);
    CHECK_THROWS_WITH_AS(period::year_to_date(2025, 0),
                         "offshoring::period::year_to_date: month must be in 1..12, got 0" SEE_DOMAIN_ERRORS,
                         domain_error);
    CHECK_THROWS_WITH_AS(period::run(ym(0, 1), ym(2025, 1)),
                         "offshoring::period::run: year must be in 1..9999, got 0" SEE_DOMAIN_ERRORS,
                         domain_error);
    CHECK_THROWS_WITH_AS(period::years(2025, 10000),
                         "offshoring::period::years: year must be in 1..9999, got 10000" SEE_DOMAIN_ERRORS,
                         domain_error);
    CHECK_THROWS_WITH_AS(
        period::years(2025, 2024),
        "offshoring::period::years: the last year must not be before the first, last year, got "
        "2024" SEE_DOMAIN_ERRORS,
        domain_error);
    CHECK_THROWS_AS((void)nine_months_2025.kind(), domain_error);
    CHECK_THROWS_AS((void)nine_months_2025.index(), domain_error);
}

TEST_CASE("navigation moves by the period's own length") {
    CHECK(period::month(2025, 1).previous() == period::month(2024, 12));
    CHECK(period::quarter(2024, 3).shifted(2) == period::quarter(2025, 1));
    CHECK(nine_months_2025.shifted(-1) == period::run(ym(2024, 4), ym(2024, 12)));
    CHECK(period::years(2023, 2024).next() == period::years(2025, 2026));
    CHECK(period::run(ym(2024, 11), ym(2025, 2)).year_earlier() == period::run(ym(2023, 11), ym(2024, 2)));
    CHECK(nine_months_2025.year_earlier() == period::year_to_date(2024, 9));
    CHECK_THROWS_WITH_AS(period::whole_year(9999).next(),
                         "offshoring::period::next: the period moved must stay in the years 1..9999, steps, "
                         "got 1" SEE_DOMAIN_ERRORS,
                         domain_error);
    CHECK_THROWS_AS(period::month(1, 1).previous(), domain_error);
    CHECK_THROWS_AS(period::month(2025, 1).shifted(2147483647), domain_error);
}

TEST_CASE("runs are read in ISO style and written in their canonical form") {
    CHECK(parse_period("2025-01/2025-09") == nine_months_2025);
    CHECK(parse_period("2023/2024") == period::years(2023, 2024));
    CHECK(parse_period("2024-Q3/2024-Q4") == period::half(2024, 2));
    CHECK(parse_period("2024-H2/2025-Q1") == period::run(ym(2024, 7), ym(2025, 3)));
    CHECK(parse_period(" 2025-01/2025-09 ") == nine_months_2025);
    CHECK(to_string(nine_months_2025) == "2025-01/2025-09");
    CHECK(to_string(period::run(ym(2025, 1), ym(2025, 6))) == "2025-H1");
    CHECK(to_string(period::years(2023, 2024)) == "2023/2024");
    CHECK(to_string(period::run(ym(2024, 11), ym(2025, 2))) == "2024-11/2025-02");
    CHECK(to_string(period::run(ym(2024, 7), ym(2025, 6))) == "2024-07/2025-06");
    CHECK(to_string(period::years(999, 1000)) == "0999/1000");
}

TEST_CASE("French words of the press are read") {
    CHECK(parse_period("\u00e0 fin septembre 2025") == nine_months_2025);
    CHECK(parse_period("\u00c0 FIN SEPTEMBRE 2025") == nine_months_2025);
    CHECK(parse_period("a fin septembre 2025") == nine_months_2025);
    CHECK(parse_period("fin septembre 2025") == nine_months_2025);
    CHECK(parse_period("\u00e0 fin d\u00e9cembre 2024") == period::whole_year(2024));
    CHECK(parse_period("mars 2025") == period::month(2025, 3));
    CHECK(parse_period("ao\u00fbt 2024") == period::month(2024, 8));
    CHECK(parse_period("aout 2024") == period::month(2024, 8));
    CHECK(parse_period("f\u00e9vrier 2025") == period::month(2025, 2));
    CHECK(parse_period("premier semestre 2025") == period::half(2025, 1));
    CHECK(parse_period("S1 2025") == period::half(2025, 1));
    CHECK(parse_period("T3 2024") == period::quarter(2024, 3));
    CHECK(parse_period("troisi\u00e8me trimestre 2024") == period::quarter(2024, 3));
}

TEST_CASE("bad runs and words are refused with the position where reading stopped") {
    CHECK_THROWS_WITH_AS(
        parse_period("2025-09/2025-01"),
        "offshoring::parse_period: cannot read \"2025-09/2025-01\" at position 8: the period "
        "after '/' must not start or end before the one before it" SEE_PARSE_ERRORS,
        parse_error);
    CHECK_THROWS_WITH_AS(
        parse_period("2025-01/"),
        "offshoring::parse_period: cannot read \"2025-01/\" at position 8: expected a period "
        "such as 2025-09 after '/'" SEE_PARSE_ERRORS,
        parse_error);
    // "à" is two bytes: the month name starts at byte 7.
    CHECK_THROWS_WITH_AS(
        parse_period("\u00e0 fin treizembre 2025"),
        "offshoring::parse_period: cannot read \"\u00e0 fin treizembre 2025\" at position 7: "
        "expected a month name, janvier to d\u00e9cembre" SEE_PARSE_ERRORS,
        parse_error);
    CHECK(failing_position("2025/2025-03") == 5);
    CHECK(failing_position("2025-13/2025-14") == 5);
    CHECK(failing_position("2025-01/2025-13") == 13);
    CHECK(failing_position("2025-01/2025-09/2025-12") == 15);
    CHECK(failing_position("mars") == 4);
    CHECK(failing_position("mars 25") == 7);
    // Without a blank, "septembre2025" is no month word; S reads as a half and stops at the "e".
    CHECK(failing_position("septembre2025") == 1);
    CHECK_FALSE(try_parse_period("\u00e0 fin treizembre 2025").has_value());
    CHECK_FALSE(try_parse_period("2025-09/2025-01").has_value());
}

TEST_CASE("every run reads back from the text it is written as") {
    int checked = 0;
    for (const int year : {1, 999, 2024, 9998}) {
        const int start = detail::month_ordinal(ym(year, 1));
        for (int first = start; first < start + 24; ++first) {
            for (int last = first; last < start + 24; ++last) {
                const period p =
                    period::run(detail::from_month_ordinal(first), detail::from_month_ordinal(last));
                CAPTURE(to_string(p));
                CHECK(parse_period(to_string(p)) == p);
                ++checked;
            }
        }
    }
    // 24 first months, each with 24 - i last months: 24 * 25 / 2 runs per starting year.
    CHECK(checked == 4 * 300);
    CHECK(parse_period(to_string(period::years(1, 9999))) == period::years(1, 9999));
}

TEST_CASE("runs are written in words") {
    CHECK(format_period(nine_months_2025, language::fr) == "\u00e0 fin septembre 2025");
    CHECK(format_period(nine_months_2025, language::en) == "January to September 2025");
    CHECK(format_period(period::run(ym(2024, 11), ym(2025, 2)), language::fr) ==
          "de novembre 2024 \u00e0 f\u00e9vrier 2025");
    CHECK(format_period(period::run(ym(2025, 3), ym(2025, 4)), language::en) == "March to April 2025");
    CHECK(format_period(period::years(2023, 2024), language::fr) == "de 2023 \u00e0 2024");
    CHECK(format_period(period::years(2023, 2024), language::en, form::abbreviated) == "2023 to 2024");
    // The French words read back.
    CHECK(parse_period(format_period(nine_months_2025, language::fr)) == nine_months_2025);
}

TEST_CASE("aligned sub-periods are the named periods wholly inside") {
    CHECK(aligned_subperiods(period::whole_year(2025), period_kind::half) ==
          std::vector<period>{period::half(2025, 1), period::half(2025, 2)});
    CHECK(aligned_subperiods(period::whole_year(2025), period_kind::month).size() == 12u);
    CHECK(aligned_subperiods(nine_months_2025, period_kind::quarter) ==
          std::vector<period>{period::quarter(2025, 1), period::quarter(2025, 2), period::quarter(2025, 3)});
    CHECK(aligned_subperiods(period::run(ym(2025, 2), ym(2025, 4)), period_kind::quarter).empty());
    CHECK(aligned_subperiods(period::run(ym(2024, 11), ym(2025, 2)), period_kind::month).front() ==
          period::month(2024, 11));
}

TEST_CASE(
    "halves, quarters, months and runs that add up to a whole partition it, and gaps and overlaps are "
    "named") {
    const period y = period::whole_year(2025);
    CHECK(partitions({period::half(2025, 2), period::half(2025, 1)}, y));
    CHECK(partitions(aligned_subperiods(y, period_kind::quarter), y));
    CHECK(partitions(aligned_subperiods(y, period_kind::month), y));
    CHECK(partitions({period::run(ym(2025, 1), ym(2025, 6)), period::run(ym(2025, 7), ym(2025, 9))},
                     nine_months_2025));
    const partition_report gap =
        check_partition({period::quarter(2025, 1), period::quarter(2025, 2), period::quarter(2025, 4)}, y);
    CHECK(gap.gaps == std::vector<period>{period::quarter(2025, 3)});
    CHECK(gap.overlaps.empty());
    const partition_report overlap =
        check_partition({period::half(2025, 1), period::quarter(2025, 2), period::half(2025, 2)}, y);
    CHECK(overlap.overlaps == std::vector<period>{period::quarter(2025, 2)});
    CHECK(check_partition({y, period::month(2026, 1)}, y).outside ==
          std::vector<period>{period::month(2026, 1)});
    CHECK_FALSE(partitions({}, y));
    CHECK_THROWS_WITH_AS(
        require_partition("offshoring::test", {period::quarter(2025, 1), period::quarter(2025, 2)}, y),
        "offshoring::test: the periods must partition 2025; missing 2025-H2" SEE_DOMAIN_ERRORS, domain_error);
}

TEST_CASE("a run has a smallest named period around it unless it straddles two years") {
    CHECK(smallest_named_period(period::run(ym(2025, 2), ym(2025, 3))) == period::quarter(2025, 1));
    CHECK(smallest_named_period(period::run(ym(2025, 3), ym(2025, 4))) == period::half(2025, 1));
    CHECK(smallest_named_period(nine_months_2025) == period::whole_year(2025));
    CHECK(smallest_named_period(period::month(2025, 5)) == period::month(2025, 5));
    CHECK_FALSE(try_smallest_named_period(period::run(ym(2024, 12), ym(2025, 1))).has_value());
    CHECK_THROWS_WITH_AS(smallest_named_period(period::run(ym(2024, 12), ym(2025, 1))),
                         "offshoring::smallest_named_period: no year, half, quarter or month contains a run "
                         "across two years, got 2024-12/2025-01" SEE_DOMAIN_ERRORS,
                         domain_error);
}
