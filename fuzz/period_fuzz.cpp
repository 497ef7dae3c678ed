// Fuzzes the period parser: any bytes must give a period or a parse_error, never a crash, and every
// period read must print to a canonical form that reads back to itself.
// SPDX-License-Identifier: MIT
#include <offshoring/period_text.hpp>

#include "readers_agree.hpp"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const std::optional<offshoring::period> quiet = fuzz::read_both(
        text, [](std::string_view t) { return offshoring::try_parse_period(t); },
        [](std::string_view t) { return offshoring::parse_period(t); });
    if (quiet && offshoring::parse_period(offshoring::to_string(*quiet)) != *quiet) std::abort();
    return 0;
}
