// offshoring/metrics/growth.hpp: growth (relative change) between two amounts.
// SPDX-License-Identifier: MIT
#pragma once

#include <string>

#include <boost/units/quantity.hpp>

#include <offshoring/metrics/checks.hpp>

namespace offshoring {
namespace detail {

// The final value may be any finite number: a fall to zero is a growth of -1, and a level that turns
// negative (a net balance) is still a change relative to a positive base.
template <class T>
constexpr void require_growth_arguments(const char* function, const T& from, const T& to) {
    require_positive(function, "base", from);
    require_finite_input(function, "final value", to);
}

template <class T>
constexpr T growth_value(const char* function, const T& from, const T& to) {
    require_growth_arguments(function, from, to);
    // A tiny base under a huge value overflows the division.
    return require_finite_result(function, to / from - T(1), "base ", from, " and final value ", to);
}

}  // namespace detail

// The relative change from `from` to `to`, a fraction: growth(12.9_bn_mad, 13.4_bn_mad) is 0.03876 (+3.876 %).
// Throws offshoring::domain_error when from <= 0, either value is not finite, or the result overflows.
template <class FromUnit, class ToUnit, class T>
constexpr T growth(const boost::units::quantity<FromUnit, T>& from,
                   const boost::units::quantity<ToUnit, T>& to) {
    detail::require_same_unit<FromUnit, ToUnit>();
    return detail::growth_value("offshoring::growth", from.value(), to.value());
}

}  // namespace offshoring
