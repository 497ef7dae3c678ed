// Tests of growth between periods: the plain change, the annualised rate under its name, flows of other lengths.
// SPDX-License-Identifier: MIT
#include <offshoring/metrics/periods.hpp>

#include <doctest/doctest.h>

#include "../../support/troubleshooting.hpp"

using namespace offshoring;
using doctest::Approx;

TEST_CASE("a quarter-on-quarter fall: the plain change and the annualised rate differ") {
    const period q2 = period::quarter(2024, 2);
    const period q3 = period::quarter(2024, 3);
    // 2.2 / 2.8 - 1 = -3 / 14.
    CHECK(change_between(2.8_bn_mad, q2, 2.2_bn_mad, q3) == Approx(-3.0 / 14.0));
    // (11 / 14)^4 - 1: the fall repeated over the four quarters of a year.
    CHECK(annualised_growth(2.8_bn_mad, q2, 2.2_bn_mad, q3) == Approx(-0.618883).epsilon(1e-5));
    CHECK(cagr(2.8_bn_mad, q2, 2.2_bn_mad, q3) == annualised_growth(2.8_bn_mad, q2, 2.2_bn_mad, q3));
}

TEST_CASE("a change between flows over different lengths is refused unless it scales them") {
    CHECK_THROWS_WITH_AS(
        change_between(26.22_bn_mad, period::whole_year(2024), 13.4_bn_mad, period::half(2025, 1)),
        "offshoring::change_between: periods must have the same length, got 2024 (12 months) "
        "and 2025-H1 (6 months)" SEE_DOMAIN_ERRORS,
        domain_error);
    CHECK_THROWS_AS(
        annualised_growth(26.22_bn_mad, period::whole_year(2024), 13.4_bn_mad, period::half(2025, 1)),
        domain_error);
    // 13.4 * 2 = 26.8 bn a year against 26.22 bn (seeds/002, seeds/003).
    CHECK(change_in_annualised_level(26.22_bn_mad, period::whole_year(2024), 13.4_bn_mad,
                                     period::half(2025, 1)) == Approx(26.8 / 26.22 - 1.0));
    CHECK_THROWS_AS(change_in_annualised_level(13.4_bn_mad, period::half(2025, 1), 26.22_bn_mad,
                                               period::whole_year(2024)),
                    domain_error);
}

TEST_CASE("year-to-date runs compare with the same run a year earlier") {
    const period nine_2025 = period::year_to_date(2025, 9);
    CHECK(change_between(10_bn_mad, nine_2025.year_earlier(), 11_bn_mad, nine_2025) == Approx(0.1));
    CHECK_THROWS_WITH_AS(change_between(10_bn_mad, nine_2025, 11_bn_mad, nine_2025.year_earlier()),
                         "offshoring::change_between: to_period must start after from_period, got "
                         "2025-01/2025-09 and 2024-01/2024-09" SEE_DOMAIN_ERRORS,
                         domain_error);
}
