// Tests of the targets: required rate, projected value, first year a target is met, gap to a trajectory.
// SPDX-License-Identifier: MIT
#include <offshoring/targets/projection.hpp>

#include <doctest/doctest.h>

#include "../../support/troubleshooting.hpp"
#include "../../support/values.hpp"

#include <cmath>
#include <limits>

using namespace offshoring;
using namespace offshoring::testing;
using doctest::Approx;

TEST_CASE("exports need 7.29 percent a year to go from 26.22 bn in 2024 to 40 bn in 2030") {
    // (40 / 26.22)^(1/6) - 1 = 1.5255530^(1/6) - 1 = 0.0729296 (1.0729296^6 = 1.52555).
    CHECK(required_rate(26.22_bn_mad, 2024, 40_bn_mad, 2030) == Approx(0.0729296).epsilon(1e-7));
}

TEST_CASE("jobs need 10.48 percent a year to go from 148 500 in 2024 to 270 000 in 2030") {
    // (270000 / 148500)^(1/6) - 1 = 1.8181818^(1/6) - 1 = 0.1047726.
    CHECK(required_rate(148500_jobs, 2024, 270000_jobs, 2030) == Approx(0.1047726).epsilon(1e-7));
}

TEST_CASE("the required rate agrees with the spreadsheet's own RRI example") {
    // RRI(96, 10000, 11000) = 0.0009933 in the spreadsheet's documentation: 1.1^(1/96) - 1.
    CHECK(required_rate(10000_mad, 0, 11000_mad, 96) == Approx(0.0009933).epsilon(1e-4));
}

TEST_CASE("a projection compounds the rate once a year") {
    // 100 * 1.1^2 = 121; 148 500 * 1.05^3 = 148500 * 1.157625 = 171907.3125.
    CHECK(in_mad(projected_value(100_mad, 2024, 0.1, 2026)) == Approx(121).epsilon(1e-12));
    CHECK(in_jobs(projected_value(148500_jobs, 2024, 0.05, 2027)) == Approx(171907.3125).epsilon(1e-12));
    // A fall: 100 * 0.8^2 = 64; at -100 % nothing is left.
    CHECK(in_mad(projected_value(100_mad, 2024, -0.2, 2026)) == Approx(64).epsilon(1e-12));
    CHECK(in_mad(projected_value(100_mad, 2024, -1.0, 2025)) == 0.0);
}

TEST_CASE("a projection to the base year is the base") {
    CHECK(projected_value(26.22_bn_mad, 2024, 0.07, 2024) == 26.22_bn_mad);
}

TEST_CASE("projecting at the required rate meets the target in the target year") {
    struct example {
        double base, target;
        int base_year, target_year;
    };
    const example examples[] = {
        {26.22e9, 40e9, 2024, 2030}, {148500, 270000, 2024, 2030}, {100, 121, 2024, 2026},
        {3.2e9, 3.4e9, 2023, 2024},  {1, 1e6, 2000, 2100},         {40, 26.22, 2024, 2030},
    };
    for (const example& e : examples) {
        CAPTURE(e.base);
        CAPTURE(e.target);
        const double rate = required_rate(raw_mad(e.base), e.base_year, raw_mad(e.target), e.target_year);
        CHECK(in_mad(projected_value(raw_mad(e.base), e.base_year, rate, e.target_year)) ==
              Approx(e.target).epsilon(1e-12));
        // The rounding of pow must not push the year the target is met past the target year.
        if (e.base < e.target)
            CHECK(first_year_met(raw_mad(e.base), e.base_year, raw_mad(e.target), rate) ==
                  target_outcome{target_outcome_kind::met_in_year, e.target_year});
    }
}

TEST_CASE("a target at or below the base is already met in the base year") {
    CHECK(first_year_met(26.22_bn_mad, 2024, 26_bn_mad, 0.05) ==
          target_outcome{target_outcome_kind::already_met, 2024});
    // Equal counts as met, whatever the rate, even a falling one.
    CHECK(first_year_met(26.22_bn_mad, 2024, 26.22_bn_mad, -0.5) ==
          target_outcome{target_outcome_kind::already_met, 2024});
}

TEST_CASE("a target above the base is never met at a rate of zero or below") {
    CHECK(first_year_met(26.22_bn_mad, 2024, 40_bn_mad, 0.0) ==
          target_outcome{target_outcome_kind::never_met, 0});
    CHECK(first_year_met(148500_jobs, 2024, 270000_jobs, -0.01) ==
          target_outcome{target_outcome_kind::never_met, 0});
    CHECK(first_year_met(148500_jobs, 2024, 270000_jobs, -1.0) ==
          target_outcome{target_outcome_kind::never_met, 0});
}

