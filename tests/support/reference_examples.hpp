// tests/support/reference_examples.hpp: what the tests of the reference pages' examples share.
// SPDX-License-Identifier: MIT
#pragma once

// The tests of tests/unit/reference_test.cpp and tests/unit/reference/ check the one-line examples of
// docs/reference.md and docs/reference/*.md against their documented results, so that the reference
// cannot drift from the code. Every expected value is worked out by hand from the formula the page gives,
// the arithmetic shown beside it.

#include <cstddef>
#include <sstream>
#include <string>
#include <string_view>

#include <offshoring/offshoring.hpp>

#include "troubleshooting.hpp"
#include "values.hpp"

namespace offshoring::testing {

inline constexpr number_style fr = number_style::french;
inline constexpr units::billion_dirham_unit bn{};

template <class X>
std::string streamed(const X& x) {
    std::ostringstream os;
    os << x;
    return os.str();
}

// Where and why a parser stopped: the position, and the message after "at position <n>: ".
struct refusal {
    std::size_t position;
    std::string message;
};

template <class Parse>
refusal refusal_of(Parse parse) {
    try {
        parse();
    } catch (const parse_error& e) {
        return {e.position(), e.what()};
    }
    return {static_cast<std::size_t>(-1), "no error"};
}

inline refusal period_refusal(std::string_view text) {
    return refusal_of([text] { (void)parse_period(text); });
}

inline std::string period_message(std::string_view text, std::size_t position, std::string_view why) {
    return "offshoring::parse_period: cannot read \"" + std::string(text) + "\" at position " +
           std::to_string(position) + ": " + std::string(why) + SEE_PARSE_ERRORS;
}

}  // namespace offshoring::testing
