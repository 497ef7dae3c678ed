// offshoring/data/csv.hpp: the dataset of published figures as CSV, for spreadsheets and pandas.
// SPDX-License-Identifier: MIT
#pragma once

#include <array>
#include <string>
#include <string_view>

#include <offshoring/data/figures.hpp>
#include <offshoring/period_text.hpp>
#include <offshoring/segment.hpp>

namespace offshoring::data {

namespace detail {

// RFC 4180: a field with a comma, a quote or a line break is quoted, its quotes doubled.
inline void append_csv_field(std::string& out, std::string_view field) {
    if (field.find_first_of(",\"\r\n") == std::string_view::npos) {
        out.append(field);
        return;
    }
    out.push_back('"');
    for (char c : field) {
        if (c == '"') out.push_back('"');
        out.push_back(c);
    }
    out.push_back('"');
}

// "total", or the acronyms of the segments covered joined by '+': "ITO+CRM".
inline std::string scope_text(scope what) {
    if (what.is_total()) return "total";
    std::string text;
    for (segment s : all_segments) {
        if (!what.covers(s)) continue;
        if (!text.empty()) text.push_back('+');
        text.append(acronym(s));
    }
    return text;
}

}  // namespace detail

// The header line names the columns; each figure is one line, in dataset order, UTF-8, "\n" line ends.
// `value` is the plain number (point decimal, no grouping) a spreadsheet reads; `printed` is the
// article's own typography.
inline std::string figures_csv() {
    std::string out = "id,kind,period,scope,value,unit,qualifier,printed,source,quote\n";
    for (const figure& f : figures) {
        const std::array<std::string, 10> fields = {std::string(f.id),          std::string(name(f.kind)),
                                                    to_string(f.when),          detail::scope_text(f.what),
                                                    std::string(f.value),       std::string(name(f.unit)),
                                                    std::string(name(f.claim)), std::string(f.printed),
                                                    std::string(f.source),      std::string(f.quote)};
        bool first = true;
        for (const std::string& field : fields) {
            if (!first) out.push_back(',');
            detail::append_csv_field(out, field);
            first = false;
        }
        out.push_back('\n');
    }
    return out;
}

}  // namespace offshoring::data
