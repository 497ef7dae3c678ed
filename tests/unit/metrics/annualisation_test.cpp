// Tests of the annualisation of sub-annual changes and partial years (offshoring/metrics/annualisation.hpp).
// SPDX-License-Identifier: MIT
#include <offshoring/metrics.hpp>
#include <offshoring/metrics/periods.hpp>

#include <doctest/doctest.h>

#include "../../support/troubleshooting.hpp"

#include <cmath>
#include <limits>

#include "../../support/values.hpp"

using namespace offshoring;
using namespace offshoring::testing;
using doctest::Approx;

namespace {
constexpr period h1_2024 = period::half(2024, 1);
constexpr period h1_2025 = period::half(2025, 1);
}  // namespace

// Linear annualisation and the month and day counts need no pow, so they hold in constant expressions.
static_assert(annualised_rate(0.25, 6, annualisation::linear) == 0.5);
static_assert(annualised_rate(0.125, period::quarter(2025, 2), annualisation::linear) == 0.5);
static_assert(in_mad(annualised_level(by_months, 10_mad, 5)) == 24.0);
static_assert(in_mad(annualised_level(by_months, 3_mad, period::quarter(2025, 1))) == 12.0);
// Q1 2024: 31 + 29 + 31 = 91 days of 366; 91 * 366 / 91 = 366.
static_assert(in_mad(annualised_level(by_days, 91_mad, period::quarter(2024, 1))) == 366.0);

TEST_CASE("a change over six months is annualised by compounding and linearly") {
    // H2 2024 = 26.22 - 12.9 = 13.32 bn; H1 2025 on H2 2024: 13.4 / 13.32 - 1 = 0.08 / 13.32 = 0.0060060.
    const double change = growth(13.32_bn_mad, 13.4_bn_mad);
    // Compound: 1.0060060^2 - 1 = 0.0120481. Linear: 0.0060060 * 2 = 0.0120120.
    CHECK(annualised_rate(change, 6, annualisation::compound) == Approx(0.0120481).epsilon(1e-6));
    CHECK(annualised_rate(change, 6, annualisation::linear) == Approx(0.0120120).epsilon(1e-6));
    CHECK(annualised_rate(change, period::half(2025, 1), annualisation::compound) ==
          Approx(0.0120481).epsilon(1e-6));
}

TEST_CASE("one percent a month compounds to 12.68 percent a year") {
    // 1.01^12 - 1 = 0.1268250.
    CHECK(annualised_rate(0.01, 1, annualisation::compound) == Approx(0.1268250).epsilon(1e-7));
    CHECK(annualised_rate(0.01, period::month(2025, 7), annualisation::linear) ==
          Approx(0.12).epsilon(1e-12));
}

TEST_CASE("compounding gives more than the linear rate, for rises and for falls alike") {
    // (1 + g)^k - 1 >= k g for k >= 1 (Bernoulli's inequality): 1.25^2 - 1 = 0.5625 > 0.5, 0.9^4 - 1 = -0.3439 > -0.4.
    CHECK(annualised_rate(0.25, 6, annualisation::compound) == Approx(0.5625).epsilon(1e-12));
    CHECK(annualised_rate(-0.1, 3, annualisation::compound) == Approx(-0.3439).epsilon(1e-12));
    CHECK(annualised_rate(-0.1, 3, annualisation::linear) == Approx(-0.4).epsilon(1e-12));
}

