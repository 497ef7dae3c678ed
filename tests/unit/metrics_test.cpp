// Tests of the basic metrics: share, percentage-point change, growth, contributions to growth, revenue per job.
// SPDX-License-Identifier: MIT
#include <offshoring/metrics.hpp>
#include <offshoring/metrics/periods.hpp>

#include <doctest/doctest.h>

#include "../support/troubleshooting.hpp"
#include "../support/values.hpp"

#include <limits>

using namespace offshoring;
using namespace offshoring::testing;
using doctest::Approx;

// The functions documented as usable in constant expressions; exact binary fractions so that == holds.
static_assert(share(1_bn_mad, 4_bn_mad) == 0.25);
static_assert(share(37_jobs, 37_jobs) == 1.0);
static_assert(percentage_point_change(0.25, 0.5) == 25.0);
static_assert(growth(100_mad, 125_mad) == 0.25);
static_assert(growth(80_jobs, 60_jobs) == -0.25);
static_assert(contribution_to_growth(1_mad, 2_mad, 4_mad) == 25.0);
static_assert(in_mad_per_job(revenue_per_job(300_mad, 2_jobs)) == 150.0);
static_assert(contributions_to_growth(by_segment<mad<>>(1_mad, 1_mad, 1_mad, 1_mad, 0_mad),
                                      by_segment<mad<>>(2_mad, 1_mad, 1_mad, 1_mad, 0_mad))[segment::ito] ==
              25.0);

TEST_CASE("a share is a fraction of the whole, not a number of points") {
    // 10.6 / 26.22 = 0.404271548...: the articles print 40.3 % (of the rounded total 26.2 they get 40.46 %).
    CHECK(share(10.6_bn_mad, 26.22_bn_mad) == Approx(0.4042715).epsilon(1e-7));
    // 48 M / 26.22 bn = 0.048 / 26.22 = 0.0018307: KPO's "0.2 %".
    CHECK(share(48_m_mad, 26.22_bn_mad) == Approx(0.0018307).epsilon(1e-4));
}

TEST_CASE("a share of jobs works like a share of dirhams") {
    // 18 500 of the 148 500 jobs of 2024 were created in the two years before: 18500 / 148500 = 0.124579.
    CHECK(share(18500_jobs, 148500_jobs) == Approx(0.124579).epsilon(1e-6));
}

TEST_CASE("an empty part is a share of zero and the whole is a share of one") {
    CHECK(share(0_bn_mad, 26.22_bn_mad) == 0.0);
    CHECK(share(26.22_bn_mad, 26.22_bn_mad) == 1.0);
}

TEST_CASE("share refuses a whole that is not positive, naming the function and the value") {
    CHECK_THROWS_WITH_AS(share(1_bn_mad, 0_bn_mad),
                         "offshoring::share: whole must be positive and finite, got 0" SEE_DOMAIN_ERRORS,
                         offshoring::domain_error);
    CHECK_THROWS_WITH_AS(share(1_mad, -2_mad),
                         "offshoring::share: whole must be positive and finite, got -2" SEE_DOMAIN_ERRORS,
                         offshoring::domain_error);
    CHECK_THROWS_WITH_AS(share(1_mad, raw_mad(infinity)),
                         "offshoring::share: whole must be positive and finite, got inf" SEE_DOMAIN_ERRORS,
                         offshoring::domain_error);
}

TEST_CASE("share refuses a negative or NaN part") {
    CHECK_THROWS_WITH_AS(share(-1_mad, 2_mad),
                         "offshoring::share: part must be non-negative and finite, got -1" SEE_DOMAIN_ERRORS,
                         offshoring::domain_error);
    CHECK_THROWS_WITH_AS(share(raw_mad(not_a_number), 2_mad),
                         "offshoring::share: part must be non-negative and finite, got nan" SEE_DOMAIN_ERRORS,
                         offshoring::domain_error);
}

