// offshoring/detail/error.hpp: the two exception types every layer throws, and how their messages are built.
// SPDX-License-Identifier: MIT
#pragma once

#include <array>
#include <charconv>
#include <cmath>
#include <cstddef>
#include <stdexcept>
#include <string>
#include <string_view>
#include <system_error>

#include <offshoring/detail/compiler_modes.hpp>
#include <offshoring/detail/troubleshooting.hpp>
#include <offshoring/detail/version.hpp>

namespace offshoring {
namespace detail {

// The length of the well-formed UTF-8 character (RFC 3629) that starts at text[at], or 0 when the byte
// there starts none: a stray continuation byte, a lead byte cut short, an overlong form, a surrogate.
constexpr std::size_t utf8_length(std::string_view text, std::size_t at) noexcept {
    const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[at + k]); };
    const unsigned char lead = byte(0);
    if (lead < 0x80U) return 1;
    std::size_t length = 0;
    unsigned char low = 0x80U;  // the range the second byte must lie in
    unsigned char high = 0xBFU;
    if (lead >= 0xC2U && lead <= 0xDFU) {
        length = 2;
    } else if (lead >= 0xE0U && lead <= 0xEFU) {
        length = 3;
        if (lead == 0xE0U) low = 0xA0U;   // overlong below U+0800
        if (lead == 0xEDU) high = 0x9FU;  // surrogates
    } else if (lead >= 0xF0U && lead <= 0xF4U) {
        length = 4;
        if (lead == 0xF0U) low = 0x90U;   // overlong below U+10000
        if (lead == 0xF4U) high = 0x8FU;  // above U+10FFFF
    } else {
        return 0;
    }
    if (text.size() - at < length || byte(1) < low || byte(1) > high) return 0;
    for (std::size_t k = 2; k < length; ++k)
        if ((byte(k) & 0xC0U) != 0x80U) return 0;
    return length;
}

inline void append_hex_escape(std::string& out, std::string_view prefix, unsigned value, int digits) {
    constexpr std::string_view hex = "0123456789abcdef";
    out.append(prefix);
    for (int shift = 4 * (digits - 1); shift >= 0; shift -= 4)
        out.push_back(hex[(value >> static_cast<unsigned>(shift)) & 0xFU]);
}

// At most the first `budget` bytes of a text, as a message may quote it: whole characters only, then
// "..." when some were left out. Whatever the bytes, the result is UTF-8 with no control character, so
// that a hostile text can neither flood a log nor write to the terminal that shows it: NUL, newline,
// carriage return and tab become \0, \n, \r and \t, the other controls \x1b and the like, C1
// controls and the line and paragraph separators \u009b, \u2028, \u2029; a byte that is not UTF-8
// becomes \xff; a backslash is doubled. An escape counts as the bytes it stands for.
inline std::string quote_for_message(std::string_view text, std::size_t budget = 64) {
    std::string out;
    std::size_t at = 0;
    while (at < text.size()) {
        const std::size_t length = utf8_length(text, at);
        if (at + (length == 0 ? 1 : length) > budget) break;
        const auto lead = static_cast<unsigned char>(text[at]);
        if (length == 0) {
            append_hex_escape(out, "\\x", lead, 2);
        } else if (length == 1) {
            switch (lead) {
                case '\0':
                    out.append("\\0");
                    break;
                case '\n':
                    out.append("\\n");
                    break;
                case '\r':
                    out.append("\\r");
                    break;
                case '\t':
                    out.append("\\t");
                    break;
                case '\\':
                    out.append("\\\\");
                    break;
                default:
                    if (lead < 0x20U || lead == 0x7FU)
                        append_hex_escape(out, "\\x", lead, 2);
                    else
                        out.push_back(text[at]);
            }
        } else {
            const std::string_view character = text.substr(at, length);
            const auto second = static_cast<unsigned char>(text[at + 1]);
            if (lead == 0xC2U && second < 0xA0U)
                append_hex_escape(out, "\\u", second, 4);
            else if (character == "\xE2\x80\xA8" || character == "\xE2\x80\xA9")
                append_hex_escape(out, "\\u", character == "\xE2\x80\xA8" ? 0x2028U : 0x2029U, 4);
            else
                out.append(character);
        }
        at += length == 0 ? 1 : length;
    }
    if (at < text.size()) out.append("...");
    return out;
}

}  // namespace detail

// A value outside a function's domain: a zero or negative base, a NaN, a month 13, a target year
// before its base year. The message names the function and the offending values.
class domain_error : public std::domain_error {
public:
    using std::domain_error::domain_error;
};

// Text that is not what a parser reads. Keeps the text and the position (0-based) where reading failed.
class parse_error : public std::invalid_argument {
public:
    parse_error(std::string_view function, std::string_view text, std::size_t position, std::string_view why)
        : std::invalid_argument(compose(function, text, position, why)), text_(text), position_(position) {}

    [[nodiscard]] const std::string& text() const noexcept { return text_; }
    [[nodiscard]] std::size_t position() const noexcept { return position_; }

private:
    static std::string compose(std::string_view function, std::string_view text, std::size_t position,
                               std::string_view why) {
        // A NUL byte shown raw would also end what() read as a C string, losing the position and the reason.
        std::string message;
        message.append(function).append(": cannot read \"").append(detail::quote_for_message(text));
        message.append("\" at position ").append(std::to_string(position)).append(": ").append(why);
        message.append(OFFSHORING_SEE_TROUBLESHOOTING("parse-errors"));
        return message;
    }

    std::string text_;
    std::size_t position_;
};

namespace detail {

// Shortest text that reads back to the same double, with nan/inf spelled out, so error messages show
// exactly the value that was refused.
inline std::string describe(double value) {
    if (std::isnan(value)) return "nan";
    if (std::isinf(value)) return value > 0 ? "inf" : "-inf";
    std::array<char, 32> buffer{};
    const auto result = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value);
    if (result.ec != std::errc{}) return "?";
    return {buffer.data(), result.ptr};
}

inline std::string describe(long long value) { return std::to_string(value); }
inline std::string describe(int value) { return std::to_string(value); }

[[noreturn]] inline void fail(std::string_view function, std::string_view what) {
    std::string message(function);
    message.append(": ").append(what).append(OFFSHORING_SEE_TROUBLESHOOTING("domain-errors"));
    throw domain_error(message);
}

}  // namespace detail
}  // namespace offshoring