TEST_CASE(
    "annualised_rate refuses a change below minus one, a span of a year or more, and an unknown method") {
    CHECK_THROWS_WITH_AS(annualised_rate(-1.5, 6, annualisation::compound),
                         "offshoring::annualised_rate: change must be at least -1 (a fall of 100 %) and "
                         "finite, got -1.5" SEE_DOMAIN_ERRORS,
                         offshoring::domain_error);
    CHECK_THROWS_WITH_AS(annualised_rate(not_a_number, 6, annualisation::linear),
                         "offshoring::annualised_rate: change must be at least -1 (a fall of 100 %) and "
                         "finite, got nan" SEE_DOMAIN_ERRORS,
                         offshoring::domain_error);
    CHECK_THROWS_WITH_AS(annualised_rate(0.01, 12, annualisation::compound),
                         "offshoring::annualised_rate: months must be in 1..11 (a span shorter than a year), "
                         "got 12" SEE_DOMAIN_ERRORS,
                         offshoring::domain_error);
    CHECK_THROWS_WITH_AS(annualised_rate(0.01, 0, annualisation::linear),
                         "offshoring::annualised_rate: months must be in 1..11 (a span shorter than a year), "
                         "got 0" SEE_DOMAIN_ERRORS,
                         offshoring::domain_error);
    CHECK_THROWS_WITH_AS(
        annualised_rate(0.01, period::whole_year(2024), annualisation::linear),
        "offshoring::annualised_rate: period must be shorter than a year, got 2024" SEE_DOMAIN_ERRORS,
        offshoring::domain_error);
    CHECK_THROWS_WITH_AS(annualised_rate(0.01, 6, static_cast<annualisation>(7)),
                         "offshoring::annualised_rate: method must be annualisation::compound or "
                         "annualisation::linear, got 7" SEE_DOMAIN_ERRORS,
                         offshoring::domain_error);
}

TEST_CASE("annualised_rate refuses a compound rate that overflows") {
    // (1 + 1e300)^12 = 1e3600.
    CHECK_THROWS_WITH_AS(annualised_rate(1e300, 1, annualisation::compound),
                         "offshoring::annualised_rate: result is not finite (inf) for change 1e+300 over 1 "
                         "months" SEE_DOMAIN_ERRORS,
                         offshoring::domain_error);
}

TEST_CASE("annualised_rate refuses a linear rate that overflows") {
    // 1.5e307 * 12 = 1.8e308 and DBL_MAX * 12 / 11 exceed DBL_MAX = 1.797e308.
    CHECK_THROWS_WITH_AS(annualised_rate(1.5e307, 1, annualisation::linear),
                         "offshoring::annualised_rate: result is not finite (inf) for change 1.5e+307 over 1 "
                         "months" SEE_DOMAIN_ERRORS,
                         offshoring::domain_error);
    CHECK_THROWS_WITH_AS(annualised_rate(std::numeric_limits<double>::max(), 11, annualisation::linear),
                         "offshoring::annualised_rate: result is not finite (inf) for change "
                         "1.7976931348623157e+308 over 11 months" SEE_DOMAIN_ERRORS,
                         offshoring::domain_error);
    // 1e307 * 12 = 1.2e308 still fits.
    CHECK(annualised_rate(1e307, 1, annualisation::linear) == Approx(1.2e308).epsilon(1e-15));
}

TEST_CASE("an annualised level that fits a double is returned though partial * 12 would not fit") {
    // 1e308 * 12 / 11 = 1.0909e308, below DBL_MAX = 1.797e308, while 1e308 * 12 overflows.
    CHECK(in_mad(annualised_level(by_months, raw_mad(1e308), 11)) == Approx(1e308 / 11 * 12).epsilon(1e-15));
    // 8e307 * 365 / 181 days = 1.6133e308.
    CHECK(in_mad(annualised_level(by_days, raw_mad(8e307), h1_2025)) ==
          Approx(8e307 / 181 * 365).epsilon(1e-15));
    // 1e308 * 12 / 6 = 2e308 does not fit, and is refused.
    CHECK_THROWS_WITH_AS(annualised_level(by_months, raw_mad(1e308), 6),
                         "offshoring::annualised_level(by_months): result is not finite (inf) for partial "
                         "amount 1e+308" SEE_DOMAIN_ERRORS,
                         offshoring::domain_error);
}

