// offshoring/detail/power.hpp: powers of ratios that stay right when the ratio underflows or overflows.
// SPDX-License-Identifier: MIT
#pragma once

#include <cmath>
#include <limits>

namespace offshoring::detail {

// A ratio outside the normal doubles has lost its bits: 1e-200 / 1e200 is 0, 1e200 / 1e-200 infinite.
template <class T>
constexpr bool is_normal_positive(const T& x) noexcept {
    return std::numeric_limits<T>::min() <= x && x <= std::numeric_limits<T>::max();
}

// (end / start)^exponent - 1, for start > 0 and end >= 0, both finite. pow of the ratio rounds once, so
// it is used whenever the ratio is a normal number; otherwise the difference of the logarithms, which
// cannot overflow, stands for it: the rate from 1e200 to 1e-200 over 1000 years is -0.6019, not the -1
// that pow(0, 0.001) - 1 would give.
template <class T>
T compound_rate(const T& end, const T& start, const T& exponent) {
    using std::expm1;
    using std::log;
    using std::pow;
    const T ratio = end / start;
    if (end == T(0) || is_normal_positive(ratio)) return T(pow(ratio, exponent)) - T(1);
    return T(expm1(exponent * (T(log(end)) - T(log(start)))));
}

// compound_rate as a bound of an interval: through logarithms, the result is moved outward (down for a
// lower bound, up for an upper one) by more than the rounding of the logarithms, the product and expm1,
// so that the interval still holds the true rate.
template <class T>
T compound_rate_bound(const T& end, const T& start, const T& exponent, bool upper) {
    using std::expm1;
    using std::fabs;
    using std::log;
    using std::nextafter;
    const T ratio = end / start;
    if (end == T(0) || is_normal_positive(ratio)) return compound_rate(end, start, exponent);
    const T log_end = T(log(end));
    const T log_start = T(log(start));
    const T difference = log_end - log_start;
    const T x = exponent * difference;
    const T error = T(2) * std::numeric_limits<T>::epsilon() *
                    (fabs(exponent) * (fabs(log_end) + fabs(log_start) + fabs(difference)) + fabs(x));
    const T infinity = std::numeric_limits<T>::infinity();
    return T(nextafter(T(expm1(upper ? x + error : x - error)), upper ? infinity : -infinity));
}

// scale * factor^exponent, for scale > 0, factor >= 0 and exponent >= 0, all finite. When the factor or
// its power is not a normal number (2^1100 overflows though 1e-300 * 2^1100 = 1.4e31 does not), the
// result is exp(log(scale) + exponent * log_factor()), with log_factor the logarithm of the factor
// computed from what it was made of, since the factor itself may have lost its bits.
template <class T, class LogFactor>
T scaled_power(const T& scale, const T& factor, const T& exponent, LogFactor log_factor) {
    using std::exp;
    using std::log;
    using std::pow;
    if (exponent == T(0)) return scale;
    if (is_normal_positive(factor)) {
        const T power = T(pow(factor, exponent));
        if (is_normal_positive(power)) return scale * power;
    }
    return T(exp(T(log(scale)) + exponent * T(log_factor())));
}

}  // namespace offshoring::detail
