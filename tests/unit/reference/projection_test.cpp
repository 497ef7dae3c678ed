// The examples of docs/reference/projection.md, each checked against the result the page gives.
// SPDX-License-Identifier: MIT
#include <offshoring/offshoring.hpp>

#include <doctest/doctest.h>

#include "../../support/troubleshooting.hpp"

#include "../../support/reference_examples.hpp"

using namespace offshoring;
using namespace offshoring::testing;
using doctest::Approx;

TEST_CASE("docs/reference/projection.md: the examples of targets give their documented results") {
    // (40 / 26.22)^(1/6) - 1 = 0.072930
    CHECK(required_rate(26.22_bn_mad, 2024, 40_bn_mad, 2030) == Approx(0.07293).epsilon(1e-4));
    // 148500 * 1.05^3 = 148500 * 1.157625 = 171907.31
    CHECK(in_jobs(projected_value(148500_jobs, 2024, 0.05, 2027)) == Approx(171907.3));
    CHECK(projected_value(148500_jobs, 2024, 0.05, 2024) == 148500_jobs);
    // ln(40 / 26.22) / ln(1.05) = 0.42236 / 0.04879 = 8.66, so 9 years: 2033
    CHECK(first_year_met(26.22_bn_mad, 2024, 40_bn_mad, 0.05) ==
          target_outcome{target_outcome_kind::met_in_year, 2033});
    CHECK(first_year_met(40_bn_mad, 2024, 30_bn_mad, 0.05) ==
          target_outcome{target_outcome_kind::already_met, 2024});
    CHECK(first_year_met(26.22_bn_mad, 2024, 40_bn_mad, 0.0) ==
          target_outcome{target_outcome_kind::never_met, 0});
    // halfway in time: sqrt(26.22 * 40) = 32.385
    CHECK(in_billion_mad(trajectory_value(26.22_bn_mad, 2024, 40_bn_mad, 2030, 2027)) ==
          Approx(32.385).epsilon(1e-4));
    // path in 2025: 26.22 * 1.07293 = 28.1322; 28 / 28.1322 - 1 = -0.0047; 28 - 28.1322 = -0.1322
    const auto gap = gap_to_trajectory(28_bn_mad, 2025, 26.22_bn_mad, 2024, 40_bn_mad, 2030);
    CHECK(gap.relative == Approx(-0.0047).epsilon(0.01));
    CHECK(in_billion_mad(gap.level) == Approx(-0.1322).epsilon(1e-3));

    CHECK_THROWS_WITH_AS(
        (void)required_rate(26.22_bn_mad, 2024, 40_bn_mad, 2024),
        "offshoring::required_rate: target year must be after base year, got target year 2024 and "
        "base year 2024" SEE_DOMAIN_ERRORS,
        domain_error);
    CHECK_THROWS_WITH_AS(
        (void)projected_value(148500_jobs, 2024, 0.05, 2023),
        "offshoring::projected_value: year must not be before base year, got year 2023 and base "
        "year 2024" SEE_DOMAIN_ERRORS,
        domain_error);
}

TEST_CASE("docs/reference/projection.md: the example of years to a target gives its documented result") {
    // years_to_target: ln(40 / 26.22) / ln(1.05)
    CHECK(years_to_target(26.22_bn_mad, 40_bn_mad, 0.05).years == Approx(8.657).epsilon(1e-4));
}
