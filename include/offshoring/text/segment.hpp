// offshoring/text/segment.hpp: segments as French or English names, or their acronyms.
// SPDX-License-Identifier: MIT
#pragma once

#include <string>

#include <offshoring/detail/error.hpp>

#include <offshoring/segment/segment.hpp>
#include <offshoring/text/number.hpp>

namespace offshoring {

// The name in the language ("gestion de la relation client", "customer relationship management"), or in
// abbreviated form the acronym, which the French press uses as is ("CRM"). Names are lower case so
// that they fit inside a sentence. Throws offshoring::domain_error for a value cast from an integer outside
// the enumeration.
inline std::string format_segment(segment s, language lang, form style = form::full) {
    // Checked here so that the message names this function rather than the accessor it calls.
    const int n = static_cast<int>(s);
    if (n < 0 || n >= static_cast<int>(segment_count))
        detail::fail("offshoring::format_segment", "not a segment, got " + detail::describe(n));
    if (style == form::abbreviated) return std::string(acronym(s));
    return std::string(lang == language::fr ? french_name(s) : english_name(s));
}

}  // namespace offshoring
