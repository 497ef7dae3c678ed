// The property every parser's fuzz target checks first: the throwing reader and its try_ twin agree on
// every input, and a refusal names a position inside the text.
// SPDX-License-Identifier: MIT
#pragma once

#include <offshoring/detail/error.hpp>

#include <cstddef>
#include <cstdlib>
#include <cstring>
#include <string_view>

namespace fuzz {

// Returns what try_read gave, after aborting (which libFuzzer reports as a crash) on any disagreement.
template <class TryRead, class Read>
auto read_both(std::string_view text, TryRead try_read, Read read) {
    const auto quiet = try_read(text);
    bool threw = false;
    try {
        const auto loud = read(text);
        if (!quiet || !(*quiet == loud)) std::abort();
    } catch (const offshoring::parse_error& error) {
        threw = true;
        if (error.position() > text.size()) std::abort();
        // The position and the reason must survive reading what() as a C string (a NUL in the text).
        if (std::strstr(error.what(), "\" at position ") == nullptr) std::abort();
        // The message is safe to log: UTF-8 throughout, and no control character.
        const std::string_view message = error.what();
        for (std::size_t at = 0; at < message.size();) {
            const auto byte = static_cast<unsigned char>(message[at]);
            if (byte < 0x20U || byte == 0x7FU) std::abort();
            const std::size_t length = offshoring::detail::utf8_length(message, at);
            if (length == 0) std::abort();
            at += length;
        }
    }
    if (threw == quiet.has_value()) std::abort();
    return quiet;
}

}  // namespace fuzz
