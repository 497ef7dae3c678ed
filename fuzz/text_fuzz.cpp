// Fuzzes the text entry point: any double and any options must give a text or a domain_error, never a
// crash; a plain number written in its shortest form reads back as the same double; the format_*
// wrappers write what format writes.
// SPDX-License-Identifier: MIT
#include <offshoring/published/interval_arithmetic.hpp>
#include <offshoring/text.hpp>

#include <array>
#include <charconv>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <optional>
#include <string>
#include <string_view>

namespace {

using namespace offshoring;

// The text, or nullopt for a domain_error; any other exception is a bug.
template <class Write>
std::optional<std::string> text_or_refusal(Write write) {
    try {
        std::string text = write();
        if (text.empty()) std::abort();
        return text;
    } catch (const domain_error&) {
        return std::nullopt;
    }
}

// Whether the shortest fixed text of x has at most 12 decimals, the most format writes by default.
bool shortest_fits(double x) {
    std::array<char, 400> buffer{};
    const auto printed =
        std::to_chars(buffer.data(), buffer.data() + buffer.size(), x, std::chars_format::fixed);
    const std::string_view text(buffer.data(), static_cast<std::size_t>(printed.ptr - buffer.data()));
    const std::size_t point = text.find('.');
    return point == std::string_view::npos || text.size() - point - 1 <= 12;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size < sizeof(double) + 2) return 0;
    double x = 0.0;
    std::memcpy(&x, data, sizeof x);
    const std::uint8_t pick = data[sizeof x];
    const std::uint8_t more = data[sizeof x + 1];
    const language lang = (pick & 1U) != 0 ? language::en : language::fr;
    text_options options;
    // Decimals from -2 to 14 around the valid 0..12, or unset.
    if ((pick & 2U) != 0) options.decimals = static_cast<int>(more % 17U) - 2;
    options.as = static_cast<shown_as>((pick >> 2U) % 4U);
    options.style = (pick & 16U) != 0 ? form::abbreviated : form::full;
    options.group = static_cast<grouping>((pick >> 5U) % 3U);
    options.scale = static_cast<amount_scale>((more >> 4U) % 5U);

    (void)text_or_refusal([&] { return format(x, lang, options); });
    (void)text_or_refusal([&] { return format(mad<>::from_value(x), lang, options); });
    (void)text_or_refusal([&] { return format(jobs<>::from_value(x), lang, options); });
    (void)text_or_refusal([&] { return format(mad_per_usd<>::from_value(x), lang, options); });

    // Shortest, in English without grouping, reads back as the double itself.
    const std::optional<std::string> shortest = text_or_refusal([&] {
        return format(x, language::en, {{}, shown_as::number, form::full, grouping::none});
    });
    if (shortest && shortest_fits(x) && std::strtod(shortest->c_str(), nullptr) != x) std::abort();

    if (options.decimals) {
        const int d = *options.decimals;
        if (text_or_refusal([&] { return format_number(x, d, lang, options.group); }) != text_or_refusal([&] {
                return format(x, lang, {d, shown_as::number, form::full, options.group});
            }))
            std::abort();
        if (text_or_refusal([&] { return format_percent(x, d, lang, options.group); }) !=
            text_or_refusal([&] {
                return format(x, lang, {d, shown_as::percent, form::full, options.group});
            }))
            std::abort();
    }

    if (size >= 2 * sizeof(double) + 2) {
        double y = 0.0;
        std::memcpy(&y, data + sizeof x + 2, sizeof y);
        if (x <= y) {
            try {
                const interval<double> fractions(x, y);
                (void)text_or_refusal([&] { return format(fractions, lang, options); });
                const interval<mad<>> amounts(mad<>::from_value(x), mad<>::from_value(y));
                (void)text_or_refusal([&] { return format(amounts, lang, options); });
            } catch (const domain_error&) {
                // An interval refuses bounds that are not finite.
            }
        }
    }
    return 0;
}