TEST_CASE("H1 2025 annualised four ways gives four different levels") {
    // By months: 13.4 * 12 / 6 = 26.8.
    CHECK(in_billion_mad(annualised_level(by_months, 13.4_bn_mad, h1_2025)) == Approx(26.8).epsilon(1e-12));
    // By days: H1 2025 has 31+28+31+30+31+30 = 181 days of 365: 13.4 * 365 / 181 = 27.0220994.
    CHECK(in_billion_mad(annualised_level(by_days, 13.4_bn_mad, h1_2025)) ==
          Approx(27.0220994).epsilon(1e-8));
    // By seasonal ratio: 26.22 * 13.4 / 12.9 = 27.2362791.
    CHECK(in_billion_mad(annualised_level(by_seasonal_ratio, 13.4_bn_mad, h1_2025, 12.9_bn_mad, h1_2024,
                                          26.22_bn_mad)) == Approx(27.2362791).epsilon(1e-8));
    // By the growth published with it, +3.5 %: 26.22 * 1.035 = 27.1377.
    CHECK(in_billion_mad(annualised_level(by_year_on_year_growth, 26.22_bn_mad, 0.035)) ==
          Approx(27.1377).epsilon(1e-12));
}

TEST_CASE("by days counts the leap day of 2024") {
    // H1 2024: 31+29+31+30+31+30 = 182 days of 366: 12.9 * 366 / 182 = 25.9417582.
    CHECK(in_billion_mad(annualised_level(by_days, 12.9_bn_mad, h1_2024)) ==
          Approx(25.9417582).epsilon(1e-8));
}

TEST_CASE("the seasonal ratio and the year-on-year growth methods are the same formula") {
    // Y * (1 + (p / q - 1)) = Y * p / q.
    const mad<> values[][3] = {{13.4_bn_mad, 12.9_bn_mad, 26.22_bn_mad},
                               {2.58_bn_mad, 1.5_bn_mad, 3.4_bn_mad},
                               {1_mad, 3_mad, 7_mad}};
    for (const auto& v : values) {
        const mad<> seasonal = annualised_level(by_seasonal_ratio, v[0], h1_2025, v[1], h1_2024, v[2]);
        const mad<> yoy = annualised_level(by_year_on_year_growth, v[0], h1_2025, v[1], h1_2024, v[2]);
        CHECK(in_mad(yoy) == Approx(in_mad(seasonal)).epsilon(1e-14));
    }
}

TEST_CASE("annualised levels refuse a whole year given as the partial period") {
    CHECK_THROWS_WITH_AS(annualised_level(by_months, 1_mad, period::whole_year(2024)),
                         "offshoring::annualised_level(by_months): partial period must be shorter than a "
                         "year, got 2024" SEE_DOMAIN_ERRORS,
                         offshoring::domain_error);
    CHECK_THROWS_WITH_AS(
        annualised_level(by_months, 1_mad, 12),
        "offshoring::annualised_level(by_months): months must be in 1..11 (a span shorter than a "
        "year), got 12" SEE_DOMAIN_ERRORS,
        offshoring::domain_error);
    CHECK_THROWS_WITH_AS(annualised_level(by_days, 1_mad, period::whole_year(2024)),
                         "offshoring::annualised_level(by_days): partial period must be shorter than a year, "
                         "got 2024" SEE_DOMAIN_ERRORS,
                         offshoring::domain_error);
    CHECK_THROWS_WITH_AS(
        annualised_level(by_seasonal_ratio, 1_mad, period::whole_year(2025), 1_mad, period::whole_year(2024),
                         2_mad),
        "offshoring::annualised_level(by_seasonal_ratio): partial period must be shorter than a "
        "year, got 2025" SEE_DOMAIN_ERRORS,
        offshoring::domain_error);
}

