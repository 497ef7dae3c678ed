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

#include "twins.hpp"

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
    twins::for_each_twin([n](const auto& twin) {
        const auto inputs = twin.inputs(n);
        std::vector<twins::output_of_t<decltype(twin.typed)>> typed(n);
        std::vector<double> raw(n);
        twins::run(twin.typed, inputs.typed_args(), typed);
        twins::run(twin.raw, inputs.raw_args(), raw);
        expect_same(twin.name, typed, raw);
    });
    return mismatches == 0 ? EXIT_SUCCESS : EXIT_FAILURE;
}
