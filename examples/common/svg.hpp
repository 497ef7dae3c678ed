// examples/common/svg.hpp: plain SVG 1.1 text for the two kinds of chart the examples draw, no dependency.
// SPDX-License-Identifier: MIT
#pragma once

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstddef>
#include <string>
#include <string_view>
#include <system_error>
#include <utility>
#include <vector>

#include <offshoring/detail/xml_escape.hpp>

namespace examples::svg {

// Coordinates with two decimals through to_chars, which ignores the C locale: a locale with a decimal
// comma would otherwise write "12,5" and break the file.
inline std::string num(double value) {
    char buffer[64];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, std::round(value * 100.0) / 100.0,
                                      std::chars_format::fixed, 2);
    if (result.ec != std::errc{}) return "0";
    std::string text(buffer, result.ptr);
    while (text.back() == '0')
        text.pop_back();
    if (text.back() == '.') text.pop_back();
    return text == "-0" ? "0" : text;
}

// Text goes into XML through the library's one escaping function.
using offshoring::detail::xml_escape;

enum class anchor { start, middle, end };

class document {
public:
    document(double width, double height) : width_(width), height_(height) {}

    void rect(double x, double y, double w, double h, std::string_view fill) {
        body_ += "  <rect x=\"" + num(x) + "\" y=\"" + num(y) + "\" width=\"" + num(w) + "\" height=\"" +
                 num(h) + "\" fill=\"" + std::string(fill) + "\"/>\n";
    }

    void line(double x1, double y1, double x2, double y2, std::string_view stroke, double width = 1,
              std::string_view dash = {}) {
        body_ += "  <line x1=\"" + num(x1) + "\" y1=\"" + num(y1) + "\" x2=\"" + num(x2) + "\" y2=\"" +
                 num(y2) + "\" stroke=\"" + std::string(stroke) + "\" stroke-width=\"" + num(width) + "\"" +
                 dash_attribute(dash) + "/>\n";
    }

    void polyline(const std::vector<std::pair<double, double>>& points, std::string_view stroke, double width,
                  std::string_view dash = {}) {
        std::string coordinates;
        for (const auto& [x, y] : points) {
            if (!coordinates.empty()) coordinates += ' ';
            coordinates += num(x) + ',' + num(y);
        }
        body_ += "  <polyline points=\"" + coordinates + "\" fill=\"none\" stroke=\"" + std::string(stroke) +
                 "\" stroke-width=\"" + num(width) + "\"" + dash_attribute(dash) + "/>\n";
    }

    void circle(double x, double y, double r, std::string_view fill) {
        body_ += "  <circle cx=\"" + num(x) + "\" cy=\"" + num(y) + "\" r=\"" + num(r) + "\" fill=\"" +
                 std::string(fill) + "\"/>\n";
    }

    void text(double x, double y, std::string_view content, double size = 13, anchor where = anchor::start,
              std::string_view fill = "#222", bool bold = false) {
        const char* anchors[] = {"start", "middle", "end"};
        body_ += "  <text x=\"" + num(x) + "\" y=\"" + num(y) + "\" font-size=\"" + num(size) +
                 "\" text-anchor=\"" + anchors[static_cast<int>(where)] + "\" fill=\"" + std::string(fill) +
                 "\"" + (bold ? " font-weight=\"bold\"" : "") + ">" + xml_escape(content) + "</text>\n";
    }

    [[nodiscard]] std::string str() const {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
               "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"" +
               num(width_) + "\" height=\"" + num(height_) + "\" viewBox=\"0 0 " + num(width_) + " " +
               num(height_) +
               "\" font-family=\"DejaVu Sans, Verdana, sans-serif\">\n  <rect x=\"0\" y=\"0\" width=\"" +
               num(width_) + "\" height=\"" + num(height_) + "\" fill=\"#ffffff\"/>\n" + body_ + "</svg>\n";
    }

private:
    static std::string dash_attribute(std::string_view dash) {
        return dash.empty() ? std::string() : " stroke-dasharray=\"" + std::string(dash) + "\"";
    }

    double width_;
    double height_;
    std::string body_;
};

// One bar per row, length proportional to value, with a label on the left and the value's text at the
// bar's end. Values are plain numbers on a common scale (shares in percent, say), largest first reads best.
struct bar {
    std::string label;
    double value = 0;
    std::string value_text;
};

