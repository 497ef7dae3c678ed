// Tests of years_to_target: the fractional NPER, its outcomes, and its agreement with first_year_met.
// SPDX-License-Identifier: MIT
#include <offshoring/targets.hpp>

#include <doctest/doctest.h>

#include "../../support/troubleshooting.hpp"

#include <cmath>
#include <limits>

using namespace offshoring;
using doctest::Approx;

TEST_CASE("the 2030 export target of seeds/003 is reached in fractional years at 5 % a year") {
    const target_horizon<double> h = years_to_target(26.22_bn_mad, 40_bn_mad, 0.05);
    CHECK(h.kind == target_outcome_kind::met_in_year);
    // ln(40 / 26.22) / ln(1.05) = 0.422372 / 0.048790.
    CHECK(h.years == Approx(8.6570).epsilon(1e-4));
    // The same growth, rounded up to a calendar year.
    CHECK(first_year_met(26.22_bn_mad, 2024, 40_bn_mad, 0.05).year ==
          2024 + static_cast<int>(std::ceil(h.years)));
}

TEST_CASE("the rate required_rate gives reaches the target in exactly the years between") {
    const double rate = required_rate(148500_jobs, 2024, 270000_jobs, 2030);
    CHECK(years_to_target(148500_jobs, 270000_jobs, rate).years == Approx(6.0).epsilon(1e-12));
    // Doubling at 100 % a year takes one year; at 41.42 % (root 2 - 1) two.
    CHECK(years_to_target(1_bn_mad, 2_bn_mad, 1.0).years == Approx(1.0));
    CHECK(years_to_target(1_bn_mad, 2_bn_mad, std::sqrt(2.0) - 1.0).years == Approx(2.0));
}

TEST_CASE("a target is already met or never met as first_year_met says") {
    CHECK(years_to_target(40_bn_mad, 30_bn_mad, 0.05) ==
          target_horizon<double>{target_outcome_kind::already_met, 0.0});
    CHECK(years_to_target(40_bn_mad, 40_bn_mad, -0.5) ==
          target_horizon<double>{target_outcome_kind::already_met, 0.0});
    CHECK(years_to_target(30_bn_mad, 40_bn_mad, 0.0) ==
          target_horizon<double>{target_outcome_kind::never_met, 0.0});
    CHECK(years_to_target(30_bn_mad, 40_bn_mad, -1.0) ==
          target_horizon<double>{target_outcome_kind::never_met, 0.0});
}

TEST_CASE("bad input to years_to_target is refused with the function and the value") {
    CHECK_THROWS_WITH_AS(
        years_to_target(0_bn_mad, 40_bn_mad, 0.05),
        "offshoring::years_to_target: base must be positive and finite, got 0" SEE_DOMAIN_ERRORS,
        domain_error);
    CHECK_THROWS_WITH_AS(
        years_to_target(30_bn_mad, 40_bn_mad, -1.5),
        "offshoring::years_to_target: rate must be at least -1 (a fall of 100 %) and finite, got "
        "-1.5" SEE_DOMAIN_ERRORS,
        domain_error);
    CHECK_THROWS_AS(years_to_target(30_bn_mad, 40_bn_mad, std::numeric_limits<double>::quiet_NaN()),
                    domain_error);
    // A denormal rate: the years would overflow a double.
    CHECK_THROWS_AS(years_to_target(mad<>::from_value(1e-300), mad<>::from_value(1e300),
                                    std::numeric_limits<double>::denorm_min()),
                    domain_error);
}
