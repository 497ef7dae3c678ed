// offshoring/data/csv.hpp: figures written back as CSV in the schema of docs/data.md, for spreadsheets,
// pandas, or a dataset edited in code.
// SPDX-License-Identifier: MIT
#pragma once

#include <array>
#include <string>
#include <string_view>
#include <vector>

#include <offshoring/calendar/period_text.hpp>
#include <offshoring/data/figure.hpp>

namespace offshoring::data {

namespace detail {

// RFC 4180: a field with a comma, a quote or a line break is quoted, its quotes doubled.
template <class Void = void>
void append_csv_field(deferred<std::string, Void>& out, std::string_view field) {
    if (field.find_first_of(",\"\r\n") == std::string_view::npos) {
        out.append(field);
        return;
    }
    out.push_back('"');
    for (const char c : field) {
        if (c == '"') out.push_back('"');
        out.push_back(c);
    }
    out.push_back('"');
}

template <class Void = void>
std::string of_text(const deferred<figure, Void>& f) {
    if (!f.of) return "";
    deferred<std::string, Void> text(name(f.of->measure));
    if (f.of->scope) text += "/" + to_string(*f.of->scope);
    if (f.of->period) text += "/" + to_string(*f.of->period);
    return text;
}

// Words the reader takes for a unit: "milliards de dirhams", "millions de dollars", "dirhams par emploi".
template <class Void = void>
std::string unit_words(printed_unit unit) {
    switch (unit.dimension) {
        case printed_dimension::dirhams_per_job:
            return "dirhams par emploi";
        case printed_dimension::dirhams_per_us_dollar:
            return "dirhams par dollar";
        case printed_dimension::jobs:
            return "emplois";
        case printed_dimension::dirhams:
        case printed_dimension::us_dollars:
            break;
        case printed_dimension::pure:
            return "";
    }
    const int p = unit.power;
    const deferred<std::string, Void> scale = p == 9   ? "milliards de "
                                              : p == 6 ? "millions de "
                                              : p == 3 ? "milliers de "
                                                       : "";
    return scale + (unit.dimension == printed_dimension::dirhams ? "dirhams" : "dollars");
}

}  // namespace detail

// The header line names the columns; each figure is one line, in the order given, UTF-8, "\n" line ends.
// read_figures(figures_csv(v)) gives v back. `printed` keeps the article's words; `unit` is written only
// for a figure whose printed text has no unit words, in the words the reader takes.
template <class Void = void>
std::string figures_csv(const detail::deferred<std::vector<figure>, Void>& figures) {
    using text = detail::deferred<std::string, Void>;
    text out = "id,source,measure,scope,period,printed,unit,of,quote,style\n";
    for (const auto& f : figures) {
        const printed_figure bare = parse_printed(f.printed, f.style);
        const text unit = bare.unit != f.reading.unit && f.reading.unit.dimension != printed_dimension::jobs
                              ? detail::unit_words<Void>(f.reading.unit)
                              : text();
        const std::array<text, 10> fields = {f.id,
                                             f.source,
                                             text(name(f.measure)),
                                             to_string(f.scope),
                                             to_string(f.period),
                                             f.printed,
                                             unit,
                                             detail::of_text(f),
                                             f.quote,
                                             f.style == number_style::english ? "en" : "fr"};
        bool first = true;
        for (const text& field : fields) {
            if (!first) out.push_back(',');
            detail::append_csv_field(out, field);
            first = false;
        }
        out.push_back('\n');
    }
    return out;
}

}  // namespace offshoring::data
