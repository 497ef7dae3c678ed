// examples/common/claims.hpp: a figure of the dataset as printed, and the consistency engine's verdict on it.
// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include <offshoring/check.hpp>
#include <offshoring/data/figure.hpp>
#include <offshoring/data/figures.hpp>
#include <offshoring/detail/error.hpp>
#include <offshoring/published/printed.hpp>
#include <offshoring/quantity/units.hpp>
#include <offshoring/text.hpp>

namespace examples {

using offshoring::language;
using offshoring::data::figure;
using offshoring::data::find_figure;

// The same sentence in the language asked for; every piece of text the programs print goes through here,
// so that the French and the English output always say the same thing.
inline std::string tr(language lang, std::string_view en, std::string_view fr) {
    return std::string(lang == language::fr ? fr : en);
}

// Where a figure of data/figures.csv, named by its id, stands in the engine's report.
inline std::size_t figure_index(const offshoring::consistency::report& r, std::string_view id) {
    for (std::size_t f = 0; f < r.facts.size(); ++f)
        if (r.facts[f].id == id) return f;
    throw offshoring::domain_error("examples::figure_index: no figure \"" + std::string(id) + "\"");
}

// What the other figures imply for the figure's quantity, in its unit, or "-" when nothing does.
inline std::string implied_text(const offshoring::consistency::report& r, std::size_t f, language lang) {
    const auto& implied = r.figures[f].implied;
    return implied ? offshoring::consistency::interval_text(*implied, r.facts[f].key, lang) : "-";
}

inline std::string verdict_text(const offshoring::consistency::report& r, std::size_t f, language lang) {
    return std::string(offshoring::consistency::name(r.figures[f].status, lang));
}

using offshoring::data::printed_fraction;
using offshoring::data::printed_jobs;
using offshoring::data::printed_mad;

// "seeds/000_c4b54ad8dda15ae4.txt" -> "000": enough to tell the five articles apart in a table.
inline std::string article(const figure& f) {
    const std::string_view s = f.source;
    const auto slash = s.find('/');
    return std::string(s.substr(slash + 1, 3));
}

// The figure as the article words it, in the reader's language, with the unit abbreviated: French keeps
// the article's own words and typography ("près de 2,8 Mds USD", "148.500 emplois"); English rewrites
// them in the library's ("about USD 2.8 bn", "148,500 jobs").
inline std::string published_text(const figure& f, language lang) {
    using offshoring::printed_dimension;
    const offshoring::printed_figure& r = f.reading;
    const bool fr = lang == language::fr;
    const bool dirhams = r.unit.dimension == printed_dimension::dirhams;
    const int power = r.unit.power;
    std::string words;
    std::string number;
    if (fr) {
        // The number is the run from the first sign or digit to the last digit; the words before it are
        // the article's qualifier.
        const std::size_t first = f.printed.find_first_of("+-0123456789");
        const std::size_t last = f.printed.find_last_of("0123456789");
        if (first == std::string::npos) return f.printed;
        words = f.printed.substr(0, first);
        number = f.printed.substr(first, last + 1 - first);
    } else {
        // "déjà près de 75 %" is "about 75%": the time word is kept only on a figure it alone qualifies.
        words = r.already && r.approx == offshoring::approximation::exact ? "already " : "";
        switch (r.approx) {
            case offshoring::approximation::exact:
                break;
            case offshoring::approximation::about:
                words += "about ";
                break;
            case offshoring::approximation::more_than:
                words += "more than ";
                break;
            case offshoring::approximation::less_than:
                words += "less than ";
                break;
        }
        if (r.fraction) return f.printed;
        number = offshoring::format_number(r.number.value(), r.number.decimals(), lang);
    }
    switch (r.unit.dimension) {
        case printed_dimension::pure:
            return words + number + (r.number.is_percent() ? (fr ? " %" : "%") : "");
        case printed_dimension::jobs:
            return words + number + (fr ? " emplois" : " jobs");
        case printed_dimension::dirhams_per_job:
            return words + (fr ? number + " DH par emploi" : "MAD " + number + " per job");
        case printed_dimension::dirhams_per_us_dollar:
            return words + (fr ? number + " DH par USD" : "MAD " + number + " per USD");
        case printed_dimension::dirhams:
        case printed_dimension::us_dollars:
            break;
    }
    const std::string currency = dirhams ? (fr ? "DH" : "MAD") : "USD";
    if (fr) return words + number + (power == 9 ? " Mds " : power == 6 ? " M " : " ") + currency;
    return words + currency + " " + number + (power == 9 ? " bn" : power == 6 ? " mn" : "");
}

// Text of amounts and percentages, French "26,2 Mds DH" or English "MAD 26.2 bn".
// The printed number alone, in the reader's style, for formulas built from the figures: 13,4 or 13.4;
// 3,5 % or 3.5%; 148 500 or 148,500, grouped as a reader expects.
inline std::string number_text(const figure& f, language lang) {
    const offshoring::published_number& n = f.reading.number;
    if (n.is_percent())
        return offshoring::to_string(
            n, lang == language::fr ? offshoring::number_style::french : offshoring::number_style::english);
    return offshoring::format_number(n.value(), n.decimals(), lang);
}

// The interval to nearest of the printed number, one decimal more than printed: [10,55 ; 10,65] or
// [10.55, 10.65] for 10,6.
inline std::string rounding_text(const figure& f, language lang) {
    const offshoring::published_number& n = f.reading.number;
    const offshoring::interval<double> range = offshoring::as_interval(n);
    const int decimals = n.decimals() + 1;
    return "[" + offshoring::format_number(range.lo(), decimals, lang) +
           (lang == language::fr ? " ; " : ", ") + offshoring::format_number(range.hi(), decimals, lang) +
           "]";
}

inline std::string bn(const offshoring::mad<>& x, int decimals, language lang) {
    return offshoring::format_amount(x, offshoring::units::billion_dirhams, decimals, lang,
                                     offshoring::form::abbreviated);
}

inline std::string pct(double fraction, int decimals, language lang) {
    return offshoring::format_percent(fraction, decimals, lang);
}

}  // namespace examples
