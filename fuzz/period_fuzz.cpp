// Fuzzes the period parser: any bytes must give a period or a parse_error, never a crash, and every
// period read (a named period, a run such as 2025-01/2025-09, French words) must print to a canonical
// form that reads back to itself, written as a run exactly when it is not named.
// SPDX-License-Identifier: MIT
#include <offshoring/calendar/period_text.hpp>

#include "readers_agree.hpp"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const std::optional<offshoring::period> quiet = fuzz::read_both(
        text, [](std::string_view t) { return offshoring::try_parse_period(t); },
        [](std::string_view t) { return offshoring::parse_period(t); });
    if (!quiet) return 0;
    const std::string canonical = offshoring::to_string(*quiet);
    if (offshoring::parse_period(canonical) != *quiet) std::abort();
    if (quiet->last() < quiet->first()) std::abort();
    if (quiet->is_named() == (canonical.find('/') != std::string::npos)) std::abort();
    return 0;
}
