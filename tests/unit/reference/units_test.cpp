// The examples of docs/reference/units.md, each checked against the result the page gives.
// SPDX-License-Identifier: MIT
#include <offshoring/offshoring.hpp>

#include <string_view>
#include <type_traits>

#include <doctest/doctest.h>

#include "../../support/troubleshooting.hpp"

#include "../../support/reference_examples.hpp"

// Argument-dependent lookup finds the read-outs with only the literals opened (docs/reference/units.md).
namespace adl_check {
using namespace offshoring::literals;
inline double billions() { return in_billion_mad(26.22_bn_mad); }
}  // namespace adl_check

using namespace offshoring;
using namespace offshoring::testing;
using doctest::Approx;

TEST_CASE("docs/reference/units.md: the examples of quantities give their documented results") {
    constexpr auto exports_2024 = 26.22_bn_mad;
    constexpr auto workforce = 148500_jobs;
    constexpr auto per_job = exports_2024 / workforce;
    static_assert(std::is_same_v<std::decay_t<decltype(exports_2024)>, mad<double>>);
    static_assert(std::is_same_v<std::decay_t<decltype(workforce)>, jobs<double>>);
    static_assert(std::is_same_v<std::decay_t<decltype(per_job)>, mad_per_job<double>>);
    static_assert(in_billion_mad(exports_2024) == 26.22);
    const double plain = 10.6_bn_mad / 26.2_bn_mad;
    CHECK(plain == Approx(0.4045).epsilon(1e-3));

    // base units
    CHECK(std::string_view(units::dirham_base_unit::name()) == "dirham");
    CHECK(std::string_view(units::dirham_base_unit::symbol()) == "MAD");
    CHECK(std::string_view(units::us_dollar_base_unit::name()) == "US dollar");
    CHECK(std::string_view(units::us_dollar_base_unit::symbol()) == "USD");
    CHECK(std::string_view(units::job_base_unit::name()) == "job");
    CHECK(std::string_view(units::job_base_unit::symbol()) == "job");
    static_assert(units::first_ordinal == 21201);

    // unit objects
    CHECK(in_mad(5.0 * units::dirham) == 5.0);
    CHECK(in_mad(5.0 * units::thousand_dirhams) == 5000.0);
    CHECK(in_mad(48.0 * units::million_dirhams) == 4.8e7);
    CHECK(in_mad(26.22 * units::billion_dirhams) == 2.622e10);
    CHECK(in_usd(5.0 * units::us_dollar) == 5.0);
    CHECK(in_usd(5.0 * units::thousand_us_dollars) == 5000.0);
    CHECK(in_usd(2.0 * units::million_us_dollars) == 2e6);
    CHECK(in_usd(2.8 * units::billion_us_dollars) == Approx(2.8e9));
    CHECK(in_jobs(148500.0 * units::job) == 148500.0);
    CHECK(in_mad_per_job(176565.66 * units::dirham_per_job) == 176565.66);
    CHECK(in_mad_per_usd(9.36 * units::dirham_per_us_dollar) == 9.36);
    static_assert(
        std::is_same_v<units::power_of_ten_unit<units::dirham_unit, 9>, units::billion_dirham_unit>);
    static_assert(std::is_same_v<units::dirham_per_job_unit,
                                 boost::units::unit<units::dirham_per_job_dimension, units::system>>);
    CHECK(in_mad(mad<>(26.22 * units::billion_dirhams)) == 2.622e10);

    // what compiles
    static_assert(std::is_same_v<decltype(26.22_bn_mad / 148500_jobs), mad_per_job<>>);
    static_assert(std::is_same_v<decltype(26.2_bn_mad / 2.8_bn_usd), mad_per_usd<>>);
    static_assert(std::is_same_v<decltype(2.8_bn_usd * (26.2_bn_mad / 2.8_bn_usd)), mad<>>);
    static_assert(std::is_same_v<decltype(26.22_bn_mad * 0.403), mad<>>);

    // literals
    CHECK(in_mad(26.22_bn_mad) == 26220000000.0);
    CHECK(in_mad(48_m_mad) == 4.8e7);
    CHECK(in_mad(1.5_k_mad) == 1500.0);
    CHECK(in_mad(176566_mad) == 176566.0);
    CHECK(in_usd(2.8_bn_usd) == 2.8e9);
    CHECK(in_usd(250_m_usd) == 2.5e8);
    CHECK(in_usd(3_k_usd) == 3000.0);
    CHECK(in_usd(10.5_usd) == 10.5);
    CHECK(in_jobs(148500_jobs) == 148500.0);
    CHECK_THROWS_WITH_AS(
        (void)operator""_bn_mad(1e300L),
        "offshoring::literals::operator\"\"_bn_mad: value overflows a double once converted to "
        "the base unit, got 1e+300" SEE_DOMAIN_ERRORS,
        domain_error);

    // read-outs: 4.8e7 / 1e9 = 0.048; 26.22e9 / 148500 = 176565.66; 26.2 / 2.8 = 9.357
    CHECK(value_in(units::billion_dirhams, 48_m_mad) == 0.048);
    CHECK(in_million_mad(26.22_bn_mad) == 26220.0);
    CHECK(in_million_usd(2.8_bn_usd) == 2800.0);
    CHECK(in_jobs(148500_jobs) == 148500.0);
    CHECK(in_mad_per_job(26.22_bn_mad / 148500_jobs) == Approx(176565.66));
    CHECK(in_mad_per_usd(26.2_bn_mad / 2.8_bn_usd) == Approx(9.357).epsilon(1e-4));
    CHECK(in_billion_mad(26.22_bn_mad) == 26.22);
    CHECK(adl_check::billions() == 26.22);

    // checked makers
    CHECK(make_mad(26.22, units::billion_dirhams) == 26.22_bn_mad);
    CHECK(in_billion_usd(make_usd(2.8, units::billion_us_dollars)) == Approx(2.8));
    CHECK(make_jobs(148500.0) == 148500_jobs);
    CHECK(in_mad_per_job(make_mad_per_job(176565.66)) == 176565.66);
    CHECK(in_mad_per_usd(make_mad_per_usd(9.36)) == 9.36);
    CHECK_THROWS_WITH_AS((void)make_mad(not_a_number),
                         "offshoring::make_mad: value must be finite, got nan" SEE_DOMAIN_ERRORS,
                         domain_error);
    CHECK_THROWS_WITH_AS(
        (void)make_mad(1e300, units::billion_dirhams),
        "offshoring::make_mad: value overflows a double once converted to the base unit, got "
        "1e+300 in the unit given" SEE_DOMAIN_ERRORS,
        domain_error);
    CHECK(in_mad(make_mad(-2.0)) == -2.0);

    // detail::require_finite, for the other layers
    CHECK(detail::require_finite("offshoring::growth", 12.9_bn_mad) == 12.9_bn_mad);
    CHECK_THROWS_WITH_AS((void)detail::require_finite("offshoring::growth", not_a_number),
                         "offshoring::growth: value must be finite, got nan" SEE_DOMAIN_ERRORS, domain_error);
}

