// Tests of offshoring/quantity/units.hpp: dimensions, scales, literals, read-outs and the checked makers.
// SPDX-License-Identifier: MIT
#include <offshoring/quantity/units.hpp>

#include <cfloat>
#include <limits>
#include <type_traits>
#include <utility>

#include <doctest/doctest.h>

#include "../../support/troubleshooting.hpp"

namespace {

using namespace offshoring::literals;
namespace units = offshoring::units;
using offshoring::jobs;
using offshoring::mad;
using offshoring::mad_per_job;
using offshoring::mad_per_usd;
using offshoring::usd;

// Detection idioms: what must not compile is also checked here, beside tests/compile_fail/, so that a
// regression shows up in the ordinary test run.
template <class A, class B, class = void>
struct can_add : std::false_type {};
template <class A, class B>
struct can_add<A, B, std::void_t<decltype(std::declval<A>() + std::declval<B>())>> : std::true_type {};

template <class A, class B, class = void>
struct can_subtract : std::false_type {};
template <class A, class B>
struct can_subtract<A, B, std::void_t<decltype(std::declval<A>() - std::declval<B>())>> : std::true_type {};

template <class A, class B, class = void>
struct can_compare : std::false_type {};
template <class A, class B>
struct can_compare<A, B, std::void_t<decltype(std::declval<A>() < std::declval<B>())>> : std::true_type {};

// --- dimensions, at compile time -----------------------------------------------------------------------

static_assert(sizeof(mad<>) == sizeof(double));
static_assert(sizeof(usd<>) == sizeof(double));
static_assert(sizeof(jobs<>) == sizeof(double));
static_assert(sizeof(mad_per_job<>) == sizeof(double));
static_assert(sizeof(mad_per_usd<>) == sizeof(double));
static_assert(sizeof(mad<float>) == sizeof(float));
static_assert(sizeof(jobs<long double>) == sizeof(long double));

static_assert(std::is_same_v<mad<>, mad<double>>);
static_assert(std::is_same_v<decltype(1.0_mad), mad<double>>);
static_assert(std::is_same_v<decltype(1_bn_mad), mad<double>>);
static_assert(std::is_same_v<decltype(1.0_k_usd), usd<double>>);
static_assert(std::is_same_v<decltype(1_jobs), jobs<double>>);

static_assert(!std::is_same_v<mad<>, usd<>>);
static_assert(!can_add<mad<>, usd<>>::value);
static_assert(!can_add<mad<>, jobs<>>::value);
static_assert(!can_add<mad<>, double>::value);
static_assert(!can_add<double, mad<>>::value);
static_assert(!can_subtract<usd<>, mad<>>::value);
static_assert(!can_compare<mad<>, usd<>>::value);
static_assert(!can_compare<mad<>, double>::value);
static_assert(can_add<mad<>, mad<>>::value);
static_assert(can_compare<jobs<>, jobs<>>::value);

static_assert(!std::is_convertible_v<double, mad<>>);
static_assert(!std::is_constructible_v<mad<>, double>);
static_assert(!std::is_convertible_v<mad<>, double>);

// Scaled quantities convert to the base unit only when asked.
using billions_of_dirhams = decltype(1.0 * units::billion_dirhams);
static_assert(!std::is_same_v<billions_of_dirhams, mad<>>);
static_assert(std::is_constructible_v<mad<>, billions_of_dirhams>);
static_assert(!std::is_convertible_v<billions_of_dirhams, mad<>>);
static_assert(!std::is_convertible_v<billions_of_dirhams, usd<>>);
static_assert(!std::is_convertible_v<usd<>, mad<>>);
static_assert(!std::is_convertible_v<jobs<>, mad<>>);
// Boost.Units declares its explicit converting constructor for any quantity, so is_constructible cannot
// see that mad<>(usd) is refused; tests/compile_fail/explicit_mad_from_usd.cpp checks that it is.

// The controls that must compile: a ratio scales an amount, two amounts make a ratio, an amount over jobs
// is typed, dollars times a rate are dirhams.
static_assert(std::is_same_v<decltype(1.0_mad * 0.403), mad<>>);
static_assert(std::is_same_v<decltype(0.403 * 1.0_mad), mad<>>);
static_assert(std::is_same_v<decltype(1.0_mad / 2.0), mad<>>);
static_assert(std::is_convertible_v<decltype(1.0_mad / 1.0_mad), double>);
static_assert(std::is_same_v<decltype(1.0_mad / 1.0_jobs), mad_per_job<>>);
static_assert(std::is_same_v<decltype(1.0_mad / 1.0_usd), mad_per_usd<>>);
static_assert(std::is_same_v<decltype(1.0_usd * (1.0_mad / 1.0_usd)), mad<>>);
static_assert(std::is_same_v<decltype(1.0_jobs * (1.0_mad / 1.0_jobs)), mad<>>);
static_assert(std::is_same_v<decltype(1.0 * units::dirham_per_job), mad_per_job<>>);
static_assert(std::is_same_v<decltype(1.0 * units::dirham_per_us_dollar), mad_per_usd<>>);
static_assert(std::is_same_v<decltype(in_billion_mad(1.0_mad)), double>);
static_assert(std::is_same_v<decltype(in_mad(mad<float>::from_value(1.0f))), float>);

// Literals and read-outs are constant expressions.
static_assert(in_mad(26.22_bn_mad) == 26220000000.0);
static_assert(in_billion_mad(26.22_bn_mad) == 26.22);
static_assert(in_billion_mad(48_m_mad) == 0.048);
static_assert(in_mad(5_k_mad) == 5000.0);
static_assert(in_jobs(148500_jobs) == 148500.0);
static_assert(in_billion_usd(2.8_bn_usd) == 2.8);

TEST_CASE("a literal in billions of dirhams holds its value in dirhams") {
    const mad<> total = 26.22_bn_mad;
    CHECK(total.value() == 26220000000.0);
    CHECK(in_mad(total) == 26220000000.0);
    CHECK(in_thousand_mad(total) == 26220000.0);
    CHECK(in_million_mad(total) == 26220.0);
    CHECK(in_billion_mad(total) == 26.22);
}

TEST_CASE("the integer and floating forms of each literal give the same amount") {
    CHECK(26_bn_mad == 26.0_bn_mad);
    CHECK(48_m_mad == 48.0_m_mad);
    CHECK(5_k_mad == 5.0_k_mad);
    CHECK(100_mad == 100.0_mad);
    CHECK(3_bn_usd == 3.0_bn_usd);
    CHECK(7_m_usd == 7.0_m_usd);
    CHECK(2_k_usd == 2.0_k_usd);
    CHECK(9_usd == 9.0_usd);
    CHECK(148500_jobs == 148500.0_jobs);
}

TEST_CASE("each literal scales by its power of ten") {
    CHECK(in_mad(48_m_mad) == 48000000.0);
    CHECK(in_mad(5_k_mad) == 5000.0);
    CHECK(in_mad(100_mad) == 100.0);
    CHECK(in_usd(2.8_bn_usd) == 2800000000.0);
    CHECK(in_usd(1.5_m_usd) == 1500000.0);
    CHECK(in_usd(2_k_usd) == 2000.0);
    CHECK(in_usd(9_usd) == 9.0);
    CHECK(in_jobs(18500_jobs) == 18500.0);
}

TEST_CASE("KPO's 48 million dirhams read in billions is 0.048") {
    CHECK(in_billion_mad(48_m_mad) == 0.048);
    CHECK(in_thousand_mad(48_m_mad) == 48000.0);
    CHECK(value_in(units::billion_dirhams, 48_m_mad) == 0.048);
}

TEST_CASE("dollar amounts are read out in every scale") {
    const usd<> exports = 2.8_bn_usd;
    CHECK(in_thousand_usd(exports) == 2800000.0);
    CHECK(in_million_usd(exports) == 2800.0);
    CHECK(in_billion_usd(exports) == 2.8);
    CHECK(value_in(units::million_us_dollars, exports) == 2800.0);
}

TEST_CASE("an amount times a ratio is an amount") {
    // ITO's 40.3 % of 26.22 bn: 26.22 x 0.403 = 10.56666 bn.
    const mad<> ito = 26.22_bn_mad * 0.403;
    CHECK(in_billion_mad(ito) == doctest::Approx(10.56666).epsilon(1e-12));
    CHECK(in_billion_mad(0.5 * 13.4_bn_mad) == doctest::Approx(6.7).epsilon(1e-12));
    CHECK(in_billion_mad(13.4_bn_mad / 2.0) == doctest::Approx(6.7).epsilon(1e-12));
}

TEST_CASE("an amount over an amount is a plain number") {
    // ITO 10.6 bn of 26.2 bn: 10.6 / 26.2 = 0.404580152671...
    const double share = 10.6_bn_mad / 26.2_bn_mad;
    CHECK(share == doctest::Approx(0.404580152671).epsilon(1e-10));
    // KPO 48 M of 26.22 bn: 48 / 26220 = 0.00183066361...
    const double kpo_share = 48_m_mad / 26.22_bn_mad;
    CHECK(kpo_share == doctest::Approx(0.00183066361).epsilon(1e-8));
    // Jobs 100 000 in 2020 to 141 000 in 2023: a factor 1.41.
    const double job_factor = 141000_jobs / 100000_jobs;
    CHECK(job_factor == doctest::Approx(1.41).epsilon(1e-14));
}

TEST_CASE("amounts of the same currency add and subtract whatever scale they were written in") {
    // 2024 segments: ESO 3.4 bn + BPO 2.3 bn + KPO 48 M = 5.748 bn.
    const mad<> sum = 3.4_bn_mad + 2.3_bn_mad + 48_m_mad;
    CHECK(in_billion_mad(sum) == doctest::Approx(5.748).epsilon(1e-14));
    // 148 500 jobs at end 2024, 18 500 created in two years: 130 000 two years before.
    CHECK(in_jobs(148500_jobs - 18500_jobs) == 130000.0);
    CHECK(-5_k_mad == 0_mad - 5_k_mad);
    CHECK(26.22_bn_mad > 26.2_bn_mad);
    CHECK(48_m_mad < 0.05_bn_mad);
}

TEST_CASE("an amount over a number of jobs is dirhams per job") {
    // 26.22e9 / 148 500 = 176 565.6565... dirhams per job.
    const mad_per_job<> per_job = 26.22_bn_mad / 148500_jobs;
    CHECK(in_mad_per_job(per_job) == doctest::Approx(176565.656565656).epsilon(1e-13));
    // And back: 176 565.66 x 148 500 jobs is about 26.22 bn again.
    CHECK(in_billion_mad(per_job * 148500_jobs) == doctest::Approx(26.22).epsilon(1e-14));
    const mad_per_job<> stated = 200000.0 * units::dirham_per_job;
    CHECK(in_mad_per_job(stated) == 200000.0);
}

TEST_CASE("dollars times dirhams per dollar are dirhams") {
    // 2.8 bn USD at 9.36 MAD/USD: 2.8 x 9.36 = 26.208 bn MAD.
    const mad_per_usd<> rate = 9.36 * units::dirham_per_us_dollar;
    const mad<> converted = 2.8_bn_usd * rate;
    CHECK(in_billion_mad(converted) == doctest::Approx(26.208).epsilon(1e-14));
    CHECK(in_mad_per_usd(rate) == 9.36);
    // 26.2 bn MAD "près de 2,8 milliards de dollars": 26.2 / 2.8 = 9.357142857... MAD per USD.
    CHECK(in_mad_per_usd(26.2_bn_mad / 2.8_bn_usd) == doctest::Approx(9.357142857).epsilon(1e-9));
    // Dirhams over the rate are dollars: 26.208 bn / 9.36 = 2.8 bn.
    CHECK(in_billion_usd(converted / rate) == doctest::Approx(2.8).epsilon(1e-14));
}

TEST_CASE("a scaled quantity converts explicitly to the base unit") {
    const mad<> total(26.22 * units::billion_dirhams);
    CHECK(in_mad(total) == 26220000000.0);
    const usd<> dollars(2.8 * units::billion_us_dollars);
    CHECK(in_usd(dollars) == 2800000000.0);
    const mad<> kpo(48.0 * units::million_dirhams);
    CHECK(kpo == 48_m_mad);
    const mad<> small(5.0 * units::thousand_dirhams);
    CHECK(small == 5_k_mad);
}

TEST_CASE("a quantity converts explicitly from one scale to another") {
    using millions = decltype(1.0 * units::million_dirhams);
    using billions = decltype(1.0 * units::billion_dirhams);
    const millions kpo(48_m_mad);
    CHECK(kpo.value() == doctest::Approx(48.0).epsilon(1e-15));
    // 2 600 million = 2.6 billion.
    const billions eso(2600.0 * units::million_dirhams);
    CHECK(eso.value() == doctest::Approx(2.6).epsilon(1e-15));
    const millions back(eso);
    CHECK(back.value() == doctest::Approx(2600.0).epsilon(1e-15));
}

TEST_CASE("value_in reads a scaled quantity in any unit of its dimension") {
    const auto written_in_billions = 26.22 * units::billion_dirhams;
    CHECK(value_in(units::billion_dirhams, written_in_billions) == 26.22);
    CHECK(value_in(units::million_dirhams, written_in_billions) == 26220.0);
    CHECK(in_mad(written_in_billions) == 26220000000.0);
    CHECK(in_thousand_mad(48.0 * units::million_dirhams) == 48000.0);
    // 2 600 million read in billions: 2.6.
    CHECK(in_billion_mad(2600.0 * units::million_dirhams) == 2.6);
    CHECK(in_million_usd(1.5 * units::billion_us_dollars) == 1500.0);
    CHECK(value_in(units::dirham, 26.22_bn_mad) == 26220000000.0);
    CHECK(value_in(units::job, 148500_jobs) == 148500.0);
}

TEST_CASE("the value type can be float or long double") {
    const mad<float> f(26.5f * units::billion_dirhams);
    CHECK(in_billion_mad(f) == 26.5f);
    const jobs<long double> j = 148500.0L * units::job;
    CHECK(in_jobs(j) == 148500.0L);
    const jobs<float> two = 2.0f * units::job;
    const mad_per_job<float> per_job = f / two;
    CHECK(in_mad_per_job(per_job) == 13250000000.0f);
}

TEST_CASE("the checked makers build the same quantities as the literals") {
    CHECK(offshoring::make_mad(26.22, units::billion_dirhams) == 26.22_bn_mad);
    CHECK(offshoring::make_mad(100.0) == 100_mad);
    CHECK(offshoring::make_mad(48.0, units::million_dirhams) == 48_m_mad);
    CHECK(offshoring::make_usd(2.8, units::billion_us_dollars) == 2.8_bn_usd);
    CHECK(offshoring::make_usd(3.0, units::thousand_us_dollars) == 3_k_usd);
    CHECK(offshoring::make_jobs(148500.0) == 148500_jobs);
    CHECK(in_mad_per_job(offshoring::make_mad_per_job(176565.5)) == 176565.5);
    CHECK(in_mad_per_usd(offshoring::make_mad_per_usd(9.36)) == 9.36);
    // A change can be negative: KPO's "recul notable".
    CHECK(in_million_mad(offshoring::make_mad(-12.0, units::million_dirhams)) == -12.0);
    static_assert(in_billion_mad(offshoring::make_mad(13.4, units::billion_dirhams)) == 13.4);
}

TEST_CASE("the checked makers refuse NaN and infinities, naming the function and the value") {
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const double inf = std::numeric_limits<double>::infinity();
    CHECK_THROWS_WITH_AS(offshoring::make_mad(nan),
                         "offshoring::make_mad: value must be finite, got nan" SEE_DOMAIN_ERRORS,
                         offshoring::domain_error);
    CHECK_THROWS_WITH_AS(offshoring::make_usd(inf, units::million_us_dollars),
                         "offshoring::make_usd: value must be finite, got inf" SEE_DOMAIN_ERRORS,
                         offshoring::domain_error);
    CHECK_THROWS_WITH_AS(offshoring::make_jobs(-inf),
                         "offshoring::make_jobs: value must be finite, got -inf" SEE_DOMAIN_ERRORS,
                         offshoring::domain_error);
    CHECK_THROWS_WITH_AS(offshoring::make_mad_per_job(nan),
                         "offshoring::make_mad_per_job: value must be finite, got nan" SEE_DOMAIN_ERRORS,
                         offshoring::domain_error);
    CHECK_THROWS_WITH_AS(offshoring::make_mad_per_usd(inf),
                         "offshoring::make_mad_per_usd: value must be finite, got inf" SEE_DOMAIN_ERRORS,
                         offshoring::domain_error);
    // The error is also a std::domain_error, for callers that know only the standard hierarchy.
    CHECK_THROWS_AS(offshoring::make_mad(nan), std::domain_error);
}

TEST_CASE("a checked maker refuses a value that overflows once scaled to the base unit") {
    CHECK_THROWS_WITH_AS(offshoring::make_mad(1e300, units::billion_dirhams),
                         "offshoring::make_mad: value overflows a double once converted to the base unit, "
                         "got 1e+300 in the unit given" SEE_DOMAIN_ERRORS,
                         offshoring::domain_error);
    CHECK_THROWS_WITH_AS(offshoring::make_usd(-1e305, units::million_us_dollars),
                         "offshoring::make_usd: value overflows a double once converted to the base unit, "
                         "got -1e+305 in the unit given" SEE_DOMAIN_ERRORS,
                         offshoring::domain_error);
    // The largest value that still fits is accepted: 1e299 billion is 1e308.
    CHECK(in_mad(offshoring::make_mad(1e299, units::billion_dirhams)) == doctest::Approx(1e308));
}

TEST_CASE("a literal too large for a double is refused rather than made infinite") {
    CHECK_THROWS_WITH_AS(
        1e300_bn_mad,
        "offshoring::literals::operator\"\"_bn_mad: value overflows a double once converted to "
        "the base unit, got 1e+300" SEE_DOMAIN_ERRORS,
        offshoring::domain_error);
    CHECK_THROWS_WITH_AS(
        1e303_m_usd,
        "offshoring::literals::operator\"\"_m_usd: value overflows a double once converted to "
        "the base unit, got 1e+303" SEE_DOMAIN_ERRORS,
        offshoring::domain_error);
#if LDBL_MAX_10_EXP > 400
    CHECK_THROWS_WITH_AS(1e400_mad,
                         "offshoring::literals::operator\"\"_mad: value overflows a double once converted to "
                         "the base unit, got more than 1.8e308" SEE_DOMAIN_ERRORS,
                         offshoring::domain_error);
#endif
    CHECK(in_mad(1e299_bn_mad) == doctest::Approx(1e308));
}

TEST_CASE("require_finite passes finite values through and refuses the others") {
    using offshoring::detail::require_finite;
    CHECK(require_finite("offshoring::growth", 2.5) == 2.5);
    CHECK(require_finite("offshoring::growth", -0.0) == 0.0);
    CHECK(require_finite("offshoring::growth", std::numeric_limits<double>::max()) ==
          std::numeric_limits<double>::max());
    CHECK(require_finite("offshoring::growth", 3) == 3);
    CHECK(require_finite("offshoring::share", 26.22_bn_mad) == 26.22_bn_mad);
    CHECK_THROWS_WITH_AS(require_finite("offshoring::growth", std::numeric_limits<double>::quiet_NaN()),
                         "offshoring::growth: value must be finite, got nan" SEE_DOMAIN_ERRORS,
                         offshoring::domain_error);
    CHECK_THROWS_WITH_AS(require_finite("offshoring::growth", -std::numeric_limits<float>::infinity()),
                         "offshoring::growth: value must be finite, got -inf" SEE_DOMAIN_ERRORS,
                         offshoring::domain_error);
    CHECK_THROWS_WITH_AS(
        require_finite("offshoring::share", mad<>::from_value(std::numeric_limits<double>::infinity())),
        "offshoring::share: value must be finite, got inf" SEE_DOMAIN_ERRORS, offshoring::domain_error);
    static_assert(require_finite("offshoring::growth", 1.5) == 1.5);
}

}  // namespace