TEST_CASE("annualised levels refuse negative and NaN amounts") {
    CHECK_THROWS_WITH_AS(annualised_level(by_months, -1_mad, h1_2025),
                         "offshoring::annualised_level(by_months): partial amount must be non-negative and "
                         "finite, got -1" SEE_DOMAIN_ERRORS,
                         offshoring::domain_error);
    CHECK_THROWS_WITH_AS(annualised_level(by_days, raw_mad(not_a_number), h1_2025),
                         "offshoring::annualised_level(by_days): partial amount must be non-negative and "
                         "finite, got nan" SEE_DOMAIN_ERRORS,
                         offshoring::domain_error);
}

TEST_CASE("the seasonal ratio refuses H1 against Q1 and H1 against the H2 before it") {
    CHECK_THROWS_WITH_AS(
        annualised_level(by_seasonal_ratio, 2_mad, h1_2025, 1_mad, period::quarter(2024, 1), 4_mad),
        "offshoring::annualised_level(by_seasonal_ratio): periods must have the same length, got "
        "2025-H1 (6 months) and 2024-Q1 (3 months)" SEE_DOMAIN_ERRORS,
        offshoring::domain_error);
    CHECK_THROWS_WITH_AS(
        annualised_level(by_seasonal_ratio, 2_mad, h1_2025, 1_mad, period::half(2024, 2), 4_mad),
        "offshoring::annualised_level(by_seasonal_ratio): previous_partial_period must be the same "
        "period a year earlier, got 2025-H1 and 2024-H2" SEE_DOMAIN_ERRORS,
        offshoring::domain_error);
    CHECK_THROWS_WITH_AS(
        annualised_level(by_year_on_year_growth, 2_mad, h1_2025, 1_mad, period::half(2023, 1), 4_mad),
        "offshoring::annualised_level(by_year_on_year_growth): previous_partial_period must be the "
        "same period a year earlier, got 2025-H1 and 2023-H1" SEE_DOMAIN_ERRORS,
        offshoring::domain_error);
}

TEST_CASE("the seasonal ratio refuses a zero previous partial and one larger than its year") {
    CHECK_THROWS_WITH_AS(
        annualised_level(by_seasonal_ratio, 2_mad, h1_2025, 0_mad, h1_2024, 4_mad),
        "offshoring::annualised_level(by_seasonal_ratio): previous partial amount must be positive "
        "and finite, got 0" SEE_DOMAIN_ERRORS,
        offshoring::domain_error);
    CHECK_THROWS_WITH_AS(
        annualised_level(by_year_on_year_growth, 2_mad, h1_2025, 5_mad, h1_2024, 4_mad),
        "offshoring::annualised_level(by_year_on_year_growth): previous partial amount must not "
        "exceed the previous year, got 5 and 4" SEE_DOMAIN_ERRORS,
        offshoring::domain_error);
}

TEST_CASE("a published growth below minus one or a previous year of zero is refused") {
    CHECK_THROWS_WITH_AS(
        annualised_level(by_year_on_year_growth, 26.22_bn_mad, -2.0),
        "offshoring::annualised_level(by_year_on_year_growth): year-on-year growth must be at least "
        "-1 (a fall of 100 %) and finite, got -2" SEE_DOMAIN_ERRORS,
        offshoring::domain_error);
    CHECK_THROWS_WITH_AS(
        annualised_level(by_year_on_year_growth, 0_mad, 0.035),
        "offshoring::annualised_level(by_year_on_year_growth): previous year must be positive and "
        "finite, got 0" SEE_DOMAIN_ERRORS,
        offshoring::domain_error);
}

TEST_CASE("the seasonal ratio refuses a result that overflows") {
    CHECK_THROWS_WITH_AS(
        annualised_level(by_seasonal_ratio, raw_mad(1e300), h1_2025, raw_mad(1e-300), h1_2024,
                         raw_mad(1e300)),
        "offshoring::annualised_level(by_seasonal_ratio): result is not finite (inf) for partial "
        "amount 1e+300, previous partial amount 1e-300 and previous year 1e+300" SEE_DOMAIN_ERRORS,
        offshoring::domain_error);
}
