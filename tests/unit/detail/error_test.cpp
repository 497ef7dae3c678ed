// Tests of offshoring/detail/error.hpp: a parse_error's message is safe to log, whatever the text it quotes.
// SPDX-License-Identifier: MIT
#include <offshoring/detail/error.hpp>

#include <cstddef>
#include <cstdint>
#include <random>
#include <string>
#include <string_view>

#include <doctest/doctest.h>

#include "../../support/troubleshooting.hpp"

using namespace offshoring;

namespace {

// What the message shows of a text, between the quotes after "cannot read".
std::string shown(std::string_view text) {
    const std::string message = parse_error("f", text, 0, "why").what();
    const std::string head = "f: cannot read \"";
    const std::string tail = "\" at position 0: why" SEE_PARSE_ERRORS;
    REQUIRE(message.size() >= head.size() + tail.size());
    REQUIRE(message.compare(0, head.size(), head) == 0);
    REQUIRE(message.compare(message.size() - tail.size(), tail.size(), tail) == 0);
    return message.substr(head.size(), message.size() - head.size() - tail.size());
}

// Well-formed UTF-8 as RFC 3629 defines it (no overlong form, no surrogate, nothing above U+10FFFF),
// written here from the RFC's table rather than taken from the library.
bool is_utf8(std::string_view s) {
    std::size_t i = 0;
    while (i < s.size()) {
        const auto b = static_cast<unsigned char>(s[i]);
        std::size_t n = 0;
        std::uint32_t code = 0;
        if (b < 0x80) {
            ++i;
            continue;
        }
        if ((b & 0xE0U) == 0xC0U) {
            n = 2;
            code = b & 0x1FU;
        } else if ((b & 0xF0U) == 0xE0U) {
            n = 3;
            code = b & 0x0FU;
        } else if ((b & 0xF8U) == 0xF0U) {
            n = 4;
            code = b & 0x07U;
        } else {
            return false;
        }
        if (i + n > s.size()) return false;
        for (std::size_t k = 1; k < n; ++k) {
            const auto c = static_cast<unsigned char>(s[i + k]);
            if ((c & 0xC0U) != 0x80U) return false;
            code = (code << 6U) | (c & 0x3FU);
        }
        const std::uint32_t smallest = n == 2 ? 0x80U : n == 3 ? 0x800U : 0x10000U;
        if (code < smallest || code > 0x10FFFFU || (code >= 0xD800U && code <= 0xDFFFU)) return false;
        i += n;
    }
    return true;
}

}  // namespace

TEST_CASE("the 64-byte cut in a message never splits a UTF-8 character") {
    // é is two bytes: at bytes 63 and 64 it does not fit in the first 64, so it is left out whole.
    CHECK(shown(std::string(63, 'a') + "\xC3\xA9" + "b") == std::string(63, 'a') + "...");
    // At bytes 62 and 63 it fits; the b at byte 64 is cut.
    CHECK(shown(std::string(62, 'a') + "\xC3\xA9" + "b") == std::string(62, 'a') + "\xC3\xA9" + "...");
    // The euro sign is three bytes, at 62, 63 and 64.
    CHECK(shown(std::string(62, 'a') + "\xE2\x82\xAC") == std::string(62, 'a') + "...");
    // A four-byte character at 61 to 64.
    CHECK(shown(std::string(61, 'a') + "\xF0\x9F\x98\x80") == std::string(61, 'a') + "...");
    // 64 bytes exactly are shown whole, with no "...".
    CHECK(shown(std::string(62, 'a') + "\xC3\xA9") == std::string(62, 'a') + "\xC3\xA9");
}

TEST_CASE("control characters in a message are escaped, never raw") {
    CHECK(shown("26\n2") == "26\\n2");
    CHECK(shown("26\r\n") == "26\\r\\n");
    CHECK(shown("\x1b[31m26") == "\\x1b[31m26");
    CHECK(shown("2\t6") == "2\\t6");
    CHECK(shown(std::string("26\0,2", 5)) == "26\\0,2");
    CHECK(shown("26\x7f") == "26\\x7f");
    // A backslash is doubled, so that an escape in the message always means an escaped byte.
    CHECK(shown("C:\\x1b") == "C:\\\\x1b");
    // C1 controls (U+009B is a terminal's CSI) and the line and paragraph separators.
    CHECK(shown("a\xC2\x9B"
                "b") == "a\\u009bb");
    CHECK(shown("a\xE2\x80\xA8"
                "b\xE2\x80\xA9") == "a\\u2028b\\u2029");
    // An escape counts as the byte it stands for in the 64-byte cut: 64 newlines show as 64 escapes.
    std::string many;
    for (int i = 0; i < 64; ++i)
        many += "\\n";
    CHECK(shown(std::string(100, '\n')) == many + "...");
}

TEST_CASE("bytes that are not UTF-8 are shown as hexadecimal escapes, and UTF-8 is kept") {
    CHECK(shown("ing\xC3") == "ing\\xc3");
    CHECK(shown("\xFF\xFE"
                "2024") == "\\xff\\xfe2024");
    // The first two bytes of U+2212 MINUS SIGN without the third; an overlong '/'; a surrogate.
    CHECK(shown("\xE2\x88"
                "5") == "\\xe2\\x885");
    CHECK(shown("\xC0\xAF") == "\\xc0\\xaf");
    CHECK(shown("\xED\xA0\x80") == "\\xed\\xa0\\x80");
    CHECK(shown("pr\xC3\xA8s de 26,2\xE2\x80\xAF%") == "pr\xC3\xA8s de 26,2\xE2\x80\xAF%");
    CHECK(shown("\xE2\x88\x92"
                "0,2") ==
          "\xE2\x88\x92"
          "0,2");
}

TEST_CASE("any bytes give a message that is UTF-8 with no control character") {
    std::mt19937_64 random(20261201);
    std::uniform_int_distribution<int> length(0, 100);
    std::uniform_int_distribution<int> byte(0, 255);
    for (int n = 0; n < 4000; ++n) {
        std::string text(static_cast<std::size_t>(length(random)), '\0');
        for (char& c : text)
            c = static_cast<char>(byte(random));
        const std::string message = parse_error("f", text, 0, "why").what();
        CAPTURE(n);
        CHECK(is_utf8(message));
        bool control = false;
        for (const char c : message) {
            const auto b = static_cast<unsigned char>(c);
            control = control || b < 0x20U || b == 0x7FU;
        }
        CHECK_FALSE(control);
        // The text() keeps the bytes as they were.
        CHECK(parse_error("f", text, 0, "why").text() == text);
    }
}

TEST_CASE("every exception message ends with its entry of docs/troubleshooting.md") {
    // Spelt out in full here, once; the other tests append SEE_DOMAIN_ERRORS or SEE_PARSE_ERRORS.
    CHECK_THROWS_WITH_AS(offshoring::detail::fail("f", "x must be positive, got 0"),
                         "f: x must be positive, got 0 (see docs/troubleshooting.md#domain-errors)",
                         offshoring::domain_error);
    CHECK(std::string(parse_error("f", "abc", 1, "why").what()) ==
          "f: cannot read \"abc\" at position 1: why (see docs/troubleshooting.md#parse-errors)");
}
