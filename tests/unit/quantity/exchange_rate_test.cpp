// Tests of offshoring/quantity/exchange_rate.hpp: dated rates, checked construction, conversions both ways.
// SPDX-License-Identifier: MIT
#include <offshoring/quantity/exchange_rate.hpp>

#include <limits>
#include <type_traits>

#include <doctest/doctest.h>

#include "../../support/troubleshooting.hpp"

namespace {

using namespace offshoring::literals;
namespace units = offshoring::units;
using offshoring::exchange_rate;
using offshoring::mad;
using offshoring::mad_per_usd;
using offshoring::period;
using offshoring::usd;

constexpr mad_per_usd<> per_dollar(double value) { return value * units::dirham_per_us_dollar; }

// A rate is usable in constant expressions, like the amounts it converts.
constexpr exchange_rate<> rate_2024(period::whole_year(2024), per_dollar(9.36));
static_assert(rate_2024.applies_to() == period::whole_year(2024));
static_assert(in_mad_per_usd(rate_2024.rate()) == 9.36);
// 9.5 is exact in binary, so these products are exact: 100 x 9.5 = 950.
constexpr exchange_rate<> rate_2025(period::whole_year(2025), per_dollar(9.5));
static_assert(in_mad(to_mad(100_usd, rate_2025)) == 950.0);
static_assert(in_usd(to_usd(950_mad, rate_2025)) == 100.0);
static_assert(in_mad(to_mad(100_usd, period::half(2025, 1), rate_2025)) == 950.0);
static_assert(std::is_same_v<decltype(exchange_rate(period::whole_year(2024), per_dollar(9.36))),
                             exchange_rate<double>>);
static_assert(std::is_same_v<decltype(to_mad(1.0_usd, rate_2024)), mad<>>);
static_assert(std::is_same_v<decltype(to_usd(1.0_mad, rate_2024)), usd<>>);
static_assert(!std::is_convertible_v<mad_per_usd<>, exchange_rate<>>);
static_assert(!std::is_constructible_v<exchange_rate<>, mad_per_usd<>>);

TEST_CASE("an exchange rate keeps its period and its value") {
    const exchange_rate<> rate(period::half(2025, 1), per_dollar(9.95));
    CHECK(rate.applies_to() == period::half(2025, 1));
    CHECK(rate.applies_to() != period::whole_year(2025));
    CHECK(in_mad_per_usd(rate.rate()) == 9.95);
}

TEST_CASE("the rate implied by 26.2 bn MAD being nearly 2.8 bn USD is about 9.36 dirhams per dollar") {
    // Article 000: 26,2 milliards de dirhams, "près de 2,8 milliards de dollars". 26.2 / 2.8 = 9.357142857...
    const auto rate = exchange_rate<>::implied_by(period::whole_year(2024), 26.2_bn_mad, 2.8_bn_usd);
    CHECK(rate.applies_to() == period::whole_year(2024));
    CHECK(in_mad_per_usd(rate.rate()) == doctest::Approx(9.357142857).epsilon(1e-9));
    // With the 26.22 bn of articles 003 and 004: 26.22 / 2.8 = 9.364285714...
    const auto finer = exchange_rate<>::implied_by(period::whole_year(2024), 26.22_bn_mad, 2.8_bn_usd);
    CHECK(in_mad_per_usd(finer.rate()) == doctest::Approx(9.364285714).epsilon(1e-9));
}

TEST_CASE("dollars convert to dirhams by multiplying by the rate") {
    // 2.8 bn USD x 9.36 = 26.208 bn MAD.
    CHECK(in_billion_mad(to_mad(2.8_bn_usd, rate_2024)) == doctest::Approx(26.208).epsilon(1e-14));
    CHECK(in_mad(to_mad(0_usd, rate_2024)) == 0.0);
    // A negative amount (a fall) converts like any other.
    CHECK(in_mad(to_mad(-10_usd, rate_2024)) == doctest::Approx(-93.6).epsilon(1e-14));
}

TEST_CASE("dirhams convert to dollars by dividing by the rate") {
    // 26.22 bn MAD / 9.36 = 2.801282051... bn USD: "près de 2,8 milliards de dollars".
    CHECK(in_billion_usd(to_usd(26.22_bn_mad, rate_2024)) == doctest::Approx(2.801282051).epsilon(1e-9));
    // 13.4 bn MAD in H1 2025 at the same rate: 13.4 / 9.36 = 1.431623931... bn USD.
    CHECK(in_billion_usd(to_usd(13.4_bn_mad, rate_2024)) == doctest::Approx(1.431623932).epsilon(1e-9));
}

TEST_CASE("converting there and back returns the amount") {
    const auto rate = exchange_rate<>::implied_by(period::whole_year(2024), 26.2_bn_mad, 2.8_bn_usd);
    CHECK(in_billion_mad(to_mad(2.8_bn_usd, rate)) == doctest::Approx(26.2).epsilon(1e-14));
    CHECK(in_billion_usd(to_usd(to_mad(1.5_bn_usd, rate), rate)) == doctest::Approx(1.5).epsilon(1e-14));
}

TEST_CASE("a conversion given the amount's period checks that the rate covers it") {
    // An H1 2025 amount converts at the 2025 rate: 100 USD x 9.5 = 950 MAD.
    CHECK(in_mad(to_mad(100_usd, period::half(2025, 1), rate_2025)) == 950.0);
    CHECK(in_usd(to_usd(950_mad, period::quarter(2025, 3), rate_2025)) == 100.0);
    CHECK(in_mad(to_mad(100_usd, period::whole_year(2025), rate_2025)) == 950.0);
    CHECK_THROWS_WITH_AS(to_mad(100_usd, period::half(2025, 1), rate_2024),
                         "offshoring::to_mad: the rate applies to 2024, which does not contain the amount's "
                         "period 2025-H1" SEE_DOMAIN_ERRORS,
                         offshoring::domain_error);
    const exchange_rate<> rate_h1(period::half(2025, 1), per_dollar(9.5));
    CHECK_THROWS_WITH_AS(
        to_usd(950_mad, period::whole_year(2025), rate_h1),
        "offshoring::to_usd: the rate applies to 2025-H1, which does not contain the amount's "
        "period 2025" SEE_DOMAIN_ERRORS,
        offshoring::domain_error);
    CHECK_THROWS_WITH_AS(
        to_usd(950_mad, period::month(2025, 7), rate_h1),
        "offshoring::to_usd: the rate applies to 2025-H1, which does not contain the amount's "
        "period 2025-07" SEE_DOMAIN_ERRORS,
        offshoring::domain_error);
}

TEST_CASE("a rate that is not positive and finite is refused, naming the function and the value") {
    const period year = period::whole_year(2024);
    CHECK_THROWS_WITH_AS(
        exchange_rate<>(year, per_dollar(0.0)),
        "offshoring::exchange_rate: rate must be positive and finite, got 0 MAD per USD" SEE_DOMAIN_ERRORS,
        offshoring::domain_error);
    CHECK_THROWS_WITH_AS(exchange_rate<>(year, per_dollar(-9.36)),
                         "offshoring::exchange_rate: rate must be positive and finite, got -9.36 MAD per "
                         "USD" SEE_DOMAIN_ERRORS,
                         offshoring::domain_error);
    CHECK_THROWS_WITH_AS(
        exchange_rate<>(year, per_dollar(std::numeric_limits<double>::quiet_NaN())),
        "offshoring::exchange_rate: rate must be positive and finite, got nan MAD per USD" SEE_DOMAIN_ERRORS,
        offshoring::domain_error);
    CHECK_THROWS_WITH_AS(
        exchange_rate<>(year, per_dollar(std::numeric_limits<double>::infinity())),
        "offshoring::exchange_rate: rate must be positive and finite, got inf MAD per USD" SEE_DOMAIN_ERRORS,
        offshoring::domain_error);
    // The smallest positive double is a valid, if absurd, rate.
    CHECK_NOTHROW(exchange_rate<>(year, per_dollar(std::numeric_limits<double>::denorm_min())));
}

TEST_CASE("an implied rate needs two positive finite amounts") {
    const period year = period::whole_year(2024);
    CHECK_THROWS_WITH_AS(
        exchange_rate<>::implied_by(year, 26.2_bn_mad, 0_usd),
        "offshoring::exchange_rate::implied_by: the amount in US dollars must be positive and "
        "finite, got 0 USD" SEE_DOMAIN_ERRORS,
        offshoring::domain_error);
    CHECK_THROWS_WITH_AS(exchange_rate<>::implied_by(year, -1.0_mad, 2.8_bn_usd),
                         "offshoring::exchange_rate::implied_by: the amount in dirhams must be positive and "
                         "finite, got -1 MAD" SEE_DOMAIN_ERRORS,
                         offshoring::domain_error);
    CHECK_THROWS_WITH_AS(exchange_rate<>::implied_by(
                             year, mad<>::from_value(std::numeric_limits<double>::quiet_NaN()), 2.8_bn_usd),
                         "offshoring::exchange_rate::implied_by: the amount in dirhams must be positive and "
                         "finite, got nan MAD" SEE_DOMAIN_ERRORS,
                         offshoring::domain_error);
    // 1e300 / 1e-300 overflows; 1e-300 / 1e300 rounds to zero: neither is a rate.
    CHECK_THROWS_WITH_AS(exchange_rate<>::implied_by(year, 1e300_mad, 1e-300_usd),
                         "offshoring::exchange_rate::implied_by: rate must be positive and finite, got inf "
                         "MAD per USD" SEE_DOMAIN_ERRORS,
                         offshoring::domain_error);
    CHECK_THROWS_WITH_AS(exchange_rate<>::implied_by(year, 1e-300_mad, 1e300_usd),
                         "offshoring::exchange_rate::implied_by: rate must be positive and finite, got 0 MAD "
                         "per USD" SEE_DOMAIN_ERRORS,
                         offshoring::domain_error);
}

TEST_CASE("a conversion refuses a NaN or infinite amount and a result that overflows") {
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const double inf = std::numeric_limits<double>::infinity();
    CHECK_THROWS_WITH_AS(to_mad(usd<>::from_value(nan), rate_2024),
                         "offshoring::to_mad: amount must be finite, got nan USD" SEE_DOMAIN_ERRORS,
                         offshoring::domain_error);
    CHECK_THROWS_WITH_AS(to_usd(mad<>::from_value(-inf), rate_2024),
                         "offshoring::to_usd: amount must be finite, got -inf MAD" SEE_DOMAIN_ERRORS,
                         offshoring::domain_error);
    CHECK_THROWS_WITH_AS(
        to_mad(1e308_usd, rate_2024),
        "offshoring::to_mad: the result overflows a double, converting 1e+308 USD at 9.36 MAD "
        "per USD" SEE_DOMAIN_ERRORS,
        offshoring::domain_error);
    const exchange_rate<> tiny(period::whole_year(2024), per_dollar(1e-10));
    CHECK_THROWS_WITH_AS(
        to_usd(1e300_mad, tiny),
        "offshoring::to_usd: the result overflows a double, converting 1e+300 MAD at 1e-10 MAD "
        "per USD" SEE_DOMAIN_ERRORS,
        offshoring::domain_error);
}

TEST_CASE("two rates are equal when both their period and their value are") {
    const exchange_rate<> same(period::whole_year(2024), per_dollar(9.36));
    const exchange_rate<> other_period(period::whole_year(2023), per_dollar(9.36));
    const exchange_rate<> other_value(period::whole_year(2024), per_dollar(10.0));
    CHECK(same == rate_2024);
    CHECK_FALSE(same != rate_2024);
    CHECK(other_period != rate_2024);
    CHECK(other_value != rate_2024);
}

TEST_CASE("a rate over float converts float amounts") {
    const exchange_rate<float> rate(period::whole_year(2024), 10.0f * units::dirham_per_us_dollar);
    const usd<float> amount(2.5f * units::billion_us_dollars);
    const auto billions = static_cast<double>(in_billion_mad(to_mad(amount, rate)));
    CHECK(billions == doctest::Approx(25.0));
    const mad<float> dirhams = 25.0f * units::dirham;
    CHECK(in_usd(to_usd(dirhams, rate)) == 2.5f);
}

}  // namespace
