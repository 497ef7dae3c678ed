// offshoring/error.hpp: the two exception types every layer throws, and how their messages are built.
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

namespace offshoring {

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
        // Over-long input is cut in the message so that a hostile string cannot flood a log.
        constexpr std::size_t shown = 64;
        std::string message;
        message.append(function).append(": cannot read \"");
        // A NUL byte is shown as \0: what() is read as a C string, which would end at the byte and lose the
        // position and the reason.
        for (const char c : text.substr(0, shown)) {
            if (c == '\0')
                message.append("\\0");
            else
                message.push_back(c);
        }
        if (text.size() > shown) message.append("...");
        message.append("\" at position ").append(std::to_string(position)).append(": ").append(why);
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
    message.append(": ").append(what);
    throw domain_error(message);
}

}  // namespace detail
}  // namespace offshoring
