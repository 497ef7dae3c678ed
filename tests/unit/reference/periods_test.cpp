// The examples of docs/reference/periods.md, each checked against the result the page gives.
// SPDX-License-Identifier: MIT
#include <offshoring/offshoring.hpp>

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include <doctest/doctest.h>

#include "../../support/troubleshooting.hpp"

#include "../../support/reference_examples.hpp"

using namespace offshoring;
using namespace offshoring::testing;
using doctest::Approx;

TEST_CASE("docs/reference/periods.md: the examples of periods give their documented results") {
    constexpr period h1_2025 = period::half(2025, 1);
    static_assert(h1_2025.days() == 181);
    static_assert(h1_2025.year_earlier() == period::half(2024, 1));
    static_assert(period::min_year == 1 && period::max_year == 9999);

    // factories
    CHECK(period::whole_year(2024).months() == 12);
    CHECK(period::half(2025, 1).first() == date::year{2025} / 1);
    CHECK(period::quarter(2025, 3).first() == date::year{2025} / 7);
    CHECK(period::month(2025, 3).first() == date::year{2025} / 3);
    CHECK_THROWS_WITH_AS(
        (void)period::whole_year(10000),
        "offshoring::period::whole_year: year must be in 1..9999, got 10000" SEE_DOMAIN_ERRORS, domain_error);
    CHECK_THROWS_WITH_AS((void)period::half(2025, 3),
                         "offshoring::period::half: half must be 1 or 2, got 3" SEE_DOMAIN_ERRORS,
                         domain_error);
    CHECK_THROWS_WITH_AS((void)period::quarter(2025, 0),
                         "offshoring::period::quarter: quarter must be in 1..4, got 0" SEE_DOMAIN_ERRORS,
                         domain_error);
    CHECK_THROWS_WITH_AS((void)period::month(2025, 13),
                         "offshoring::period::month: month must be in 1..12, got 13" SEE_DOMAIN_ERRORS,
                         domain_error);
    CHECK_THROWS_WITH_AS(
        (void)period::whole_year(1).year_earlier(),
        "offshoring::period::year_earlier: the year before must be in 1..9999, got 0" SEE_DOMAIN_ERRORS,
        domain_error);

    // observers
    CHECK(period::half(2025, 1).kind() == period_kind::half);
    CHECK(period::quarter(2025, 3).year() == 2025);
    CHECK(period::quarter(2025, 3).index() == 3);
    CHECK(period::half(2025, 2).first() == date::year{2025} / 7);
    CHECK(period::half(2025, 2).last() == date::year{2025} / 12);
    CHECK(period::half(2025, 1).months() == 6);
    CHECK(period::half(2024, 1).days() == 182);
    // worked values: 31+29+31+30+31+30 = 182 in 2024; Q1 2025 = 31+28+31 = 90; H2 = 31+31+30+31+30+31 = 184
    CHECK(period::whole_year(2024).days() == 366);
    CHECK(period::whole_year(2025).days() == 365);
    CHECK(period::half(2025, 2).days() == 184);
    CHECK(period::quarter(2024, 1).days() == 91);
    CHECK(period::quarter(2025, 1).days() == 90);
    CHECK(period::quarter(2025, 2).days() == 91);
    CHECK(period::quarter(2025, 3).days() == 92);
    CHECK(period::quarter(2025, 4).days() == 92);

    // operations
    CHECK(period::half(2025, 1).year_earlier() == period::half(2024, 1));
    CHECK(period::whole_year(2024).contains(period::half(2024, 2)));
    CHECK(period::half(2024, 1).contains(date::year{2024} / 6));
    CHECK(period::month(2025, 3).enclosing_year() == period::whole_year(2025));

    // order
    CHECK(period::whole_year(2024) < period::half(2024, 1));
    CHECK(period::half(2024, 1) < period::quarter(2024, 1));
    CHECK(period::quarter(2024, 1) < period::month(2024, 1));
    CHECK(period::month(2024, 3) < period::quarter(2024, 2));
    CHECK(period::month(2024, 6) < period::half(2024, 2));
    CHECK(period::month(2024, 12) < period::whole_year(2025));

    // text
    CHECK(parse_period("2025-H1") == period::half(2025, 1));
    CHECK_FALSE(try_parse_period("2025-H3").has_value());
    CHECK(to_string(period::quarter(2025, 3)) == "2025-Q3");
    CHECK(to_string(period::half(999, 2)) == "0999-H2");

    // forms read
    CHECK(parse_period("2024") == period::whole_year(2024));
    CHECK(parse_period("2025-S1") == period::half(2025, 1));
    CHECK(parse_period("2025-q3") == period::quarter(2025, 3));
    CHECK(parse_period("2025-T3") == period::quarter(2025, 3));
    CHECK(parse_period("2025-03") == period::month(2025, 3));
    CHECK(parse_period("  H1 2025\t") == period::half(2025, 1));
    CHECK(parse_period("S1  2025") == period::half(2025, 1));
    CHECK(parse_period("Q3 2025") == period::quarter(2025, 3));
    CHECK(parse_period("T3 2025") == period::quarter(2025, 3));
    CHECK(parse_period("premier semestre 2025") == period::half(2025, 1));
    CHECK(parse_period("1er semestre 2025") == period::half(2025, 1));
    CHECK(parse_period("second semestre 2025") == period::half(2025, 2));
    CHECK(parse_period("deuxi\u00e8me semestre 2025") == period::half(2025, 2));
    CHECK(parse_period("deuxieme semestre 2025") == period::half(2025, 2));
    CHECK(parse_period("2e semestre 2025") == period::half(2025, 2));
    CHECK(parse_period("2\u00e8me semestre 2025") == period::half(2025, 2));
    CHECK(parse_period("premier trimestre 2025") == period::quarter(2025, 1));
    CHECK(parse_period("quatri\u00e8me trimestre 2025") == period::quarter(2025, 4));
    CHECK(parse_period("3e trimestre 2025") == period::quarter(2025, 3));
    CHECK(parse_period("3\u00e8me trimestre 2025") == period::quarter(2025, 3));

    // errors, the table row by row
    struct row {
        std::string_view text;
        std::size_t position;
        std::string_view why;
    };
    const std::string long_year = "2025" + std::string(36, '7');
    const std::array<row, 15> rows{{
        {"", 0, "expected a period such as 2024, 2025-H1, 2025-Q3 or 2025-03"},
        {"2025-", 5, "expected H1, S1, Q1 or a two-digit month after '-'"},
        {"2025-H3", 6, "half must be 1 or 2"},
        {"2025-Q0", 6, "quarter must be 1 to 4"},
        {"2025-13", 5, "month must be 01 to 12"},
        {"2025-3", 6, "a month has two digits"},
        {"20x5", 2, "a year has four digits"},
        {"0000", 0, "year must be in 0001..9999"},
        {"2025x", 4, "expected '-' or the end after the year"},
        {"2025-H1x", 7, "unexpected text after the period"},
        {"x2025", 0, "expected a period such as 2024, 2025-H1, 2025-Q3 or 2025-03"},
        {long_year, 4, "a year has four digits"},
        {"H12025", 2, "expected a space before the year"},
        {"troisi\u00e8me semestre 2025", 0, "a year has two semestres"},
        {"premier mois 2025", 8, "expected semestre or trimestre"},
    }};
    for (const row& x : rows) {
        CAPTURE(x.text);
        const refusal r = period_refusal(x.text);
        CHECK(r.position == x.position);
        if (x.text.size() <= 64) CHECK(r.message == period_message(x.text, x.position, x.why));
        CHECK(r.message.find(std::string(": ") + std::string(x.why)) != std::string::npos);
    }
}

