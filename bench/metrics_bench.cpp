// bench/metrics_bench.cpp: every metric over 1e3 and 1e6 values, typed against raw doubles, in one run.
// SPDX-License-Identifier: MIT

// Pairs are named BM_<what>_typed and BM_<what>_raw with the array size after the slash, so that
// bench/compare.py can pair them in the JSON output and print typed/raw.

#include <cstddef>
#include <cstdint>
#include <vector>

#include <benchmark/benchmark.h>

#include "data.hpp"
#include "kernels.hpp"

namespace {

constexpr double cagr_years = 6.0;
constexpr int half_year_months = 6;
constexpr int base_year = 2024;
constexpr int target_year = 2030;

std::size_t size_of(const benchmark::State& state) { return static_cast<std::size_t>(state.range(0)); }

// The output escapes after every pass, so that no pass can be skipped or merged with the next.
template <class Out, class Kernel>
void run(benchmark::State& state, std::vector<Out>& out, Kernel kernel) {
    for (auto _ : state) {
        kernel();
        benchmark::DoNotOptimize(out.data());
        benchmark::ClobberMemory();
    }
    state.SetItemsProcessed(static_cast<std::int64_t>(state.iterations()) * state.range(0));
}

void BM_share_typed(benchmark::State& state) {
    const std::size_t n = size_of(state);
    const auto s = bench_data::parts_and_wholes(n);
    const auto part = bench_data::typed(s.first);
    const auto whole = bench_data::typed(s.second);
    std::vector<double> out(n);
    run(state, out, [&] { kernels::share_typed(part.data(), whole.data(), out.data(), n); });
}

void BM_share_raw(benchmark::State& state) {
    const std::size_t n = size_of(state);
    const auto s = bench_data::parts_and_wholes(n);
    std::vector<double> out(n);
    run(state, out, [&] { kernels::share_raw(s.first.data(), s.second.data(), out.data(), n); });
}

void BM_growth_typed(benchmark::State& state) {
    const std::size_t n = size_of(state);
    const auto s = bench_data::froms_and_tos(n);
    const auto from = bench_data::typed(s.first);
    const auto to = bench_data::typed(s.second);
    std::vector<double> out(n);
    run(state, out, [&] { kernels::growth_typed(from.data(), to.data(), out.data(), n); });
}

void BM_growth_raw(benchmark::State& state) {
    const std::size_t n = size_of(state);
    const auto s = bench_data::froms_and_tos(n);
    std::vector<double> out(n);
    run(state, out, [&] { kernels::growth_raw(s.first.data(), s.second.data(), out.data(), n); });
}

void BM_contribution_typed(benchmark::State& state) {
    const std::size_t n = size_of(state);
    const auto s = bench_data::contributions(n);
    const auto part_from = bench_data::typed(s.part_from);
    const auto part_to = bench_data::typed(s.part_to);
    const auto total_from = bench_data::typed(s.total_from);
    std::vector<double> out(n);
    run(state, out, [&] {
        kernels::contribution_typed(part_from.data(), part_to.data(), total_from.data(), out.data(), n);
    });
}

void BM_contribution_raw(benchmark::State& state) {
    const std::size_t n = size_of(state);
    const auto s = bench_data::contributions(n);
    std::vector<double> out(n);
    run(state, out, [&] {
        kernels::contribution_raw(s.part_from.data(), s.part_to.data(), s.total_from.data(), out.data(), n);
    });
}

void BM_cagr_typed(benchmark::State& state) {
    const std::size_t n = size_of(state);
    const auto s = bench_data::froms_and_tos(n);
    const auto from = bench_data::typed(s.first);
    const auto to = bench_data::typed(s.second);
    std::vector<double> out(n);
    run(state, out, [&] { kernels::cagr_typed(from.data(), to.data(), cagr_years, out.data(), n); });
}

void BM_cagr_raw(benchmark::State& state) {
    const std::size_t n = size_of(state);
    const auto s = bench_data::froms_and_tos(n);
    std::vector<double> out(n);
    run(state, out, [&] { kernels::cagr_raw(s.first.data(), s.second.data(), cagr_years, out.data(), n); });
}

void BM_annualised_level_typed(benchmark::State& state) {
    const std::size_t n = size_of(state);
    const auto partial = bench_data::typed(bench_data::amounts(n, 5));
    std::vector<offshoring::mad<>> out(n);
    run(state, out,
        [&] { kernels::annualised_level_typed(partial.data(), half_year_months, out.data(), n); });
}

void BM_annualised_level_raw(benchmark::State& state) {
    const std::size_t n = size_of(state);
    const auto partial = bench_data::amounts(n, 5);
    std::vector<double> out(n);
    run(state, out, [&] { kernels::annualised_level_raw(partial.data(), half_year_months, out.data(), n); });
}

void BM_annualised_rate_typed(benchmark::State& state) {
    const std::size_t n = size_of(state);
    const auto change = bench_data::fractions(n, 6, -0.1, 0.1);
    std::vector<double> out(n);
    run(state, out, [&] { kernels::annualised_rate_typed(change.data(), half_year_months, out.data(), n); });
}

void BM_annualised_rate_raw(benchmark::State& state) {
    const std::size_t n = size_of(state);
    const auto change = bench_data::fractions(n, 6, -0.1, 0.1);
    std::vector<double> out(n);
    run(state, out, [&] { kernels::annualised_rate_raw(change.data(), half_year_months, out.data(), n); });
}

void BM_projection_typed(benchmark::State& state) {
    const std::size_t n = size_of(state);
    const auto base = bench_data::typed(bench_data::amounts(n, 7));
    const auto rate = bench_data::fractions(n, 8, -0.05, 0.15);
    std::vector<offshoring::mad<>> out(n);
    run(state, out,
        [&] { kernels::projection_typed(base.data(), rate.data(), base_year, target_year, out.data(), n); });
}

void BM_projection_raw(benchmark::State& state) {
    const std::size_t n = size_of(state);
    const auto base = bench_data::amounts(n, 7);
    const auto rate = bench_data::fractions(n, 8, -0.05, 0.15);
    std::vector<double> out(n);
    run(state, out,
        [&] { kernels::projection_raw(base.data(), rate.data(), base_year, target_year, out.data(), n); });
}

void BM_verdict_typed(benchmark::State& state) {
    const std::size_t n = size_of(state);
    const auto s = bench_data::verdicts(n);
    const auto part = bench_data::typed_amounts(s.part);
    const auto whole = bench_data::typed_amounts(s.whole);
    const auto claim = bench_data::typed_percents(s.claim);
    std::vector<double> out(n);
    run(state, out, [&] { kernels::verdict_typed(part.data(), whole.data(), claim.data(), out.data(), n); });
}

void BM_verdict_raw(benchmark::State& state) {
    const std::size_t n = size_of(state);
    const auto s = bench_data::verdicts(n);
    std::vector<double> out(n);
    run(state, out,
        [&] { kernels::verdict_raw(s.part.data(), s.whole.data(), s.claim.data(), out.data(), n); });
}

// Typed and raw of one metric sit next to each other, so that they run close together in time.
#define OFFSHORING_BENCH_PAIR(what)                        \
    BENCHMARK(BM_##what##_typed)->Arg(1000)->Arg(1000000); \
    BENCHMARK(BM_##what##_raw)->Arg(1000)->Arg(1000000)

OFFSHORING_BENCH_PAIR(share);
OFFSHORING_BENCH_PAIR(growth);
OFFSHORING_BENCH_PAIR(contribution);
OFFSHORING_BENCH_PAIR(cagr);
OFFSHORING_BENCH_PAIR(annualised_level);
OFFSHORING_BENCH_PAIR(annualised_rate);
OFFSHORING_BENCH_PAIR(projection);
OFFSHORING_BENCH_PAIR(verdict);

}  // namespace

BENCHMARK_MAIN();
