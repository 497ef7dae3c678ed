// tools/offshoring-check/writers.hpp: a consistency report as text, JSON, CSV or an SVG picture.
// SPDX-License-Identifier: MIT
#pragma once

#include <algorithm>
#include <cmath>
#include <map>
#include <ostream>
#include <sstream>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include <offshoring/check.hpp>
#include <offshoring/detail/xml_escape.hpp>

namespace offshoring::consistency::tool {

// [lo, hi] with null for an infinite bound: JSON has no infinity.
inline nlohmann::json bounds_json(const outward_interval& x) {
    const auto bound = [](double b) { return std::isinf(b) ? nlohmann::json(nullptr) : nlohmann::json(b); };
    return nlohmann::json::array({bound(x.lo), bound(x.hi)});
}

inline std::vector<std::string> ids_of(const report& r, const std::vector<std::size_t>& facts) {
    std::vector<std::string> ids;
    for (std::size_t f : facts)
        ids.push_back(r.facts[f].id);
    return ids;
}

// The JSON of docs/reference/offshoring-check.md.
inline nlohmann::json report_json(const report& r, language lang) {
    nlohmann::json out;
    out["figures"] = nlohmann::json::array();
    for (std::size_t f = 0; f < r.facts.size(); ++f) {
        const fact& x = r.facts[f];
        const figure_result& res = r.figures[f];
        nlohmann::json conventions = nlohmann::json::array();
        for (convention c : all_conventions)
            if (res.consistent_under[static_cast<std::size_t>(c)])
                conventions.push_back(std::string(name(c)));
        out["figures"].push_back(
            {{"id", x.id},
             {"source", x.source},
             {"printed", x.printed},
             {"key", to_string(x.key)},
             {"verdict", std::string(name(res.status))},
             {"read_as", std::string(name(res.read_as))},
             {"published", bounds_json(res.published)},
             {"implied", res.implied ? bounds_json(*res.implied) : nlohmann::json(nullptr)},
             {"consistent_under", conventions},
             {"unplaced", res.unplaced},
             {"explanation", explain(r, f, lang)}});
    }
    out["quantities"] = nlohmann::json::array();
    std::vector<bool> printed_quantity(r.relations.variables.size(), false);
    for (std::size_t v : r.relations.fact_variable)
        printed_quantity[v] = true;
    for (std::size_t v = 0; v < r.relations.variables.size(); ++v) {
        if (!r.relations.variables[v].reported()) continue;
        const bool printed = printed_quantity[v];
        out["quantities"].push_back({{"key", to_string(r.relations.variables[v].key)},
                                     {"implied", bounds_json(r.implied[v])},
                                     {"printed", printed}});
    }
    out["conflicts"] = nlohmann::json::array();
    out["conflict_relations"] = nlohmann::json::array();
    for (const conflict& c : r.conflicts) {
        out["conflicts"].push_back(ids_of(r, c.facts));
        nlohmann::json relations = nlohmann::json::array();
        for (std::size_t rel : c.relations)
            relations.push_back(relation_text(r.relations, rel, lang));
        out["conflict_relations"].push_back(relations);
    }
    out["correction_sets"] = nlohmann::json::array();
    for (const auto& h : r.correction_sets)
        out["correction_sets"].push_back(ids_of(r, h));
    out["sources"] = nlohmann::json::array();
    for (const source_result& s : r.sources) {
        const auto names = [](const std::vector<convention>& list) {
            nlohmann::json out_names = nlohmann::json::array();
            for (convention c : list)
                out_names.push_back(std::string(name(c)));
            return out_names;
        };
        out["sources"].push_back(
            {{"source", s.source},
             {"measure", std::string(name(s.what))},
             {"conventions", names(s.conventions)},
             {"qualifier_reading",
              s.qualifier_reading.empty() ? nlohmann::json(nullptr) : nlohmann::json(s.qualifier_reading)},
             {"conventions_with_qualifier_reading", names(s.conventions_with_qualifier_reading)}});
    }
    out["targets"] = nlohmann::json::array();
    for (const target_result& t : r.targets)
        out["targets"].push_back({{"id", r.facts[t.fact].id},
                                  {"from", to_string(r.relations.variables[t.level].key)},
                                  {"years", t.years},
                                  {"required_rate", bounds_json(t.required_rate)}});
    out["warnings"] = r.relations.warnings;
    out["summary"] = {{"figures", r.facts.size()},
                      {"consistent", r.count(verdict::consistent)},
                      {"inconsistent", r.count(verdict::inconsistent)},
                      {"not_checkable", r.count(verdict::not_checkable)},
                      {"quantities", out["quantities"].size()},
                      {"relations", r.relations.relations.size()},
                      {"propagation_cut_short", r.propagation_cut_short},
                      {"search_bounded", r.search_bounded}};
    return out;
}

// RFC 4180: a field with a comma, a quote or a line break is quoted, its quotes doubled.
inline std::string csv_field(const std::string& text) {
    if (text.find_first_of(",\"\r\n") == std::string::npos) return text;
    std::string quoted = "\"";
    for (char c : text) {
        if (c == '"') quoted += '"';
        quoted += c;
    }
    return quoted + "\"";
}

inline std::string csv_bound(double x) {
    if (std::isinf(x)) return x > 0 ? "inf" : "-inf";
    std::ostringstream s;
    s.precision(17);
    s << x;
    return s.str();
}

// One row per figure; bounds in base units, infinite bounds as inf.
inline void write_csv(std::ostream& os, const report& r) {
    os << "id,source,key,verdict,read_as,published_lo,published_hi,implied_lo,implied_hi,consistent_"
          "under\r\n";
    for (std::size_t f = 0; f < r.facts.size(); ++f) {
        const figure_result& res = r.figures[f];
        std::string conventions;
        for (convention c : all_conventions)
            if (res.consistent_under[static_cast<std::size_t>(c)])
                conventions += (conventions.empty() ? "" : ";") + std::string(name(c));
        os << csv_field(r.facts[f].id) << ',' << csv_field(r.facts[f].source) << ','
           << csv_field(to_string(r.facts[f].key)) << ',' << name(res.status) << ',' << name(res.read_as)
           << ',' << csv_bound(res.published.lo) << ',' << csv_bound(res.published.hi) << ','
           << (res.implied ? csv_bound(res.implied->lo) : "") << ','
           << (res.implied ? csv_bound(res.implied->hi) : "") << ',' << conventions << "\r\n";
    }
}

using offshoring::detail::xml_escape;

// One row per figure, grouped by quantity: the interval its printing allows (coloured by verdict) and,
// below it, the interval the others imply, on a scale of its own quantity; labels from the figures.
inline void write_svg(std::ostream& os, const report& r, language lang) {
    constexpr double width = 1100, label_width = 560, left = label_width + 20, right = width - 20, row = 22,
                     header = 20, top = 40;
    std::map<std::size_t, std::vector<std::size_t>> by_quantity;
    for (std::size_t f = 0; f < r.facts.size(); ++f)
        by_quantity[r.relations.fact_variable[f]].push_back(f);
    const double height = top + static_cast<double>(by_quantity.size()) * header +
                          static_cast<double>(r.facts.size()) * row + 20;
    os << "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" << width << "\" height=\"" << height
       << "\" font-family=\"sans-serif\" font-size=\"11\">\n";
    os << "<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n";
    os << "<text x=\"10\" y=\"20\" font-size=\"14\" font-weight=\"bold\">"
       << xml_escape(lang == language::fr ? "Chiffres publiés : intervalle imprimé (couleur du verdict) et "
                                            "intervalle impliqué par les autres (noir)"
                                          : "Published figures: printed interval (coloured by verdict) and "
                                            "interval the others imply (black)")
       << "</text>\n";
    double y = top;
    for (const auto& [v, facts] : by_quantity) {
        double lo = outward_interval::whole().hi, hi = outward_interval::whole().lo;
        const auto widen = [&](const outward_interval& x) {
            for (double b : {x.lo, x.hi})
                if (!std::isinf(b)) {
                    lo = std::min(lo, b);
                    hi = std::max(hi, b);
                }
        };
        for (std::size_t f : facts) {
            widen(r.figures[f].published);
            if (r.figures[f].implied) widen(*r.figures[f].implied);
        }
        if (!(lo < hi)) {
            lo -= 1.0;
            hi += 1.0;
        }
        const double margin = (hi - lo) * 0.05;
        lo -= margin;
        hi += margin;
        const auto x_of = [&](double b) {
            if (std::isinf(b)) return b > 0 ? right : left;
            return left + (b - lo) / (hi - lo) * (right - left);
        };
        os << "<text x=\"10\" y=\"" << y + 14 << "\" font-weight=\"bold\">"
           << xml_escape(to_string(r.relations.variables[v].key)) << "</text>\n";
        y += header;
        for (std::size_t f : facts) {
            const figure_result& res = r.figures[f];
            const char* colour = res.status == verdict::consistent     ? "#2e7d32"
                                 : res.status == verdict::inconsistent ? "#c62828"
                                                                       : "#9e9e9e";
            os << "<text x=\"20\" y=\"" << y + 12 << "\">"
               << xml_escape(r.facts[f].id + " \u00ab" + r.facts[f].printed + "\u00bb " + r.facts[f].source)
               << "</text>\n";
            const double x0 = x_of(res.published.lo), x1 = x_of(res.published.hi);
            os << "<rect x=\"" << x0 << "\" y=\"" << y + 3 << "\" width=\"" << std::max(2.0, x1 - x0)
               << "\" height=\"8\" fill=\"" << colour << "\"><title>"
               << xml_escape(std::string(name(res.status, lang)) + " " +
                             interval_text(res.published, r.facts[f].key, lang))
               << "</title></rect>\n";
            if (res.implied) {
                const double i0 = x_of(res.implied->lo), i1 = x_of(res.implied->hi);
                os << "<rect x=\"" << i0 << "\" y=\"" << y + 13 << "\" width=\"" << std::max(2.0, i1 - i0)
                   << "\" height=\"4\" fill=\"black\"><title>"
                   << xml_escape(interval_text(*res.implied, r.facts[f].key, lang)) << "</title></rect>\n";
            }
            y += row;
        }
    }
    os << "</svg>\n";
}

}  // namespace offshoring::consistency::tool
