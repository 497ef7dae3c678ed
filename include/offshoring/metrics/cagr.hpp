// offshoring/metrics/cagr.hpp: compound annual growth rate between two amounts, over years or periods.
// SPDX-License-Identifier: MIT
#pragma once

#include <cmath>
#include <string>

#include <date/date.h>
#include <boost/units/quantity.hpp>

#include <offshoring/detail/power.hpp>
#include <offshoring/metrics/checks.hpp>
#include <offshoring/period.hpp>

namespace offshoring {
namespace detail {

// A final value of zero is a fall of 100 % (rate -1); a negative one has no real root.
template <class T>
constexpr void check_cagr(const char* function, const T& from, const T& to, const T& years) {
    require_positive(function, "base", from);
    require_non_negative(function, "final value", to);
    require_positive(function, "years", years);
}

template <class T>
[[gnu::always_inline]] inline T cagr_value(const char* function, const T& from, const T& to, const T& years) {
    check_cagr(function, from, to, years);
    return require_finite_result(function, compound_rate(to, from, T(1) / years), "base ", from,
                                 ", final value ", to, " and years ", years);
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

}  // namespace detail

// The constant yearly rate, a fraction, that takes `from` to `to` in `years` (not necessarily whole):
// (to / from)^(1 / years) - 1. cagr(100000_jobs, 141000_jobs, 3) is 0.1213 (+12.13 % a year).
// Throws offshoring::domain_error when from <= 0, to < 0, years <= 0, a value is not finite, or the
// result overflows.
template <class FromUnit, class ToUnit, class T>
[[gnu::always_inline]] inline T cagr(const boost::units::quantity<FromUnit, T>& from,
                                     const boost::units::quantity<ToUnit, T>& to,
                                     const detail::non_deduced_t<T>& years) {
    detail::require_same_unit<FromUnit, ToUnit>();
    return detail::cagr_value("offshoring::cagr", from.value(), to.value(), years);
}

// The same between two periods of the same length, the years being the distance between their first
// months over 12: cagr(x, period::half(2024, 1), y, period::half(2025, 1)) is growth(x, y).
// Throws offshoring::domain_error as above, and when the periods differ in length or to_period does not
// start after from_period.
template <class FromUnit, class ToUnit, class T>
T cagr(const boost::units::quantity<FromUnit, T>& from, period from_period,
       const boost::units::quantity<ToUnit, T>& to, period to_period) {
    detail::require_same_unit<FromUnit, ToUnit>();
    constexpr const char* function = "offshoring::cagr";
    return detail::cagr_value(function, from.value(), to.value(),
                              detail::years_between<T>(function, from_period, to_period));
}

}  // namespace offshoring
