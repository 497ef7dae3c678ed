// bench/kernel_twins.cpp: runs every typed kernel and its raw twin once on the same data, for callgrind.
// SPDX-License-Identifier: MIT

// Instruction counts do not depend on the load of the machine, which timings on a shared machine do:
//   valgrind --tool=callgrind --callgrind-out-file=twins.out --toggle-collect='kernels::*_typed*'
//       --toggle-collect='kernels::*_raw*' ./kernel_twins
//   callgrind_annotate --inclusive=yes twins.out | grep kernels::
// The program also checks that each pair computes the same numbers, so that the two count the same work.

#include <cstddef>
#include <cstdio>
#include <cstdlib>
#include <vector>

#include "data.hpp"
#include "kernels.hpp"

namespace {

int mismatches = 0;

template <class Typed>
void expect_same(const char* what, const std::vector<Typed>& typed, const std::vector<double>& raw) {
    for (std::size_t i = 0; i < raw.size(); ++i) {
        double t = 0.0;
        if constexpr (offshoring::detail::is_quantity<Typed>::value)
            t = offshoring::in_mad(typed[i]);
        else
            t = typed[i];
        // The twins do the same operations in the same order, so the results are equal, not just close.
        if (t != raw[i]) {
            std::printf("%s: element %zu differs: typed %.17g, raw %.17g\n", what, i, t, raw[i]);
            ++mismatches;
            return;
        }
    }
    std::printf("%-17s %zu values, typed == raw\n", what, raw.size());
}

}  // namespace

int main(int argc, char** argv) {
    const std::size_t n = argc > 1 ? static_cast<std::size_t>(std::strtoull(argv[1], nullptr, 10)) : 100000;

    {
        const auto s = bench_data::parts_and_wholes(n);
        const auto part = bench_data::typed(s.first);
        const auto whole = bench_data::typed(s.second);
        std::vector<double> typed(n), raw(n);
        kernels::share_typed(part.data(), whole.data(), typed.data(), n);
        kernels::share_raw(s.first.data(), s.second.data(), raw.data(), n);
        expect_same("share", typed, raw);
    }
    {
        const auto s = bench_data::froms_and_tos(n);
        const auto from = bench_data::typed(s.first);
        const auto to = bench_data::typed(s.second);
        std::vector<double> typed(n), raw(n);
        kernels::growth_typed(from.data(), to.data(), typed.data(), n);
        kernels::growth_raw(s.first.data(), s.second.data(), raw.data(), n);
        expect_same("growth", typed, raw);
        kernels::cagr_typed(from.data(), to.data(), 6.0, typed.data(), n);
        kernels::cagr_raw(s.first.data(), s.second.data(), 6.0, raw.data(), n);
        expect_same("cagr", typed, raw);
    }
    {
        const auto s = bench_data::contributions(n);
        const auto part_from = bench_data::typed(s.part_from);
        const auto part_to = bench_data::typed(s.part_to);
        const auto total_from = bench_data::typed(s.total_from);
        std::vector<double> typed(n), raw(n);
        kernels::contribution_typed(part_from.data(), part_to.data(), total_from.data(), typed.data(), n);
        kernels::contribution_raw(s.part_from.data(), s.part_to.data(), s.total_from.data(), raw.data(), n);
        expect_same("contribution", typed, raw);
    }
    {
        const auto partial_raw = bench_data::amounts(n, 5);
        const auto partial = bench_data::typed(partial_raw);
        std::vector<offshoring::mad<>> typed(n);
        std::vector<double> raw(n);
        kernels::annualised_level_typed(partial.data(), 6, typed.data(), n);
        kernels::annualised_level_raw(partial_raw.data(), 6, raw.data(), n);
        expect_same("annualised_level", typed, raw);
    }
    {
        const auto change = bench_data::fractions(n, 6, -0.1, 0.1);
        std::vector<double> typed(n), raw(n);
        kernels::annualised_rate_typed(change.data(), 6, typed.data(), n);
        kernels::annualised_rate_raw(change.data(), 6, raw.data(), n);
        expect_same("annualised_rate", typed, raw);
    }
    {
        const auto base_raw = bench_data::amounts(n, 7);
        const auto base = bench_data::typed(base_raw);
        const auto rate = bench_data::fractions(n, 8, -0.05, 0.15);
        std::vector<offshoring::mad<>> typed(n);
        std::vector<double> raw(n);
        kernels::projection_typed(base.data(), rate.data(), 2024, 2030, typed.data(), n);
        kernels::projection_raw(base_raw.data(), rate.data(), 2024, 2030, raw.data(), n);
        expect_same("projection", typed, raw);
    }
    {
        const auto s = bench_data::verdicts(n);
        const auto part = bench_data::typed_amounts(s.part);
        const auto whole = bench_data::typed_amounts(s.whole);
        const auto claim = bench_data::typed_percents(s.claim);
        std::vector<double> typed(n), raw(n);
        kernels::verdict_typed(part.data(), whole.data(), claim.data(), typed.data(), n);
        kernels::verdict_raw(s.part.data(), s.whole.data(), s.claim.data(), raw.data(), n);
        expect_same("verdict", typed, raw);
    }
    return mismatches == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
