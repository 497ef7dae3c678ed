// offshoring/metrics/periods.hpp: the metrics that take calendar periods: CAGR and change between periods, annualisation by period.
// SPDX-License-Identifier: MIT
#pragma once

// Apart from metrics.hpp so that a user of the metrics alone does not pay for date.h; offshoring.hpp
// includes both.

#include <cmath>
#include <string>
#include <string_view>

#include <boost/units/quantity.hpp>

#include <offshoring/calendar/period.hpp>
#include <offshoring/detail/troubleshooting.hpp>
#include <offshoring/metrics/annualisation.hpp>
#include <offshoring/metrics/cagr.hpp>
#include <offshoring/metrics/checks.hpp>
#include <offshoring/metrics/growth.hpp>

namespace offshoring {
namespace detail {

[[noreturn, gnu::cold, gnu::noinline]] inline void whole_year_given(const char* function, const char* name,
                                                                    period p) {
    refuse(function, name, "shorter than a year", period_label(p));
}

// Annualising a whole year would return its input unchanged: a year passed where a part of one was
// meant is far more likely than a wish for the identity, so it is refused.
constexpr void require_sub_annual(const char* function, const char* name, period p) {
    if (p.months() >= 12) whole_year_given(function, name, p);
}

[[noreturn, gnu::cold, gnu::noinline]] inline void lengths_differ(const char* function, period a, period b) {
    fail(function, "periods must have the same length, got " + period_label(a) + " (" + describe(a.months()) +
                       " months) and " + period_label(b) + " (" + describe(b.months()) + " months)");
}

constexpr void require_same_length(const char* function, period a, period b) {
    if (a.months() != b.months()) lengths_differ(function, a, b);
}

[[noreturn, gnu::cold, gnu::noinline]] inline void periods_out_of_order(const char* function, period from,
                                                                        period to) {
    fail(function,
         "to_period must start after from_period, got " + period_label(from) + " and " + period_label(to));
}

// Years between two periods of the same length: the months between their first months, over 12.
// H1 2024 to H1 2025 is 1 year, Q3 2023 to Q1 2025 is 1.5 years.
template <class T>
constexpr T years_between(const char* function, period from, period to) {
    require_same_length(function, from, to);
    const int months = (to.first() - from.first()).count();
    if (months <= 0) periods_out_of_order(function, from, to);
    return T(months) / T(12);
}

template <class T>
T growth_by_periods_value(const char* function, const T& from, period from_period, const T& to,
                          period to_period) {
    return cagr_value(function, from, to, years_between<T>(function, from_period, to_period));
}

template <class T>
constexpr T level_by_days_value(const char* function, const T& partial, period partial_period) {
    require_non_negative(function, "partial amount", partial);
    require_sub_annual(function, "partial period", partial_period);
    return require_finite_result(
        function,
        scale_by_ratio(partial, T(partial_period.enclosing_year().days()), T(partial_period.days())),
        "partial amount ", partial);
}

[[noreturn, gnu::cold, gnu::noinline]] inline void not_a_year_earlier(const char* function, period partial,
                                                                      period previous) {
    fail(function, "previous_partial_period must be the same period a year earlier, got " +
                       period_label(partial) + " and " + period_label(previous));
}

// Shared by the seasonal ratio and the year-on-year method, which take the same figures.
template <class T>
constexpr void require_seasonal_arguments(const char* function, const T& partial, period partial_period,
                                          const T& previous_partial, period previous_partial_period,
                                          const T& previous_year) {
    require_sub_annual(function, "partial period", partial_period);
    require_same_length(function, partial_period, previous_partial_period);
    if (partial_period.year() <= period::min_year || previous_partial_period != partial_period.year_earlier())
        not_a_year_earlier(function, partial_period, previous_partial_period);
    require_non_negative(function, "partial amount", partial);
    require_positive(function, "previous partial amount", previous_partial);
    require_positive(function, "previous year", previous_year);
    require_part_of(function, "previous partial amount", previous_partial, "the previous year",
                    previous_year);
}

template <class T>
constexpr T level_by_seasonal_ratio_value(const char* function, const T& partial, period partial_period,
                                          const T& previous_partial, period previous_partial_period,
                                          const T& previous_year) {
    require_seasonal_arguments(function, partial, partial_period, previous_partial, previous_partial_period,
                               previous_year);
    return require_finite_result(function, previous_year * (partial / previous_partial), "partial amount ",
                                 partial, ", previous partial amount ", previous_partial,
                                 " and previous year ", previous_year);
}

}  // namespace detail

// The annualised rate between two flows over periods of the same length, the years being the distance
// between their first months over 12: (to / from)^(12 / months apart) - 1. Between 2.8 bn in 2024-Q2 and
// 2.2 bn in 2024-Q3 it is -0.619 "a year", although the plain change is -0.214 (change_between).
// cagr(x, period::half(2024, 1), y, period::half(2025, 1)) is growth(x, y).
// Throws offshoring::domain_error as cagr over years does, and when the periods differ in length or
// to_period does not start after from_period.
template <class FromUnit, class ToUnit, class T>
T annualised_growth(const boost::units::quantity<FromUnit, T>& from, period from_period,
                    const boost::units::quantity<ToUnit, T>& to, period to_period) {
    detail::require_same_unit<FromUnit, ToUnit>();
    return detail::growth_by_periods_value("offshoring::annualised_growth", from.value(), from_period,
                                           to.value(), to_period);
}

// The same as annualised_growth, under the name of the yearly compound rate it is.
template <class FromUnit, class ToUnit, class T>
T cagr(const boost::units::quantity<FromUnit, T>& from, period from_period,
       const boost::units::quantity<ToUnit, T>& to, period to_period) {
    detail::require_same_unit<FromUnit, ToUnit>();
    return detail::growth_by_periods_value("offshoring::cagr", from.value(), from_period, to.value(),
                                           to_period);
}

// The same for a change over a period shorter than a year (a half, a quarter, a month).
template <class T>
constexpr T annualised_rate(const T& change, period over, annualisation method) {
    static_assert(!detail::is_quantity<T>::value,
                  "offshoring::annualised_rate: takes a change as a plain fraction (from growth()), not a "
                  "quantity" OFFSHORING_SEE_TROUBLESHOOTING("a-plain-number-or-a-quantity"));
    constexpr const char* function = "offshoring::annualised_rate";
    detail::require_sub_annual(function, "period", over);
    return detail::annualised_rate_value(function, change, over.months(), method);
}

// The same with the months of a period shorter than a year. A whole year is refused.
template <class Unit, class T>
constexpr boost::units::quantity<Unit, T> annualised_level(by_months_t,
                                                           const boost::units::quantity<Unit, T>& partial,
                                                           period partial_period) {
    constexpr const char* function = "offshoring::annualised_level(by_months)";
    detail::require_sub_annual(function, "partial period", partial_period);
    return boost::units::quantity<Unit, T>::from_value(
        detail::level_by_months_value(function, partial.value(), partial_period.months()));
}

// By day count: partial * (days in the enclosing year) / (days in the period), leap years counted.
// 13.4 bn over H1 2025 (181 of 365 days) gives 27.02 bn.
// Throws offshoring::domain_error when the amount is negative or not finite, or the period is a year.
template <class Unit, class T>
constexpr boost::units::quantity<Unit, T> annualised_level(by_days_t,
                                                           const boost::units::quantity<Unit, T>& partial,
                                                           period partial_period) {
    return boost::units::quantity<Unit, T>::from_value(detail::level_by_days_value(
        "offshoring::annualised_level(by_days)", partial.value(), partial_period));
}

// By seasonal ratio: the previous full year scaled by how this partial compares with the same partial a
// year earlier, previous_year * partial / previous_partial. H1 2025 = 13.4, H1 2024 = 12.9, 2024 = 26.22
// give 27.24 bn. The previous year is the year enclosing previous_partial_period.
// Throws offshoring::domain_error when the period is a year, the two periods differ in length or are not a
// year apart, an amount is negative or not finite, the previous partial or year is not positive, the
// previous partial exceeds its year, or the result overflows.
template <class Unit1, class Unit2, class Unit3, class T>
constexpr boost::units::quantity<Unit1, T> annualised_level(
    by_seasonal_ratio_t, const boost::units::quantity<Unit1, T>& partial, period partial_period,
    const boost::units::quantity<Unit2, T>& previous_partial, period previous_partial_period,
    const boost::units::quantity<Unit3, T>& previous_year) {
    detail::require_same_unit<Unit1, Unit2>();
    detail::require_same_unit<Unit1, Unit3>();
    return boost::units::quantity<Unit1, T>::from_value(detail::level_by_seasonal_ratio_value(
        "offshoring::annualised_level(by_seasonal_ratio)", partial.value(), partial_period,
        previous_partial.value(), previous_partial_period, previous_year.value()));
}

// By year-on-year growth: previous_year * (1 + growth(previous_partial, partial)). Algebraically the same
// as the seasonal ratio (1 + p/q - 1 = p/q); both are offered because articles phrase it either way.
// Same arguments and errors as by_seasonal_ratio.
template <class Unit1, class Unit2, class Unit3, class T>
constexpr boost::units::quantity<Unit1, T> annualised_level(
    by_year_on_year_growth_t, const boost::units::quantity<Unit1, T>& partial, period partial_period,
    const boost::units::quantity<Unit2, T>& previous_partial, period previous_partial_period,
    const boost::units::quantity<Unit3, T>& previous_year) {
    detail::require_same_unit<Unit1, Unit2>();
    detail::require_same_unit<Unit1, Unit3>();
    constexpr const char* function = "offshoring::annualised_level(by_year_on_year_growth)";
    detail::require_seasonal_arguments(function, partial.value(), partial_period, previous_partial.value(),
                                       previous_partial_period, previous_year.value());
    const T year_on_year = detail::growth_value(function, previous_partial.value(), partial.value());
    return boost::units::quantity<Unit1, T>::from_value(
        detail::level_by_growth_value(function, previous_year.value(), year_on_year));
}

// The plain change between two flows over periods of the same length, to / from - 1, a fraction: 2.8 bn
// in 2024-Q2 and 2.2 bn in 2024-Q3 give -0.214. Flows over different lengths (a quarter against a year)
// are refused: compare them with change_in_annualised_level, which says it scales them.
// Throws offshoring::domain_error when the periods differ in length, to_period does not start after
// from_period, from <= 0, a value is not finite, or the result overflows.
template <class FromUnit, class ToUnit, class T>
constexpr T change_between(const boost::units::quantity<FromUnit, T>& from, period from_period,
                           const boost::units::quantity<ToUnit, T>& to, period to_period) {
    detail::require_same_unit<FromUnit, ToUnit>();
    constexpr const char* function = "offshoring::change_between";
    (void)detail::years_between<T>(function, from_period, to_period);
    return detail::growth_value(function, from.value(), to.value());
}

// The change between the yearly levels of two flows over periods of any lengths, each scaled by months
// to twelve months (x * 12 / months, annualised_level by_months): 26.22 bn in 2024 against 13.4 bn in
// 2025-H1 (26.8 bn a year) gives +0.0221.
// Throws offshoring::domain_error when to_period does not start after from_period, from <= 0, a value is
// not finite, or the result overflows.
template <class FromUnit, class ToUnit, class T>
constexpr T change_in_annualised_level(const boost::units::quantity<FromUnit, T>& from, period from_period,
                                       const boost::units::quantity<ToUnit, T>& to, period to_period) {
    detail::require_same_unit<FromUnit, ToUnit>();
    constexpr const char* function = "offshoring::change_in_annualised_level";
    if (!(from_period.first() < to_period.first()))
        detail::periods_out_of_order(function, from_period, to_period);
    detail::require_positive(function, "base", from.value());
    detail::require_finite_input(function, "final value", to.value());
    const T from_level = from.value() * T(12) / T(from_period.months());
    const T to_level = to.value() * T(12) / T(to_period.months());
    return detail::growth_value(function, from_level, to_level);
}

}  // namespace offshoring
