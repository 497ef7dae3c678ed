// offshoring/metrics/contributions.hpp: each segment's contribution to the growth of a total, in points.
// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>

#include <boost/units/quantity.hpp>

#include <offshoring/metrics/checks.hpp>
#include <offshoring/segment/segment.hpp>

namespace offshoring {
namespace detail {

template <class T>
[[gnu::always_inline]] constexpr void check_contribution(const char* function, const T& part_from,
                                                         const T& part_to, const T& total_from) {
    require_positive(function, "total base", total_from);
    require_non_negative(function, "part base", part_from);
    require_non_negative(function, "part final value", part_to);
    require_part_of(function, "part base", part_from, "the total base", total_from);
}

// The change of the part over the total's base value: the shares of the base year weight each part's
// growth, so the contributions add up to the total's growth (the practice of national accounts at
// current prices).
template <class T>
[[gnu::always_inline]] constexpr T contribution_value(const char* function, const T& part_from,
                                                      const T& part_to, const T& total_from) {
    check_contribution(function, part_from, part_to, total_from);
    return require_finite_result(function, (part_to - part_from) / total_from * T(100), "part base ",
                                 part_from, ", part final value ", part_to, " and total base ", total_from);
}

template <class T>
[[noreturn, gnu::cold, gnu::noinline]] void bad_segment_value(const char* function, std::string_view which,
                                                              segment s, T value) {
    std::string name(which);
    name.append(" of ").append(acronym(s));
    refuse(function, name.c_str(), "non-negative and finite", describe_value(value));
}

}  // namespace detail

// The contribution, in percentage points, of one part to the growth of a total: the part's change over
// the total's base value, times 100. ESO going from 3.2 to 3.4 bn in a total of 26.17 bn contributes
// (3.4 - 3.2) / 26.17 * 100 = 0.764 points.
// Throws offshoring::domain_error when total_from <= 0, a part is negative, part_from > total_from, or a
// value is not finite.
template <class PartFromUnit, class PartToUnit, class TotalUnit, class T>
[[gnu::always_inline]] constexpr T contribution_to_growth(
    const boost::units::quantity<PartFromUnit, T>& part_from,
    const boost::units::quantity<PartToUnit, T>& part_to,
    const boost::units::quantity<TotalUnit, T>& total_from) {
    detail::require_same_unit<PartFromUnit, PartToUnit>();
    detail::require_same_unit<PartFromUnit, TotalUnit>();
    return detail::contribution_value("offshoring::contribution_to_growth", part_from.value(),
                                      part_to.value(), total_from.value());
}

// The contribution of every segment, in percentage points, to the growth of the segments' total from
// `from` to `to`. They add up to 100 * growth(from.total(), to.total()), up to rounding.
// Throws offshoring::domain_error when a segment's value is negative or not finite, or the base total is
// not positive.
template <class Unit, class T>
constexpr by_segment<T> contributions_to_growth(const by_segment<boost::units::quantity<Unit, T>>& from,
                                                const by_segment<boost::units::quantity<Unit, T>>& to) {
    constexpr const char* function = "offshoring::contributions_to_growth";
    for (const segment s : all_segments) {
        if (!detail::is_non_negative(from[s].value()))
            detail::bad_segment_value(function, "base value", s, from[s].value());
        if (!detail::is_non_negative(to[s].value()))
            detail::bad_segment_value(function, "final value", s, to[s].value());
    }
    // Non-negative parts bound every part by the total, and the sum of finite parts can still overflow.
    const T total_from = detail::require_positive(function, "total of the base values", from.total().value());
    by_segment<T> result;
    for (const segment s : all_segments)
        result[s] = detail::contribution_value(function, from[s].value(), to[s].value(), total_from);
    return result;
}

}  // namespace offshoring
