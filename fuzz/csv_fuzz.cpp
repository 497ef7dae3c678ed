// Fuzzes the CSV reader of published figures: any bytes give figures and errors without a crash, a hang
// or undefined behaviour; every error lies within the text; nothing is dropped without an error; the
// throwing reader agrees; every figure read writes back to CSV that reads again to the same figures.
// SPDX-License-Identifier: MIT
#include <offshoring/data/csv.hpp>
#include <offshoring/data/csv_reader.hpp>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    // NOLINTNEXTLINE(cppcoreguidelines-pro-type-reinterpret-cast): libFuzzer hands over raw bytes.
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const offshoring::data::figures_read r = offshoring::data::read_figures(text);

    std::size_t lines = 1;
    for (const char c : text)
        lines += c == '\n' ? 1 : 0;
    for (const offshoring::data::csv_error& e : r.errors) {
        if (e.line < 1 || e.line > lines || e.column < 1 || e.why.empty()) std::abort();
    }
    // An empty text is reported, never read as an empty dataset.
    if (text.empty() && r.errors.empty()) std::abort();

    try {
        const std::vector<offshoring::data::figure> all = offshoring::data::read_figures_csv(text);
        if (!r.ok() || all.size() != r.figures.size()) std::abort();
    } catch (const offshoring::data::csv_errors& e) {
        if (r.ok() || e.errors().size() != r.errors.size()) std::abort();
    }

    if (r.figures.empty()) return 0;
    const offshoring::data::figures_read again =
        offshoring::data::read_figures(offshoring::data::figures_csv(r.figures));
    if (!again.ok() || again.figures.size() != r.figures.size()) std::abort();
    for (std::size_t i = 0; i < r.figures.size(); ++i) {
        const offshoring::data::figure& a = r.figures[i];
        const offshoring::data::figure& b = again.figures[i];
        if (a.id != b.id || a.printed != b.printed || a.quote != b.quote || a.measure != b.measure ||
            a.scope != b.scope || a.period != b.period || a.reading.number != b.reading.number ||
            a.reading.unit != b.reading.unit || a.reading.approx != b.reading.approx)
            std::abort();
    }
    return 0;
}
