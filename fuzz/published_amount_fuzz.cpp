// Fuzzes the reader of published amounts (a figure with its unit): any bytes give an amount or a
// parse_error within the text, the throwing and non-throwing readers agree with each other and with the
// number reader, a percentage is never an amount, and every amount read has finite, ordered bounds.
// SPDX-License-Identifier: MIT
#include <offshoring/published/amount.hpp>

#include "readers_agree.hpp"

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <optional>
#include <string_view>

namespace {

template <class Unit>
void check(std::string_view text, offshoring::number_style style, Unit unit) {
    const std::optional<offshoring::published_amount<Unit>> quiet = fuzz::read_both(
        text, [style, unit](std::string_view t) { return offshoring::try_parse_published(t, style, unit); },
        [style, unit](std::string_view t) { return offshoring::parse_published(t, style, unit); });

    // An amount is exactly a number that is not a percentage.
    const std::optional<offshoring::published_number> number = offshoring::try_parse_published(text, style);
    if (quiet.has_value() != (number.has_value() && !number->is_percent())) std::abort();
    if (!quiet) return;
    if (quiet->number() != *number) std::abort();

    const auto bounds = quiet->rounding_interval();
    const double lo = bounds.lo().value();
    const double hi = bounds.hi().value();
    const double value = quiet->value().value();
    if (!std::isfinite(lo) || !std::isfinite(hi) || !(lo < hi)) std::abort();
    if (!(lo <= value && value <= hi)) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    for (const auto style : {offshoring::number_style::french, offshoring::number_style::english}) {
        check(text, style, offshoring::units::billion_dirhams);
        check(text, style, offshoring::units::million_us_dollars);
        check(text, style, offshoring::units::job);
    }
    return 0;
}
