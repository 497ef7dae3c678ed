// offshoring/published/interval_arithmetic.hpp: +, -, x, / on intervals of quantities with their units,
// every bound rounded outward, and the text of intervals and verdicts in French and English.
// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>

#include <boost/units/get_dimension.hpp>
#include <boost/units/quantity.hpp>

#include <offshoring/detail/error.hpp>
#include <offshoring/detail/outward_interval.hpp>
#include <offshoring/detail/troubleshooting.hpp>
#include <offshoring/published/verdict.hpp>
#include <offshoring/quantity/interval.hpp>
#include <offshoring/quantity/units.hpp>
#include <offshoring/text/number.hpp>
#include <offshoring/text/quantity.hpp>

namespace offshoring {
namespace detail::published {

// A quotient or product without a dimension (MAD / MAD) is a plain fraction.
template <class Q>
struct plain {
    using type = Q;
};
template <class Unit, class T>
struct plain<boost::units::quantity<Unit, T>> {
    using type = std::conditional_t<
        std::is_same_v<typename boost::units::get_dimension<Unit>::type, boost::units::dimensionless_type>, T,
        boost::units::quantity<Unit, T>>;
};

template <class A, class B>
using product_t = typename plain<decltype(std::declval<A>() * std::declval<B>())>::type;
template <class A, class B>
using quotient_t = typename plain<decltype(std::declval<A>() / std::declval<B>())>::type;

template <class T>
constexpr T from_raw(double v) noexcept {
    if constexpr (is_quantity<T>::value) {
        return T::from_value(v);
    } else {
        return v;
    }
}

template <class T>
constexpr outward_interval raw_interval(const interval<T>& x) noexcept {
    return {static_cast<double>(raw_value(x.lo())), static_cast<double>(raw_value(x.hi()))};
}

// The typed interval of an outward result; a bound pushed to infinity is an overflow, reported under the
// name of the operation (an interval is finite everywhere in the library).
template <class T>
interval<T> typed_interval(std::string_view function, const outward_interval& r) {
    if (r.empty() || !r.bounded()) {
        fail(function, "the result overflows a double, got [" + describe(r.lo) + ", " + describe(r.hi) + "]");
    }
    return interval<T>(from_raw<T>(r.lo), from_raw<T>(r.hi));
}

}  // namespace detail::published

// Every value a + b takes for a in x and b in y: [x.lo + y.lo, x.hi + y.hi], each bound moved one ulp
// outward (std::nextafter), so that no "inconsistent" can come from a rounding of the sum. Both of one
// type: MAD + MAD, jobs + jobs. Throws offshoring::domain_error when a bound overflows.
template <class T>
interval<T> operator+(const interval<T>& x, const interval<T>& y) {
    return detail::published::typed_interval<T>(
        "offshoring::operator+",
        detail::add(detail::published::raw_interval(x), detail::published::raw_interval(y)));
}

// [x.lo - y.hi, x.hi - y.lo], outward: MAD - MAD.
template <class T>
interval<T> operator-(const interval<T>& x, const interval<T>& y) {
    return detail::published::typed_interval<T>(
        "offshoring::operator-",
        detail::sub(detail::published::raw_interval(x), detail::published::raw_interval(y)));
}

// The hull of the four products of bounds, outward, in the product's unit: MAD per job times jobs is MAD.
template <class A, class B>
interval<detail::published::product_t<A, B>> operator*(const interval<A>& x, const interval<B>& y) {
    return detail::published::typed_interval<detail::published::product_t<A, B>>(
        "offshoring::operator*",
        detail::mul(detail::published::raw_interval(x), detail::published::raw_interval(y)));
}

// The quotient's unit: MAD / jobs is MAD per job, MAD / MAD a fraction. Throws offshoring::domain_error
// when y contains 0, as the quotient is then unbounded.
template <class A, class B>
interval<detail::published::quotient_t<A, B>> operator/(const interval<A>& x, const interval<B>& y) {
    if (y.contains(y.lo() - y.lo())) {
        detail::fail("offshoring::operator/",
                     "the divisor contains 0, got " + detail::published::describe_bounds(y.lo(), y.hi()));
    }
    return detail::published::typed_interval<detail::published::quotient_t<A, B>>(
        "offshoring::operator/",
        detail::div(detail::published::raw_interval(x), detail::published::raw_interval(y)));
}

// x scaled by factors in [a, b]: 26,2 bn times [0.4025, 0.4035] is the ITO amount a 40,3 % share gives.
template <class T>
interval<T> scaled_by(const interval<T>& x, const interval<double>& factors) {
    return detail::published::typed_interval<T>(
        "offshoring::scaled_by",
        detail::mul(detail::published::raw_interval(x), detail::published::raw_interval(factors)));
}

// x grown by rates in [a, b]: x * (1 + r), 1 + r itself rounded outward. 12,9 bn grown by [3.45, 3.55] %
// is what H1 2025 should be if H1 2024 was 12,9 and the growth 3,5 %.
template <class T>
interval<T> grown_by(const interval<T>& x, const interval<double>& rates) {
    const detail::outward_interval factor = detail::add({1.0, 1.0}, detail::published::raw_interval(rates));
    return detail::published::typed_interval<T>("offshoring::grown_by",
                                                detail::mul(detail::published::raw_interval(x), factor));
}

// The values both allow, or std::nullopt when they share none.
template <class T>
constexpr std::optional<interval<T>> intersection(const interval<T>& x, const interval<T>& y) {
    if (!x.overlaps(y)) return std::nullopt;
    return interval<T>(x.lo() < y.lo() ? y.lo() : x.lo(), x.hi() < y.hi() ? x.hi() : y.hi());
}

// The smallest interval holding both.
template <class T>
constexpr interval<T> hull(const interval<T>& x, const interval<T>& y) {
    return interval<T>(x.lo() < y.lo() ? x.lo() : y.lo(), x.hi() < y.hi() ? y.hi() : x.hi());
}

namespace detail::published {

inline std::string bracket(const std::string& lo, const std::string& hi, language lang) {
    return "[" + lo + (lang == language::fr ? " ; " : ", ") + hi + "]";
}

}  // namespace detail::published

// An interval of amounts in the scale named, in the press's abbreviations: French "[26,15 ; 26,25] Mds DH",
// English "MAD [26.15, 26.25] bn". The bounds are rounded to nearest at `decimals`, for reading; verdicts
// use the numbers, never this text. Throws offshoring::domain_error for decimals outside 0..12.
template <class Unit, class T, class ScaleUnit>
std::string format_interval(const interval<boost::units::quantity<Unit, T>>& x, ScaleUnit scale, int decimals,
                            language lang) {
    constexpr detail::amount_unit_info to = detail::amount_unit_of<ScaleUnit>();
    static_assert(to.known,
                  "format_interval: the scale must be a unit object such as "
                  "units::billion_dirhams" OFFSHORING_SEE_TROUBLESHOOTING("text"));
    const auto in_scale = [&](const boost::units::quantity<Unit, T>& q) {
        return format_number(static_cast<double>(value_in(scale, q)), decimals, lang);
    };
    const std::string range = detail::published::bracket(in_scale(x.lo()), in_scale(x.hi()), lang);
    const bool dirham = to.money == detail::currency::dirham;
    if (lang == language::fr) {
        const char* words = to.power == 9 ? " Mds " : to.power == 6 ? " M " : to.power == 3 ? " k " : " ";
        return range + words + (dirham ? "DH" : "USD");
    }
    const char* words = to.power == 9 ? " bn" : to.power == 6 ? " mn" : to.power == 3 ? " k" : "";
    return std::string(dirham ? "MAD " : "USD ") + range + words;
}

// "[148 450 ; 148 550] emplois" / "[148,450, 148,550] jobs".
template <class T>
std::string format_interval(const interval<jobs<T>>& x, int decimals, language lang) {
    const std::string range =
        detail::published::bracket(format_number(static_cast<double>(x.lo().value()), decimals, lang),
                                   format_number(static_cast<double>(x.hi().value()), decimals, lang), lang);
    return range + (lang == language::fr ? " emplois" : " jobs");
}

// A fraction in percent: [0.4025, 0.4035] is "[40,25 ; 40,35] %" / "[40.25, 40.35]%".
inline std::string format_percent_interval(const interval<double>& fractions, int decimals, language lang) {
    const std::string range =
        detail::published::bracket(format_number(fractions.lo() * 100.0, decimals, lang),
                                   format_number(fractions.hi() * 100.0, decimals, lang), lang);
    return range + (lang == language::fr ? " %" : "%");
}

// "cohérent" / "consistent", "incohérent" / "inconsistent".
inline std::string_view verdict_word(bool consistent, language lang) noexcept {
    if (lang == language::fr) return consistent ? "cohérent" : "incohérent";
    return consistent ? "consistent" : "inconsistent";
}

// A verdict on amounts in words: "consistent: MAD [26.22, 26.23] bn meets MAD [26.15, 26.25] bn";
// "incohérent : [2,58 ; 2,59] Mds DH manque [2,45 ; 2,55] Mds DH de 0,03 Mds DH".
template <class Unit, class T, class ScaleUnit>
std::string format_verdict(const verdict<boost::units::quantity<Unit, T>>& v, ScaleUnit scale, int decimals,
                           language lang) {
    const bool fr = lang == language::fr;
    std::string text = std::string(verdict_word(v.consistent, lang)) + (fr ? " : " : ": ") +
                       format_interval(v.computed, scale, decimals, lang);
    if (v.consistent)
        return text + (fr ? " rencontre " : " meets ") + format_interval(v.claimed, scale, decimals, lang);
    text += (fr ? " manque " : " misses ") + format_interval(v.claimed, scale, decimals, lang);
    return text + (fr ? " de " : " by ") + format_amount(v.gap, scale, decimals, lang, form::abbreviated);
}

// The same for fractions, in percent: "consistent: [40.19, 40.73]% meets [40.25, 40.35]%".
inline std::string format_verdict(const verdict<double>& v, int decimals, language lang) {
    const bool fr = lang == language::fr;
    std::string text = std::string(verdict_word(v.consistent, lang)) + (fr ? " : " : ": ") +
                       format_percent_interval(v.computed, decimals, lang);
    if (v.consistent)
        return text + (fr ? " rencontre " : " meets ") + format_percent_interval(v.claimed, decimals, lang);
    text += (fr ? " manque " : " misses ") + format_percent_interval(v.claimed, decimals, lang);
    return text + (fr ? " de " : " by ") + format_number(v.gap * 100.0, decimals, lang) +
           (fr ? " pts" : " points");
}

}  // namespace offshoring
