// bench/engine_bench.cpp: the consistency engine on the shipped dataset and on synthetic consistent worlds.
// SPDX-License-Identifier: MIT

// BM_engine_shipped: the whole report on the five articles. BM_engine_propagate/N: one propagation of
// every figure of a world of about N figures to its fixpoint, its complexity fitted against the number of
// relations. BM_engine_report/N: the whole report (verdicts by leave-one-out, conflicts, conventions).

#include <cstdint>

#include <benchmark/benchmark.h>

#include <offshoring/check.hpp>
#include <offshoring/check/dataset.hpp>

#include "../tests/support/synthetic_world.hpp"

namespace {

using namespace offshoring::consistency;

// The worlds print about this many figures a year (segments and total by month, quarter, half and year,
// shares and growth), so years = N / figures_per_year.
constexpr int figures_per_year = 120;

testing::world world_of(const benchmark::State& state) {
    return testing::make_world(static_cast<int>(state.range(0) / figures_per_year), 2026);
}

void BM_engine_shipped(benchmark::State& state) {
    const std::vector<fact> facts = shipped_facts();
    for (auto _ : state) {
        const report r = check_facts(facts);
        benchmark::DoNotOptimize(r.figures.data());
    }
    state.counters["figures"] = static_cast<double>(facts.size());
}

void BM_engine_propagate(benchmark::State& state) {
    const testing::world w = world_of(state);
    const model m = build_model(w.facts);
    domain_store store(m);
    store.propagate_all();
    const std::size_t base = store.mark();
    for (auto _ : state) {
        for (std::size_t f = 0; f < w.facts.size(); ++f)
            store.narrow(m.fact_variable[f], w.facts[f].reading(convention::nearest));
        const bool ok = store.propagate();
        benchmark::DoNotOptimize(ok);
        store.undo(base);
    }
    state.SetComplexityN(static_cast<std::int64_t>(m.relations.size()));
    state.counters["figures"] = static_cast<double>(w.facts.size());
    state.counters["relations"] = static_cast<double>(m.relations.size());
}

void BM_engine_report(benchmark::State& state) {
    const testing::world w = world_of(state);
    for (auto _ : state) {
        const report r = check_facts(w.facts);
        benchmark::DoNotOptimize(r.figures.data());
    }
    state.SetComplexityN(state.range(0));
    state.counters["figures"] = static_cast<double>(w.facts.size());
}

}  // namespace

BENCHMARK(BM_engine_shipped)->Unit(benchmark::kMicrosecond);
BENCHMARK(BM_engine_propagate)
    ->Arg(1'000)
    ->Arg(10'000)
    ->Arg(100'000)
    ->Unit(benchmark::kMillisecond)
    ->Complexity(benchmark::oN);
BENCHMARK(BM_engine_report)
    ->Arg(1'000)
    ->Arg(10'000)
    ->Unit(benchmark::kMillisecond)
    ->Complexity(benchmark::oNLogN);

BENCHMARK_MAIN();
