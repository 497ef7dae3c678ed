// offshoring/metrics/share.hpp: the share of a whole, and the change of a share in percentage points.
// SPDX-License-Identifier: MIT
#pragma once

#include <boost/units/quantity.hpp>

#include <offshoring/detail/troubleshooting.hpp>
#include <offshoring/metrics/checks.hpp>

namespace offshoring {
namespace detail {

// A share of a whole lies in [0, 1]: a part larger than the whole, or a negative part, means the two
// figures do not describe a part and its whole (another year, another perimeter), so it is refused
// rather than returned as 1.2 or -0.1.
template <class T>
constexpr void require_share_arguments(const char* function, const T& part, const T& whole) {
    require_positive(function, "whole", whole);
    require_non_negative(function, "part", part);
    require_part_of(function, "part", part, "the whole", whole);
}

template <class T>
constexpr T share_value(const char* function, const T& part, const T& whole) {
    require_share_arguments(function, part, whole);
    return part / whole;
}

template <class T>
constexpr void require_percentage_point_change_arguments(const char* function, const T& share_from,
                                                         const T& share_to) {
    require_fraction(function, "share_from", share_from);
    require_fraction(function, "share_to", share_to);
}

template <class T>
constexpr T percentage_point_change_value(const char* function, const T& share_from, const T& share_to) {
    require_percentage_point_change_arguments(function, share_from, share_to);
    return (share_to - share_from) * T(100);
}

}  // namespace detail

// The fraction of `whole` that `part` is, in [0, 1]: share(10.6_bn_mad, 26.22_bn_mad) is 0.4043 (40.43 %).
// Throws offshoring::domain_error when whole <= 0, part < 0, part > whole, or either is not finite.
template <class PartUnit, class WholeUnit, class T>
constexpr T share(const boost::units::quantity<PartUnit, T>& part,
                  const boost::units::quantity<WholeUnit, T>& whole) {
    detail::require_same_unit<PartUnit, WholeUnit>();
    return detail::share_value("offshoring::share", part.value(), whole.value());
}

// The change from one share to another in percentage points: from 0.403 to 0.374 is -2.9 (points).
// Both shares are fractions in [0, 1]; a share given in points (40.3) is refused, as is NaN.
template <class T>
constexpr T percentage_point_change(const T& share_from, const detail::non_deduced_t<T>& share_to) {
    static_assert(!detail::is_quantity<T>::value,
                  "offshoring::percentage_point_change: takes two shares (plain fractions from share()), not "
                  "quantities" OFFSHORING_SEE_TROUBLESHOOTING("a-plain-number-or-a-quantity"));
    return detail::percentage_point_change_value("offshoring::percentage_point_change", share_from, share_to);
}

}  // namespace offshoring
