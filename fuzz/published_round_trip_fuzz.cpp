// Fuzzes the round trip from a figure to text and back: a published number drawn from the bytes, written
// by the text layer as a newspaper would print it (format_number, format_percent or format_growth, either
// language, any grouping) and by to_string, reads back as the same published number: digits, decimals
// and kind.
// SPDX-License-Identifier: MIT
#include <offshoring/published/number.hpp>
#include <offshoring/text.hpp>

#include <fuzzer/FuzzedDataProvider.h>

#include <array>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <optional>
#include <string>

namespace {

void reads_back(const std::string& text, offshoring::number_style style,
                const offshoring::published_number& x) {
    const std::optional<offshoring::published_number> read = offshoring::try_parse_published(text, style);
    if (!read || *read != x) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    using namespace offshoring;
    FuzzedDataProvider bytes(data, size);
    const bool french = bytes.ConsumeBool();
    const number_style style = french ? number_style::french : number_style::english;
    const language lang = french ? language::fr : language::en;
    constexpr std::array<grouping, 3> groupings{grouping::ascii, grouping::typographic, grouping::none};
    const grouping group = groupings[bytes.ConsumeIntegralInRange<std::size_t>(0, groupings.size() - 1)];
    const int decimals = bytes.ConsumeIntegralInRange<int>(0, published_number::max_decimals);
    const bool percent = bytes.ConsumeBool();
    const bool signed_growth = bytes.ConsumeBool();
    const long long scaled =
        bytes.ConsumeIntegralInRange<long long>(-published_number::max_scaled, published_number::max_scaled);
    const published_number x(scaled, decimals, percent ? number_kind::percent : number_kind::plain);

    reads_back(to_string(x, style), style, x);
    // The printed value is the double nearest scaled / 10^decimals, within half a unit in its last place
    // as long as it has at most 15 digits; a percentage is that over 100, so two roundings, still within.
    if (!percent) {
        reads_back(format_number(x.value(), decimals, lang, group), style, x);
    } else if (signed_growth) {
        reads_back(format_growth(x.value() / 100.0, decimals, lang, group), style, x);
    } else {
        reads_back(format_percent(x.value() / 100.0, decimals, lang, group), style, x);
    }
    return 0;
}
