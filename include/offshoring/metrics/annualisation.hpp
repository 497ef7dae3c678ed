// offshoring/metrics/annualisation.hpp: annualised rates of sub-annual changes, annualised levels of partial years.
// SPDX-License-Identifier: MIT
#pragma once

#include <cmath>
#include <string>

#include <boost/units/quantity.hpp>

#include <offshoring/detail/troubleshooting.hpp>
#include <offshoring/metrics/checks.hpp>
#include <offshoring/metrics/growth.hpp>

namespace offshoring {

// How a change over m months becomes a yearly rate. Compound: (1 + g)^(12/m) - 1, the change repeated
// until the year is full. Linear: g * 12 / m, its approximation. There is no default: the two differ by
// more than the decimals usually published once g is a few percent.
enum class annualisation { compound, linear };

// The four ways to estimate a full year's level from part of it. Each is a tag passed as the first
// argument of annualised_level, so that a call names its method and none is silently preferred.
struct by_months_t {
    explicit by_months_t() = default;
};
struct by_days_t {
    explicit by_days_t() = default;
};
struct by_seasonal_ratio_t {
    explicit by_seasonal_ratio_t() = default;
};
struct by_year_on_year_growth_t {
    explicit by_year_on_year_growth_t() = default;
};
inline constexpr by_months_t by_months{};
inline constexpr by_days_t by_days{};
inline constexpr by_seasonal_ratio_t by_seasonal_ratio{};
inline constexpr by_year_on_year_growth_t by_year_on_year_growth{};

namespace detail {

[[noreturn, gnu::cold, gnu::noinline]] inline void unknown_annualisation(const char* function,
                                                                         annualisation method) {
    refuse(function, "method", "annualisation::compound or annualisation::linear",
           describe(static_cast<int>(method)));
}

template <class T>
constexpr void require_annualised_rate_arguments(const char* function, const T& change, int months,
                                                 annualisation method) {
    require_change(function, "change", change);
    require_sub_annual_months(function, months);
    if (method != annualisation::compound && method != annualisation::linear)
        unknown_annualisation(function, method);
}

// constexpr for the linear method only: std::pow is not constexpr before C++26.
template <class T>
constexpr T annualised_rate_value(const char* function, const T& change, int months, annualisation method) {
    require_annualised_rate_arguments(function, change, months, method);
    const T exponent = T(12) / T(months);
    T rate = change * exponent;
    if (method == annualisation::compound) {
        using std::pow;
        rate = T(pow(T(1) + change, exponent)) - T(1);
    }
    return require_finite_result(function, rate, "change ", change, " over ", months, " months");
}

// value * numerator / denominator for numerator >= denominator > 0: multiplied first, as the results
// published for exact inputs are (13.4 * 12 / 6 = 26.8), unless the product overflows while the result
// does not (1e308 * 12 / 11 = 1.09e308).
template <class T>
constexpr T scale_by_ratio(const T& value, const T& numerator, const T& denominator) {
    const T product = value * numerator;
    if (is_finite(product)) return product / denominator;
    return value / denominator * numerator;
}

template <class T>
constexpr T level_by_months_value(const char* function, const T& partial, int months) {
    require_non_negative(function, "partial amount", partial);
    require_sub_annual_months(function, months);
    return require_finite_result(function, scale_by_ratio(partial, T(12), T(months)), "partial amount ",
                                 partial);
}

template <class T>
constexpr T level_by_growth_value(const char* function, const T& previous_year, const T& year_on_year) {
    require_positive(function, "previous year", previous_year);
    require_change(function, "year-on-year growth", year_on_year);
    return require_finite_result(function, previous_year * (T(1) + year_on_year), "previous year ",
                                 previous_year, " and year-on-year growth ", year_on_year);
}

}  // namespace detail

// The yearly rate, a fraction, of a change `change` (a fraction) seen over `months` months (1..11), by
// the method named: annualised_rate(0.006, 6, annualisation::compound) is 0.012036.
// Throws offshoring::domain_error when change < -1 or is not finite, months is outside 1..11 (twelve
// months or more is a job for cagr), the method is not one of the enumerators, or the result overflows.
template <class T>
constexpr T annualised_rate(const T& change, int months, annualisation method) {
    static_assert(!detail::is_quantity<T>::value,
                  "offshoring::annualised_rate: takes a change as a plain fraction (from growth()), not a "
                  "quantity" OFFSHORING_SEE_TROUBLESHOOTING("a-plain-number-or-a-quantity"));
    return detail::annualised_rate_value("offshoring::annualised_rate", change, months, method);
}

// By month count: partial * 12 / months. 13.4 bn over the 6 months of H1 2025 gives 26.8 bn.
// Throws offshoring::domain_error when the amount is negative or not finite, or months is outside 1..11.
template <class Unit, class T>
constexpr boost::units::quantity<Unit, T> annualised_level(by_months_t,
                                                           const boost::units::quantity<Unit, T>& partial,
                                                           int months) {
    return boost::units::quantity<Unit, T>::from_value(
        detail::level_by_months_value("offshoring::annualised_level(by_months)", partial.value(), months));
}

// By a published year-on-year growth (a fraction) applied to the previous full year:
// annualised_level(by_year_on_year_growth, 26.22_bn_mad, 0.035) is 27.14 bn.
// Throws offshoring::domain_error when the previous year is not positive, the growth is below -1, a value
// is not finite, or the result overflows.
template <class Unit, class T>
constexpr boost::units::quantity<Unit, T> annualised_level(
    by_year_on_year_growth_t, const boost::units::quantity<Unit, T>& previous_year,
    const detail::non_deduced_t<T>& year_on_year) {
    return boost::units::quantity<Unit, T>::from_value(detail::level_by_growth_value(
        "offshoring::annualised_level(by_year_on_year_growth)", previous_year.value(), year_on_year));
}

}  // namespace offshoring
