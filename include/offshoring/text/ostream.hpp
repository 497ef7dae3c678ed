// offshoring/text/ostream.hpp: operator<< for periods, segments and languages, and French or English quantities.
// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
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

// The text of format(x, lang, {decimals}); the messages name the format_* function of the kind, as they
// did before the entry point.
template <class X>
std::string readable_text(const readable<X>& r) {
    const text_options options{r.decimals == default_decimals ? std::optional<int>()
                                                              : std::optional<int>(r.decimals)};
    if constexpr (std::is_same_v<X, period>) {
        return period_text("offshoring::format_period", r.value, r.lang, options);
    } else if constexpr (std::is_same_v<X, segment>) {
        return segment_text("offshoring::format_segment", r.value, r.lang, options);
    } else {
        using unit = typename X::unit_type;
        constexpr const char* function = amount_unit_of<unit>().known            ? "offshoring::format_amount"
                                         : std::is_same_v<unit, units::job_unit> ? "offshoring::format_jobs"
                                         : std::is_same_v<unit, units::dirham_per_job_unit>
                                             ? "offshoring::format_mad_per_job"
                                             : "offshoring::format_mad_per_usd";
        return quantity_text(function, r.value, r.lang, options);
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
    : std::bool_constant<is_printable_quantity_unit<Unit>> {};

template <class X>
constexpr void require_readable() {
    static_assert(
        is_streamable_quantity<X>::value || std::is_same_v<X, period> || std::is_same_v<X, segment>,
        "french()/english() take an amount of dirhams or US dollars, jobs, dirhams per job, dirhams per "
        "US dollar, a period or a segment; a plain number has no unit to be written with (use "
        "format_number, format_percent or format_growth)" OFFSHORING_SEE_TROUBLESHOOTING(
            "a-plain-number-or-a-quantity"));
}

template <class X>
constexpr void require_readable_with_decimals() {
    require_readable<X>();
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
    detail::require_readable<X>();
    return {value, language::fr, detail::default_decimals};
}

template <class X>
detail::readable<X> french(const X& value, int decimals) {
    detail::require_readable_with_decimals<X>();
    return {value, language::fr, decimals};
}

template <class X>
detail::readable<X> english(const X& value) {
    detail::require_readable<X>();
    return {value, language::en, detail::default_decimals};
}

template <class X>
detail::readable<X> english(const X& value, int decimals) {
    detail::require_readable_with_decimals<X>();
    return {value, language::en, decimals};
}

}  // namespace offshoring
