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
namespace detail {

inline std::string segment_text(const char* function, segment s, language lang, const text_options& options) {
    if (options.decimals) option_not_for(function, "decimals", "a segment");
    if (options.as != shown_as::number) option_not_for(function, "shown_as", "a segment");
    if (options.scale != amount_scale::automatic) option_not_for(function, "a scale", "a segment");
    // Checked here so that the message names this function rather than the accessor it calls.
    const int n = static_cast<int>(s);
    if (n < 0 || n >= static_cast<int>(segment_count)) fail(function, "not a segment, got " + describe(n));
    if (options.style == form::abbreviated) return std::string(acronym(s));
    return std::string(lang == language::fr ? french_name(s) : english_name(s));
}

}  // namespace detail

inline std::string format_segment(segment s, language lang, form style = form::full) {
    return detail::segment_text("offshoring::format_segment", s, lang,
                                {std::nullopt, shown_as::number, style});
}

// The same through the one entry point: format(segment::crm, language::fr) is "gestion de la relation
// client", with {{}, {}, form::abbreviated} "CRM".
inline std::string format(segment s, language lang, const text_options& options = {}) {
    return detail::segment_text("offshoring::format", s, lang, options);
}

}  // namespace offshoring