inline std::string bar_chart(std::string_view title, std::string_view note, const std::vector<bar>& bars) {
    const double width = 720, left = 80, right = 220, top = 56, row = 38, bar_height = 24;
    const double height = top + row * static_cast<double>(bars.size()) + 44;
    double largest = 0;
    for (const bar& b : bars)
        largest = std::max(largest, b.value);
    const double scale = largest > 0 ? (width - left - right) / largest : 0;

    document doc(width, height);
    doc.text(20, 30, title, 17, anchor::start, "#222", true);
    for (std::size_t i = 0; i < bars.size(); ++i) {
        const double y = top + row * static_cast<double>(i);
        doc.text(left - 10, y + bar_height * 0.7, bars[i].label, 13, anchor::end);
        // A bar too short to see (KPO's 0,2 %) still gets a sliver, so the row does not look empty.
        doc.rect(left, y, std::max(bars[i].value * scale, 2.0), bar_height, "#2f6f9f");
        doc.text(left + std::max(bars[i].value * scale, 2.0) + 8, y + bar_height * 0.7, bars[i].value_text,
                 13);
    }
    doc.line(left, top - 6, left, top + row * static_cast<double>(bars.size()) - 8, "#555");
    doc.text(20, height - 16, note, 11, anchor::start, "#555");
    return doc.str();
}

// A line chart of yearly series against a horizontal target line.
struct series {
    std::string label;
    std::string colour;
    std::string dash;                               // empty for a solid line
    std::vector<std::pair<double, double>> points;  // (year, value)
    bool markers = false;                           // dots at the points: observed data rather than a path
};

struct line_chart_spec {
    std::string title;
    std::string note;
    double first_year = 2024;
    double last_year = 2030;
    double y_min = 0;
    double y_max = 1;
    double y_step = 0.1;
    std::vector<std::string> y_labels;  // one per step from y_min, already formatted
    double target = 0;
    std::string target_label;
    std::vector<series> lines;
};

inline std::string line_chart(const line_chart_spec& spec) {
    const double width = 760, height = 440, left = 90, right = 40, top = 56, bottom = 120;
    const double plot_w = width - left - right, plot_h = height - top - bottom;
    const auto x_of = [&](double year) {
        return left + (year - spec.first_year) / (spec.last_year - spec.first_year) * plot_w;
    };
    const auto y_of = [&](double value) {
        return top + plot_h - (value - spec.y_min) / (spec.y_max - spec.y_min) * plot_h;
    };

    document doc(width, height);
    doc.text(20, 30, spec.title, 17, anchor::start, "#222", true);

    for (std::size_t i = 0; i < spec.y_labels.size(); ++i) {
        const double value = spec.y_min + spec.y_step * static_cast<double>(i);
        doc.line(left, y_of(value), left + plot_w, y_of(value), "#e3e3e3");
        doc.text(left - 8, y_of(value) + 4, spec.y_labels[i], 11, anchor::end, "#555");
    }
    for (int year = static_cast<int>(spec.first_year); year <= static_cast<int>(spec.last_year); ++year) {
        doc.line(x_of(year), top + plot_h, x_of(year), top + plot_h + 5, "#555");
        doc.text(x_of(year), top + plot_h + 20, std::to_string(year), 11, anchor::middle, "#555");
    }
    doc.line(left, top + plot_h, left + plot_w, top + plot_h, "#555");
    doc.line(left, top, left, top + plot_h, "#555");

    doc.line(left, y_of(spec.target), left + plot_w, y_of(spec.target), "#b22222", 1.5, "2,3");
    doc.text(left + 6, y_of(spec.target) - 6, spec.target_label, 12, anchor::start, "#b22222");

    for (const series& s : spec.lines) {
        std::vector<std::pair<double, double>> points;
        for (const auto& [year, value] : s.points)
            points.emplace_back(x_of(year), y_of(value));
        if (points.size() > 1 && !s.markers) doc.polyline(points, s.colour, 2.2, s.dash);
        if (s.markers)
            for (const auto& [x, y] : points)
                doc.circle(x, y, 4, s.colour);
    }

    // The legend sits under the plot, two entries a row, so long French labels have room.
    for (std::size_t i = 0; i < spec.lines.size(); ++i) {
        const double x = left + static_cast<double>(i % 2) * (plot_w / 2);
        const double y = top + plot_h + 44 + 20 * static_cast<double>(i / 2);
        const series& s = spec.lines[i];
        if (s.markers)
            doc.circle(x + 13, y - 4, 4, s.colour);
        else
            doc.line(x, y - 4, x + 26, y - 4, s.colour, 2.2, s.dash);
        doc.text(x + 34, y, s.label, 12);
    }
    doc.text(20, height - 10, spec.note, 11, anchor::start, "#555");
    return doc.str();
}

}  // namespace examples::svg
