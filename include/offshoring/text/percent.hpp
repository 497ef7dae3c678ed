// offshoring/text/percent.hpp: shares, growth rates and percentage-point changes as French or English text.
// SPDX-License-Identifier: MIT
#pragma once

#include <string>

#include <offshoring/text/number.hpp>

namespace offshoring {
namespace detail {

inline std::string percent_text(const char* function, double fraction, int decimals, language lang,
                                grouping group, sign_shown sign) {
    // Multiplying by 100 moves the decimal point of the exact value: 0.0345 gives the 3.4500000000000000288...
    // it stands for, where 0.0345 * 100 in double arithmetic would give 3.4500000000000001776...
    const std::string figure = render(rounded(function, fraction, 2, decimals), lang, group, sign);
    if (lang == language::fr) return figure + std::string(french_unit_space(group)) + '%';
    return figure + '%';
}

}  // namespace detail

// A fraction as a percentage: 0.403 at one decimal is "40,3 %" in French (a space before the sign, as
// French typography asks) and "40.3%" in English. The argument is the fraction, not the percentage, as
// every function of metrics.hpp returns it. A negative fraction prints with '-'.
// Throws offshoring::domain_error for a value that is not finite or decimals outside 0..12.
inline std::string format_percent(double fraction, int decimals, language lang,
                                  grouping group = grouping::ascii) {
    return detail::percent_text("offshoring::format_percent", fraction, decimals, lang, group,
                                detail::sign_shown::negative_only);
}

// A growth rate, always signed so that the direction reads at a glance: 0.035 is "+3,5 %" / "+3.5%",
// -0.002 is "-0,2 %" / "-0.2%". A rate that rounds to zero prints "0,0 %", with no sign.
inline std::string format_growth(double fraction, int decimals, language lang,
                                 grouping group = grouping::ascii) {
    return detail::percent_text("offshoring::format_growth", fraction, decimals, lang, group,
                                detail::sign_shown::always);
}

// A change of a share, in percentage points (2.1, not 0.021: the unit percentage_point_change returns),
// always signed: "+2,1 pts" / "+2.1 pp". French "pt" below 2 as with any French noun ("+1,5 pt"), English
// "pp" throughout.
inline std::string format_points(double points, int decimals, language lang,
                                 grouping group = grouping::ascii) {
    const detail::decimal_digits number = detail::rounded("offshoring::format_points", points, 0, decimals);
    const std::string figure = detail::render(number, lang, group, detail::sign_shown::always);
    if (lang == language::fr)
        return figure + std::string(detail::french_unit_space(group)) +
               (detail::french_singular(number) ? "pt" : "pts");
    return figure + " pp";
}

}  // namespace offshoring