TEST_CASE("docs/reference/units.md: the examples of exchange rates give their documented results") {
    const exchange_rate<> r(period::whole_year(2024), 9.36 * units::dirham_per_us_dollar);
    const exchange_rate deduced(period::whole_year(2024), 9.36 * units::dirham_per_us_dollar);
    static_assert(std::is_same_v<std::decay_t<decltype(deduced)>, exchange_rate<double>>);
    CHECK(deduced == r);

    CHECK_THROWS_WITH_AS(exchange_rate<>(period::whole_year(2024), -9.36 * units::dirham_per_us_dollar),
                         "offshoring::exchange_rate: rate must be positive and finite, got -9.36 MAD per "
                         "USD" SEE_DOMAIN_ERRORS,
                         domain_error);
    // 26.2 / 2.8 = 9.357
    CHECK(in_mad_per_usd(
              exchange_rate<>::implied_by(period::whole_year(2024), 26.2_bn_mad, 2.8_bn_usd).rate()) ==
          Approx(9.357).epsilon(1e-4));
    CHECK_THROWS_WITH_AS(
        (void)exchange_rate<>::implied_by(period::whole_year(2024), 26.2_bn_mad, 0_usd),
        "offshoring::exchange_rate::implied_by: the amount in US dollars must be positive and "
        "finite, got 0 USD" SEE_DOMAIN_ERRORS,
        domain_error);
    CHECK(r.applies_to() == period::whole_year(2024));
    CHECK(in_mad_per_usd(r.rate()) == 9.36);
    CHECK(r != exchange_rate<>(period::half(2024, 1), r.rate()));

    // 2.8 * 9.36 = 26.208; 26.22 / 9.36 = 2.8013
    CHECK(in_billion_mad(to_mad(2.8_bn_usd, r)) == Approx(26.208));
    CHECK(in_billion_usd(to_usd(26.22_bn_mad, r)) == Approx(2.801).epsilon(1e-3));
    CHECK_THROWS_WITH_AS((void)to_mad(usd<>::from_value(not_a_number), r),
                         "offshoring::to_mad: amount must be finite, got nan USD" SEE_DOMAIN_ERRORS,
                         domain_error);
    CHECK_THROWS_WITH_AS(
        (void)to_mad(1e308_usd, r),
        "offshoring::to_mad: the result overflows a double, converting 1e+308 USD at 9.36 MAD "
        "per USD" SEE_DOMAIN_ERRORS,
        domain_error);
    CHECK_THROWS_WITH_AS((void)to_mad(1_bn_usd, period::half(2025, 1), r),
                         "offshoring::to_mad: the rate applies to 2024, which does not contain the amount's "
                         "period 2025-H1" SEE_DOMAIN_ERRORS,
                         domain_error);
    CHECK(in_billion_mad(to_mad(1_bn_usd, period::half(2024, 2), r)) == Approx(9.36));
    CHECK(in_billion_usd(to_usd(9.36_bn_mad, period::quarter(2024, 1), r)) == Approx(1.0));
}
