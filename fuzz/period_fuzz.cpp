// Fuzzes the period parser: any bytes must give a period or a parse_error, never a crash, and every
// period read must print to a canonical form that reads back to itself.
// SPDX-License-Identifier: MIT
#include <offshoring/period_text.hpp>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const std::optional<offshoring::period> quiet = offshoring::try_parse_period(text);
    bool threw = false;
    try {
        const offshoring::period loud = offshoring::parse_period(text);
        if (!quiet || *quiet != loud) std::abort();  // the two readers must agree
    } catch (const offshoring::parse_error& error) {
        threw = true;
        if (error.position() > text.size()) std::abort();
    }
    if (threw == quiet.has_value()) std::abort();
    if (quiet && offshoring::parse_period(offshoring::to_string(*quiet)) != *quiet) std::abort();
    return 0;
}
