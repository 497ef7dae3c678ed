// offshoring/data/figures.hpp: every figure the five source articles publish, read from the shipped CSV
// (data/figures.csv, carried in the header as shipped_csv).
// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <offshoring/data/csv_reader.hpp>
#include <offshoring/data/figure.hpp>
#include <offshoring/data/shipped_csv.hpp>
#include <offshoring/detail/error.hpp>

namespace offshoring::data {

// Every figure of the five articles, article by article, in the order each prints them; a figure printed
// twice (26,2 and 26,22) is kept once per printing. Read once, on first use; the tests read the same text
// without error, so this does not throw.
template <class Void = void>
const std::vector<figure>& shipped_figures() {
    static const detail::deferred<std::vector<figure>, Void> figures =
        read_figures_csv<Void>(shipped_csv, "data/figures.csv");
    return figures;
}

// The figure with this id, in `figures` (the shipped dataset unless another is given). Throws
// offshoring::domain_error for an unknown id.
template <class Void = void>
const figure& find_figure(std::string_view id, const detail::deferred<std::vector<figure>, Void>& figures =
                                                   shipped_figures<Void>()) {
    for (const auto& candidate : figures)
        if (candidate.id == id) return candidate;
    offshoring::detail::fail("offshoring::data::find_figure",
                             "no figure has the id \"" + offshoring::detail::quote_for_message(id) + "\"");
}

}  // namespace offshoring::data
