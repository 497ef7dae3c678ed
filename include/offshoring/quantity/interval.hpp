// offshoring/quantity/interval.hpp: a closed interval [lo, hi] of numbers or quantities known only to a rounding.
// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <type_traits>
#include <utility>

#include <boost/units/get_dimension.hpp>
#include <boost/units/quantity.hpp>
#include <boost/units/unit.hpp>

#include <offshoring/detail/error.hpp>
#include <offshoring/detail/troubleshooting.hpp>
#include <offshoring/quantity/units.hpp>

namespace offshoring {
namespace detail::published {

// The number inside a value, whether it is a plain number or a quantity: used for checks and messages
// only, never to let a number leave its unit in user code.
template <class T>
constexpr auto raw_value(const T& x) noexcept {
    if constexpr (is_quantity<T>::value) {
        return x.value();
    } else {
        return x;
    }
}

template <class T>
using scalar_of = std::decay_t<decltype(raw_value(std::declval<const T&>()))>;

template <class T>
std::string describe_bounds(const T& lo, const T& hi) {
    return "[" + describe_value(raw_value(lo)) + ", " + describe_value(raw_value(hi)) + "]";
}

// Out of line, cold and given the bounds rather than their text: every interval metric builds and
// checks intervals, and a message made at the check would cost each of them a std::string, a stack
// frame and registers on the path that does not fail.
template <class T>
[[noreturn, gnu::cold, gnu::noinline]] void bad_bounds(const char* function, T lo, T hi, const char* what) {
    fail(function, std::string(what) + ", got " + describe_bounds(lo, hi));
}

template <class T>
constexpr void require_bounds(const char* function, const T& lo, const T& hi) {
    if (!is_finite(raw_value(lo)) || !is_finite(raw_value(hi))) {
        bad_bounds(function, lo, hi, "bounds must be finite");
    }
    if (!(raw_value(lo) <= raw_value(hi)))
        bad_bounds(function, lo, hi, "lower bound must not exceed upper bound");
}

}  // namespace detail::published

// A closed interval of plain floating-point numbers or of Boost.Units quantities. Both ends belong to it:
// a figure printed 26,2 may be exactly 26,15 or 26,25 depending on the rounding rule of the publisher,
// and an interval that leaves either out would call a correct figure inconsistent.
template <class T>
class interval {
    static_assert(std::is_floating_point_v<detail::published::scalar_of<T>>,
                  "interval: the bounds must be floating-point numbers or quantities holding "
                  "them" OFFSHORING_SEE_TROUBLESHOOTING("intervals-and-series"));

public:
    using value_type = T;

    // Throws offshoring::domain_error when a bound is NaN or infinite, or when lo > hi.
    constexpr interval(T lo, T hi) : lo_(lo), hi_(hi) {
        detail::published::require_bounds("offshoring::interval", lo_, hi_);
    }

    // A value known exactly: a definition such as "100 %", or a target stated as a round number.
    constexpr explicit interval(T point) : interval(point, point) {}

    [[nodiscard]] constexpr const T& lo() const noexcept { return lo_; }
    [[nodiscard]] constexpr const T& hi() const noexcept { return hi_; }
    // hi - lo. Throws offshoring::domain_error when it exceeds the largest value of T ([-1.7e308, 1.7e308]).
    [[nodiscard]] constexpr T width() const {
        const T span = hi_ - lo_;
        if (!detail::is_finite(detail::published::raw_value(span)))
            detail::published::bad_bounds("offshoring::interval::width", lo_, hi_,
                                          "the width overflows a double");
        return span;
    }
    // Always finite: halved first when the width overflows.
    [[nodiscard]] constexpr T midpoint() const noexcept {
        const auto half = static_cast<detail::published::scalar_of<T>>(0.5);
        const T span = hi_ - lo_;
        if (!detail::is_finite(detail::published::raw_value(span))) return lo_ * half + hi_ * half;
        return lo_ + span * half;
    }

    [[nodiscard]] constexpr bool contains(const T& x) const noexcept { return !(x < lo_) && !(hi_ < x); }
    [[nodiscard]] constexpr bool contains(const interval& other) const noexcept {
        return !(other.lo_ < lo_) && !(hi_ < other.hi_);
    }
    [[nodiscard]] constexpr bool overlaps(const interval& other) const noexcept {
        return !(other.hi_ < lo_) && !(hi_ < other.lo_);
    }

    friend constexpr bool operator==(const interval& a, const interval& b) noexcept {
        return a.lo_ == b.lo_ && a.hi_ == b.hi_;
    }
    friend constexpr bool operator!=(const interval& a, const interval& b) noexcept { return !(a == b); }

private:
    T lo_;
    T hi_;
};

namespace detail::published {

// Builds a result interval under the name of the function that computed it, so that an overflow to
// infinity is reported where it happened.
template <class T>
constexpr interval<T> make_interval(const char* function, const T& lo, const T& hi) {
    if (!is_finite(raw_value(lo)) || !is_finite(raw_value(hi))) {
        bad_bounds(function, lo, hi, "result overflows a double");
    }
    return interval<T>(lo, hi);
}

template <class Unit>
using base_unit_of = boost::units::unit<typename boost::units::get_dimension<Unit>::type, units::system>;

}  // namespace detail::published

// as_interval turns whatever the checks accept into an interval: itself for an interval, a point for a
// number or a quantity known exactly. The overloads for published figures live with them.
template <class T>
constexpr interval<T> as_interval(const interval<T>& x) noexcept {
    return x;
}

template <class T, std::enable_if_t<std::is_floating_point_v<T>, int> = 0>
constexpr interval<T> as_interval(T point) {
    return interval<T>(detail::require_finite("offshoring::as_interval", point));
}

// A quantity written in a scaled unit (26.22 * units::billion_dirhams) is converted to the base unit
// first, so that every amount of one currency ends up as the same interval type.
template <class Unit, class T>
constexpr interval<boost::units::quantity<detail::published::base_unit_of<Unit>, T>> as_interval(
    const boost::units::quantity<Unit, T>& point) {
    using base = boost::units::quantity<detail::published::base_unit_of<Unit>, T>;
    const base converted(point);
    return interval<base>(detail::require_finite("offshoring::as_interval", converted));
}

template <class T>
using interval_of = decltype(as_interval(std::declval<const T&>()));

}  // namespace offshoring
