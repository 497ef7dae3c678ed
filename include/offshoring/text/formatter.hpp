// offshoring/text/formatter.hpp: std::format for periods, segments, languages and french(x)/english(x), where the standard library has <format>.
// SPDX-License-Identifier: MIT
#pragma once

#if __has_include(<version>)
#include <version>
#endif

#include <offshoring/text/ostream.hpp>

// Guarded by the feature-test macro rather than by the language version: g++ 12's libstdc++ and clang 14
// on it have no <format> in C++20, and Debian 12's libc++ 14 ships the header without its contents.
#if defined(__cpp_lib_format)
#include <format>
#include <string>
#include <string_view>

namespace offshoring::detail {

// Each formatter writes the text operator<< writes, with the fill, alignment and width of a string: a
// width counts what std::format counts for a string of UTF-8.
template <class Text>
struct text_formatter : std::formatter<std::string_view, char> {
    template <class Value, class Context>
    auto format(const Value& value, Context& context) const {
        const std::string text = Text{}(value);
        return std::formatter<std::string_view, char>::format(text, context);
    }
};

struct period_text_of {
    std::string operator()(period p) const { return to_string(p); }
};
struct segment_text_of {
    std::string operator()(segment s) const { return std::string(acronym(s)); }
};
struct language_text_of {
    std::string operator()(language lang) const { return lang == language::fr ? "fr" : "en"; }
};
struct readable_text_of {
    template <class X>
    std::string operator()(const readable<X>& r) const {
        return readable_text(r);
    }
};

}  // namespace offshoring::detail

// std::format("{}", period::half(2025, 1)) is "2025-H1"; std::format("{}", french(26.22_bn_mad)) is
// "26,2 milliards de dirhams"; std::format("{:>8}", segment::crm) is "     CRM".
template <>
struct std::formatter<offshoring::period, char>
    : offshoring::detail::text_formatter<offshoring::detail::period_text_of> {};
template <>
struct std::formatter<offshoring::segment, char>
    : offshoring::detail::text_formatter<offshoring::detail::segment_text_of> {};
template <>
struct std::formatter<offshoring::language, char>
    : offshoring::detail::text_formatter<offshoring::detail::language_text_of> {};
template <class X>
struct std::formatter<offshoring::detail::readable<X>, char>
    : offshoring::detail::text_formatter<offshoring::detail::readable_text_of> {};

#endif
