// examples/common/claims.hpp: a figure of the dataset as the interval its printing allows, and verdicts on it.
// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>

#include <offshoring/data/figure.hpp>
#include <offshoring/data/figures.hpp>
#include <offshoring/format.hpp>
#include <offshoring/interval.hpp>
#include <offshoring/published/amount.hpp>
#include <offshoring/published/interval_arithmetic.hpp>
#include <offshoring/published/interval_metrics.hpp>
#include <offshoring/published/number.hpp>
#include <offshoring/published/printed.hpp>
#include <offshoring/published/reading.hpp>
#include <offshoring/published/verdict.hpp>
#include <offshoring/units.hpp>

namespace examples {

using offshoring::language;
using offshoring::data::figure;
using offshoring::data::find_figure;

// The same sentence in the language asked for; every piece of text the programs print goes through here,
// so that the French and the English output always say the same thing.
inline std::string tr(language lang, std::string_view en, std::string_view fr) {
    return std::string(lang == language::fr ? fr : en);
}

// The reading the programs judge by: rounded to nearest; "plus de X" within one unit of X, so that a
// verdict compares two finite intervals; "déjà X" as at least X, a running total that may have grown.
inline constexpr offshoring::reading hypotheses{offshoring::rounding::nearest,
                                                offshoring::bound_reading::within_one_unit,
                                                offshoring::already_reading::at_least};

// The dataset's figures as intervals come from the library (offshoring/data/figure.hpp).
inline offshoring::interval<double> claimed_interval(const figure& f) {
    return offshoring::data::claimed_fraction(f, hypotheses).bounded();
}
inline offshoring::interval<offshoring::mad<>> claimed_mad(const figure& f) {
    return offshoring::data::claimed_mad(f, hypotheses).bounded();
}
inline offshoring::interval<offshoring::usd<>> claimed_usd(const figure& f) {
    return offshoring::data::claimed_usd(f, hypotheses).bounded();
}
inline offshoring::interval<offshoring::jobs<>> claimed_jobs(const figure& f) {
    return offshoring::data::claimed_jobs(f, hypotheses).bounded();
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

// Text of numbers and ranges, French "[26,15 ; 26,25]" or English "[26.15, 26.25]".
inline std::string bn(const offshoring::mad<>& x, int decimals, language lang) {
    return offshoring::format_amount(x, offshoring::units::billion_dirhams, decimals, lang,
                                     offshoring::form::abbreviated);
}

inline std::string pct(double fraction, int decimals, language lang) {
    return offshoring::format_percent(fraction, decimals, lang);
}

inline std::string range_text(double lo, double hi, int decimals, language lang) {
    return "[" + offshoring::format_number(lo, decimals, lang) + (lang == language::fr ? " ; " : ", ") +
           offshoring::format_number(hi, decimals, lang) + "]";
}

// Ranges of percentages and of billions of dirhams, in the library's text (published/interval_arithmetic.hpp).
inline std::string pct_range(const offshoring::interval<double>& fractions, int decimals, language lang) {
    return offshoring::format_percent_interval(fractions, decimals, lang);
}

inline std::string bn_range(const offshoring::interval<offshoring::mad<>>& x, int decimals, language lang) {
    return offshoring::format_interval(x, offshoring::units::billion_dirhams, decimals, lang);
}

// A recomputed figure is consistent with a published one when some value inside the recomputation's
// interval (all the true values its rounded inputs allow) is also inside the claim's interval: only a
// recomputation that cannot reach the claim proves the articles wrong.
enum class verdict { consistent, inconsistent, not_checkable };

template <class T>
verdict judge(const offshoring::interval<T>& recomputed, const offshoring::interval<T>& claimed) {
    return offshoring::check(recomputed, claimed).consistent ? verdict::consistent : verdict::inconsistent;
}

inline std::string verdict_text(verdict v, language lang) {
    switch (v) {
        case verdict::consistent:
            return tr(lang, "consistent", "cohérent");
        case verdict::inconsistent:
            return tr(lang, "INCONSISTENT", "INCOHÉRENT");
        case verdict::not_checkable:
            return tr(lang, "not checkable", "invérifiable");
    }
    return "?";
}

}  // namespace examples
