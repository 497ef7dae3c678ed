// offshoring/text/ostream.hpp: operator<< for periods, segments and languages, and French or English quantities.
// SPDX-License-Identifier: MIT
#pragma once

#include <ostream>
#include <string>
#include <type_traits>

#include <boost/units/quantity.hpp>

#include <offshoring/calendar/period.hpp>
#include <offshoring/calendar/period_text.hpp>
#include <offshoring/detail/troubleshooting.hpp>
#include <offshoring/quantity/units.hpp>
#include <offshoring/segment/segment.hpp>
#include <offshoring/text/number.hpp>
#include <offshoring/text/percent.hpp>
#include <offshoring/text/period.hpp>
#include <offshoring/text/quantity.hpp>
#include <offshoring/text/segment.hpp>

namespace offshoring {

// The canonical text, 2025-H1, which parse_period reads back: a log line or a test failure names the
// period without choosing a language. For words, stream french(p) or english(p).
inline std::ostream& operator<<(std::ostream& os, period p) { return os << to_string(p); }

// The acronym, the same in both languages.
inline std::ostream& operator<<(std::ostream& os, segment s) { return os << acronym(s); }

inline std::ostream& operator<<(std::ostream& os, language lang) {
    return os << (lang == language::fr ? "fr" : "en");
}

namespace detail {

// A value with the language to write it in. There is deliberately no operator<< for quantities
// themselves: <boost/units/io.hpp> already declares one (which prints "2.622e+10 MAD"), and a second one
// would make `os << amount` ambiguous in any program that includes both.
template <class X>
struct readable {
    X value;
    language lang;
    int decimals;  // -1: the default of the kind of value
};

inline constexpr int default_decimals = -1;

template <class X>
std::string readable_text(const readable<X>& r) {
    const auto pick = [&](int fallback) { return r.decimals == default_decimals ? fallback : r.decimals; };
    if constexpr (std::is_same_v<X, period>) {
        return format_period(r.value, r.lang);
    } else if constexpr (std::is_same_v<X, segment>) {
        return format_segment(r.value, r.lang);
    } else {
        using unit = typename X::unit_type;
        if constexpr (amount_unit_of<unit>().known)
            return format_amount(r.value, pick(1), r.lang);
        else if constexpr (std::is_same_v<unit, units::job_unit>)
            return format_jobs(r.value, pick(0), r.lang);
        else if constexpr (std::is_same_v<unit, units::dirham_per_job_unit>)
            return format_mad_per_job(r.value, pick(0), r.lang);
        else
            return format_mad_per_usd(r.value, pick(2), r.lang);
    }
}

template <class X>
std::ostream& operator<<(std::ostream& os, const readable<X>& r) {
    return os << readable_text(r);
}

template <class X>
struct is_streamable_quantity : std::false_type {};
template <class Unit, class T>
struct is_streamable_quantity<boost::units::quantity<Unit, T>>
    : std::bool_constant<amount_unit_of<Unit>().known || std::is_same_v<Unit, units::job_unit> ||
                         std::is_same_v<Unit, units::dirham_per_job_unit> ||
                         std::is_same_v<Unit, units::dirham_per_us_dollar_unit>> {};

template <class X>
constexpr void check_readable() {
    static_assert(
        is_streamable_quantity<X>::value || std::is_same_v<X, period> || std::is_same_v<X, segment>,
        "french()/english() take an amount of dirhams or US dollars, jobs, dirhams per job, dirhams per "
        "US dollar, a period or a segment; a plain number has no unit to be written with (use "
        "format_number, format_percent or format_growth)" OFFSHORING_SEE_TROUBLESHOOTING(
            "a-plain-number-or-a-quantity"));
}

template <class X>
constexpr void check_readable_with_decimals() {
    check_readable<X>();
    static_assert(
        is_streamable_quantity<X>::value,
        "french()/english(): a period or a segment has no decimals" OFFSHORING_SEE_TROUBLESHOOTING("text"));
}

}  // namespace detail

// std::cout << french(26.22_bn_mad) prints "26,2 milliards de dirhams"; english(...) "26.2 billion dirhams".
// Defaults: amounts in the scale format_amount picks, one decimal; jobs and dirhams per job whole; dirhams
// per dollar two decimals; periods and segments in full words. Give decimals to choose: french(x, 2).
// The text is built when streamed, so decimals outside 0..12 or a value that is not finite throw
// offshoring::domain_error from operator<<.
template <class X>
detail::readable<X> french(const X& value) {
    detail::check_readable<X>();
    return {value, language::fr, detail::default_decimals};
}

template <class X>
detail::readable<X> french(const X& value, int decimals) {
    detail::check_readable_with_decimals<X>();
    return {value, language::fr, decimals};
}

template <class X>
detail::readable<X> english(const X& value) {
    detail::check_readable<X>();
    return {value, language::en, detail::default_decimals};
}

template <class X>
detail::readable<X> english(const X& value, int decimals) {
    detail::check_readable_with_decimals<X>();
    return {value, language::en, decimals};
}

}  // namespace offshoring
