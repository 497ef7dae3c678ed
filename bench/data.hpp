// bench/data.hpp: the inputs of the kernels, drawn once from a fixed seed, as raw doubles and as the typed copies.
// SPDX-License-Identifier: MIT
#pragma once

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <random>
#include <vector>

#include <offshoring/published.hpp>
#include <offshoring/units.hpp>

#include "kernels.hpp"

namespace bench_data {

// Every value passes the checks: the benchmarks time the good path, which is the one that runs when
// figures are right. The seed is fixed so that every run, and both twins, see the same numbers.
class generator {
public:
    explicit generator(std::uint64_t seed = 20240626) : engine_(seed) {}
    double uniform(double lo, double hi) { return std::uniform_real_distribution<double>(lo, hi)(engine_); }
    long long integer(long long lo, long long hi) {
        return std::uniform_int_distribution<long long>(lo, hi)(engine_);
    }

private:
    std::mt19937_64 engine_;
};

inline std::vector<offshoring::mad<>> typed(const std::vector<double>& values) {
    std::vector<offshoring::mad<>> result;
    result.reserve(values.size());
    for (const double v : values)
        result.push_back(offshoring::mad<>::from_value(v));
    return result;
}

// Amounts in dirhams between 1 and 50 billion, with a second series derived from the first.
struct pair_series {
    std::vector<double> first;
    std::vector<double> second;
};

// part <= whole.
inline pair_series parts_and_wholes(std::size_t n) {
    generator g(1);
    pair_series s;
    for (std::size_t i = 0; i < n; ++i) {
        const double whole = g.uniform(1e9, 5e10);
        s.second.push_back(whole);
        s.first.push_back(whole * g.uniform(0.0, 1.0));
    }
    return s;
}

// from > 0, to = from * (1 + g) with g in [-20 %, +30 %].
inline pair_series froms_and_tos(std::size_t n) {
    generator g(2);
    pair_series s;
    for (std::size_t i = 0; i < n; ++i) {
        const double from = g.uniform(1e9, 5e10);
        s.first.push_back(from);
        s.second.push_back(from * (1.0 + g.uniform(-0.2, 0.3)));
    }
    return s;
}

struct contribution_series {
    std::vector<double> part_from;
    std::vector<double> part_to;
    std::vector<double> total_from;
};

inline contribution_series contributions(std::size_t n) {
    generator g(3);
    contribution_series s;
    for (std::size_t i = 0; i < n; ++i) {
        const double total = g.uniform(2e10, 3e10);
        const double part = total * g.uniform(0.0, 0.5);
        s.total_from.push_back(total);
        s.part_from.push_back(part);
        s.part_to.push_back(part * (1.0 + g.uniform(-0.2, 0.3)));
    }
    return s;
}

inline std::vector<double> amounts(std::size_t n, std::uint64_t seed) {
    generator g(seed);
    std::vector<double> v;
    for (std::size_t i = 0; i < n; ++i)
        v.push_back(g.uniform(1e9, 5e10));
    return v;
}

inline std::vector<double> fractions(std::size_t n, std::uint64_t seed, double lo, double hi) {
    generator g(seed);
    std::vector<double> v;
    for (std::size_t i = 0; i < n; ++i)
        v.push_back(g.uniform(lo, hi));
    return v;
}

// Shares printed with one decimal: part in [5,0; 15,0] bn, whole in [25,0; 27,0] bn, and a claim in % that
// is the true share rounded to one decimal, off by up to 0,3 point in most rows so that both verdicts occur.
struct verdict_series {
    std::vector<kernels::raw_figure> part;
    std::vector<kernels::raw_figure> whole;
    std::vector<kernels::raw_figure> claim;
};

inline verdict_series verdicts(std::size_t n) {
    generator g(4);
    verdict_series s;
    for (std::size_t i = 0; i < n; ++i) {
        const long long part = g.integer(50, 150);
        const long long whole = g.integer(250, 270);
        const double percent = static_cast<double>(part) / static_cast<double>(whole) * 100.0;
        const long long claim = std::llround(percent * 10.0) + g.integer(-3, 3);
        s.part.push_back({part, 1, 0});
        s.whole.push_back({whole, 1, 0});
        s.claim.push_back({claim, 1, 1});
    }
    return s;
}

inline std::vector<kernels::billion_mad_figure> typed_amounts(
    const std::vector<kernels::raw_figure>& figures) {
    std::vector<kernels::billion_mad_figure> result;
    result.reserve(figures.size());
    for (const auto& f : figures)
        result.emplace_back(offshoring::published_number(f.scaled, f.decimals));
    return result;
}

inline std::vector<offshoring::published_number> typed_percents(
    const std::vector<kernels::raw_figure>& figures) {
    std::vector<offshoring::published_number> result;
    result.reserve(figures.size());
    for (const auto& f : figures)
        result.emplace_back(f.scaled, f.decimals, offshoring::number_kind::percent);
    return result;
}

}  // namespace bench_data
