// offshoring/text/quantity.hpp: amounts of dirhams and dollars, jobs and rates as French or English text.
// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>
#include <type_traits>

#include <boost/units/quantity.hpp>

#include <offshoring/detail/troubleshooting.hpp>
#include <offshoring/quantity/units.hpp>
#include <offshoring/text/number.hpp>

namespace offshoring {
namespace detail {

enum class currency { dirham, us_dollar };

// What the text needs to know of an amount's unit: its currency, and the power of ten it counts in.
struct amount_unit_info {
    bool known = false;
    currency money = currency::dirham;
    int power = 0;
};

template <class Unit>
constexpr amount_unit_info amount_unit_of() noexcept {
    using U = std::remove_cv_t<Unit>;
    if constexpr (std::is_same_v<U, units::dirham_unit>)
        return {true, currency::dirham, 0};
    else if constexpr (std::is_same_v<U, units::thousand_dirham_unit>)
        return {true, currency::dirham, 3};
    else if constexpr (std::is_same_v<U, units::million_dirham_unit>)
        return {true, currency::dirham, 6};
    else if constexpr (std::is_same_v<U, units::billion_dirham_unit>)
        return {true, currency::dirham, 9};
    else if constexpr (std::is_same_v<U, units::us_dollar_unit>)
        return {true, currency::us_dollar, 0};
    else if constexpr (std::is_same_v<U, units::thousand_us_dollar_unit>)
        return {true, currency::us_dollar, 3};
    else if constexpr (std::is_same_v<U, units::million_us_dollar_unit>)
        return {true, currency::us_dollar, 6};
    else if constexpr (std::is_same_v<U, units::billion_us_dollar_unit>)
        return {true, currency::us_dollar, 9};
    else
        return {};
}

template <class T>
constexpr double as_double(const T& value) {
    static_assert(std::is_arithmetic_v<T>,
                  "offshoring formatting prints quantities whose value type is a built-in "
                  "number" OFFSHORING_SEE_TROUBLESHOOTING("text"));
    return static_cast<double>(value);
}

// "milliards de dirhams", "Mds DH", "billion dirhams", "bn": what follows (or, for the English
// abbreviation, surrounds) the number.
inline std::string amount_text(const decimal_digits& number, int power, currency money, language lang,
                               form style, grouping group) {
    const std::string figure = render(number, lang, group);
    const bool one = singular(number, lang);
    const bool dirham = money == currency::dirham;
    if (lang == language::fr) {
        if (style == form::abbreviated) {
            const char* scale = power == 9   ? (one ? "Md " : "Mds ")
                                : power == 6 ? "M "
                                : power == 3 ? "k "
                                             : "";
            return figure + ' ' + scale + (dirham ? "DH" : "USD");
        }
        if (power == 0)
            return figure + ' ' + (dirham ? (one ? "dirham" : "dirhams") : (one ? "dollar" : "dollars"));
        const char* scale = power == 9   ? (one ? "milliard" : "milliards")
                            : power == 6 ? (one ? "million" : "millions")
                                         : (one ? "millier" : "milliers");
        return figure + ' ' + scale + (dirham ? " de dirhams" : " de dollars");
    }
    if (style == form::abbreviated) {
        const char* scale = power == 9 ? " bn" : power == 6 ? " mn" : power == 3 ? " k" : "";
        return std::string(dirham ? "MAD " : "USD ") + figure + scale;
    }
    if (power == 0)
        return figure + ' ' + (dirham ? (one ? "dirham" : "dirhams") : (one ? "dollar" : "dollars"));
    const char* scale = power == 9 ? " billion" : power == 6 ? " million" : " thousand";
    return figure + scale + (dirham ? " dirhams" : " dollars");
}

// Billions from 10^9, millions from 10^6, plain units below: the scales the press writes in (it says
// "5 000 dirhams", not "5 milliers de dirhams"). Decided on the printed figure, so that 999 999 999.96
// dirhams at one decimal is "1,0 milliard", never "1 000,0 millions".
inline std::string automatic_amount_text(const char* function, double value, int own_power, int decimals,
                                         currency money, language lang, form style, grouping group) {
    require_finite(function, value);
    require_decimals(function, decimals);
    decimal_digits exact = exact_digits(value);
    shift_point(exact, own_power);
    const std::size_t first_significant = exact.digits.find_first_not_of('0');
    const int significant_integer_digits = first_significant == std::string::npos
                                               ? 0
                                               : exact.integer_digits - static_cast<int>(first_significant);
    int power = significant_integer_digits > 9 ? 9 : significant_integer_digits > 6 ? 6 : 0;
    decimal_digits number = rounded(function, value, own_power - power, decimals);
    if (power < 9) {
        const int next = power == 6 ? 9 : 6;
        if (number.integer_digits > next - power) {
            power = next;
            number = rounded(function, value, own_power - power, decimals);
        }
    }
    return amount_text(number, power, money, lang, style, group);
}

constexpr int power_of(amount_scale scale) noexcept {
    switch (scale) {
        case amount_scale::thousands:
            return 3;
        case amount_scale::millions:
            return 6;
        case amount_scale::billions:
            return 9;
        case amount_scale::automatic:
        case amount_scale::ones:
            break;
    }
    return 0;
}

template <class ScaleUnit>
constexpr amount_scale scale_of() noexcept {
    constexpr int power = amount_unit_of<ScaleUnit>().power;
    return power == 9   ? amount_scale::billions
           : power == 6 ? amount_scale::millions
           : power == 3 ? amount_scale::thousands
                        : amount_scale::ones;
}

template <class Unit>
inline constexpr bool is_printable_quantity_unit =
    amount_unit_of<Unit>().known
    || std::is_same_v<Unit, units::job_unit> || std::is_same_v<Unit, units::dirham_per_job_unit> ||
    std::is_same_v<Unit, units::dirham_per_us_dollar_unit>;

// "176 566 dirhams par emploi", "9,36 DH par USD": dirhams per job or per dollar.
inline std::string dirhams_per_text(const decimal_digits& number, bool per_job, language lang, form style,
                                    grouping group) {
    const std::string figure = render(number, lang, group);
    if (lang == language::fr) {
        const char* per = per_job ? " par emploi" : (style == form::abbreviated ? " par USD" : " par dollar");
        if (style == form::abbreviated) return figure + " DH" + per;
        return figure + (french_singular(number) ? " dirham" : " dirhams") + per;
    }
    const char* per = per_job ? " per job" : (style == form::abbreviated ? " per USD" : " per dollar");
    if (style == form::abbreviated) return "MAD " + figure + per;
    return figure + (english_singular(number) ? " dirham" : " dirhams") + per;
}

// A quantity as options say; `function` names the public function in error messages. Defaults: amounts
// one decimal in the scale chosen from their size, jobs and dirhams per job whole, dirhams per dollar two
// decimals.
template <class Unit, class T>
std::string quantity_text(const char* function, const boost::units::quantity<Unit, T>& q, language lang,
                          const text_options& options) {
    static_assert(
        is_printable_quantity_unit<Unit>,
        "offshoring::format: the quantity must be an amount of dirhams or US dollars, jobs, dirhams "
        "per job or dirhams per US dollar" OFFSHORING_SEE_TROUBLESHOOTING("text"));
    if (options.as != shown_as::number)
        option_not_for(function, "shown_as", "a quantity, which has its unit");
    const double value = as_double(q.value());
    if constexpr (amount_unit_of<Unit>().known) {
        constexpr amount_unit_info from = amount_unit_of<Unit>();
        const int decimals = decimals_or(options, 1);
        if (options.scale == amount_scale::automatic)
            return automatic_amount_text(function, value, from.power, decimals, from.money, lang,
                                         options.style, options.group);
        const int to_power = power_of(options.scale);
        const decimal_digits number = rounded(function, value, from.power - to_power, decimals);
        return amount_text(number, to_power, from.money, lang, options.style, options.group);
    } else {
        if (options.scale != amount_scale::automatic)
            option_not_for(function, "a scale", "jobs or a rate; only an amount has one");
        if constexpr (std::is_same_v<Unit, units::job_unit>) {
            const decimal_digits number = rounded(function, value, 0, decimals_or(options, 0));
            const bool one = singular(number, lang);
            const char* noun =
                lang == language::fr ? (one ? " emploi" : " emplois") : (one ? " job" : " jobs");
            return render(number, lang, options.group) + noun;
        } else {
            constexpr bool per_job = std::is_same_v<Unit, units::dirham_per_job_unit>;
            const decimal_digits number = rounded(function, value, 0, decimals_or(options, per_job ? 0 : 2));
            return dirhams_per_text(number, per_job, lang, options.style, options.group);
        }
    }
}

}  // namespace detail

// An amount, jobs or a rate as the press writes them (the tables of docs/reference/format.md):
//   format(26.22_bn_mad, language::fr)                                   "26,2 milliards de dirhams"
//   format(26.22_bn_mad, language::en, {1, {}, form::abbreviated})       "MAD 26.2 bn"
//   format(48_m_mad, language::fr, {0, {}, {}, {}, amount_scale::billions})  "0 milliard de dirhams"
//   format(148500_jobs, language::en)                                    "148,500 jobs"
// Throws offshoring::domain_error for a value that is not finite, decimals outside 0..12, shown_as other
// than number, or a scale for anything but an amount.
template <class Unit, class T>
std::string format(const boost::units::quantity<Unit, T>& q, language lang,
                   const text_options& options = {}) {
    return detail::quantity_text("offshoring::format", q, lang, options);
}

// An amount of dirhams or US dollars in the scale named by a unit object:
//   format_amount(26.22_bn_mad, units::billion_dirhams, 1, language::fr)   "26,2 milliards de dirhams"
//   ... form::abbreviated                                                  "26,2 Mds DH"
//   format_amount(26.22_bn_mad, units::billion_dirhams, 1, language::en)   "26.2 billion dirhams"
//   ... form::abbreviated                                                  "MAD 26.2 bn"
//   format_amount(48_m_mad, units::million_dirhams, 0, language::fr)       "48 millions de dirhams"
//   format_amount(2.8_bn_usd, units::billion_us_dollars, 1, language::fr)  "2,8 milliards de dollars"
// The scale is a power of ten applied to the exact stored value, so 1 005 000 000 dirhams at two decimals in
// billions is the tie 1.005 and prints "1,01". French singular below 2 ("1,5 milliard de dirhams"); French
// abbreviations Md/Mds (milliard), M (million), k (millier); English bn, mn, k.
// Throws offshoring::domain_error for a value that is not finite or decimals outside 0..12.
template <class Unit, class T, class ScaleUnit>
std::string format_amount(const boost::units::quantity<Unit, T>& amount, ScaleUnit scale, int decimals,
                          language lang, form style = form::full, grouping group = grouping::ascii) {
    constexpr detail::amount_unit_info from = detail::amount_unit_of<Unit>();
    constexpr detail::amount_unit_info to = detail::amount_unit_of<ScaleUnit>();
    static_assert(from.known,
                  "format_amount: the quantity must be an amount of dirhams or US dollars (use format_jobs "
                  "for jobs)" OFFSHORING_SEE_TROUBLESHOOTING("text"));
    static_assert(to.known,
                  "format_amount: the scale must be a unit object of units.hpp such as "
                  "units::billion_dirhams" OFFSHORING_SEE_TROUBLESHOOTING("text"));
    static_assert(
        from.money == to.money,
        "format_amount: the scale is in another currency than the amount (dirhams and US dollars have "
        "no fixed rate; convert with an exchange_rate first)" OFFSHORING_SEE_TROUBLESHOOTING("text"));
    (void)scale;
    return detail::quantity_text("offshoring::format_amount", amount, lang,
                                 {decimals, shown_as::number, style, group, detail::scale_of<ScaleUnit>()});
}

// The same with the scale chosen from the size of the amount: billions from one billion, millions from one
// million, plain dirhams or dollars below; a figure that rounds up to the next scale moves into it.
template <class Unit, class T>
std::string format_amount(const boost::units::quantity<Unit, T>& amount, int decimals, language lang,
                          form style = form::full, grouping group = grouping::ascii) {
    constexpr detail::amount_unit_info from = detail::amount_unit_of<Unit>();
    static_assert(from.known,
                  "format_amount: the quantity must be an amount of dirhams or US dollars (use format_jobs "
                  "for jobs)" OFFSHORING_SEE_TROUBLESHOOTING("text"));
    return detail::quantity_text("offshoring::format_amount", amount, lang,
                                 {decimals, shown_as::number, style, group, amount_scale::automatic});
}

// "148 500 emplois" / "148,500 jobs"; "1 emploi" / "1 job". Whole jobs unless decimals are given (an average
// or a projection can have a fraction of a job).
template <class T>
std::string format_jobs(const jobs<T>& count, int decimals, language lang, grouping group = grouping::ascii) {
    return detail::quantity_text("offshoring::format_jobs", count, lang,
                                 {decimals, shown_as::number, form::full, group});
}

template <class T>
std::string format_jobs(const jobs<T>& count, language lang, grouping group = grouping::ascii) {
    return format_jobs(count, 0, lang, group);
}

// "176 566 dirhams par emploi" / "176,566 dirhams per job"; abbreviated "176 566 DH par emploi" /
// "MAD 176,566 per job".
template <class T>
std::string format_mad_per_job(const mad_per_job<T>& rate, int decimals, language lang,
                               form style = form::full, grouping group = grouping::ascii) {
    return detail::quantity_text("offshoring::format_mad_per_job", rate, lang,
                                 {decimals, shown_as::number, style, group});
}

// "9,36 dirhams par dollar" / "9.36 dirhams per dollar"; abbreviated "9,36 DH par USD" / "MAD 9.36 per USD".
template <class T>
std::string format_mad_per_usd(const mad_per_usd<T>& rate, int decimals, language lang,
                               form style = form::full, grouping group = grouping::ascii) {
    return detail::quantity_text("offshoring::format_mad_per_usd", rate, lang,
                                 {decimals, shown_as::number, style, group});
}

}  // namespace offshoring