TEST_CASE("at 5 percent a year, 40 bn is met in 2033, not 2030") {
    // ln(40 / 26.22) / ln(1.05) = 0.422350 / 0.048790 = 8.66 years, so the ninth year: 2024 + 9 = 2033.
    // Check: 26.22 * 1.05^8 = 38.74 < 40 <= 26.22 * 1.05^9 = 40.68.
    CHECK(first_year_met(26.22_bn_mad, 2024, 40_bn_mad, 0.05) ==
          target_outcome{target_outcome_kind::met_in_year, 2033});
}

TEST_CASE("270 000 jobs at 10 percent a year are met in 2031") {
    // ln(270000 / 148500) / ln(1.1) = 0.597837 / 0.095310 = 6.27 years: 2024 + 7 = 2031.
    CHECK(first_year_met(148500_jobs, 2024, 270000_jobs, 0.1) ==
          target_outcome{target_outcome_kind::met_in_year, 2031});
}

TEST_CASE("a target met exactly at the end of a year is met in that year, not the next") {
    // 100 * 2^2 = 400 exactly; 100 * 1.5^2 = 225 exactly; 100 * 1.1^2 = 121 up to rounding.
    CHECK(first_year_met(100_mad, 2000, 400_mad, 1.0) ==
          target_outcome{target_outcome_kind::met_in_year, 2002});
    CHECK(first_year_met(100_mad, 2000, 225_mad, 0.5) ==
          target_outcome{target_outcome_kind::met_in_year, 2002});
    CHECK(first_year_met(100_mad, 2000, 121_mad, 0.1) ==
          target_outcome{target_outcome_kind::met_in_year, 2002});
    // Just above the exact value the target slips to the next year: 100 * 2^3 = 800 >= 400.0001.
    CHECK(first_year_met(100_mad, 2000, raw_mad(400.0001), 1.0) ==
          target_outcome{target_outcome_kind::met_in_year, 2003});
}

TEST_CASE("one tolerance decides every year, the base year included") {
    // A target counts as met once the projection reaches target * (1 - 1000 eps), 2.2e-13 below it.
    // 1 + 1e-13 is within it of the base 1, so the target is met in the base year already.
    CHECK(first_year_met(1_mad, 2024, raw_mad(1 + 1e-13), 1e-14) ==
          target_outcome{target_outcome_kind::already_met, 2024});
    // 1 + 1e-12 is 4504 ulps of 1 above it (an ulp of 1 is 2^-52), the threshold 4504 - 1000 = 3504 ulps;
    // 1 + 1e-14 is 1 + 45 ulps, and 45 n >= 3504 first holds for n = 78: 2024 + 78 = 2102.
    CHECK(first_year_met(1_mad, 2024, raw_mad(1 + 1e-12), 1e-14) ==
          target_outcome{target_outcome_kind::met_in_year, 2102});
    // The year found is the first in which projected_value reaches the threshold.
    const double threshold = 40e9 * (1 - 1000 * std::numeric_limits<double>::epsilon());
    CHECK(in_mad(projected_value(26.22_bn_mad, 2024, 0.05, 2033)) >= threshold);
    CHECK(in_mad(projected_value(26.22_bn_mad, 2024, 0.05, 2032)) < threshold);
    CHECK(first_year_met(26.22_bn_mad, 2024, 40_bn_mad, 0.05) ==
          target_outcome{target_outcome_kind::met_in_year, 2033});
}

TEST_CASE("a rate too small to compound in a double is refused rather than answered wrongly") {
    // 1 + 1e-17 rounds to 1, so no projection grows, though ln(1 + 1e-12) / 1e-17 = 77 800 years would do.
    CHECK_THROWS_WITH_AS(first_year_met(1_mad, 2024, raw_mad(1 + 1e-12), 1e-17),
                         "offshoring::first_year_met: rate 1e-17 is too small to compound in this type: "
                         "1 + rate rounds to 1" SEE_DOMAIN_ERRORS,
                         offshoring::domain_error);
}

TEST_CASE("a target reached in the first year is met the year after the base") {
    // 100 * 1.5 = 150 >= 101.
    CHECK(first_year_met(100_mad, 2024, 101_mad, 0.5) ==
          target_outcome{target_outcome_kind::met_in_year, 2025});
}

