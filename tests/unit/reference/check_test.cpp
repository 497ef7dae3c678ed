// The examples of docs/reference/check.md, each checked against the result the page gives.
// SPDX-License-Identifier: MIT
#include <offshoring/check.hpp>
#include <offshoring/check/dataset.hpp>

#include <cstddef>
#include <set>

#include <doctest/doctest.h>

using namespace offshoring::consistency;

TEST_CASE("docs/reference/check.md: the report counts, explains and prints") {
    const report r = check_facts(shipped_facts());
    // The figures to doubt are those of the minimum correction sets, each counted once.
    std::set<std::size_t> doubted;
    for (const auto& h : r.correction_sets)
        doubted.insert(h.begin(), h.end());
    CHECK(r.count(verdict::inconsistent) == doubted.size());
    CHECK(explain(r, 0, offshoring::language::fr).find(r.facts.front().id) == 0);
    CHECK(report_text(r, offshoring::language::en).find("Figures: ") == 0);
}
