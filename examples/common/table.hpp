// examples/common/table.hpp: text tables whose columns line up in a terminal, French accents included.
// SPDX-License-Identifier: MIT
#pragma once

#include <algorithm>
#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace examples {

// The width on screen of UTF-8 text, counted in code points: "Mds DH" and "cohérent" are 6 and 8 columns
// although "cohérent" takes 9 bytes. Every character the examples print is one column wide, so code
// points are enough (no combining marks, no East Asian wide characters).
inline std::size_t display_width(std::string_view text) {
    std::size_t width = 0;
    for (const char c : text)
        if ((static_cast<unsigned char>(c) & 0xC0U) != 0x80U) ++width;
    return width;
}

enum class align { left, right };

struct column {
    std::string heading;
    align side = align::left;
};

// Rows of cells under headings; render() pads each cell to its column's widest cell. A rule row draws a
// line of dashes across the table.
class table {
public:
    explicit table(std::vector<column> columns) : columns_(std::move(columns)) {}

    void add_row(std::vector<std::string> cells) {
        cells.resize(columns_.size());
        rows_.push_back(std::move(cells));
    }

    void add_rule() { rows_.emplace_back(); }

    // A line of free text under the row before it, indented, left out of the column widths: for an
    // explanation too long to sit in a column.
    void add_note(std::string text) { notes_.emplace_back(rows_.size(), "    " + std::move(text)); }

    [[nodiscard]] std::string render() const {
        std::vector<std::size_t> widths;
        for (const column& c : columns_)
            widths.push_back(display_width(c.heading));
        for (const auto& row : rows_)
            for (std::size_t i = 0; i < row.size(); ++i)
                widths[i] = std::max(widths[i], display_width(row[i]));

        std::size_t total = 0;
        for (const std::size_t w : widths)
            total += w;
        total += gap.size() * (widths.empty() ? 0 : widths.size() - 1);

        // A table of label/value pairs needs no headings: then neither they nor their rule are drawn.
        std::vector<std::string> headings;
        bool any_heading = false;
        for (const column& c : columns_) {
            headings.push_back(c.heading);
            any_heading = any_heading || !c.heading.empty();
        }
        std::string out;
        if (any_heading) {
            out = line(headings, widths);
            out.append(total, '-').push_back('\n');
        }
        std::size_t next_note = 0;
        for (std::size_t r = 0; r < rows_.size(); ++r) {
            const auto& row = rows_[r];
            if (row.empty())
                out.append(total, '-').push_back('\n');
            else
                out += line(row, widths);
            for (; next_note < notes_.size() && notes_[next_note].first == r + 1; ++next_note)
                out.append(notes_[next_note].second).push_back('\n');
        }
        return out;
    }

private:
    static constexpr std::string_view gap = "  ";

    std::string line(const std::vector<std::string>& cells, const std::vector<std::size_t>& widths) const {
        std::string out;
        for (std::size_t i = 0; i < cells.size(); ++i) {
            const std::size_t pad = widths[i] - display_width(cells[i]);
            const bool last = i + 1 == cells.size();
            if (i > 0) out += gap;
            if (columns_[i].side == align::right) out.append(pad, ' ');
            out += cells[i];
            // No trailing blanks on the last column: they would only show up in diffs.
            if (columns_[i].side == align::left && !last) out.append(pad, ' ');
        }
        // An empty last cell would leave the padding of the one before it: no trailing blanks either way.
        while (!out.empty() && out.back() == ' ')
            out.pop_back();
        out.push_back('\n');
        return out;
    }

    std::vector<column> columns_;
    std::vector<std::vector<std::string>> rows_;
    std::vector<std::pair<std::size_t, std::string>> notes_;  // (rows before it, text)
};

}  // namespace examples