TEST_CASE("the compound path runs from the base to the target") {
    // 2027 is halfway from 2024 to 2030: 26.22 * (40 / 26.22)^(1/2) = sqrt(26.22 * 40) = sqrt(1048.8) = 32.3851818.
    CHECK(in_billion_mad(trajectory_value(26.22_bn_mad, 2024, 40_bn_mad, 2030, 2027)) ==
          Approx(32.3851818).epsilon(1e-8));
    CHECK(in_billion_mad(trajectory_value(26.22_bn_mad, 2024, 40_bn_mad, 2030, 2024)) ==
          Approx(26.22).epsilon(1e-14));
    CHECK(in_billion_mad(trajectory_value(26.22_bn_mad, 2024, 40_bn_mad, 2030, 2030)) ==
          Approx(40).epsilon(1e-14));
}

TEST_CASE("27 bn in 2025 would stand 4 percent below the path to 40 bn in 2030") {
    // Path in 2025: 26.22 * 1.0729296 = 28.1322135; 27 - 28.1322135 = -1.1322135 bn;
    // 27 / 28.1322135 - 1 = -0.0402462.
    const auto gap = gap_to_trajectory(27_bn_mad, 2025, 26.22_bn_mad, 2024, 40_bn_mad, 2030);
    CHECK(in_billion_mad(gap.level) == Approx(-1.1322135).epsilon(1e-7));
    CHECK(gap.relative == Approx(-0.0402462).epsilon(1e-6));
}

TEST_CASE("a value on the path has no gap and jobs have a gap in jobs") {
    const auto on_path = gap_to_trajectory(40_bn_mad, 2030, 26.22_bn_mad, 2024, 40_bn_mad, 2030);
    CHECK(in_mad(on_path.level) == Approx(0).epsilon(1e-14).scale(40e9));
    CHECK(on_path.relative == Approx(0).scale(1).epsilon(1e-14));
    // Path in 2026 for jobs: 148500 * 1.8181818^(2/6) = 148500 * 1.2205224 = 181247.58; 170000 - 181247.58 = -11247.58.
    const auto jobs_gap = gap_to_trajectory(170000_jobs, 2026, 148500_jobs, 2024, 270000_jobs, 2030);
    CHECK(in_jobs(jobs_gap.level) == Approx(-11247.58).epsilon(1e-6));
}

TEST_CASE(
    "required_rate refuses a base or target that is not positive and a target year not after the base year") {
    CHECK_THROWS_WITH_AS(
        required_rate(0_mad, 2024, 40_mad, 2030),
        "offshoring::required_rate: base must be positive and finite, got 0" SEE_DOMAIN_ERRORS,
        offshoring::domain_error);
    CHECK_THROWS_WITH_AS(
        required_rate(26_mad, 2024, -40_mad, 2030),
        "offshoring::required_rate: target must be positive and finite, got -40" SEE_DOMAIN_ERRORS,
        offshoring::domain_error);
    CHECK_THROWS_WITH_AS(
        required_rate(26_mad, 2024, raw_mad(not_a_number), 2030),
        "offshoring::required_rate: target must be positive and finite, got nan" SEE_DOMAIN_ERRORS,
        offshoring::domain_error);
    CHECK_THROWS_WITH_AS(
        required_rate(26_mad, 2030, 40_mad, 2030),
        "offshoring::required_rate: target year must be after base year, got target year 2030 and "
        "base year 2030" SEE_DOMAIN_ERRORS,
        offshoring::domain_error);
    CHECK_THROWS_WITH_AS(
        required_rate(26_mad, 2030, 40_mad, 2024),
        "offshoring::required_rate: target year must be after base year, got target year 2024 and "
        "base year 2030" SEE_DOMAIN_ERRORS,
        offshoring::domain_error);
}

TEST_CASE("required_rate refuses a result that overflows") {
    // (1e300 / 1e-300)^(1/1) = 1e600.
    CHECK_THROWS_WITH_AS(required_rate(raw_mad(1e-300), 2024, raw_mad(1e300), 2025),
                         "offshoring::required_rate: result is not finite (inf) for base 1e-300 and target "
                         "1e+300" SEE_DOMAIN_ERRORS,
                         offshoring::domain_error);
}

TEST_CASE("targets are right when the ratio of their amounts underflows or overflows a double") {
    // 1e-200 / 1e200 = 1e-400 is below the smallest double: the rate is 10^(-400 / 1000) - 1.
    CHECK(required_rate(raw_mad(1e200), 0, raw_mad(1e-200), 1000) ==
          Approx(0.3981071705534972 - 1).epsilon(1e-13));
    // Half way, the path stands at 1e200 * (1e-400)^(1/2) = 1.
    CHECK(in_mad(trajectory_value(raw_mad(1e200), 0, raw_mad(1e-200), 1000, 500)) ==
          Approx(1.0).epsilon(1e-12));
    CHECK(in_mad(trajectory_value(raw_mad(1e-200), 0, raw_mad(1e200), 1000, 250)) ==
          Approx(1e-100).epsilon(1e-12));
    // 2^1100 overflows while 1e-300 * 2^1100 = 1.3583e31 does not.
    CHECK(in_mad(projected_value(raw_mad(1e-300), 0, 1.0, 1100)) ==
          Approx(1e-300 * std::ldexp(1.0, 550) * std::ldexp(1.0, 550)).epsilon(1e-12));
}

