// offshoring/targets/years_to_target.hpp: the fractional number of years a growth rate needs to reach a target (NPER).
// SPDX-License-Identifier: MIT
#pragma once

#include <cmath>
#include <string_view>

#include <boost/units/quantity.hpp>

#include <offshoring/metrics/checks.hpp>
#include <offshoring/targets/projection.hpp>

namespace offshoring {

// What years_to_target found: the outcomes of first_year_met, with a duration instead of a year.
template <class T>
struct target_horizon {
    target_outcome_kind kind;
    // 0 for already_met and never_met; for met_in_year the years, not necessarily whole, after which the
    // base growing at the rate equals the target.
    T years;

    friend constexpr bool operator==(const target_horizon& a, const target_horizon& b) noexcept {
        return a.kind == b.kind && a.years == b.years;
    }
    friend constexpr bool operator!=(const target_horizon& a, const target_horizon& b) noexcept {
        return !(a == b);
    }
};

namespace detail {

template <class T>
target_horizon<T> years_to_target_value(const char* function, const T& base, const T& target, const T& rate) {
    require_positive(function, "base", base);
    require_positive(function, "target", target);
    require_change(function, "rate", rate);
    if (!(base < target)) return {target_outcome_kind::already_met, T(0)};
    if (!(T(0) < rate)) return {target_outcome_kind::never_met, T(0)};
    using std::log;
    using std::log1p;
    // As in first_year_met: a difference of logarithms cannot overflow, log1p keeps a small rate exact.
    return {target_outcome_kind::met_in_year,
            require_finite_result(function, (T(log(target)) - T(log(base))) / T(log1p(rate)), "base ", base,
                                  ", target ", target, " and rate ", rate)};
}

}  // namespace detail

// How many years, not necessarily whole, `base` growing at `rate` (a fraction) a year takes to reach
// `target`: log(target / base) / log(1 + rate), the spreadsheet NPER. 26.22 bn at 5 % reaches 40 bn after
// 8.66 years; first_year_met rounds the same up to a calendar year (2024 + 9 = 2033). already_met when
// target <= base, never_met when rate <= 0 and target > base, both with 0 years.
// Throws offshoring::domain_error when base or target is not positive, rate < -1, a value is not finite,
// or the number of years overflows (a rate of a few denormals).
template <class BaseUnit, class TargetUnit, class T>
target_horizon<T> years_to_target(const boost::units::quantity<BaseUnit, T>& base,
                                  const boost::units::quantity<TargetUnit, T>& target,
                                  const detail::non_deduced_t<T>& rate) {
    detail::require_same_unit<BaseUnit, TargetUnit>();
    return detail::years_to_target_value("offshoring::years_to_target", base.value(), target.value(), rate);
}

}  // namespace offshoring
