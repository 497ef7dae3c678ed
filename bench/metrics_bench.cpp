// bench/metrics_bench.cpp: every twin of the registry over 1e3 and 1e6 values, typed against raw, in one run.
// SPDX-License-Identifier: MIT

// Pairs are named BM_<what>_typed and BM_<what>_raw with the array size after the slash, so that
// bench/compare.py can pair them in the JSON output and print typed/raw.

#include <cstddef>
#include <string>
#include <vector>

#include <benchmark/benchmark.h>

#include "twins.hpp"

namespace {

// Each side draws its own inputs, as a caller would, and the output escapes after every pass, so that no
// pass can be skipped or merged with the next.
template <class Kernel, class Args>
void time_kernel(benchmark::State& state, Kernel kernel, Args args) {
    std::vector<twins::output_of_t<Kernel>> out(static_cast<std::size_t>(state.range(0)));
    for (auto _ : state) {
        twins::run(kernel, args, out);
        benchmark::DoNotOptimize(out.data());
        benchmark::ClobberMemory();
    }
    state.SetItemsProcessed(state.iterations() * state.range(0));
}

enum class side { typed, raw };

template <side Side, class Twin>
void register_side(const Twin& twin) {
    const std::string name = std::string("BM_") + twin.name + (Side == side::typed ? "_typed" : "_raw");
    benchmark::RegisterBenchmark(name.c_str(),
                                 [twin](benchmark::State& state) {
                                     const auto inputs =
                                         twin.inputs(static_cast<std::size_t>(state.range(0)));
                                     if constexpr (Side == side::typed)
                                         time_kernel(state, twin.typed, inputs.typed_args());
                                     else
                                         time_kernel(state, twin.raw, inputs.raw_args());
                                 })
        ->Arg(1000)
        ->Arg(1000000);
}

}  // namespace

int main(int argc, char** argv) {
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv)) return 1;
    // Typed and raw of one metric are registered next to each other, so that they run close together.
    twins::for_each_twin([](const auto& twin) {
        register_side<side::typed>(twin);
        register_side<side::raw>(twin);
    });
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
