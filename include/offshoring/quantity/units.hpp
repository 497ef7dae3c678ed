// offshoring/quantity/units.hpp: dirhams, US dollars and jobs as Boost.Units quantities, their literals and read-outs.
// SPDX-License-Identifier: MIT
#pragma once

#include <limits>
#include <string>
#include <type_traits>

#include <boost/units/base_dimension.hpp>
#include <boost/units/base_unit.hpp>
#include <boost/units/conversion.hpp>
#include <boost/units/derived_dimension.hpp>
#include <boost/units/get_dimension.hpp>
#include <boost/units/make_scaled_unit.hpp>
#include <boost/units/make_system.hpp>
#include <boost/units/quantity.hpp>
#include <boost/units/scale.hpp>
#include <boost/units/static_rational.hpp>
#include <boost/units/unit.hpp>

#include <offshoring/detail/error.hpp>
#include <offshoring/detail/troubleshooting.hpp>

namespace offshoring {
namespace units {

// Boost.Units tells base dimensions (and base units) apart by an ordinal that must be unique in a
// program; Boost's own use negative numbers, so these sit well away from small positive ones that other
// libraries are likely to pick.
inline constexpr long first_ordinal = 21201;

// Three base dimensions, not one "money" dimension: the dirham and the dollar have no fixed ratio, so
// adding one to the other must not compile, and a rate between them is dated data (exchange_rate.hpp).
struct dirham_base_dimension : boost::units::base_dimension<dirham_base_dimension, first_ordinal> {};
struct us_dollar_base_dimension : boost::units::base_dimension<us_dollar_base_dimension, first_ordinal + 1> {
};
struct job_base_dimension : boost::units::base_dimension<job_base_dimension, first_ordinal + 2> {};

using dirham_dimension = dirham_base_dimension::dimension_type;
using us_dollar_dimension = us_dollar_base_dimension::dimension_type;
using job_dimension = job_base_dimension::dimension_type;
using dirham_per_job_dimension =
    boost::units::derived_dimension<dirham_base_dimension, 1, job_base_dimension, -1>::type;
using dirham_per_us_dollar_dimension =
    boost::units::derived_dimension<dirham_base_dimension, 1, us_dollar_base_dimension, -1>::type;

// name() and symbol() are what <boost/units/io.hpp> prints: "26220000000 MAD", "176565.65 MAD job^-1".
struct dirham_base_unit : boost::units::base_unit<dirham_base_unit, dirham_dimension, first_ordinal> {
    static constexpr const char* name() { return "dirham"; }
    static constexpr const char* symbol() { return "MAD"; }
};
struct us_dollar_base_unit
    : boost::units::base_unit<us_dollar_base_unit, us_dollar_dimension, first_ordinal + 1> {
    static constexpr const char* name() { return "US dollar"; }
    static constexpr const char* symbol() { return "USD"; }
};
struct job_base_unit : boost::units::base_unit<job_base_unit, job_dimension, first_ordinal + 2> {
    static constexpr const char* name() { return "job"; }
    static constexpr const char* symbol() { return "job"; }
};

using system = boost::units::make_system<dirham_base_unit, us_dollar_base_unit, job_base_unit>::type;

using dirham_unit = boost::units::unit<dirham_dimension, system>;
using us_dollar_unit = boost::units::unit<us_dollar_dimension, system>;
using job_unit = boost::units::unit<job_dimension, system>;
using dirham_per_job_unit = boost::units::unit<dirham_per_job_dimension, system>;
using dirham_per_us_dollar_unit = boost::units::unit<dirham_per_us_dollar_dimension, system>;

// Thousand, million and billion (the French "milliard", 10^9) are powers of ten; Boost.Units prints
// them with SI prefixes (kMAD, MMAD, GMAD), and format.hpp writes the words the articles use.
template <class Unit, long Exponent>
using power_of_ten_unit = typename boost::units::make_scaled_unit<
    Unit, boost::units::scale<10, boost::units::static_rational<Exponent>>>::type;

using thousand_dirham_unit = power_of_ten_unit<dirham_unit, 3>;
using million_dirham_unit = power_of_ten_unit<dirham_unit, 6>;
using billion_dirham_unit = power_of_ten_unit<dirham_unit, 9>;
using thousand_us_dollar_unit = power_of_ten_unit<us_dollar_unit, 3>;
using million_us_dollar_unit = power_of_ten_unit<us_dollar_unit, 6>;
using billion_us_dollar_unit = power_of_ten_unit<us_dollar_unit, 9>;

inline constexpr dirham_unit dirham{};
inline constexpr thousand_dirham_unit thousand_dirhams{};
inline constexpr million_dirham_unit million_dirhams{};
inline constexpr billion_dirham_unit billion_dirhams{};
inline constexpr us_dollar_unit us_dollar{};
inline constexpr thousand_us_dollar_unit thousand_us_dollars{};
inline constexpr million_us_dollar_unit million_us_dollars{};
inline constexpr billion_us_dollar_unit billion_us_dollars{};
inline constexpr job_unit job{};
inline constexpr dirham_per_job_unit dirham_per_job{};
inline constexpr dirham_per_us_dollar_unit dirham_per_us_dollar{};

}  // namespace units

// Every alias stores its value in the base unit of the system (dirhams, not billions), so that two
// amounts of the same currency always have the same type whatever scale they were written in.
template <class T = double>
using mad = boost::units::quantity<units::dirham_unit, T>;
template <class T = double>
using usd = boost::units::quantity<units::us_dollar_unit, T>;
template <class T = double>
using jobs = boost::units::quantity<units::job_unit, T>;
template <class T = double>
using mad_per_usd = boost::units::quantity<units::dirham_per_us_dollar_unit, T>;
template <class T = double>
using mad_per_job = boost::units::quantity<units::dirham_per_job_unit, T>;

// The type safety must cost nothing: a quantity is its number and nothing else.
static_assert(sizeof(mad<>) == sizeof(double),
              "mad<double> must be exactly the size of a double" OFFSHORING_SEE_TROUBLESHOOTING(
                  "the-size-of-a-quantity"));
static_assert(sizeof(usd<>) == sizeof(double),
              "usd<double> must be exactly the size of a double" OFFSHORING_SEE_TROUBLESHOOTING(
                  "the-size-of-a-quantity"));
static_assert(sizeof(jobs<>) == sizeof(double),
              "jobs<double> must be exactly the size of a double" OFFSHORING_SEE_TROUBLESHOOTING(
                  "the-size-of-a-quantity"));
static_assert(sizeof(mad_per_usd<>) == sizeof(double),
              "mad_per_usd<double> must be exactly the size of a double" OFFSHORING_SEE_TROUBLESHOOTING(
                  "the-size-of-a-quantity"));
static_assert(sizeof(mad_per_job<>) == sizeof(double),
              "mad_per_job<double> must be exactly the size of a double" OFFSHORING_SEE_TROUBLESHOOTING(
                  "the-size-of-a-quantity"));
static_assert(sizeof(mad<float>) == sizeof(float),
              "mad<float> must be exactly the size of a float" OFFSHORING_SEE_TROUBLESHOOTING(
                  "the-size-of-a-quantity"));

namespace detail {

template <class T>
inline constexpr bool always_false = false;

template <class T>
struct is_quantity : std::false_type {};
template <class Unit, class T>
struct is_quantity<boost::units::quantity<Unit, T>> : std::true_type {};

// std::isfinite is not constexpr before C++23; comparisons are, and NaN fails all of them.
template <class T>
constexpr bool is_finite(const T& value) noexcept {
    if constexpr (std::numeric_limits<T>::is_specialized && !std::numeric_limits<T>::is_integer) {
        return value >= std::numeric_limits<T>::lowest() && value <= std::numeric_limits<T>::max();
    } else {
        // Integers, and value types without numeric_limits (a decimal, a rational), have no NaN or
        // infinity to refuse.
        return true;
    }
}

template <class T>
std::string describe_value(const T& value) {
    if constexpr (std::is_integral_v<T>) {
        return describe(static_cast<long long>(value));
    } else if constexpr (std::is_convertible_v<T, double>) {
        return describe(static_cast<double>(value));
    } else {
        return "a value of a type that cannot be shown";
    }
}

// Out of line, cold and given the value rather than its text, so that a check on the good path is only a
// comparison: a message built in the caller would cost every caller a std::string and its clean-up.
template <class T>
[[noreturn, gnu::cold, gnu::noinline]] void not_finite(const char* function, T value) {
    fail(function, "value must be finite, got " + describe_value(value));
}

// Returns the value it was given, so that a check can sit inside an expression.
// Throws offshoring::domain_error "<function>: value must be finite, got nan" for NaN and infinities.
template <class T>
constexpr T require_finite(const char* function, T value) {
    if (!is_finite(value)) not_finite(function, value);
    return value;
}

template <class Unit, class T>
constexpr boost::units::quantity<Unit, T> require_finite(const char* function,
                                                         boost::units::quantity<Unit, T> value) {
    if (!is_finite(value.value())) not_finite(function, value.value());
    return value;
}

template <class UnitA, class UnitB>
inline constexpr bool same_dimension = std::is_same_v<typename boost::units::get_dimension<UnitA>::type,
                                                      typename boost::units::get_dimension<UnitB>::type>;

}  // namespace detail

// The number a quantity holds, read in the unit named: value_in(units::billion_dirhams, 26.22_bn_mad) is
// 26.22, value_in(units::dirham, 26.22_bn_mad) is 2.622e10. Only the factor that is at least 1 is used
// (multiply by 1e9, or divide by 1e9): powers of ten above 1 are exact doubles, their inverses are not,
// so the result is the double nearest the true value (26.22, not 26.220000000000002).
template <class Dim, class System, class Unit, class T>
constexpr T value_in(boost::units::unit<Dim, System> unit, const boost::units::quantity<Unit, T>& q) {
    static_assert(
        detail::same_dimension<boost::units::unit<Dim, System>, Unit>,
        "value_in: the unit's dimension does not match the quantity's (dirhams, US dollars and jobs "
        "are different dimensions)" OFFSHORING_SEE_TROUBLESHOOTING("dimensions-and-units"));
    if constexpr (std::is_same_v<boost::units::unit<Dim, System>, Unit>) {
        (void)unit;
        return q.value();
    } else {
        constexpr double to_target =
            boost::units::conversion_factor(Unit{}, boost::units::unit<Dim, System>{});
        if constexpr (to_target >= 1.0) {
            return q.value() * static_cast<T>(to_target);
        } else {
            constexpr double to_source =
                boost::units::conversion_factor(boost::units::unit<Dim, System>{}, Unit{});
            return q.value() / static_cast<T>(to_source);
        }
    }
}

// A plain number has no unit to read it in: catch the slip with a sentence rather than a page of
// template candidates.
template <class Dim, class System, class T, std::enable_if_t<!detail::is_quantity<T>::value, int> = 0>
constexpr T value_in(boost::units::unit<Dim, System>, const T& value) {
    static_assert(detail::always_false<T>,
                  "value_in: the argument is a plain number, not a quantity; it has no unit to be read "
                  "in" OFFSHORING_SEE_TROUBLESHOOTING("a-plain-number-or-a-quantity"));
    return value;
}

// The named read-outs, one line each: in_billion_mad(x) is value_in(units::billion_dirhams, x). The list
// is written once and expanded twice, into the functions and into the using-declarations that let
// argument-dependent lookup find them.
#define OFFSHORING_READ_OUTS(READ_OUT)             \
    READ_OUT(in_mad, dirham)                       \
    READ_OUT(in_thousand_mad, thousand_dirhams)    \
    READ_OUT(in_million_mad, million_dirhams)      \
    READ_OUT(in_billion_mad, billion_dirhams)      \
    READ_OUT(in_usd, us_dollar)                    \
    READ_OUT(in_thousand_usd, thousand_us_dollars) \
    READ_OUT(in_million_usd, million_us_dollars)   \
    READ_OUT(in_billion_usd, billion_us_dollars)   \
    READ_OUT(in_jobs, job)                         \
    READ_OUT(in_mad_per_job, dirham_per_job)       \
    READ_OUT(in_mad_per_usd, dirham_per_us_dollar)

#define OFFSHORING_DEFINE_READ_OUT(name, unit_object)            \
    template <class Unit, class T>                               \
    constexpr T name(const boost::units::quantity<Unit, T>& x) { \
        return value_in(units::unit_object, x);                  \
    }
OFFSHORING_READ_OUTS(OFFSHORING_DEFINE_READ_OUT)
#undef OFFSHORING_DEFINE_READ_OUT

// Found by argument-dependent lookup: the dimension tags live in offshoring::units, so an unqualified
// in_billion_mad(x) works for a caller that only opened offshoring::literals, as chrono's functions do.
namespace units {
#define OFFSHORING_USE_READ_OUT(name, unit_object) using offshoring::name;
OFFSHORING_READ_OUTS(OFFSHORING_USE_READ_OUT)
#undef OFFSHORING_USE_READ_OUT
using offshoring::value_in;
}  // namespace units
#undef OFFSHORING_READ_OUTS

namespace detail {

template <class T>
[[noreturn, gnu::cold, gnu::noinline]] void maker_overflow(const char* function, T value) {
    fail(function, "value overflows a double once converted to the base unit, got " + describe_value(value) +
                       " in the unit given");
}

// A number from outside (a file, a user) becomes a quantity here: it is refused when NaN or infinite,
// and when scaling it to the base unit overflows.
template <class BaseUnit, class T, class Unit>
constexpr boost::units::quantity<BaseUnit, T> make_checked(const char* function, T value, Unit unit) {
    // An integer value type would make 148500 / 100000 jobs equal 1, and overflow without a trace
    // once 5 billions are scaled to dirhams in an int.
    static_assert(!std::is_integral_v<T>,
                  "make_mad, make_usd, make_jobs...: pass a floating-point value (148500.0, not 148500); an "
                  "integer value type truncates ratios and overflows silently" OFFSHORING_SEE_TROUBLESHOOTING(
                      "makers"));
    require_finite(function, value);
    const boost::units::quantity<BaseUnit, T> result(value * unit);
    if (!is_finite(result.value())) maker_overflow(function, value);
    return result;
}

}  // namespace detail

// Checked makers: make_mad(26.22, units::billion_dirhams) is 26.22_bn_mad. Throws offshoring::domain_error
// for a NaN or infinite value or one that overflows once scaled. Negative values are accepted: a change
// of an amount, or of a number of jobs, can be negative.
template <class T, class Unit = units::dirham_unit>
constexpr mad<T> make_mad(T value, Unit unit = Unit{}) {
    static_assert(
        detail::same_dimension<Unit, units::dirham_unit>,
        "make_mad: the unit must be an amount of dirhams (dirham, thousand_dirhams, million_dirhams, "
        "billion_dirhams)" OFFSHORING_SEE_TROUBLESHOOTING("makers"));
    return detail::make_checked<units::dirham_unit>("offshoring::make_mad", value, unit);
}

template <class T, class Unit = units::us_dollar_unit>
constexpr usd<T> make_usd(T value, Unit unit = Unit{}) {
    static_assert(detail::same_dimension<Unit, units::us_dollar_unit>,
                  "make_usd: the unit must be an amount of US dollars (us_dollar, thousand_us_dollars, "
                  "million_us_dollars, billion_us_dollars)" OFFSHORING_SEE_TROUBLESHOOTING("makers"));
    return detail::make_checked<units::us_dollar_unit>("offshoring::make_usd", value, unit);
}

template <class T, class Unit = units::job_unit>
constexpr jobs<T> make_jobs(T value, Unit unit = Unit{}) {
    static_assert(detail::same_dimension<Unit, units::job_unit>,
                  "make_jobs: the unit must be a number of jobs" OFFSHORING_SEE_TROUBLESHOOTING("makers"));
    return detail::make_checked<units::job_unit>("offshoring::make_jobs", value, unit);
}

template <class T, class Unit = units::dirham_per_job_unit>
constexpr mad_per_job<T> make_mad_per_job(T value, Unit unit = Unit{}) {
    static_assert(
        detail::same_dimension<Unit, units::dirham_per_job_unit>,
        "make_mad_per_job: the unit must be dirhams per job" OFFSHORING_SEE_TROUBLESHOOTING("makers"));
    return detail::make_checked<units::dirham_per_job_unit>("offshoring::make_mad_per_job", value, unit);
}

template <class T, class Unit = units::dirham_per_us_dollar_unit>
constexpr mad_per_usd<T> make_mad_per_usd(T value, Unit unit = Unit{}) {
    static_assert(
        detail::same_dimension<Unit, units::dirham_per_us_dollar_unit>,
        "make_mad_per_usd: the unit must be dirhams per US dollar" OFFSHORING_SEE_TROUBLESHOOTING("makers"));
    return detail::make_checked<units::dirham_per_us_dollar_unit>("offshoring::make_mad_per_usd", value,
                                                                  unit);
}

namespace detail {

[[noreturn]] inline void literal_overflow(const char* literal, long double value) {
    constexpr long double largest = static_cast<long double>(std::numeric_limits<double>::max());
    fail(std::string("offshoring::literals::operator\"\"") + literal,
         "value overflows a double once converted to the base unit, got " +
             (value <= largest ? describe(static_cast<double>(value)) : std::string("more than 1.8e308")));
}

// Scaling in long double first keeps 26.22_bn_mad equal to the double nearest 2.622e10. A literal whose
// value would overflow a double is refused: at compile time in a constant expression, otherwise by a
// domain_error, never an infinity.
template <class Unit>
constexpr boost::units::quantity<Unit, double> from_literal(long double value, long double scale,
                                                            const char* literal) {
    constexpr long double largest = static_cast<long double>(std::numeric_limits<double>::max());
    if (!(value <= largest / scale)) literal_overflow(literal, value);
    return boost::units::quantity<Unit, double>::from_value(static_cast<double>(value * scale));
}

template <class Unit>
constexpr boost::units::quantity<Unit, double> from_literal(unsigned long long value, double scale) noexcept {
    // 18446744073709551615 * 1e9 is far below the largest double: nothing to check.
    return boost::units::quantity<Unit, double>::from_value(static_cast<double>(value) * scale);
}

}  // namespace detail

inline namespace literals {

constexpr mad<> operator""_bn_mad(long double v) {
    return detail::from_literal<units::dirham_unit>(v, 1e9L, "_bn_mad");
}
constexpr mad<> operator""_m_mad(long double v) {
    return detail::from_literal<units::dirham_unit>(v, 1e6L, "_m_mad");
}
constexpr mad<> operator""_k_mad(long double v) {
    return detail::from_literal<units::dirham_unit>(v, 1e3L, "_k_mad");
}
constexpr mad<> operator""_mad(long double v) {
    return detail::from_literal<units::dirham_unit>(v, 1.0L, "_mad");
}
constexpr usd<> operator""_bn_usd(long double v) {
    return detail::from_literal<units::us_dollar_unit>(v, 1e9L, "_bn_usd");
}
constexpr usd<> operator""_m_usd(long double v) {
    return detail::from_literal<units::us_dollar_unit>(v, 1e6L, "_m_usd");
}
constexpr usd<> operator""_k_usd(long double v) {
    return detail::from_literal<units::us_dollar_unit>(v, 1e3L, "_k_usd");
}
constexpr usd<> operator""_usd(long double v) {
    return detail::from_literal<units::us_dollar_unit>(v, 1.0L, "_usd");
}
constexpr jobs<> operator""_jobs(long double v) {
    return detail::from_literal<units::job_unit>(v, 1.0L, "_jobs");
}

constexpr mad<> operator""_bn_mad(unsigned long long v) noexcept {
    return detail::from_literal<units::dirham_unit>(v, 1e9);
}
constexpr mad<> operator""_m_mad(unsigned long long v) noexcept {
    return detail::from_literal<units::dirham_unit>(v, 1e6);
}
constexpr mad<> operator""_k_mad(unsigned long long v) noexcept {
    return detail::from_literal<units::dirham_unit>(v, 1e3);
}
constexpr mad<> operator""_mad(unsigned long long v) noexcept {
    return detail::from_literal<units::dirham_unit>(v, 1.0);
}
constexpr usd<> operator""_bn_usd(unsigned long long v) noexcept {
    return detail::from_literal<units::us_dollar_unit>(v, 1e9);
}
constexpr usd<> operator""_m_usd(unsigned long long v) noexcept {
    return detail::from_literal<units::us_dollar_unit>(v, 1e6);
}
constexpr usd<> operator""_k_usd(unsigned long long v) noexcept {
    return detail::from_literal<units::us_dollar_unit>(v, 1e3);
}
constexpr usd<> operator""_usd(unsigned long long v) noexcept {
    return detail::from_literal<units::us_dollar_unit>(v, 1.0);
}
constexpr jobs<> operator""_jobs(unsigned long long v) noexcept {
    return detail::from_literal<units::job_unit>(v, 1.0);
}

}  // namespace literals
}  // namespace offshoring
