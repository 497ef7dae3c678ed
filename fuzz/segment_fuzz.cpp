// Fuzzes the segment parser: any bytes (invalid UTF-8 included) give a segment or a parse_error, and the
// throwing and non-throwing readers agree.
// SPDX-License-Identifier: MIT
#include <offshoring/segment/segment_text.hpp>

#include "readers_agree.hpp"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const std::optional<offshoring::segment> quiet = fuzz::read_both(
        text, [](std::string_view t) { return offshoring::try_parse_segment(t); },
        [](std::string_view t) { return offshoring::parse_segment(t); });
    if (quiet && offshoring::parse_segment(offshoring::acronym(*quiet)) != *quiet) std::abort();
    return 0;
}
