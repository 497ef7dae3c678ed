// offshoring/data/csv_reader.hpp: reads a CSV of published figures (docs/data.md) into figures, or into
// the list of every error it holds, each with its line, column and text.
// SPDX-License-Identifier: MIT
#pragma once

#include <array>
#include <cstddef>
#include <fstream>
#include <iterator>
#include <map>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include <offshoring/calendar/period_text.hpp>
#include <offshoring/data/figure.hpp>
#include <offshoring/detail/error.hpp>
#include <offshoring/detail/troubleshooting.hpp>
#include <offshoring/published/printed.hpp>

namespace offshoring::data {

// One thing wrong in a CSV: line and column are 1-based (the column counts bytes from the line's start),
// field names the column of the header it belongs to (empty when the line itself is wrong), text is
// what was read there.
struct csv_error {
    std::size_t line;
    std::size_t column;
    std::string field;
    std::string text;
    std::string why;
};

// "figures.csv:3:17: measure "export": not a measure (exports, share, ...)".
template <class Void = void>
std::string to_string(const detail::deferred<csv_error, Void>& e, std::string_view file = "csv") {
    detail::deferred<std::string, Void> out = offshoring::detail::quote_for_message(file, 256) + ":" +
                                              std::to_string(e.line) + ":" + std::to_string(e.column) + ": ";
    if (!e.field.empty()) out += e.field + " ";
    // A hostile field can neither flood the message nor write control characters to a terminal.
    out += "\"" + offshoring::detail::quote_for_message(e.text) + "\": " + e.why;
    return out;
}

// Every row read, and every error. A row with an error is not among the figures; the reader stops at
// nothing, so the list names every bad row of the file at once.
struct figures_read {
    std::vector<figure> figures;
    std::vector<csv_error> errors;
    [[nodiscard]] bool ok() const noexcept { return errors.empty(); }
};

// Thrown by read_figures_csv and load_figures: the message lists the errors, errors() holds them all.
class csv_errors : public std::invalid_argument {
public:
    template <class Void = void>
    csv_errors(std::string_view function, std::string_view file,
               detail::deferred<std::vector<csv_error>, Void> errors)
        : std::invalid_argument(compose<Void>(function, file, errors)), errors_(std::move(errors)) {}
    [[nodiscard]] const std::vector<csv_error>& errors() const noexcept { return errors_; }

private:
    template <class Void>
    static std::string compose(std::string_view function, std::string_view file,
                               const detail::deferred<std::vector<csv_error>, Void>& errors) {
        detail::deferred<std::string, Void> message =
            detail::deferred<std::string, Void>(function) + ": " + std::to_string(errors.size()) + " error" +
            (errors.size() == 1 ? "" : "s") + " in " + offshoring::detail::quote_for_message(file, 256) +
            OFFSHORING_SEE_TROUBLESHOOTING("csv-errors");
        constexpr std::size_t shown = 20;
        for (std::size_t i = 0; i < errors.size() && i < shown; ++i)
            message += "\n  " + to_string(errors[i], file);
        if (errors.size() > shown) message += "\n  ...";
        return message;
    }
    std::vector<csv_error> errors_;
};

namespace detail::csv {

using offshoring::detail::deferred;

struct field {
    std::string text;
    std::size_t line;
    std::size_t column;
};

using record = std::vector<field>;

// RFC 4180: fields separated by commas, records by CRLF or LF; a field in double quotes may hold commas,
// line ends and doubled quotes. A quote anywhere else is an error, and so is a quoted field left open.
template <class Void = void>
deferred<std::vector<record>, Void> split(std::string_view text,
                                          deferred<std::vector<csv_error>, Void>& errors) {
    deferred<std::vector<record>, Void> records;
    std::size_t pos = 0;
    std::size_t line = 1;
    std::size_t line_start = 0;
    const auto column_of = [&](std::size_t at) { return at - line_start + 1; };
    while (pos < text.size()) {
        deferred<record, Void> current;
        bool record_done = false;
        while (!record_done) {
            deferred<field, Void> f{std::string(), line, column_of(pos)};
            if (pos < text.size() && text[pos] == '"') {
                ++pos;
                bool closed = false;
                while (pos < text.size()) {
                    const char c = text[pos];
                    if (c == '"') {
                        if (pos + 1 < text.size() && text[pos + 1] == '"') {
                            f.text.push_back('"');
                            pos += 2;
                            continue;
                        }
                        ++pos;
                        closed = true;
                        break;
                    }
                    if (c == '\n') {
                        ++line;
                        line_start = pos + 1;
                    }
                    f.text.push_back(c);
                    ++pos;
                }
                if (!closed) {
                    errors.push_back(
                        {f.line, f.column, "", f.text.substr(0, 64), "a quoted field is never closed"});
                    // The record keeps the open field, so that every record has at least one.
                    current.push_back(std::move(f));
                    records.push_back(std::move(current));
                    return records;
                }
                // After the closing quote only a comma or the end of the record may follow.
                if (pos < text.size() && text[pos] != ',' && text[pos] != '\n' &&
                    !(text[pos] == '\r' && pos + 1 < text.size() && text[pos + 1] == '\n')) {
                    const std::size_t stray = pos;
                    while (pos < text.size() && text[pos] != ',' && text[pos] != '\n')
                        f.text.push_back(text[pos++]);
                    if (!f.text.empty() && f.text.back() == '\r') f.text.pop_back();
                    errors.push_back({line, column_of(stray), "", f.text,
                                      "text after a closing quote (a quote inside a field is written \"\")"});
                }
            } else {
                while (pos < text.size() && text[pos] != ',' && text[pos] != '\n') {
                    if (text[pos] == '"') {
                        errors.push_back({line, column_of(pos), "",
                                          deferred<std::string, Void>(text.substr(pos, 16)),
                                          "a quote inside an unquoted field (quote the whole field and "
                                          "double the quote)"});
                    }
                    f.text.push_back(text[pos++]);
                }
                if (!f.text.empty() && f.text.back() == '\r' && pos < text.size()) f.text.pop_back();
            }
            current.push_back(std::move(f));
            if (pos < text.size() && text[pos] == ',') {
                ++pos;
                continue;
            }
            if (pos < text.size() && text[pos] == '\r') ++pos;  // the CR of a CRLF after a quoted field
            if (pos < text.size() && text[pos] == '\n') {
                ++pos;
                ++line;
                line_start = pos;
            }
            record_done = true;
        }
        records.push_back(std::move(current));
    }
    return records;
}

inline constexpr std::array<std::string_view, 6> required_columns{"id",    "source", "measure",
                                                                  "scope", "period", "printed"};
inline constexpr std::array<std::string_view, 4> optional_columns{"of", "quote", "style", "unit"};

constexpr bool is_id(std::string_view id) noexcept {
    if (id.empty()) return false;
    for (const char c : id)
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_')) return false;
    return true;
}

// The unit words the `unit` column takes, for a figure printed as a bare number ("de 1,9 à 2,3 milliards":
// printed "1,9", unit "milliards").
template <class Void = void>
std::optional<printed_unit> unit_from_words(std::string_view words) {
    if (words.empty()) return std::nullopt;
    const std::optional<printed_figure> one =
        try_parse_printed("1 " + deferred<std::string, Void>(words), number_style::french);
    if (!one || one->fraction || one->unit.dimension == printed_dimension::pure) return std::nullopt;
    return one->unit;
}

template <class Void = void>
std::string measure_list() {
    deferred<std::string, Void> list;
    for (const measure m : all_measures)
        list += (list.empty() ? "" : ", ") + deferred<std::string, Void>(name(m));
    return list;
}

}  // namespace detail::csv

// Reads the CSV text of docs/data.md: UTF-8 (a byte-order mark is skipped), RFC 4180, a header row naming
// the columns in any order. Never throws for bad content: every error goes to the result, with its line
// and column.
template <class Void = void>
figures_read read_figures(std::string_view text) {
    using field = detail::deferred<detail::csv::field, Void>;
    using string = detail::deferred<std::string, Void>;
    detail::deferred<figures_read, Void> result;
    auto& errors = result.errors;
    std::size_t bom = 0;
    if (text.substr(0, 3) == "\xEF\xBB\xBF") bom = 3;
    auto records = detail::csv::split<Void>(text.substr(bom), errors);
    // The byte-order mark is not a column: the first line's columns count from after it.
    if (records.empty() || (records.size() == 1 && records[0].size() == 1 && records[0][0].text.empty())) {
        errors.push_back({1, 1, "", "", "the file is empty: it needs a header row (id,source,measure,...)"});
        return result;
    }
    // A blank last line is the end of the file, not a row.
    while (records.size() > 1 && records.back().size() == 1 && records.back()[0].text.empty())
        records.pop_back();

    // The header: every required column once, optional ones at most once, nothing else.
    const auto& header = records.front();
    detail::deferred<std::map<std::string, std::size_t>, Void> column;
    for (std::size_t i = 0; i < header.size(); ++i) {
        const field& h = header[i];
        bool known = false;
        for (const std::string_view c : detail::csv::required_columns)
            known = known || c == h.text;
        for (const std::string_view c : detail::csv::optional_columns)
            known = known || c == h.text;
        if (!known) {
            errors.push_back(
                {h.line, h.column, "", h.text,
                 "not a column (id, source, measure, scope, period, printed, of, quote, style, unit)"});
        } else if (!column.emplace(h.text, i).second) {
            errors.push_back({h.line, h.column, "", h.text, "this column is named twice"});
        }
    }
    bool required_missing = false;
    for (const std::string_view c : detail::csv::required_columns) {
        if (column.count(string(c)) == 0) {
            const std::size_t end = header.back().column + header.back().text.size();
            errors.push_back({1, end, "", string(c), "a required column is missing from the header"});
            required_missing = true;
        }
    }
    // Without every required column no row can be read; the header's errors say why.
    if (required_missing) return result;

    detail::deferred<std::map<std::string, std::size_t>, Void> first_line_of_id;
    for (std::size_t r = 1; r < records.size(); ++r) {
        const auto& row = records[r];
        const std::size_t line = row.front().line;
        if (row.size() != header.size()) {
            const std::size_t column_at = row.size() > header.size()
                                              ? row[header.size()].column
                                              : row.back().column + row.back().text.size();
            errors.push_back(
                {line, column_at, "", row.size() == 1 ? row[0].text : "",
                 "expected " + std::to_string(header.size()) + " fields, got " + std::to_string(row.size())});
            continue;
        }
        const std::size_t errors_before = errors.size();
        const auto get = [&](std::string_view name) -> const field* {
            const auto it = column.find(string(name));
            return it == column.end() ? nullptr : &row[it->second];
        };
        const auto error = [&](const field& f, std::string_view name, string why) {
            errors.push_back({f.line, f.column, string(name), f.text, std::move(why)});
        };

        detail::deferred<figure, Void> fig;
        fig.line = line;
        const field& id = *get("id");
        fig.id = id.text;
        if (!detail::csv::is_id(id.text)) {
            error(id, "id", "an id is one or more of a-z, 0-9 and _");
        } else {
            const auto seen = first_line_of_id.emplace(id.text, line);
            if (!seen.second)
                error(id, "id", "duplicate id, first on line " + std::to_string(seen.first->second));
        }

        const field& source = *get("source");
        fig.source = source.text;
        if (source.text.empty()) error(source, "source", "say where the figure was printed");

        const field& measure_field = *get("measure");
        const auto m = try_parse_measure(measure_field.text);
        if (!m)
            error(measure_field, "measure", "not a measure (" + detail::csv::measure_list<Void>() + ")");
        else
            fig.measure = *m;

        const field& scope_field = *get("scope");
        const std::optional<scope> s = try_parse_scope(scope_field.text);
        if (!s)
            error(scope_field, "scope",
                  "not a scope (total, ITO, CRM, ESO, BPO, KPO, or a sum such as ITO+CRM)");
        else
            fig.scope = *s;

        const field& period_field = *get("period");
        const std::optional<period> p = try_parse_period(period_field.text);
        if (!p)
            error(period_field, "period",
                  "not a period (2024, 2025-H1, 2024-Q3, 2025-01/2025-09, 2023/2024)");
        else
            fig.period = *p;

        if (const field* style = get("style")) {
            if (style->text == "en")
                fig.style = number_style::english;
            else if (!style->text.empty() && style->text != "fr")
                error(*style, "style", "expected fr or en");
        }

        // A bare number is a count of jobs for a jobs measure; money always needs its unit words.
        printed_unit bare{};
        if (m && dimension_of(*m) == printed_dimension::jobs) bare = {printed_dimension::jobs, 0};
        if (const field* unit = get("unit"); unit && !unit->text.empty()) {
            const std::optional<printed_unit> u = detail::csv::unit_from_words<Void>(unit->text);
            if (!u)
                error(*unit, "unit", "not unit words (milliards de dirhams, MDH, Mds USD, emplois, ...)");
            else
                bare = *u;
        }

        const field& printed = *get("printed");
        fig.printed = printed.text;
        const offshoring::detail::printed::printed_parse read =
            offshoring::detail::printed::parse_printed_figure<Void>(printed.text, fig.style, bare);
        if (!read.ok) {
            error(printed, "printed",
                  string(read.why) + " (at byte " + std::to_string(read.position) + " of the field)");
        } else if (const field* unit = get("unit");
                   unit && !unit->text.empty() &&
                   offshoring::detail::printed::parse_printed_figure<Void>(printed.text, fig.style, {})
                           .figure.unit.dimension != printed_dimension::pure) {
            // Two units for one figure would leave the reader to pick one silently.
            error(*unit, "unit", "the printed text has its own unit words; leave `unit` empty");
        } else {
            fig.reading = read.figure;
            // Jobs and money print as amounts; shares, growths and ratios as percentages or fraction words.
            if (m) {
                const printed_dimension got = read.figure.unit.dimension;
                const printed_dimension want = dimension_of(*m);
                const bool money = got == printed_dimension::dirhams || got == printed_dimension::us_dollars;
                const bool fits = want == printed_dimension::dirhams ? money : got == want;
                const bool pure_is_ratio = want != printed_dimension::pure || read.figure.fraction ||
                                           read.figure.number.is_percent();
                if (!fits || !pure_is_ratio) {
                    error(printed, "printed",
                          string("the measure ") + string(name(*m)) +
                              (want == printed_dimension::pure
                                   ? " is printed as a percentage or a fraction word"
                               : want == printed_dimension::jobs ? " is a count of jobs"
                               : want == printed_dimension::dirhams_per_job
                                   ? " is in dirhams per job (dirhams par emploi, MAD ... per job)"
                                   : " is an amount of money: give its unit words"));
                }
            }
        }

        const field* of = get("of");
        const string of_text = of ? of->text : string();
        if (m && *m == measure::ratio) {
            if (of_text.empty()) {
                error(of ? *of : printed, "of",
                      "a ratio needs `of`, the quantity it is a ratio of (exports/ESO/2024)");
            } else {
                const std::size_t a = of_text.find('/');
                const std::size_t b = a == string::npos ? a : of_text.find('/', a + 1);
                const auto om = try_parse_measure(of_text.substr(0, a));
                const std::optional<scope> os =
                    b == string::npos ? std::nullopt : try_parse_scope(of_text.substr(a + 1, b - a - 1));
                const std::optional<period> op =
                    b == string::npos ? std::nullopt : try_parse_period(of_text.substr(b + 1));
                if (!om || !os || !op)
                    error(*of, "of", "expected measure/scope/period, such as exports/ESO/2024");
                else
                    fig.of = quantity_ref{*om, *os, *op};
            }
        } else if (m && *m == measure::growth && !of_text.empty()) {
            const auto om = try_parse_measure(of_text);
            if (!om)
                error(*of, "of",
                      "a growth's `of` is the measure that grew (" + detail::csv::measure_list<Void>() + ")");
            else
                fig.of = quantity_ref{*om, std::nullopt, std::nullopt};
        } else if (!of_text.empty()) {
            error(*of, "of", "only a ratio or a growth takes `of`");
        }

        if (const field* quote = get("quote")) fig.quote = quote->text;
        if (errors.size() == errors_before) result.figures.push_back(std::move(fig));
    }
    return result;
}

// As read_figures, but every figure or none: throws offshoring::data::csv_errors listing all the errors.
template <class Void = void>
std::vector<figure> read_figures_csv(std::string_view text, std::string_view file = "csv") {
    auto r = read_figures<Void>(text);
    if (!r.ok()) throw csv_errors("offshoring::data::read_figures_csv", file, std::move(r.errors));
    return std::move(r.figures);
}

// Reads a CSV file. Throws offshoring::domain_error when it cannot be opened, offshoring::data::csv_errors
// for its content.
template <class Void = void>
std::vector<figure> load_figures(const detail::deferred<std::string, Void>& path) {
    detail::deferred<std::ifstream, Void> in(path, std::ios::binary);
    if (!in)
        offshoring::detail::fail("offshoring::data::load_figures",
                                 "cannot open \"" + offshoring::detail::quote_for_message(path, 256) + "\"");
    const detail::deferred<std::string, Void> text((std::istreambuf_iterator<char>(in)),
                                                   std::istreambuf_iterator<char>());
    auto r = read_figures<Void>(text);
    if (!r.ok()) throw csv_errors("offshoring::data::load_figures", path, std::move(r.errors));
    return std::move(r.figures);
}

}  // namespace offshoring::data
