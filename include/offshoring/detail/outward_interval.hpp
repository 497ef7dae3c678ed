// offshoring/detail/outward_interval.hpp: raw interval arithmetic on doubles, every bound rounded outward.
// SPDX-License-Identifier: MIT
#pragma once

#include <algorithm>
#include <cmath>
#include <limits>

namespace offshoring::detail {

// A set of reals [lo, hi] whose bounds may be infinite ("plus de 140.000" is [140000, +inf)). Any lo > hi
// is the empty set. Every operation below contains the exact result of the real operation on all members:
// each computed bound is moved one ulp outward, so an empty result is a proof, not a rounding accident.
// Well-formed values hold no NaN, no lo == +inf and no hi == -inf; the operations keep it so.
struct outward_interval {
    double lo;
    double hi;

    [[nodiscard]] static constexpr outward_interval whole() noexcept {
        return {-std::numeric_limits<double>::infinity(), std::numeric_limits<double>::infinity()};
    }
    [[nodiscard]] static constexpr outward_interval empty_set() noexcept {
        return {std::numeric_limits<double>::infinity(), -std::numeric_limits<double>::infinity()};
    }
    [[nodiscard]] static constexpr outward_interval point(double x) noexcept { return {x, x}; }

    [[nodiscard]] constexpr bool empty() const noexcept { return !(lo <= hi); }
    [[nodiscard]] constexpr bool contains(double x) const noexcept { return lo <= x && x <= hi; }
    [[nodiscard]] constexpr bool bounded() const noexcept {
        return -std::numeric_limits<double>::infinity() < lo && hi < std::numeric_limits<double>::infinity();
    }
};

[[nodiscard]] constexpr bool operator==(const outward_interval& a, const outward_interval& b) noexcept {
    return (a.empty() && b.empty()) || (a.lo == b.lo && a.hi == b.hi);
}
[[nodiscard]] constexpr bool operator!=(const outward_interval& a, const outward_interval& b) noexcept {
    return !(a == b);
}

// One ulp down or up; an infinite bound stays where it is (it is already outermost).
[[nodiscard]] inline double round_down(double x) noexcept {
    return std::isinf(x) ? x : std::nextafter(x, -std::numeric_limits<double>::infinity());
}
[[nodiscard]] inline double round_up(double x) noexcept {
    return std::isinf(x) ? x : std::nextafter(x, std::numeric_limits<double>::infinity());
}

[[nodiscard]] constexpr outward_interval intersect(const outward_interval& a,
                                                   const outward_interval& b) noexcept {
    if (a.empty() || b.empty()) return outward_interval::empty_set();
    const outward_interval r{std::max(a.lo, b.lo), std::min(a.hi, b.hi)};
    return r.empty() ? outward_interval::empty_set() : r;
}

[[nodiscard]] constexpr outward_interval hull(const outward_interval& a, const outward_interval& b) noexcept {
    if (a.empty()) return b;
    if (b.empty()) return a;
    return {std::min(a.lo, b.lo), std::max(a.hi, b.hi)};
}

[[nodiscard]] inline outward_interval add(const outward_interval& a, const outward_interval& b) noexcept {
    if (a.empty() || b.empty()) return outward_interval::empty_set();
    return {round_down(a.lo + b.lo), round_up(a.hi + b.hi)};
}

[[nodiscard]] inline outward_interval sub(const outward_interval& a, const outward_interval& b) noexcept {
    if (a.empty() || b.empty()) return outward_interval::empty_set();
    return {round_down(a.lo - b.hi), round_up(a.hi - b.lo)};
}

namespace outward {
// A product of two bounds where 0 times an infinite bound is 0: the bound 0 belongs to a member that is
// exactly zero, and zero times any finite member is zero.
[[nodiscard]] inline double bound_product(double x, double y) noexcept {
    return (x == 0.0 || y == 0.0) ? 0.0 : x * y;
}
}  // namespace outward

[[nodiscard]] inline outward_interval mul(const outward_interval& a, const outward_interval& b) noexcept {
    if (a.empty() || b.empty()) return outward_interval::empty_set();
    const double p1 = outward::bound_product(a.lo, b.lo);
    const double p2 = outward::bound_product(a.lo, b.hi);
    const double p3 = outward::bound_product(a.hi, b.lo);
    const double p4 = outward::bound_product(a.hi, b.hi);
    return {round_down(std::min({p1, p2, p3, p4})), round_up(std::max({p1, p2, p3, p4}))};
}

// Every x with x * y in a for some y in b (the relational quotient, as propagation needs it). A divisor
// that contains 0 gives the whole line when a contains 0 too, the empty set when b is {0} and a does not,
// and otherwise the hull of the two unbounded pieces, cut to one piece when b touches 0 from one side.
[[nodiscard]] inline outward_interval div(const outward_interval& a, const outward_interval& b) noexcept {
    constexpr double inf = std::numeric_limits<double>::infinity();
    if (a.empty() || b.empty()) return outward_interval::empty_set();
    if (b.lo > 0.0 || b.hi < 0.0) {
        // 1 / b is [1 / b.hi, 1 / b.lo] with 1 / +-inf = 0; quotients of bounds are taken directly so that
        // each is rounded once.
        const auto quotient = [](double x, double y) {
            return std::isinf(y) ? (std::isinf(x) ? x * y : 0.0) : x / y;
        };
        // An infinite numerator bound over an infinite divisor bound is a sign only: a quotient of two
        // unbounded members may be any size, so it widens to the matching infinity (x * y keeps the sign).
        const double q1 = quotient(a.lo, b.lo);
        const double q2 = quotient(a.lo, b.hi);
        const double q3 = quotient(a.hi, b.lo);
        const double q4 = quotient(a.hi, b.hi);
        return {round_down(std::min({q1, q2, q3, q4})), round_up(std::max({q1, q2, q3, q4}))};
    }
    if (a.contains(0.0)) return outward_interval::whole();
    if (b.lo == 0.0 && b.hi == 0.0) return outward_interval::empty_set();
    if (b.lo == 0.0) {  // b = [0, h], h > 0: x = a / y for y in (0, h]
        return a.lo > 0.0 ? outward_interval{round_down(a.lo / b.hi), inf}
                          : outward_interval{-inf, round_up(a.hi / b.hi)};
    }
    if (b.hi == 0.0) {  // b = [l, 0], l < 0
        return a.lo > 0.0 ? outward_interval{-inf, round_up(a.lo / b.lo)}
                          : outward_interval{round_down(a.hi / b.lo), inf};
    }
    return outward_interval::whole();
}

}  // namespace offshoring::detail