TEST_CASE("share refuses a part larger than the whole, which cannot be a part of it") {
    CHECK_THROWS_WITH_AS(share(3_mad, 2_mad),
                         "offshoring::share: part must not exceed the whole, got 3 and 2" SEE_DOMAIN_ERRORS,
                         offshoring::domain_error);
}

TEST_CASE("a change of share is counted in percentage points") {
    // ITO: 5.25 / 13.4 = 0.391791 in H1 2025 against 10.6 / 26.22 = 0.404272 in 2024: -1.2481 points.
    const double h1_2025 = share(5.25_bn_mad, 13.4_bn_mad);
    const double year_2024 = share(10.6_bn_mad, 26.22_bn_mad);
    CHECK(percentage_point_change(year_2024, h1_2025) == Approx(-1.24805).epsilon(1e-5));
    // 0.403 -> 0.374 is 37.4 - 40.3 = -2.9 points, not the relative change -7.2 %.
    CHECK(percentage_point_change(0.403, 0.374) == Approx(-2.9));
}

TEST_CASE("percentage_point_change refuses shares given in points or outside [0, 1]") {
    CHECK_THROWS_WITH_AS(percentage_point_change(40.3, 0.374),
                         "offshoring::percentage_point_change: share_from must be a fraction in [0, 1], got "
                         "40.3" SEE_DOMAIN_ERRORS,
                         offshoring::domain_error);
    CHECK_THROWS_WITH_AS(percentage_point_change(0.403, -0.1),
                         "offshoring::percentage_point_change: share_to must be a fraction in [0, 1], got "
                         "-0.1" SEE_DOMAIN_ERRORS,
                         offshoring::domain_error);
    CHECK_THROWS_WITH_AS(percentage_point_change(not_a_number, 0.5),
                         "offshoring::percentage_point_change: share_from must be a fraction in [0, 1], got "
                         "nan" SEE_DOMAIN_ERRORS,
                         offshoring::domain_error);
}

TEST_CASE("growth of H1 2025 on H1 2024 from the published amounts is 3.876 percent") {
    // 13.4 / 12.9 - 1 = 0.5 / 12.9 = 0.0387597; the articles print +3.5 %, which these rounded
    // amounts cannot give (that is for the published-figures layer to judge).
    CHECK(growth(12.9_bn_mad, 13.4_bn_mad) == Approx(0.0387597).epsilon(1e-6));
}

TEST_CASE("the growth of segments and of jobs is the ratio of the articles' figures less one") {
    // ESO 3.2 -> 3.4: 0.2 / 3.2 = 0.0625. BPO 1.9 -> 2.3: 0.4 / 1.9 = 0.2105263.
    CHECK(growth(3.2_bn_mad, 3.4_bn_mad) == Approx(0.0625).epsilon(1e-12));
    CHECK(growth(1.9_bn_mad, 2.3_bn_mad) == Approx(0.2105263).epsilon(1e-7));
    // 141 000 -> 148 500 jobs: 7500 / 141000 = 0.0531915.
    CHECK(growth(141000_jobs, 148500_jobs) == Approx(0.0531915).epsilon(1e-6));
}

TEST_CASE("a fall to zero is a growth of minus one and a fall below zero is still a growth") {
    CHECK(growth(5_bn_mad, 0_bn_mad) == -1.0);
    // 2 -> -1: -3 / 2 = -1.5, a net balance turning negative.
    CHECK(growth(2_mad, -1_mad) == -1.5);
}

