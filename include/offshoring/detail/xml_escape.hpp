// offshoring/detail/xml_escape.hpp: text made safe to put inside an XML element or attribute (SVG charts).
// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>

namespace offshoring::detail {

// The five characters XML reserves are escaped; UTF-8 passes through unchanged.
inline std::string xml_escape(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (const char c : text) {
        switch (c) {
            case '&':
                out += "&amp;";
                break;
            case '<':
                out += "&lt;";
                break;
            case '>':
                out += "&gt;";
                break;
            case '"':
                out += "&quot;";
                break;
            case '\'':
                out += "&apos;";
                break;
            default:
                out += c;
        }
    }
    return out;
}

}  // namespace offshoring::detail
