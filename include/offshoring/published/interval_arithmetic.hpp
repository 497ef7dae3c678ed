// offshoring/published/interval_arithmetic.hpp: +, -, x, / on intervals of quantities with their units,
// every bound rounded outward, and the text of intervals and verdicts in French and English.
// SPDX-License-Identifier: MIT
#pragma once

#include <cmath>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>

#include <boost/units/get_dimension.hpp>
#include <boost/units/quantity.hpp>

#include <offshoring/detail/deferred.hpp>
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

// "cohérent" / "consistent", "incohérent" / "inconsistent".
inline std::string_view verdict_word(bool consistent, language lang) noexcept {
    if (lang == language::fr) return consistent ? "cohérent" : "incohérent";
    return consistent ? "consistent" : "inconsistent";
}

namespace detail::published {

template <class Void = void>
detail::deferred<std::string, Void> bracket(const detail::deferred<std::string, Void>& lo,
                                            const detail::deferred<std::string, Void>& hi, language lang) {
    return "[" + lo + (lang == language::fr ? " ; " : ", ") + hi + "]";
}

// The words after (French) or around (English) the bracket: "[26,15 ; 26,25] Mds DH", "MAD [26.15, 26.25]
// bn", "[26,15 ; 26,25] milliards de dirhams", "[26.15, 26.25] billion dirhams". A range is plural.
template <class Void = void>
detail::deferred<std::string, Void> amount_range_text(const detail::deferred<std::string, Void>& range,
                                                      int power, detail::currency money, language lang,
                                                      form style) {
    const bool dirham = money == detail::currency::dirham;
    if (lang == language::fr) {
        if (style == form::abbreviated) {
            const char* words = power == 9 ? " Mds " : power == 6 ? " M " : power == 3 ? " k " : " ";
            return range + words + (dirham ? "DH" : "USD");
        }
        const char* scale = power == 9   ? " milliards de "
                            : power == 6 ? " millions de "
                            : power == 3 ? " milliers de "
                                         : " ";
        return range + scale + (dirham ? "dirhams" : "dollars");
    }
    if (style == form::abbreviated) {
        const char* words = power == 9 ? " bn" : power == 6 ? " mn" : power == 3 ? " k" : "";
        return detail::deferred<std::string, Void>(dirham ? "MAD " : "USD ") + range + words;
    }
    const char* scale = power == 9 ? " billion " : power == 6 ? " million " : power == 3 ? " thousand " : " ";
    return range + scale + (dirham ? "dirhams" : "dollars");
}

// An amount interval's scale, fixed: the one named, or the one format(amount) would choose for its larger
// bound (billions from one billion, millions from one million), so that both bounds share it.
template <class Unit, class T>
text_options fixed_scale(const interval<boost::units::quantity<Unit, T>>& x, text_options options) {
    if (options.scale != amount_scale::automatic) return options;
    double largest =
        std::fmax(std::fabs(detail::as_double(x.lo().value())), std::fabs(detail::as_double(x.hi().value())));
    for (int power = 0; power < detail::amount_unit_of<Unit>().power; ++power)
        largest *= 10.0;
    options.scale = !(largest < 1e9)   ? amount_scale::billions
                    : !(largest < 1e6) ? amount_scale::millions
                                       : amount_scale::ones;
    return options;
}

// Bounds rounded to nearest at the decimals, for reading: verdicts use the numbers, never this text.
template <class T>
std::string interval_text(const char* function, const interval<T>& x, language lang,
                          const text_options& options) {
    using detail::decimals_or;
    using detail::render;
    using detail::rounded;
    if constexpr (std::is_same_v<T, double>) {
        if (options.scale != amount_scale::automatic)
            detail::option_not_for(function, "a scale", "a plain number");
        const auto bound = [&](double v, int power, int fallback, detail::sign_shown sign) {
            const int decimals = options.decimals ? *options.decimals
                                 : fallback >= 0  ? fallback
                                                  : detail::shortest_decimals(function, v);
            return render(rounded(function, v, power, decimals), lang, options.group, sign);
        };
        const bool fr = lang == language::fr;
        const std::string space(detail::french_unit_space(options.group));
        switch (options.as) {
            case shown_as::percent:
            case shown_as::growth: {
                const auto sign = options.as == shown_as::growth ? detail::sign_shown::always
                                                                 : detail::sign_shown::negative_only;
                return bracket(bound(x.lo(), 2, 2, sign), bound(x.hi(), 2, 2, sign), lang) +
                       (fr ? space + "%" : "%");
            }
            case shown_as::points:
                return bracket(bound(x.lo(), 0, 1, detail::sign_shown::always),
                               bound(x.hi(), 0, 1, detail::sign_shown::always), lang) +
                       (fr ? space + "pts" : " pp");
            case shown_as::number:
                break;
        }
        return bracket(bound(x.lo(), 0, -1, detail::sign_shown::negative_only),
                       bound(x.hi(), 0, -1, detail::sign_shown::negative_only), lang);
    } else {
        using unit = typename T::unit_type;
        static_assert(
            detail::amount_unit_of<unit>().known || std::is_same_v<unit, units::job_unit>,
            "offshoring::format: an interval is written for plain numbers, amounts of dirhams or US "
            "dollars, and jobs" OFFSHORING_SEE_TROUBLESHOOTING("text"));
        if (options.as != shown_as::number)
            detail::option_not_for(function, "shown_as", "a quantity, which has its unit");
        if constexpr (std::is_same_v<unit, units::job_unit>) {
            if (options.scale != amount_scale::automatic)
                detail::option_not_for(function, "a scale", "jobs; only an amount has one");
            const int decimals = decimals_or(options, 0);
            const std::string range =
                bracket(render(rounded(function, detail::as_double(x.lo().value()), 0, decimals), lang,
                               options.group),
                        render(rounded(function, detail::as_double(x.hi().value()), 0, decimals), lang,
                               options.group),
                        lang);
            return range + (lang == language::fr ? " emplois" : " jobs");
        } else {
            constexpr detail::amount_unit_info from = detail::amount_unit_of<unit>();
            const text_options fixed = fixed_scale(x, options);
            const int power = detail::power_of(fixed.scale);
            const int decimals = decimals_or(options, 2);
            const std::string range = bracket(
                render(rounded(function, detail::as_double(x.lo().value()), from.power - power, decimals),
                       lang, options.group),
                render(rounded(function, detail::as_double(x.hi().value()), from.power - power, decimals),
                       lang, options.group),
                lang);
            return amount_range_text(range, power, from.money, lang, options.style);
        }
    }
}

// "consistent: MAD [26.22, 26.23] bn meets MAD [26.15, 26.25] bn"; "incohérent : [2,58 ; 2,59] Mds DH manque
// [2,45 ; 2,55] Mds DH de 0,03 Md DH"; fractions in percent, with the gap in points.
template <class T>
std::string verdict_text(const char* function, const verdict<T>& v, language lang,
                         const text_options& options) {
    const bool fr = lang == language::fr;
    text_options fixed = options;
    if constexpr (!std::is_same_v<T, double>) {
        if constexpr (detail::amount_unit_of<typename T::unit_type>().known)
            fixed = fixed_scale(v.computed, options);
    }
    std::string text = std::string(verdict_word(v.consistent, lang)) + (fr ? " : " : ": ") +
                       interval_text(function, v.computed, lang, fixed);
    if (v.consistent)
        return text + (fr ? " rencontre " : " meets ") + interval_text(function, v.claimed, lang, fixed);
    text += (fr ? " manque " : " misses ") + interval_text(function, v.claimed, lang, fixed);
    text += fr ? " de " : " by ";
    if constexpr (std::is_same_v<T, double>) {
        if (options.as == shown_as::percent || options.as == shown_as::growth)
            return text +
                   detail::render(detail::rounded(function, v.gap, 2, detail::decimals_or(options, 2)), lang,
                                  options.group) +
                   (fr ? " pts" : " points");
        text_options gap = options;
        if (options.as == shown_as::points && !options.decimals) gap.decimals = 1;
        if (options.as == shown_as::points) gap.as = shown_as::number;
        return text + detail::number_text(function, v.gap, lang, gap) +
               (options.as == shown_as::points ? (fr ? " pts" : " pp") : "");
    } else {
        if constexpr (std::is_same_v<typename T::unit_type, units::job_unit>) {
            return text + detail::quantity_text(function, v.gap, lang, fixed);
        } else {
            fixed.decimals = detail::decimals_or(options, 2);
            return text + detail::quantity_text(function, v.gap, lang, fixed);
        }
    }
}

}  // namespace detail::published

