// offshoring/text/period.hpp: reporting periods as French or English words.
// SPDX-License-Identifier: MIT
#pragma once

#include <array>
#include <string>
#include <string_view>

#include <offshoring/calendar/period.hpp>
#include <offshoring/text/number.hpp>

namespace offshoring {
namespace detail {

inline std::string four_digit_year(int year) {
    return {static_cast<char>('0' + year / 1000), static_cast<char>('0' + year / 100 % 10),
            static_cast<char>('0' + year / 10 % 10), static_cast<char>('0' + year % 10)};
}

inline std::string_view month_name(int month, language lang) {
    constexpr std::array<std::string_view, 12> french = {
        "janvier", "f\u00e9vrier", "mars",      "avril",   "mai",      "juin",
        "juillet", "ao\u00fbt",    "septembre", "octobre", "novembre", "d\u00e9cembre"};
    constexpr std::array<std::string_view, 12> english = {"January",   "February", "March",    "April",
                                                          "May",       "June",     "July",     "August",
                                                          "September", "October",  "November", "December"};
    const auto i = static_cast<std::size_t>(month - 1);
    return lang == language::fr ? french[i] : english[i];
}

inline std::string month_and_year(date::year_month m, language lang) {
    return std::string(month_name(static_cast<int>(static_cast<unsigned>(m.month())), lang)) + ' ' +
           four_digit_year(static_cast<int>(m.year()));
}

inline std::string format_run(period p, language lang) {
    const bool french = lang == language::fr;
    const int first_year = p.year();
    const int last_year = static_cast<int>(p.last().year());
    if (p.first().month() == date::January && p.last().month() == date::December) {
        if (french) return "de " + four_digit_year(first_year) + " \u00e0 " + four_digit_year(last_year);
        return four_digit_year(first_year) + " to " + four_digit_year(last_year);
    }
    if (p.first().month() == date::January && first_year == last_year) {
        if (french) return "\u00e0 fin " + month_and_year(p.last(), lang);
        return std::string(month_name(1, lang)) + " to " + month_and_year(p.last(), lang);
    }
    const std::string from =
        first_year == last_year
            ? std::string(month_name(static_cast<int>(static_cast<unsigned>(p.first().month())), lang))
            : month_and_year(p.first(), lang);
    if (french) return "de " + from + " \u00e0 " + month_and_year(p.last(), lang);
    return from + " to " + month_and_year(p.last(), lang);
}

}  // namespace detail

// A period as a reader expects it:
//   full, French:          "2024", "premier semestre 2025", "second semestre 2025", "troisième trimestre 2025",
//                          "mars 2025"
//   abbreviated, French:   "2024", "S1 2025", "T3 2025", "mars 2025"
//   full, English:         "2024", "first half of 2025", "third quarter of 2025", "March 2025"
//   abbreviated, English:  "2024", "H1 2025", "Q3 2025", "March 2025"
// French "second semestre" rather than "deuxième": there are only two. Lower-case months in French,
// capitals in English. Years below 1000 keep four digits, as to_string(period) writes them.
inline std::string format_period(period p, language lang, form style = form::full) {
    if (!p.is_named()) return detail::format_run(p, lang);
    std::string year = detail::four_digit_year(p.year());
    const int i = p.index();
    const bool french = lang == language::fr;
    switch (p.kind()) {
        case period_kind::year:
            return year;
        case period_kind::month:
            return std::string(detail::month_name(i, lang)) + ' ' + year;
        case period_kind::half:
            if (style == form::abbreviated) return (french ? "S" : "H") + std::to_string(i) + ' ' + year;
            if (french) return (i == 1 ? "premier semestre " : "second semestre ") + year;
            return (i == 1 ? "first half of " : "second half of ") + year;
        case period_kind::quarter: {
            if (style == form::abbreviated) return (french ? "T" : "Q") + std::to_string(i) + ' ' + year;
            constexpr std::array<std::string_view, 4> french_ordinals = {"premier", "deuxi\u00e8me",
                                                                         "troisi\u00e8me", "quatri\u00e8me"};
            constexpr std::array<std::string_view, 4> english_ordinals = {"first", "second", "third",
                                                                          "fourth"};
            const auto n = static_cast<std::size_t>(i - 1);
            if (french) return std::string(french_ordinals[n]) + " trimestre " + year;
            return std::string(english_ordinals[n]) + " quarter of " + year;
        }
    }
    return year;
}

}  // namespace offshoring