TEST_CASE(
    "docs/reference/periods.md: the examples of runs of months, relations and series give their documented "
    "results") {
    using date::year;
    const period nine = period::year_to_date(2025, 9);
    // factories and observers (docs/reference/periods.md)
    CHECK(period::run(year{2023} / 1, year{2024} / 12) == period::years(2023, 2024));
    CHECK(period::run(year{2025} / 1, year{2025} / 6) == period::half(2025, 1));
    CHECK(period::year_to_date(2025, 12) == period::whole_year(2025));
    CHECK(to_string(nine) == "2025-01/2025-09");
    CHECK_FALSE(nine.is_named());
    CHECK(period::year_to_date(2025, 6).named_kind() == period_kind::half);
    CHECK(nine.months() == 9);
    CHECK_THROWS_WITH_AS(
        (void)nine.kind(),
        "offshoring::period::kind: the period is a run of months, not a named period; months, "
        "got 9" SEE_DOMAIN_ERRORS,
        domain_error);
    // navigation
    CHECK(period::quarter(2024, 4).next() == period::quarter(2025, 1));
    CHECK(period::month(2025, 1).previous() == period::month(2024, 12));
    CHECK(to_string(nine.shifted(-1)) == "2024-04/2024-12");
    CHECK(period::whole_year(2025) < nine);
    CHECK(nine < period::half(2025, 1));
    // text
    CHECK(parse_period("2024-Q3/2024-Q4") == period::half(2024, 2));
    CHECK(to_string(period::run(year{2024} / 11, year{2025} / 2)) == "2024-11/2025-02");
    CHECK(parse_period("\u00c0 FIN SEPTEMBRE 2025") == nine);
    CHECK(format_period(nine, language::en) == "January to September 2025");
    CHECK(format_period(period::years(2023, 2024), language::fr) == "de 2023 \u00e0 2024");
    // lattice
    CHECK(aligned_subperiods(nine, period_kind::quarter).size() == 3u);
    CHECK(smallest_named_period(period::run(year{2025} / 3, year{2025} / 4)) == period::half(2025, 1));
    CHECK_FALSE(try_smallest_named_period(period::run(year{2024} / 12, year{2025} / 1)).has_value());
    // series: 26.22 - 12.9 = 13.32; 26.22 - 6 - 6.9 - 6.5 = 6.82; 10 / 40 = 0.25
    const series<mad<>> h1_and_year{{period::half(2024, 1), 12.9_bn_mad},
                                    {period::whole_year(2024), 26.22_bn_mad}};
    CHECK(in_billion_mad(decumulate(h1_and_year).at(period::half(2024, 2))) == Approx(13.32));
    const series<mad<>> quarters{{period::whole_year(2024), 26.22_bn_mad},
                                 {period::quarter(2024, 1), 6_bn_mad},
                                 {period::quarter(2024, 2), 6.9_bn_mad},
                                 {period::quarter(2024, 3), 6.5_bn_mad}};
    CHECK(in_billion_mad(remainder(quarters, period::whole_year(2024)).second) == Approx(6.82));
    const series<mad<>> part{{period::whole_year(2024), 40_bn_mad}, {period::half(2024, 1), 10_bn_mad}};
    CHECK(shares(part, period::whole_year(2024)).at(period::half(2024, 1)) == 0.25);
}
