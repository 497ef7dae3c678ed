// Tests of offshoring/metrics/cagr.hpp: compound annual growth over years and between periods.
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

TEST_CASE("jobs grew at 12.13 percent a year from 2020 to 2023") {
    // (141000 / 100000)^(1/3) - 1 = 1.41^(1/3) - 1 = 0.1213462 (1.1213462^3 = 1.41000).
    CHECK(cagr(100000_jobs, 141000_jobs, 3) == Approx(0.1213462).epsilon(1e-7));
}

TEST_CASE("a CAGR may run over a fractional number of years") {
    // 100 -> 121 over 2 years: 1.1^2 = 1.21, so 0.1. 100 -> 125 over 1.5 years: 1.25^(2/3) - 1 = 0.1603972.
    CHECK(cagr(100_mad, 121_mad, 2) == Approx(0.1).epsilon(1e-12));
    CHECK(cagr(100_mad, 125_mad, 1.5) == Approx(0.1603972).epsilon(1e-7));
}

TEST_CASE("a CAGR between periods counts the months between their first months") {
    // H1 2024 -> H1 2025 is one year: the CAGR is the growth, 13.4 / 12.9 - 1 = 0.0387597.
    CHECK(cagr(12.9_bn_mad, h1_2024, 13.4_bn_mad, h1_2025) ==
          Approx(growth(12.9_bn_mad, 13.4_bn_mad)).epsilon(1e-14));
    // Q3 2023 -> Q1 2025 is 18 months, 1.5 years: 1.25^(2/3) - 1 = 0.1603972.
    CHECK(cagr(100_mad, period::quarter(2023, 3), 125_mad, period::quarter(2025, 1)) ==
          Approx(0.1603972).epsilon(1e-7));
    // 2020 -> 2023 as whole years gives the same as three years.
    CHECK(cagr(100000_jobs, period::whole_year(2020), 141000_jobs, period::whole_year(2023)) ==
          Approx(cagr(100000_jobs, 141000_jobs, 3)).epsilon(1e-14));
}

TEST_CASE("a fall to zero is a CAGR of minus one") { CHECK(cagr(100_mad, 0_mad, 4) == -1.0); }

TEST_CASE("cagr refuses a base that is not positive and a negative final value") {
    CHECK_THROWS_WITH_AS(cagr(0_mad, 1_mad, 2),
                         "offshoring::cagr: base must be positive and finite, got 0" SEE_DOMAIN_ERRORS,
                         offshoring::domain_error);
    CHECK_THROWS_WITH_AS(cagr(-5_mad, 1_mad, 2),
                         "offshoring::cagr: base must be positive and finite, got -5" SEE_DOMAIN_ERRORS,
                         offshoring::domain_error);
    CHECK_THROWS_WITH_AS(
        cagr(5_mad, -1_mad, 2),
        "offshoring::cagr: final value must be non-negative and finite, got -1" SEE_DOMAIN_ERRORS,
        offshoring::domain_error);
    CHECK_THROWS_WITH_AS(
        cagr(5_mad, raw_mad(not_a_number), 2),
        "offshoring::cagr: final value must be non-negative and finite, got nan" SEE_DOMAIN_ERRORS,
        offshoring::domain_error);
}

TEST_CASE("cagr refuses zero, negative and NaN years") {
    CHECK_THROWS_WITH_AS(cagr(1_mad, 2_mad, 0),
                         "offshoring::cagr: years must be positive and finite, got 0" SEE_DOMAIN_ERRORS,
                         offshoring::domain_error);
    CHECK_THROWS_WITH_AS(cagr(1_mad, 2_mad, -3),
                         "offshoring::cagr: years must be positive and finite, got -3" SEE_DOMAIN_ERRORS,
                         offshoring::domain_error);
    CHECK_THROWS_WITH_AS(cagr(1_mad, 2_mad, not_a_number),
                         "offshoring::cagr: years must be positive and finite, got nan" SEE_DOMAIN_ERRORS,
                         offshoring::domain_error);
}

TEST_CASE("cagr refuses a result that overflows") {
    // 1e10^(1/0.01) = 1e1000, beyond the largest double.
    CHECK_THROWS_WITH_AS(cagr(1_mad, raw_mad(1e10), 0.01),
                         "offshoring::cagr: result is not finite (inf) for base 1, final value 1e+10 and "
                         "years 0.01" SEE_DOMAIN_ERRORS,
                         offshoring::domain_error);
}

TEST_CASE("cagr is right when the ratio of its amounts underflows or overflows a double") {
    // 1e-200 / 1e200 = 1e-400 is below the smallest double; the rate is 10^(-400 / 1000) - 1.
    CHECK(cagr(raw_mad(1e200), raw_mad(1e-200), 1000) == Approx(0.3981071705534972 - 1).epsilon(1e-13));
    // 1e400 overflows; 10^(400 / 1000) - 1.
    CHECK(cagr(raw_mad(1e-200), raw_mad(1e200), 1000) == Approx(2.5118864315095801 - 1).epsilon(1e-13));
    // 1 / 5e-324 = 2^1074 overflows; its sixth root is 2^179.
    CHECK(cagr(raw_mad(std::numeric_limits<double>::denorm_min()), 1_mad, 6) ==
          Approx(std::ldexp(1.0, 179)).epsilon(1e-13));
    // Over ten billion years the rate is tiny, and kept to its own precision: ln(1e-400) / 1e10.
    CHECK(cagr(raw_mad(1e200), raw_mad(1e-200), 1e10) == Approx(-400 * std::log(10.0) / 1e10).epsilon(1e-12));
}

TEST_CASE("cagr refuses periods of different lengths and periods out of order") {
    CHECK_THROWS_WITH_AS(cagr(1_mad, h1_2024, 2_mad, period::quarter(2025, 1)),
                         "offshoring::cagr: periods must have the same length, got 2024-H1 (6 months) and "
                         "2025-Q1 (3 months)" SEE_DOMAIN_ERRORS,
                         offshoring::domain_error);
    CHECK_THROWS_WITH_AS(
        cagr(1_mad, h1_2025, 2_mad, h1_2024),
        "offshoring::cagr: to_period must start after from_period, got 2025-H1 and 2024-H1" SEE_DOMAIN_ERRORS,
        offshoring::domain_error);
    CHECK_THROWS_WITH_AS(
        cagr(1_mad, period::month(2025, 3), 2_mad, period::month(2025, 3)),
        "offshoring::cagr: to_period must start after from_period, got 2025-03 and 2025-03" SEE_DOMAIN_ERRORS,
        offshoring::domain_error);
}
