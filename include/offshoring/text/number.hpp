// offshoring/text/number.hpp: numbers as French or English text, fixed decimals, never scientific notation.
// SPDX-License-Identifier: MIT
#pragma once

#include <array>
#include <charconv>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <system_error>

#include <offshoring/detail/error.hpp>
#include <offshoring/text/language.hpp>

namespace offshoring {

// How thousands are separated, and (in French) what sits between a number and "%" or "pts".
//   ascii:       French "148 500" and "40,3 %" with U+0020; English "148,500".
//   typographic: French with U+202F NARROW NO-BREAK SPACE, as French typography asks, so that a line
//                never breaks inside a number; English unchanged ("148,500").
//   none:        no thousands separator in either language ("148500"); the French space before "%" stays
//                U+0020.
// ascii is the default: it is what the source articles print, and it keeps one byte per column, so that
// tables line up in a terminal and std::string::size() is the width on screen.
enum class grouping { ascii, typographic, none };

// Words or abbreviations: "26,2 milliards de dirhams" or "26,2 Mds DH", "premier semestre 2025" or
// "S1 2025", "gestion de la relation client" or "CRM".
enum class form { full, abbreviated };

// How a plain number reads: as itself, or as a fraction shown in percent (0.403 is "40,3 %"), a growth
// rate, always signed ("+3,5 %"), or a change in percentage points (2.1 is "+2,1 pts").
enum class shown_as { number, percent, growth, points };

// The scale an amount is written in: chosen from its size, or named.
enum class amount_scale { automatic, ones, thousands, millions, billions };

// Everything format(x, lang, options) can be told; every field has a default, so that format(x, lang)
// and format(x, lang, {1}) read alone. An option that does not apply to the value (decimals for a
// period, a scale for jobs) is refused rather than ignored.
struct text_options {
    std::optional<int> decimals{};  // unset: the default of the kind of value (docs/reference/format.md)
    shown_as as = shown_as::number;
    form style = form::full;
    grouping group = grouping::ascii;
    amount_scale scale = amount_scale::automatic;
};

namespace detail {

inline constexpr int max_decimals = 12;

// A number as decimal digits: the value is digits[0, integer_digits) "." digits[integer_digits, end),
// negated when negative. Built from the exact value of a double, so scaling by a power of ten is a move of
// the decimal point and never a rounding.
struct decimal_digits {
    bool negative = false;
    std::string digits;
    int integer_digits = 0;
};

// The exact decimal expansion of a finite double. A double is m * 2^e: it has exactly max(0, -e) digits
// after the decimal point (once the trailing zero bits of m are dropped), so asking to_chars for that
// many digits makes it print the value itself, not a rounding of it.
inline decimal_digits exact_digits(double value) {
    decimal_digits result;
    result.negative = std::signbit(value);
    const double magnitude = std::fabs(value);
    int fraction_digits = 0;
    if (magnitude != 0.0) {
        int exponent = 0;
        const double mantissa = std::frexp(magnitude, &exponent);
        auto bits = static_cast<std::uint64_t>(std::ldexp(mantissa, 53));
        int binary_exponent = exponent - 53;
        while ((bits & 1U) == 0U) {
            bits >>= 1U;
            ++binary_exponent;
        }
        fraction_digits = binary_exponent < 0 ? -binary_exponent : 0;
    }
    // 309 integer digits at most, 1074 fraction digits at most (the smallest subnormal), and a point.
    std::array<char, 1400> buffer{};
    const auto printed = std::to_chars(buffer.data(), buffer.data() + buffer.size(), magnitude,
                                       std::chars_format::fixed, fraction_digits);
    const std::string_view text(buffer.data(), static_cast<std::size_t>(printed.ptr - buffer.data()));
    const std::size_t point = text.find('.');
    if (point == std::string_view::npos) {
        result.digits.assign(text);
        result.integer_digits = static_cast<int>(text.size());
    } else {
        result.digits.assign(text.substr(0, point));
        result.digits.append(text.substr(point + 1));
        result.integer_digits = static_cast<int>(point);
    }
    return result;
}

// Multiplies by 10^power, exactly: 0.403 becomes 40.3 for a percentage, 26220000000 becomes 26.22 for
// billions, with no binary rounding on the way.
inline void shift_point(decimal_digits& number, int power) { number.integer_digits += power; }

// Rounds half away from zero at the given number of decimals, on the exact digits: 0.125 at two decimals
// is an exact tie and gives 0.13, where printf and to_chars round ties to even and give 0.12. Leaves at
// least one integer digit and no leading zero, and clears the sign of a result that is zero, so that
// "-0,0" is never printed.
inline void round_half_away(decimal_digits& number, int decimals) {
    std::string& d = number.digits;
    if (number.integer_digits < 1) {
        d.insert(0, static_cast<std::size_t>(1 - number.integer_digits), '0');
        number.integer_digits = 1;
    }
    if (static_cast<int>(d.size()) < number.integer_digits)
        d.append(static_cast<std::size_t>(number.integer_digits) - d.size(), '0');
    const std::size_t keep =
        static_cast<std::size_t>(number.integer_digits) + static_cast<std::size_t>(decimals);
    bool round_up = false;
    if (d.size() > keep) {
        round_up = d[keep] >= '5';
        d.resize(keep);
    } else {
        d.append(keep - d.size(), '0');
    }
    if (round_up) {
        std::size_t i = keep;
        while (i > 0 && d[i - 1] == '9')
            d[--i] = '0';
        if (i == 0) {
            d.insert(d.begin(), '1');
            ++number.integer_digits;
        } else {
            ++d[i - 1];
        }
    }
    std::size_t leading = 0;
    while (leading + 1 < static_cast<std::size_t>(number.integer_digits) && d[leading] == '0')
        ++leading;
    d.erase(0, leading);
    number.integer_digits -= static_cast<int>(leading);
    if (d.find_first_not_of('0') == std::string::npos) number.negative = false;
}

inline std::string_view thousands_separator(language lang, grouping group) {
    if (group == grouping::none) return "";
    if (lang == language::en) return ",";
    return group == grouping::typographic ? "\u202F" : " ";
}

// What French puts between a number and "%" or "pts"; English writes "40.3%" and "+2.1 pp" itself.
inline std::string_view french_unit_space(grouping group) {
    return group == grouping::typographic ? "\u202F" : " ";
}

enum class sign_shown { negative_only, always };

inline void require_decimals(std::string_view function, int decimals) {
    if (decimals < 0 || decimals > max_decimals)
        fail(function, "decimals must be in 0..12, got " + describe(decimals));
}

inline void require_finite(std::string_view function, double value) {
    if (!std::isfinite(value)) fail(function, "value must be finite, got " + describe(value));
}

// Checks the arguments, then returns value * 10^power rounded at `decimals`.
inline decimal_digits rounded(std::string_view function, double value, int power, int decimals) {
    require_finite(function, value);
    require_decimals(function, decimals);
    decimal_digits number = exact_digits(value);
    shift_point(number, power);
    round_half_away(number, decimals);
    return number;
}

inline bool is_zero(const decimal_digits& number) {
    return number.digits.find_first_not_of('0') == std::string::npos;
}

// Plural rules read the number as printed, not the unrounded value. English takes the singular for
// exactly "1" ("1 job", but "1.0 jobs" and "0 jobs"); French for whatever is below 2 ("0 emploi",
// "1,5 milliard", "2 milliards").
inline bool english_singular(const decimal_digits& number) {
    return number.integer_digits == 1 && number.digits == "1";
}

inline bool french_singular(const decimal_digits& number) {
    return number.integer_digits == 1 && (number.digits[0] == '0' || number.digits[0] == '1');
}

inline bool singular(const decimal_digits& number, language lang) {
    return lang == language::fr ? french_singular(number) : english_singular(number);
}

// Writes a rounded number with the separators of the language. A zero has no sign, even under
// sign_shown::always: a sign would claim a direction that the printed figure does not show.
inline std::string render(const decimal_digits& number, language lang, grouping group,
                          sign_shown sign = sign_shown::negative_only) {
    std::string text;
    if (number.negative)
        text += '-';
    else if (sign == sign_shown::always && !is_zero(number))
        text += '+';
    const std::string_view separator = thousands_separator(lang, group);
    const auto integer_digits = static_cast<std::size_t>(number.integer_digits);
    for (std::size_t i = 0; i < integer_digits; ++i) {
        if (i > 0 && (integer_digits - i) % 3 == 0) text += separator;
        text += number.digits[i];
    }
    if (number.digits.size() > integer_digits) {
        text += lang == language::fr ? ',' : '.';
        text.append(number.digits, integer_digits, std::string::npos);
    }
    return text;
}

inline std::string percent_text(const char* function, double fraction, int decimals, language lang,
                                grouping group, sign_shown sign) {
    // Multiplying by 100 moves the decimal point of the exact value: 0.0345 gives the 3.4500000000000000288...
    // it stands for, where 0.0345 * 100 in double arithmetic would give 3.4500000000000001776...
    const std::string figure = render(rounded(function, fraction, 2, decimals), lang, group, sign);
    if (lang == language::fr) return figure + std::string(french_unit_space(group)) + '%';
    return figure + '%';
}

inline std::string points_text(const char* function, double points, int decimals, language lang,
                               grouping group) {
    const decimal_digits number = rounded(function, points, 0, decimals);
    const std::string figure = render(number, lang, group, sign_shown::always);
    if (lang == language::fr)
        return figure + std::string(french_unit_space(group)) + (french_singular(number) ? "pt" : "pts");
    return figure + " pp";
}

[[noreturn]] inline void option_not_for(const char* function, const char* option, const char* value) {
    fail(function, std::string(option) + " cannot be given for " + value);
}

constexpr int decimals_or(const text_options& options, int fallback) noexcept {
    return options.decimals ? *options.decimals : fallback;
}

// As many decimals as the shortest text that reads back as the same double, at most 12: 0.1 is "0.1",
// 1234567.891 is "1,234,567.891", 1e20 is "100,000,000,000,000,000,000".
inline int shortest_decimals(const char* function, double value) {
    require_finite(function, value);
    std::array<char, 400> buffer{};
    const auto printed =
        std::to_chars(buffer.data(), buffer.data() + buffer.size(), value, std::chars_format::fixed);
    const std::string_view text(buffer.data(), static_cast<std::size_t>(printed.ptr - buffer.data()));
    const std::size_t point = text.find('.');
    if (point == std::string_view::npos) return 0;
    const auto fraction_digits = static_cast<int>(text.size() - point - 1);
    return fraction_digits < max_decimals ? fraction_digits : max_decimals;
}

// A plain number as options.as says; `function` names the public function in error messages.
inline std::string number_text(const char* function, double value, language lang,
                               const text_options& options) {
    if (options.scale != amount_scale::automatic) option_not_for(function, "a scale", "a plain number");
    switch (options.as) {
        case shown_as::percent:
            return percent_text(function, value, decimals_or(options, 1), lang, options.group,
                                sign_shown::negative_only);
        case shown_as::growth:
            return percent_text(function, value, decimals_or(options, 1), lang, options.group,
                                sign_shown::always);
        case shown_as::points:
            return points_text(function, value, decimals_or(options, 1), lang, options.group);
        case shown_as::number:
            break;
    }
    const int decimals = options.decimals ? *options.decimals : shortest_decimals(function, value);
    return render(rounded(function, value, 0, decimals), lang, options.group);
}

}  // namespace detail

// The one text entry point: format(x, lang, options) writes every printable value of the library, each
// kind in the header of its kind (number.hpp: plain numbers; quantity.hpp: amounts, jobs and rates;
// period.hpp; segment.hpp; published/interval_arithmetic.hpp: intervals and verdicts).
//
// A plain number: format(1234567.891, language::fr) is "1 234 567,891" (by default the shortest text that
// reads back, at most 12 decimals); format(0.403, language::fr, {1, shown_as::percent}) is "40,3 %",
// {1, shown_as::growth} gives "+40,3 %", and 2.1 with {1, shown_as::points} "+2,1 pts". Percentages,
// growth and points default to one decimal.
// Throws offshoring::domain_error for a value that is not finite, decimals outside 0..12, or a scale.
inline std::string format(double value, language lang, const text_options& options = {}) {
    return detail::number_text("offshoring::format", value, lang, options);
}

// The value rounded half away from zero at `decimals` (0..12), in fixed notation whatever its size:
// format_number(1e20, 0, language::en) is "100,000,000,000,000,000,000" and format_number(1e-7, 2,
// language::fr) is "0,00". The rounding is of the double's exact binary value: 0.0345 is stored as
// 0.034500000000000002886..., so it rounds up at three decimals. French: decimal comma, thousands
// separated by a space; English: decimal point, thousands separated by commas.
// Throws offshoring::domain_error for a NaN or infinite value, or decimals outside 0..12.
inline std::string format_number(double value, int decimals, language lang,
                                 grouping group = grouping::ascii) {
    return detail::number_text("offshoring::format_number", value, lang,
                               {decimals, shown_as::number, form::full, group});
}

}  // namespace offshoring