TEST_CASE("growth refuses a base that is zero, negative or NaN and a final value that is not finite") {
    CHECK_THROWS_WITH_AS(growth(0_mad, 1_mad),
                         "offshoring::growth: base must be positive and finite, got 0" SEE_DOMAIN_ERRORS,
                         offshoring::domain_error);
    CHECK_THROWS_WITH_AS(growth(-1_mad, 1_mad),
                         "offshoring::growth: base must be positive and finite, got -1" SEE_DOMAIN_ERRORS,
                         offshoring::domain_error);
    CHECK_THROWS_WITH_AS(growth(raw_mad(not_a_number), 1_mad),
                         "offshoring::growth: base must be positive and finite, got nan" SEE_DOMAIN_ERRORS,
                         offshoring::domain_error);
    CHECK_THROWS_WITH_AS(growth(1_mad, raw_mad(infinity)),
                         "offshoring::growth: final value must be finite, got inf" SEE_DOMAIN_ERRORS,
                         offshoring::domain_error);
}

TEST_CASE("growth refuses a result that overflows rather than returning infinity") {
    CHECK_THROWS_WITH_AS(growth(raw_mad(1e-300), raw_mad(1e300)),
                         "offshoring::growth: result is not finite (inf) for base 1e-300 and final value "
                         "1e+300" SEE_DOMAIN_ERRORS,
                         offshoring::domain_error);
}

TEST_CASE("a segment's contribution is its change over the total's base, in points") {
    // ESO 3.2 -> 3.4 in a 2023 total of 26.17 bn: 0.2 / 26.17 * 100 = 0.764234 points.
    CHECK(contribution_to_growth(3.2_bn_mad, 3.4_bn_mad, 26.17_bn_mad) == Approx(0.764234).epsilon(1e-6));
}

TEST_CASE("contributions of the five segments add up to the growth of the total") {
    // 2024 amounts from the articles (ITO 10.6, CRM 9.8, ESO 3.4, BPO 2.3, KPO 0.048); ESO 3.2 and BPO 1.9
    // in 2023 too. ITO 10.5, CRM 10.2 and KPO 0.1 in 2023 are illustrative. 2023 total = 25.9 bn.
    const by_segment<mad<>> from(10.5_bn_mad, 10.2_bn_mad, 3.2_bn_mad, 1.9_bn_mad, 100_m_mad);
    const by_segment<mad<>> to(10.6_bn_mad, 9.8_bn_mad, 3.4_bn_mad, 2.3_bn_mad, 48_m_mad);
    const by_segment<double> points = contributions_to_growth(from, to);
    // Each change over 25.9, times 100.
    CHECK(points[segment::ito] == Approx(0.386100).epsilon(1e-5));   // 0.1 / 25.9
    CHECK(points[segment::crm] == Approx(-1.544402).epsilon(1e-6));  // -0.4 / 25.9
    CHECK(points[segment::eso] == Approx(0.772201).epsilon(1e-6));   // 0.2 / 25.9
    CHECK(points[segment::bpo] == Approx(1.544402).epsilon(1e-6));   // 0.4 / 25.9
    CHECK(points[segment::kpo] == Approx(-0.200772).epsilon(1e-5));  // -0.052 / 25.9
    // 26.148 / 25.9 - 1 = 0.00957529, i.e. 0.957529 points in all.
    double sum = 0;
    for (const double p : points)
        sum += p;
    CHECK(sum == Approx(0.957529).epsilon(1e-6));
    CHECK(sum == Approx(100 * growth(from.total(), to.total())).epsilon(1e-12));
}

TEST_CASE("contributions add up to the growth of the total whatever the values") {
    const by_segment<mad<>> cases[][2] = {
        {{1_mad, 2_mad, 3_mad, 4_mad, 5_mad}, {5_mad, 4_mad, 3_mad, 2_mad, 1_mad}},
        {{0_mad, 0_mad, 0_mad, 0_mad, 7_mad}, {1_mad, 2_mad, 3_mad, 4_mad, 0_mad}},
        {{26.22_bn_mad, 1_mad, 1_mad, 1_mad, 1_mad}, {40_bn_mad, 0_mad, 0_mad, 0_mad, 0_mad}},
    };
    for (const auto& c : cases) {
        const by_segment<double> points = contributions_to_growth(c[0], c[1]);
        double sum = 0;
        for (const double p : points)
            sum += p;
        CHECK(sum == Approx(100 * growth(c[0].total(), c[1].total())).epsilon(1e-12));
    }
}

