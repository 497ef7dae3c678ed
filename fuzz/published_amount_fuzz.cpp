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

// Every input is read in every unit by the non-throwing reader; the throwing one, whose agreement with it
// does not depend on the unit, reads it in one unit chosen by the input's length, which keeps the cost of
// the exceptions to one a style while each unit still meets every kind of input.
template <class Unit>
void check(std::string_view text, offshoring::number_style style, Unit unit, bool also_throwing) {
    const auto try_read = [style, unit](std::string_view t) {
        return offshoring::try_parse_published(t, style, unit);
    };
    const std::optional<offshoring::published_amount<Unit>> quiet =
        also_throwing ? fuzz::read_both(text, try_read,
                                        [style, unit](std::string_view t) {
                                            return offshoring::parse_published(t, style, unit);
                                        })
                      : try_read(text);

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

template <class... Units>
void check_every_unit(std::string_view text, offshoring::number_style style, Units... units) {
    const std::size_t throwing = text.size() % sizeof...(Units);
    std::size_t index = 0;
    (check(text, style, units, index++ == throwing), ...);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace offshoring::units;
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    for (const auto style : {offshoring::number_style::french, offshoring::number_style::english}) {
        // Every unit the library names, each of a scale of its own.
        check_every_unit(text, style, dirham, thousand_dirhams, million_dirhams, billion_dirhams, us_dollar,
                         thousand_us_dollars, million_us_dollars, billion_us_dollars, job, dirham_per_job,
                         dirham_per_us_dollar);
    }
    return 0;
}
