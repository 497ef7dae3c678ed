// offshoring/targets/projection.hpp: targets: the rate they require, projections, the year one is met, the gap to a path.
// SPDX-License-Identifier: MIT
#pragma once

#include <cmath>
#include <limits>
#include <string>

#include <boost/units/quantity.hpp>

#include <offshoring/detail/power.hpp>
#include <offshoring/metrics.hpp>

namespace offshoring {

// What first_year_met found.
enum class target_outcome_kind {
    already_met,  // the base already reaches the target (within the tolerance): met in the base year
    met_in_year,  // met for the first time in `year`, after the base year
    never_met,    // a rate <= 0 never lifts the base to a target above it
};

struct target_outcome {
    target_outcome_kind kind;
    // The base year for already_met, the first year the target is met for met_in_year, 0 for never_met.
    int year;

    friend constexpr bool operator==(const target_outcome& a, const target_outcome& b) noexcept {
        return a.kind == b.kind && a.year == b.year;
    }
    friend constexpr bool operator!=(const target_outcome& a, const target_outcome& b) noexcept {
        return !(a == b);
    }
};

// How far a value stands from the compound path to a target, in its unit and as a fraction of the path's
// value (-0.02 = 2 % below the path).
template <class Unit, class T>
struct trajectory_gap {
    boost::units::quantity<Unit, T> level;
    T relative;
};

namespace detail {

[[noreturn, gnu::cold, gnu::noinline]] inline void years_out_of_order(const char* function, const char* later,
                                                                      const char* earlier, int later_year,
                                                                      int earlier_year,
                                                                      const char* relation) {
    std::string what(later);
    what.append(" must ").append(relation).append(" ").append(earlier).append(", got ");
    what.append(later).append(" ").append(describe(later_year)).append(" and ");
    what.append(earlier).append(" ").append(describe(earlier_year));
    fail(function, what);
}

constexpr void require_target_year_after(const char* function, int base_year, int target_year) {
    if (target_year <= base_year)
        years_out_of_order(function, "target year", "base year", target_year, base_year, "be after");
}

constexpr void require_year_from(const char* function, int base_year, int year) {
    if (year < base_year) years_out_of_order(function, "year", "base year", year, base_year, "not be before");
}

// Year differences in long long: 2147483647 - (-5) must not overflow an int.
constexpr long long years_apart(int from, int to) noexcept {
    return static_cast<long long>(to) - static_cast<long long>(from);
}

template <class T>
T required_rate_value(const char* function, const T& base, int base_year, const T& target, int target_year) {
    require_positive(function, "base", base);
    require_positive(function, "target", target);
    require_target_year_after(function, base_year, target_year);
    const T years = T(years_apart(base_year, target_year));
    return require_finite_result(function, compound_rate(target, base, T(1) / years), "base ", base,
                                 " and target ", target);
}

template <class T>
[[gnu::always_inline]] inline T projected_value_value(const char* function, const T& base, int base_year,
                                                      const T& rate, int year) {
    require_positive(function, "base", base);
    require_change(function, "rate", rate);
    require_year_from(function, base_year, year);
    const long long years = years_apart(base_year, year);
    const auto log_growth = [&rate] {
        using std::log1p;
        return T(log1p(rate));
    };
    return require_finite_result(function, scaled_power(base, T(T(1) + rate), T(years), log_growth), "base ",
                                 base, ", rate ", rate, " and ", years, " years");
}

// The compound path from base (in base_year) to target (in target_year), continued past the target year.
template <class T>
T trajectory_value_value(const char* function, const T& base, int base_year, const T& target, int target_year,
                         int year) {
    require_positive(function, "base", base);
    require_positive(function, "target", target);
    require_target_year_after(function, base_year, target_year);
    require_year_from(function, base_year, year);
    const T elapsed = T(years_apart(base_year, year)) / T(years_apart(base_year, target_year));
    const auto log_ratio = [&base, &target] {
        using std::log;
        return T(log(target)) - T(log(base));
    };
    return require_finite_result(function, scaled_power(base, T(target / base), elapsed, log_ratio), "base ",
                                 base, ", target ", target, " and year ", year);
}

template <class T>
[[noreturn, gnu::cold, gnu::noinline]] void target_too_far(const char* function, T rate) {
    fail(function,
         "the target is not met before the last year an int can hold, at rate " + describe_value(rate));
}

template <class T>
[[noreturn, gnu::cold, gnu::noinline]] void rate_below_precision(const char* function, T rate) {
    fail(function,
         "rate " + describe_value(rate) + " is too small to compound in this type: 1 + rate rounds to 1");
}

// A target counts as met when the projection comes within this relative distance of it: the rounding of
// pow must not push a target met exactly (say at the rate required_rate returns) into the next year.
// 1000 machine epsilons is 2.2e-13 for double: 0.009 dirhams on 40 billion.
template <class T>
constexpr T met_tolerance() noexcept {
    return T(1000) * std::numeric_limits<T>::epsilon();
}

// One rule decides every year, the base year included: a year meets the target when the projection to it,
// computed as projected_value computes it, is at least target * (1 - met_tolerance). The projection grows
// with the years, so the first such year is found by bisection, whatever the rate and the distance.
template <class T>
target_outcome first_year_met_value(const char* function, const T& base, int base_year, const T& target,
                                    const T& rate) {
    require_positive(function, "base", base);
    require_positive(function, "target", target);
    require_change(function, "rate", rate);
    const T threshold = target * (T(1) - met_tolerance<T>());
    if (!(base < threshold)) return {target_outcome_kind::already_met, base_year};
    if (!(T(0) < rate)) return {target_outcome_kind::never_met, 0};

    const T factor = T(1) + rate;
    const auto log_factor = [&factor] {
        using std::log;
        return T(log(factor));
    };
    const auto met_after = [&](long long years) {
        return !(scaled_power(base, factor, T(years), log_factor) < threshold);
    };
    const long long limit = years_apart(base_year, std::numeric_limits<int>::max());
    if (!met_after(limit)) {
        // 1 + 1e-17 is 1: no projection grows, though the exact rate would reach the target in time.
        using std::log;
        using std::log1p;
        const T exact_years = (T(log(threshold)) - T(log(base))) / T(log1p(rate));
        if (factor == T(1) && exact_years < T(limit)) rate_below_precision(function, rate);
        target_too_far(function, rate);
    }
    long long not_met = 0;
    long long met = limit;
    while (met - not_met > 1) {
        const long long middle = not_met + (met - not_met) / 2;
        if (met_after(middle))
            met = middle;
        else
            not_met = middle;
    }
    return {target_outcome_kind::met_in_year, static_cast<int>(static_cast<long long>(base_year) + met)};
}

}  // namespace detail

// The constant yearly rate, a fraction, that takes `base` in base_year to `target` in target_year:
// (target / base)^(1 / (target_year - base_year)) - 1, the spreadsheet RRI. From 26.22 bn in 2024 to
// 40 bn in 2030 it is 0.0729 (7.29 % a year).
// Throws offshoring::domain_error when base or target is not positive or not finite, target_year <=
// base_year, or the result overflows.
template <class BaseUnit, class TargetUnit, class T>
T required_rate(const boost::units::quantity<BaseUnit, T>& base, int base_year,
                const boost::units::quantity<TargetUnit, T>& target, int target_year) {
    detail::require_same_unit<BaseUnit, TargetUnit>();
    return detail::required_rate_value("offshoring::required_rate", base.value(), base_year, target.value(),
                                       target_year);
}

// The value in `year` of `base` growing from base_year at `rate` (a fraction) a year:
// base * (1 + rate)^(year - base_year), the spreadsheet FV. year == base_year gives the base.
// Throws offshoring::domain_error when base is not positive, rate < -1, a value is not finite, year <
// base_year, or the result overflows.
template <class Unit, class T>
[[gnu::always_inline]] inline boost::units::quantity<Unit, T> projected_value(
    const boost::units::quantity<Unit, T>& base, int base_year, const detail::non_deduced_t<T>& rate,
    int year) {
    return boost::units::quantity<Unit, T>::from_value(
        detail::projected_value_value("offshoring::projected_value", base.value(), base_year, rate, year));
}

// The first whole year in which `base`, growing from base_year at `rate` a year, reaches `target` (the
// spreadsheet NPER, rounded up to a whole year), "reaches" meaning that projected_value comes within
// 1000 machine epsilons of the target, for the base year as for every other: already_met when the base
// does, never_met when rate <= 0 and the base does not, met_in_year otherwise. 26.22 bn in 2024 at 5 %
// reaches 40 bn in 2033. Throws offshoring::domain_error when base or target is not positive, rate < -1,
// a value is not finite, the year would not fit an int, or 1 + rate rounds to 1 although the target is
// not that far.
template <class BaseUnit, class TargetUnit, class T>
target_outcome first_year_met(const boost::units::quantity<BaseUnit, T>& base, int base_year,
                              const boost::units::quantity<TargetUnit, T>& target,
                              const detail::non_deduced_t<T>& rate) {
    detail::require_same_unit<BaseUnit, TargetUnit>();
    return detail::first_year_met_value("offshoring::first_year_met", base.value(), base_year, target.value(),
                                        rate);
}

// The value in `year` of the compound path from `base` (base_year) to `target` (target_year):
// base * (target / base)^((year - base_year) / (target_year - base_year)), continued past target_year.
// Throws offshoring::domain_error when base or target is not positive or not finite, target_year <=
// base_year, year < base_year, or the result overflows.
template <class BaseUnit, class TargetUnit, class T>
boost::units::quantity<BaseUnit, T> trajectory_value(const boost::units::quantity<BaseUnit, T>& base,
                                                     int base_year,
                                                     const boost::units::quantity<TargetUnit, T>& target,
                                                     int target_year, int year) {
    detail::require_same_unit<BaseUnit, TargetUnit>();
    return boost::units::quantity<BaseUnit, T>::from_value(detail::trajectory_value_value(
        "offshoring::trajectory_value", base.value(), base_year, target.value(), target_year, year));
}

// How far `value`, observed in `year`, stands from the compound path from base to target: value - path
// in the value's unit, and value / path - 1 as a fraction.
// Throws offshoring::domain_error as trajectory_value does, and when value is negative or not finite.
template <class ValueUnit, class BaseUnit, class TargetUnit, class T>
trajectory_gap<ValueUnit, T> gap_to_trajectory(const boost::units::quantity<ValueUnit, T>& value, int year,
                                               const boost::units::quantity<BaseUnit, T>& base, int base_year,
                                               const boost::units::quantity<TargetUnit, T>& target,
                                               int target_year) {
    detail::require_same_unit<ValueUnit, BaseUnit>();
    detail::require_same_unit<ValueUnit, TargetUnit>();
    constexpr const char* function = "offshoring::gap_to_trajectory";
    detail::require_non_negative(function, "value", value.value());
    const T path =
        detail::trajectory_value_value(function, base.value(), base_year, target.value(), target_year, year);
    const T relative = detail::require_finite_result(function, value.value() / path - T(1), "value ",
                                                     value.value(), " against a path at ", path);
    return {boost::units::quantity<ValueUnit, T>::from_value(value.value() - path), relative};
}

}  // namespace offshoring