TEST_CASE("contributions refuse negative, NaN and all-zero base values, naming the segment") {
    const by_segment<mad<>> good(1_mad, 1_mad, 1_mad, 1_mad, 1_mad);
    CHECK_THROWS_WITH_AS(contributions_to_growth(by_segment<mad<>>(1_mad, 1_mad, -1_mad, 1_mad, 1_mad), good),
                         "offshoring::contributions_to_growth: base value of ESO must be non-negative and "
                         "finite, got -1" SEE_DOMAIN_ERRORS,
                         offshoring::domain_error);
    CHECK_THROWS_WITH_AS(
        contributions_to_growth(good, by_segment<mad<>>(1_mad, 1_mad, 1_mad, 1_mad, raw_mad(not_a_number))),
        "offshoring::contributions_to_growth: final value of KPO must be non-negative and finite, got "
        "nan" SEE_DOMAIN_ERRORS,
        offshoring::domain_error);
    CHECK_THROWS_WITH_AS(contributions_to_growth(by_segment<mad<>>(), good),
                         "offshoring::contributions_to_growth: total of the base values must be positive and "
                         "finite, got 0" SEE_DOMAIN_ERRORS,
                         offshoring::domain_error);
}

TEST_CASE("contribution_to_growth refuses a part above its total, a negative part and a zero total") {
    CHECK_THROWS_WITH_AS(contribution_to_growth(5_mad, 6_mad, 4_mad),
                         "offshoring::contribution_to_growth: part base must not exceed the total base, got "
                         "5 and 4" SEE_DOMAIN_ERRORS,
                         offshoring::domain_error);
    CHECK_THROWS_WITH_AS(contribution_to_growth(1_mad, -6_mad, 4_mad),
                         "offshoring::contribution_to_growth: part final value must be non-negative and "
                         "finite, got -6" SEE_DOMAIN_ERRORS,
                         offshoring::domain_error);
    CHECK_THROWS_WITH_AS(
        contribution_to_growth(0_mad, 1_mad, 0_mad),
        "offshoring::contribution_to_growth: total base must be positive and finite, got 0" SEE_DOMAIN_ERRORS,
        offshoring::domain_error);
}

TEST_CASE("revenue per job of 2024 is about 176 566 dirhams") {
    // 26 220 000 000 / 148 500 = 176 565.6566 dirhams per job.
    CHECK(in_mad_per_job(revenue_per_job(26.22_bn_mad, 148500_jobs)) == Approx(176565.6566).epsilon(1e-9));
}

TEST_CASE("revenue_per_job refuses no jobs, negative revenue and an overflowing result") {
    CHECK_THROWS_WITH_AS(
        revenue_per_job(1_mad, 0_jobs),
        "offshoring::revenue_per_job: number of jobs must be positive and finite, got 0" SEE_DOMAIN_ERRORS,
        offshoring::domain_error);
    CHECK_THROWS_WITH_AS(
        revenue_per_job(-1_mad, 10_jobs),
        "offshoring::revenue_per_job: revenue must be non-negative and finite, got -1" SEE_DOMAIN_ERRORS,
        offshoring::domain_error);
    CHECK_THROWS_WITH_AS(
        revenue_per_job(raw_mad(1e300), jobs<>::from_value(1e-300)),
        "offshoring::revenue_per_job: result is not finite (inf) for revenue 1e+300 and number of "
        "jobs 1e-300" SEE_DOMAIN_ERRORS,
        offshoring::domain_error);
}

TEST_CASE("the metrics work with float as the value type") {
    // 1 / 4 in float is exact too.
    CHECK(share(mad<float>::from_value(1.0f), mad<float>::from_value(4.0f)) == 0.25f);
    CHECK(growth(jobs<float>::from_value(4.0f), jobs<float>::from_value(5.0f)) == 0.25f);
}
