// examples/common/claims.hpp: a figure of the dataset as the interval its printing allows, and verdicts on it.
// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>

#include <offshoring/data/claims.hpp>
#include <offshoring/data/figures.hpp>
#include <offshoring/format.hpp>
#include <offshoring/interval.hpp>
#include <offshoring/published/amount.hpp>
#include <offshoring/published/interval_metrics.hpp>
#include <offshoring/published/number.hpp>
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

// The dataset's figures as intervals come from the library (offshoring/data/claims.hpp).
using offshoring::data::claimed_interval;
using offshoring::data::claimed_jobs;
using offshoring::data::claimed_mad;
using offshoring::data::claimed_usd;
using offshoring::data::number_of;
using offshoring::data::printed_fraction;
using offshoring::data::printed_jobs;
using offshoring::data::printed_mad;

// "seeds/000_c4b54ad8dda15ae4.txt" -> "000": enough to tell the five articles apart in a table.
inline std::string article(const figure& f) {
    const std::string_view s = f.source;
    const auto slash = s.find('/');
    return std::string(s.substr(slash + 1, 3));
}

// The figure as the article words it, in the reader's language: "près de 2,8 Mds USD" / "about USD 2.8 bn".
inline std::string published_text(const figure& f, language lang) {
    using offshoring::data::printed_unit;
    using offshoring::data::qualifier;
    const bool fr = lang == language::fr;
    std::string words;
    switch (f.claim) {
        case qualifier::exact:
            break;
        case qualifier::about:
            words = fr ? "près de " : "about ";
            break;
        case qualifier::more_than:
            words = fr ? "plus de " : "more than ";
            break;
        case qualifier::already:
            words = fr ? "déjà " : "already ";
            break;
    }
    const offshoring::published_number n = number_of(f);
    // French keeps the article's own typography ("148.500"); English regroups it ("148,500").
    const std::string figure_text =
        fr ? std::string(f.printed) : offshoring::format_number(n.value(), n.decimals(), lang);
    switch (f.unit) {
        case printed_unit::billion_mad:
            return words + (fr ? figure_text + " Mds DH" : "MAD " + figure_text + " bn");
        case printed_unit::million_mad:
            return words + (fr ? figure_text + " M DH" : "MAD " + figure_text + " mn");
        case printed_unit::billion_usd:
            return words + (fr ? figure_text + " Mds USD" : "USD " + figure_text + " bn");
        case printed_unit::percent:
            return words + figure_text + (fr ? " %" : "%");
        case printed_unit::jobs:
            return words + figure_text + (fr ? " emplois" : " jobs");
    }
    return words + figure_text;
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

inline std::string pct_range(const offshoring::interval<double>& fractions, int decimals, language lang) {
    return range_text(fractions.lo() * 100.0, fractions.hi() * 100.0, decimals, lang) +
           (lang == language::fr ? " %" : "%");
}

inline std::string bn_range(const offshoring::interval<offshoring::mad<>>& x, int decimals, language lang) {
    const std::string r =
        range_text(offshoring::in_billion_mad(x.lo()), offshoring::in_billion_mad(x.hi()), decimals, lang);
    return lang == language::fr ? r + " Mds DH" : "MAD " + r + " bn";
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
