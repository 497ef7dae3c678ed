// The examples of docs/reference/metrics.md, each checked against the result the page gives.
// SPDX-License-Identifier: MIT
#include <offshoring/offshoring.hpp>

#include <doctest/doctest.h>

#include "../../support/troubleshooting.hpp"

#include "../../support/reference_examples.hpp"

using namespace offshoring;
using namespace offshoring::testing;
using doctest::Approx;

TEST_CASE("docs/reference/metrics.md: the examples of the metrics give their documented results") {
    // 10.6 / 26.2 = 0.40458; 0.5 / 12.9 = 0.03876
    CHECK(share(10.6_bn_mad, 26.2_bn_mad) == Approx(0.40458).epsilon(1e-5));
    CHECK(growth(12.9_bn_mad, 13.4_bn_mad) == Approx(0.03876).epsilon(1e-4));

    // share.hpp: (0.374 - 0.403) * 100 = -2.9
    CHECK(percentage_point_change(0.403, 0.374) == Approx(-2.9));
    CHECK_THROWS_WITH_AS(
        (void)share(30_bn_mad, 26.2_bn_mad),
        "offshoring::share: part must not exceed the whole, got 3e+10 and 2.62e+10" SEE_DOMAIN_ERRORS,
        domain_error);
    CHECK_THROWS_WITH_AS((void)percentage_point_change(40.3, 0.374),
                         "offshoring::percentage_point_change: share_from must be a fraction in [0, 1], got "
                         "40.3" SEE_DOMAIN_ERRORS,
                         domain_error);

    // growth.hpp
    CHECK(growth(12.9_bn_mad, 0_bn_mad) == -1.0);
    CHECK_THROWS_WITH_AS((void)growth(0_bn_mad, 1_bn_mad),
                         "offshoring::growth: base must be positive and finite, got 0" SEE_DOMAIN_ERRORS,
                         domain_error);

    // contributions.hpp: 0.2 / 26.17 * 100 = 0.7642; ITO 4 -> 5 of a total of 10: 1 / 10 * 100 = 10
    CHECK(contribution_to_growth(3.2_bn_mad, 3.4_bn_mad, 26.17_bn_mad) == Approx(0.764).epsilon(1e-3));
    CHECK(contributions_to_growth(by_segment<mad<>>{4_bn_mad, 3_bn_mad, 2_bn_mad, 1_bn_mad, 0_bn_mad},
                                  by_segment<mad<>>{5_bn_mad, 3_bn_mad, 2_bn_mad, 1_bn_mad,
                                                    0_bn_mad})[segment::ito] == Approx(10.0));
    CHECK_THROWS_WITH_AS(
        (void)contributions_to_growth(by_segment<mad<>>{4_bn_mad, 3_bn_mad, -1_bn_mad, 1_bn_mad, 0_bn_mad},
                                      by_segment<mad<>>{5_bn_mad, 3_bn_mad, 2_bn_mad, 1_bn_mad, 0_bn_mad}),
        "offshoring::contributions_to_growth: base value of ESO must be non-negative and finite, got "
        "-1e+09" SEE_DOMAIN_ERRORS,
        domain_error);

    // revenue_per_job.hpp: 26.22e9 / 148500 = 176565.66
    CHECK(in_mad_per_job(revenue_per_job(26.22_bn_mad, 148500_jobs)) == Approx(176565.66));

    // cagr.hpp: 1.41^(1/3) - 1 = 0.121346; H1 2024 to H1 2025 is one year, so the growth 0.03876
    CHECK(cagr(100000_jobs, 141000_jobs, 3) == Approx(0.12135).epsilon(1e-4));
    CHECK(cagr(12.9_bn_mad, period::half(2024, 1), 13.4_bn_mad, period::half(2025, 1)) ==
          Approx(0.03876).epsilon(1e-4));
    // Q3 2023 to Q1 2025: 18 months, 1.5 years; 2.25^(1 / 1.5) - 1 = 1.5^(4/3) - 1 = 0.71707
    CHECK(cagr(1_bn_mad, period::quarter(2023, 3), 2.25_bn_mad, period::quarter(2025, 1)) ==
          Approx(0.717071).epsilon(1e-5));
    CHECK_THROWS_WITH_AS(
        (void)cagr(12.9_bn_mad, period::whole_year(2024), 13.4_bn_mad, period::half(2025, 1)),
        "offshoring::cagr: periods must have the same length, got 2024 (12 months) and 2025-H1 "
        "(6 months)" SEE_DOMAIN_ERRORS,
        domain_error);

    // annualisation.hpp: 1.035^2 - 1 = 0.071225; 0.035 * 12 / 6 = 0.07
    CHECK(annualised_rate(0.035, 6, annualisation::compound) == Approx(0.071225));
    CHECK(annualised_rate(0.035, period::half(2025, 1), annualisation::linear) == Approx(0.07));
    // 13.4 * 12 / 6 = 26.8; 13.4 * 365 / 181 = 27.0221; 26.22 * 13.4 / 12.9 = 27.2363; 26.22 * 1.035 = 27.1377
    CHECK(in_billion_mad(annualised_level(by_months, 13.4_bn_mad, 6)) == Approx(26.8));
    CHECK(in_billion_mad(annualised_level(by_months, 13.4_bn_mad, period::half(2025, 1))) == Approx(26.8));
    CHECK(in_billion_mad(annualised_level(by_days, 13.4_bn_mad, period::half(2025, 1))) ==
          Approx(27.022).epsilon(1e-4));
    CHECK(in_billion_mad(annualised_level(by_seasonal_ratio, 13.4_bn_mad, period::half(2025, 1), 12.9_bn_mad,
                                          period::half(2024, 1), 26.22_bn_mad)) ==
          Approx(27.236).epsilon(1e-4));
    CHECK(in_billion_mad(annualised_level(by_year_on_year_growth, 13.4_bn_mad, period::half(2025, 1),
                                          12.9_bn_mad, period::half(2024, 1), 26.22_bn_mad)) ==
          Approx(27.236).epsilon(1e-4));
    CHECK(in_billion_mad(annualised_level(by_year_on_year_growth, 26.22_bn_mad, 0.035)) ==
          Approx(27.138).epsilon(1e-4));
    CHECK_THROWS_WITH_AS(
        (void)annualised_level(by_seasonal_ratio, 13.4_bn_mad, period::half(2025, 1), 12.9_bn_mad,
                               period::half(2023, 1), 26.22_bn_mad),
        "offshoring::annualised_level(by_seasonal_ratio): previous_partial_period must be the same "
        "period a year earlier, got 2025-H1 and 2023-H1" SEE_DOMAIN_ERRORS,
        domain_error);
}

TEST_CASE("docs/reference/metrics.md: the examples of growth between periods give their documented results") {
    // metrics/periods.hpp: -3/14; (11/14)^4 - 1; 26.8 / 26.22 - 1
    CHECK(change_between(2.8_bn_mad, period::quarter(2024, 2), 2.2_bn_mad, period::quarter(2024, 3)) ==
          Approx(-0.2143).epsilon(1e-3));
    CHECK(annualised_growth(2.8_bn_mad, period::quarter(2024, 2), 2.2_bn_mad, period::quarter(2024, 3)) ==
          Approx(-0.6189).epsilon(1e-3));
    CHECK(change_in_annualised_level(26.22_bn_mad, period::whole_year(2024), 13.4_bn_mad,
                                     period::half(2025, 1)) == Approx(0.0221).epsilon(1e-2));
}
