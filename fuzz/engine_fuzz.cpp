// Fuzzes the whole pipeline: any bytes read as a CSV of figures, checked by the engine, explained and
// written as text. No crash, hang or undefined behaviour; every verdict keeps its promise: a consistent
// figure meets what the others imply, an inconsistent one is in a correction set or a conflict.
// SPDX-License-Identifier: MIT
#include <offshoring/check.hpp>
#include <offshoring/check/dataset.hpp>
#include <offshoring/data/csv_reader.hpp>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    // NOLINTNEXTLINE(cppcoreguidelines-pro-type-reinterpret-cast): libFuzzer hands over raw bytes.
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    const offshoring::data::figures_read read = offshoring::data::read_figures(text);
    if (!read.ok()) return 0;
    using namespace offshoring::consistency;
    options small;
    small.max_facts = 64;  // the limit is part of the contract: beyond it, a domain_error
    report r;
    try {
        r = check_facts(facts_of(read.figures), small);
    } catch (const offshoring::domain_error&) {
        return 0;
    }
    for (std::size_t f = 0; f < r.facts.size(); ++f) {
        const figure_result& res = r.figures[f];
        if (res.status == verdict::consistent &&
            (!res.implied || offshoring::detail::intersect(res.published, *res.implied).empty()))
            std::abort();
        if (res.status == verdict::inconsistent) {
            const auto holds = [f](const std::vector<std::size_t>& set) {
                return std::find(set.begin(), set.end(), f) != set.end();
            };
            const bool placed = std::any_of(r.correction_sets.begin(), r.correction_sets.end(), holds) ||
                                std::any_of(r.conflicts.begin(), r.conflicts.end(),
                                            [&](const conflict& c) { return holds(c.facts); });
            if (!placed) std::abort();
        }
        if (explain(r, f, offshoring::language::fr).empty()) std::abort();
    }
    if (report_text(r, offshoring::language::en).empty()) std::abort();
    return 0;
}
