// offshoring/metrics/cagr.hpp: compound annual growth rate between two amounts, over a number of years.
// SPDX-License-Identifier: MIT
#pragma once

#include <cmath>
#include <string>

#include <boost/units/quantity.hpp>

#include <offshoring/detail/power.hpp>
#include <offshoring/metrics/checks.hpp>

namespace offshoring {
namespace detail {

// A final value of zero is a fall of 100 % (rate -1); a negative one has no real root.
template <class T>
constexpr void require_cagr_arguments(const char* function, const T& from, const T& to, const T& years) {
    require_positive(function, "base", from);
    require_non_negative(function, "final value", to);
    require_positive(function, "years", years);
}

template <class T>
[[gnu::always_inline]] inline T cagr_value(const char* function, const T& from, const T& to, const T& years) {
    require_cagr_arguments(function, from, to, years);
    return require_finite_result(function, compound_rate(to, from, T(1) / years), "base ", from,
                                 ", final value ", to, " and years ", years);
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

}  // namespace offshoring
