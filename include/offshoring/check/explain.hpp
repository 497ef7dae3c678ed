// offshoring/check/explain.hpp: every verdict of a report in French or English, built from its inputs.
// SPDX-License-Identifier: MIT
#pragma once

#include <array>
#include <cmath>
#include <cstddef>
#include <cstdio>
#include <string>
#include <string_view>

#include <offshoring/check/engine.hpp>
#include <offshoring/text/language.hpp>

namespace offshoring::consistency {

// Functions are `template <class = void>`: only the translation units that call them compile them (fact.hpp).

namespace detail {

// A bound shown with seven significant digits (a count of jobs to the unit), the decimal mark of the language; infinities as such.
template <class = void>
std::string bound_text(double x, language lang) {
    if (std::isinf(x)) return x > 0 ? "+\u221e" : "\u2212\u221e";
    std::array<char, 64> buffer{};
    std::snprintf(buffer.data(), buffer.size(), "%.7g", x);
    std::string text(buffer.data());
    if (lang == language::fr)
        for (char& c : text)
            if (c == '.') c = ',';
    return text;
}

struct display_unit {
    double scale;                // base units per displayed unit
    std::string_view fr_suffix;  // after the bracket in French
    std::string_view en_prefix;  // before it in English
    std::string_view en_suffix;  // after it in English
};

template <class = void>
display_unit display_unit_of(const quantity_key& k) {
    switch (k.what) {
        case measure::exports:
        case measure::target_exports:
            return k.unit == currency::usd ? display_unit{1e9, " Mds USD", "USD ", " bn"}
                                           : display_unit{1e9, " Mds DH", "MAD ", " bn"};
        case measure::revenue_per_job:
            return {1.0, " DH par emploi", "MAD ", " per job"};
        case measure::jobs:
        case measure::target_jobs:
        case measure::jobs_created:
            return {1.0, " emplois", "", " jobs"};
        case measure::exchange_rate:
            return {1.0, " USD par DH", "", " USD per MAD"};
        default:
            return {0.01, " %", "", " %"};
    }
}

}  // namespace detail

// An interval in the unit of its quantity: [2,45 ; 2,55] Mds DH, MAD [2.45, 2.55] bn, [13,15 ; 13,25] %.
template <class = void>
std::string interval_text(const outward_interval& x, const quantity_key& key, language lang) {
    const detail::display_unit u = detail::display_unit_of(key);
    const std::string lo = detail::bound_text(x.lo / u.scale, lang),
                      hi = detail::bound_text(x.hi / u.scale, lang);
    if (lang == language::fr) return "[" + lo + " ; " + hi + "]" + std::string(u.fr_suffix);
    return std::string(u.en_prefix) + "[" + lo + ", " + hi + "]" + std::string(u.en_suffix);
}

// A single amount, rate or count in the same unit: the gap between two intervals.
template <class = void>
std::string value_text(double x, const quantity_key& key, language lang) {
    const detail::display_unit u = detail::display_unit_of(key);
    const std::string v = detail::bound_text(x / u.scale, lang);
    if (lang == language::fr) return v + std::string(u.fr_suffix);
    return std::string(u.en_prefix) + v + std::string(u.en_suffix);
}

constexpr std::string_view name(verdict v, language lang) noexcept {
    constexpr std::array<std::string_view, 3> fr{"cohérent", "incohérent", "non vérifiable"};
    constexpr std::array<std::string_view, 3> en{"consistent", "inconsistent", "not checkable"};
    return (lang == language::fr ? fr : en)[static_cast<std::size_t>(v)];
}

constexpr std::string_view name(rule r, language lang) noexcept {
    constexpr std::array<std::string_view, 8> fr{
        "somme des segments", "part",    "somme des périodes", "croissance sur un an", "revenu par emploi",
        "emplois créés",      "rapport", "taux de change"};
    constexpr std::array<std::string_view, 8> en{
        "sum of segments", "share",        "sum of periods", "growth on a year",
        "revenue per job", "jobs created", "ratio",          "exchange rate"};
    return (lang == language::fr ? fr : en)[static_cast<std::size_t>(r)];
}

constexpr std::string_view name(convention c, language lang) noexcept {
    constexpr std::array<std::string_view, 3> fr{"arrondi au plus proche", "tronqué", "arrondi par excès"};
    constexpr std::array<std::string_view, 3> en{"rounded to nearest", "truncated", "rounded up"};
    return (lang == language::fr ? fr : en)[static_cast<std::size_t>(c)];
}

namespace detail {
template <class Void = void>
std::string term_text(const deferred<model, Void>& m, std::size_t v) {
    const auto& x = m.variables[v];
    if (x.key.what == measure::growth_factor) {
        quantity_key g = x.key;
        g.what = measure::growth;
        return "(1 + " + to_string(g) + ")";
    }
    return to_string(x.key);
}
}  // namespace detail

// exports/total/2024 = exports/total/2024-H1 + exports/total/2024-H2 (sum of periods).
template <class Void = void>
std::string relation_text(const detail::deferred<model, Void>& m, std::size_t r, language lang) {
    const auto& rel = m.relations[r];
    std::string text = detail::term_text(m, rel.vars.front()) + " = ";
    if (rel.form == relation_form::product) {
        text += detail::term_text(m, rel.vars[1]) + " \u00d7 " + detail::term_text(m, rel.vars[2]);
    } else {
        bool first = true;
        if (rel.constant != 0.0) {
            text += detail::bound_text(rel.constant, lang);
            first = false;
        }
        for (std::size_t i = 1; i < rel.vars.size(); ++i) {
            text += (first ? "" : " + ") + detail::term_text(m, rel.vars[i]);
            first = false;
        }
    }
    return text + " (" + std::string(name(rel.why, lang)) + ")";
}

// eso_h1_2025_002 « 2,58 milliards de dirhams » (seeds/002_cf5e91aac26c2e4b.txt) [2,575 ; 2,585] Mds DH.
template <class Void = void>
std::string figure_text(const detail::deferred<report, Void>& r, std::size_t f, language lang) {
    const auto& x = r.facts[f];
    const std::string quoted =
        lang == language::fr ? "\u00ab " + x.printed + " \u00bb" : "\u201c" + x.printed + "\u201d";
    return x.id + " " + quoted + " (" + x.source + ") " + interval_text(r.figures[f].published, x.key, lang);
}

// The figures of a conflict with their intervals, and the relations that proved it.
template <class Void = void>
std::string explain_conflict(const detail::deferred<report, Void>& r, std::size_t c, language lang) {
    const auto& k = r.conflicts[c];
    const bool fr = lang == language::fr;
    std::string text =
        (fr ? "Conflit " : "Conflict ") + std::to_string(c + 1) +
        (fr ? " : ces chiffres ne peuvent pas être tous vrais :\n" : ": these figures cannot all be true:\n");
    for (std::size_t f : k.facts)
        text += "  - " + figure_text(r, f, lang) + "\n";
    if (k.relations.empty()) {
        text += fr ? "  par la même quantité : leurs intervalles ne se rencontrent pas.\n"
                   : "  by the same quantity: their intervals do not meet.\n";
    } else {
        text += fr ? "  par les relations :\n" : "  by the relations:\n";
        for (std::size_t rel : k.relations)
            text += "    " + relation_text(r.relations, rel, lang) + "\n";
    }
    return text;
}

// The verdict of one figure: what it prints, how it is read, what the others imply, the gap, the
// conflict it takes part in and the conventions under which it would agree.
template <class Void = void>
std::string explain(const detail::deferred<report, Void>& r, std::size_t f, language lang) {
    const auto& x = r.facts[f];
    const auto& res = r.figures[f];
    const bool fr = lang == language::fr;
    std::string text = figure_text(r, f, lang) + (fr ? ", lu " : ", read ") +
                       std::string(name(res.read_as, lang)) + (fr ? ", pour " : ", for ") + to_string(x.key) +
                       (fr ? " : " : ": ") + std::string(name(res.status, lang)) + ".\n";
    if (res.implied) {
        text += (fr ? "  Les autres chiffres impliquent " : "  The other figures imply ") +
                interval_text(*res.implied, x.key, lang);
        const outward_interval& p = res.published;
        const outward_interval& i = *res.implied;
        if (i.hi < p.lo || p.hi < i.lo) {
            const double gap = i.hi < p.lo ? offshoring::detail::round_down(p.lo - i.hi)
                                           : offshoring::detail::round_down(i.lo - p.hi);
            text += (fr ? ", un écart d'au moins " : ", a gap of at least ") + value_text(gap, x.key, lang);
        }
        text += ".\n";
    } else if (res.unplaced) {
        text += fr ? "  La recherche de conflits s'est arrêtée à sa borne avant de pouvoir le juger.\n"
                   : "  The search for conflicts stopped at its bound before it could judge it.\n";
    } else if (res.status == verdict::not_checkable) {
        text += fr ? "  Aucun autre chiffre ne contraint cette quantité.\n"
                   : "  No other figure constrains this quantity.\n";
    }
    if (res.conflict) {
        text += (fr ? "  Il fait partie du conflit " : "  It takes part in conflict ") +
                std::to_string(*res.conflict + 1) + ".\n";
    }
    if (res.status == verdict::inconsistent) {
        std::string agree;
        for (convention c : all_conventions)
            if (res.consistent_under[static_cast<std::size_t>(c)])
                agree += (agree.empty() ? "" : ", ") + std::string(name(c, lang));
        text += agree.empty()
                    ? (fr ? "  Aucune convention d'arrondi ne l'accorde aux autres.\n"
                          : "  No rounding convention makes it agree with the others.\n")
                    : (fr ? "  Il s'accorde aux autres s'il est " : "  It agrees with the others if ") +
                          agree + ".\n";
    }
    return text;
}

namespace detail {
// Text appended with the stream syntax the report reads best in, without <sstream>'s compile cost.
template <class = void>
struct text_builder {
    std::string text;
    text_builder& operator<<(std::string_view s) {
        text += s;
        return *this;
    }
    text_builder& operator<<(std::size_t n) {
        text += std::to_string(n);
        return *this;
    }
    text_builder& operator<<(int n) {
        text += std::to_string(n);
        return *this;
    }
};
}  // namespace detail

// The whole report in words: the counts, every inconsistent figure explained, every conflict with the
// relations that prove it, the correction sets, the conventions of each source and the targets' rates.
template <class Void = void>
std::string report_text(const detail::deferred<report, Void>& r, language lang) {
    detail::text_builder<Void> os;
    const bool fr = lang == language::fr;
    // French puts the adjective in the plural from two on.
    const auto counted = [&](verdict v) {
        const std::size_t k = r.count(v);
        return std::to_string(k) + " " + std::string(name(v, lang)) + (fr && k > 1 ? "s" : "");
    };
    os << (fr ? "Chiffres : " : "Figures: ") << r.facts.size() << ", " << counted(verdict::consistent) << ", "
       << counted(verdict::inconsistent) << ", " << counted(verdict::not_checkable) << ".\n";
    for (const std::string& w : r.relations.warnings)
        os << (fr ? "Avertissement : " : "Warning: ") << w << "\n";
    for (std::size_t f = 0; f < r.facts.size(); ++f)
        if (r.figures[f].status == verdict::inconsistent) os << "\n" << explain(r, f, lang);
    for (std::size_t c = 0; c < r.conflicts.size(); ++c)
        os << "\n" << explain_conflict(r, c, lang);
    for (const auto& h : r.correction_sets) {
        os << "\n" << (fr ? "Écarter " : "Setting aside ");
        for (std::size_t i = 0; i < h.size(); ++i)
            os << (i == 0 ? "" : ", ") << r.facts[h[i]].id << " (" << r.facts[h[i]].source << ")";
        os << (fr ? " résout les conflits des chiffres qui lui sont liés.\n"
                  : " resolves the conflicts among the figures related to it.\n");
    }
    os << "\n"
       << (fr ? "Conventions sous lesquelles chaque source s'accorde aux autres :\n"
              : "Conventions under which each source agrees with the others:\n");
    for (const source_result& s : r.sources) {
        os << "  " << s.source << ", " << name(s.what) << ": ";
        const auto list = [&](const std::vector<convention>& cs) {
            if (cs.empty()) os << (fr ? "aucune" : "none");
            for (std::size_t i = 0; i < cs.size(); ++i)
                os << (i == 0 ? "" : ", ") << name(cs[i], lang);
        };
        list(s.conventions);
        if (!s.qualifier_reading.empty()) {
            os << (fr ? " ; avec la lecture " : "; with the reading ") << s.qualifier_reading
               << (fr ? " : " : ": ");
            list(s.conventions_with_qualifier_reading);
        }
        os << "\n";
    }
    for (const target_result& t : r.targets) {
        const quantity_key rate_key{measure::growth, r.facts[t.fact].key.scope, r.facts[t.fact].key.when};
        os << "\n"
           << (fr ? "Objectif " : "Target ") << r.facts[t.fact].id << " (" << r.facts[t.fact].printed << ") "
           << (fr ? "depuis " : "from ") << to_string(r.relations.variables[t.level].key) << ", " << t.years
           << (fr ? " ans : il demande " : " years: it requires ")
           << interval_text(t.required_rate, rate_key, lang) << (fr ? " par an.\n" : " a year.\n");
    }
    if (r.propagation_cut_short)
        os << (fr ? "\nLa propagation s'est arrêtée à sa borne : les intervalles restent sûrs, plus larges.\n"
                  : "\nPropagation stopped at its bound: the intervals stay sound, only wider.\n");
    if (r.search_bounded)
        os << (fr ? "La recherche de conflits s'est arrêtée à sa borne.\n"
                  : "The search for conflicts stopped at its bound.\n");
    return os.text;
}

}  // namespace offshoring::consistency