TEST_CASE("projected_value refuses a year before the base year, a rate below minus one and an overflow") {
    CHECK_THROWS_WITH_AS(
        projected_value(26_mad, 2024, 0.05, 2023),
        "offshoring::projected_value: year must not be before base year, got year 2023 and base "
        "year 2024" SEE_DOMAIN_ERRORS,
        offshoring::domain_error);
    CHECK_THROWS_WITH_AS(projected_value(26_mad, 2024, -1.5, 2030),
                         "offshoring::projected_value: rate must be at least -1 (a fall of 100 %) and "
                         "finite, got -1.5" SEE_DOMAIN_ERRORS,
                         offshoring::domain_error);
    CHECK_THROWS_WITH_AS(projected_value(26_mad, 2024, not_a_number, 2030),
                         "offshoring::projected_value: rate must be at least -1 (a fall of 100 %) and "
                         "finite, got nan" SEE_DOMAIN_ERRORS,
                         offshoring::domain_error);
    CHECK_THROWS_WITH_AS(
        projected_value(-26_mad, 2024, 0.05, 2030),
        "offshoring::projected_value: base must be positive and finite, got -26" SEE_DOMAIN_ERRORS,
        offshoring::domain_error);
    // 2^2000 is about 1e602.
    CHECK_THROWS_WITH_AS(projected_value(1_mad, 0, 1.0, 2000),
                         "offshoring::projected_value: result is not finite (inf) for base 1, rate 1 and "
                         "2000 years" SEE_DOMAIN_ERRORS,
                         offshoring::domain_error);
}

TEST_CASE("first_year_met refuses bad values and a year an int cannot hold") {
    CHECK_THROWS_WITH_AS(
        first_year_met(0_mad, 2024, 40_mad, 0.05),
        "offshoring::first_year_met: base must be positive and finite, got 0" SEE_DOMAIN_ERRORS,
        offshoring::domain_error);
    CHECK_THROWS_WITH_AS(
        first_year_met(26_mad, 2024, 0_mad, 0.05),
        "offshoring::first_year_met: target must be positive and finite, got 0" SEE_DOMAIN_ERRORS,
        offshoring::domain_error);
    CHECK_THROWS_WITH_AS(first_year_met(26_mad, 2024, 40_mad, -2.0),
                         "offshoring::first_year_met: rate must be at least -1 (a fall of 100 %) and finite, "
                         "got -2" SEE_DOMAIN_ERRORS,
                         offshoring::domain_error);
    CHECK_THROWS_WITH_AS(first_year_met(26_mad, 2024, 40_mad, not_a_number),
                         "offshoring::first_year_met: rate must be at least -1 (a fall of 100 %) and finite, "
                         "got nan" SEE_DOMAIN_ERRORS,
                         offshoring::domain_error);
    // ln(40 / 26) / 1e-300 years is about 4e299.
    CHECK_THROWS_WITH_AS(
        first_year_met(26_mad, 2024, 40_mad, 1e-300),
        "offshoring::first_year_met: the target is not met before the last year an int can hold, at "
        "rate 1e-300" SEE_DOMAIN_ERRORS,
        offshoring::domain_error);
}

TEST_CASE("gap_to_trajectory refuses a negative value and a year before the base year") {
    CHECK_THROWS_WITH_AS(
        gap_to_trajectory(-1_mad, 2025, 26_mad, 2024, 40_mad, 2030),
        "offshoring::gap_to_trajectory: value must be non-negative and finite, got -1" SEE_DOMAIN_ERRORS,
        offshoring::domain_error);
    CHECK_THROWS_WITH_AS(
        gap_to_trajectory(27_mad, 2020, 26_mad, 2024, 40_mad, 2030),
        "offshoring::gap_to_trajectory: year must not be before base year, got year 2020 and base "
        "year 2024" SEE_DOMAIN_ERRORS,
        offshoring::domain_error);
    CHECK_THROWS_WITH_AS(
        trajectory_value(26_mad, 2024, 40_mad, 2024, 2024),
        "offshoring::trajectory_value: target year must be after base year, got target year 2024 and "
        "base year 2024" SEE_DOMAIN_ERRORS,
        offshoring::domain_error);
}