// An interval or a verdict through the one entry point: amounts with their unit words in the scale
// named or chosen from the larger bound ("[26,15 ; 26,25] milliards de dirhams", form::abbreviated "MAD
// [26.15, 26.25] bn"), two decimals by default; jobs whole; plain numbers as shown_as says (percent:
// "[40,25 ; 40,35] %", two decimals). A verdict is its word, both intervals and, when they are apart, the
// gap. The bounds are rounded to nearest, for reading: verdicts use the numbers, never this text.
// Throws offshoring::domain_error as format does for one value.
template <class T>
std::string format(const interval<T>& x, language lang, const text_options& options = {}) {
    return detail::published::interval_text("offshoring::format", x, lang, options);
}

template <class T>
std::string format(const verdict<T>& v, language lang, const text_options& options = {}) {
    return detail::published::verdict_text("offshoring::format", v, lang, options);
}

// An interval of amounts in the scale named, in the press's abbreviations: French "[26,15 ; 26,25] Mds DH",
// English "MAD [26.15, 26.25] bn". Throws offshoring::domain_error for decimals outside 0..12.
template <class Unit, class T, class ScaleUnit>
std::string format_interval(const interval<boost::units::quantity<Unit, T>>& x, ScaleUnit scale, int decimals,
                            language lang) {
    constexpr detail::amount_unit_info to = detail::amount_unit_of<ScaleUnit>();
    static_assert(to.known,
                  "format_interval: the scale must be a unit object such as "
                  "units::billion_dirhams" OFFSHORING_SEE_TROUBLESHOOTING("text"));
    (void)scale;
    return detail::published::interval_text(
        "offshoring::format_interval", x, lang,
        {decimals, shown_as::number, form::abbreviated, grouping::ascii, detail::scale_of<ScaleUnit>()});
}

