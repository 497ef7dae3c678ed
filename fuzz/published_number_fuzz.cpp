// Fuzzes the reader of published figures in both styles: any bytes give a number or a parse_error whose
// position lies within the text and whose message keeps its reason; the throwing and non-throwing readers
// agree; every number read prints to a canonical text that reads back to the same number (digits, decimals
// and kind).
// SPDX-License-Identifier: MIT
#include <offshoring/published/number.hpp>

#include "readers_agree.hpp"

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <optional>
#include <string_view>

namespace {

void check(std::string_view text, offshoring::number_style style) {
    const std::optional<offshoring::published_number> quiet = fuzz::read_both(
        text, [style](std::string_view t) { return offshoring::try_parse_published(t, style); },
        [style](std::string_view t) { return offshoring::parse_published(t, style); });
    if (!quiet) return;
    const offshoring::published_number x = *quiet;
    if (offshoring::parse_published(offshoring::to_string(x, style), style) != x) std::abort();
    // The limits the constructor enforces must also hold for what the reader builds.
    if (x.decimals() < 0 || x.decimals() > offshoring::published_number::max_decimals) std::abort();
    if (x.scaled() > offshoring::published_number::max_scaled ||
        x.scaled() < -offshoring::published_number::max_scaled)
        std::abort();
    const offshoring::interval<double> bounds = offshoring::as_interval(x);
    if (!std::isfinite(bounds.lo()) || !std::isfinite(bounds.hi()) || !(bounds.lo() < bounds.hi()))
        std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    check(text, offshoring::number_style::french);
    check(text, offshoring::number_style::english);
    return 0;
}