// "[148 450 ; 148 550] emplois" / "[148,450, 148,550] jobs".
template <class T>
std::string format_interval(const interval<jobs<T>>& x, int decimals, language lang) {
    return detail::published::interval_text("offshoring::format_interval", x, lang, {decimals});
}

// A fraction in percent: [0.4025, 0.4035] is "[40,25 ; 40,35] %" / "[40.25, 40.35]%".
template <class Void = void>
detail::deferred<std::string, Void> format_percent_interval(
    const detail::deferred<interval<double>, Void>& fractions, int decimals, language lang) {
    return detail::published::interval_text("offshoring::format_percent_interval", fractions, lang,
                                            {decimals, shown_as::percent});
}

// A verdict on amounts in words: "consistent: MAD [26.22, 26.23] bn meets MAD [26.15, 26.25] bn";
// "incohérent : [2,58 ; 2,59] Mds DH manque [2,45 ; 2,55] Mds DH de 0,03 Md DH".
template <class Unit, class T, class ScaleUnit>
std::string format_verdict(const verdict<boost::units::quantity<Unit, T>>& v, ScaleUnit scale, int decimals,
                           language lang) {
    (void)scale;
    return detail::published::verdict_text(
        "offshoring::format_verdict", v, lang,
        {decimals, shown_as::number, form::abbreviated, grouping::ascii, detail::scale_of<ScaleUnit>()});
}

// The same for fractions, in percent: "consistent: [40.19, 40.73]% meets [40.25, 40.35]%".
template <class Void = void>
detail::deferred<std::string, Void> format_verdict(const detail::deferred<verdict<double>, Void>& v,
                                                   int decimals, language lang) {
    return detail::published::verdict_text("offshoring::format_verdict", v, lang,
                                           {decimals, shown_as::percent});
}

}  // namespace offshoring
