// bench/data.hpp: the inputs of the kernels, drawn once from a fixed seed, as raw doubles and as the typed copies.
// SPDX-License-Identifier: MIT
#pragma once

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <random>
#include <tuple>
#include <vector>

#include <offshoring/published.hpp>
#include <offshoring/quantity/units.hpp>

// Every generator returns the inputs of one pair of kernels: typed_args() and raw_args() are the arguments
// of its typed and raw kernel but for the output and its length. Scalars (years, months) are data too, read
// at run time like the arrays, so that no kernel is compiled for one constant.
namespace bench_data {

using billion_mad_figure = offshoring::published_amount<offshoring::units::billion_dirham_unit>;

// Every value passes the checks: the benchmarks time the good path, which is the one that runs when
// figures are right. The seed is fixed so that every run, and both twins, see the same numbers.
class generator {
public:
    explicit generator(std::uint64_t seed) : engine_(seed) {}
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

// Amounts in dirhams between 1 and 50 billion.
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

// part <= whole.
struct share_inputs {
    std::vector<double> part;
    std::vector<double> whole;
    std::vector<offshoring::mad<>> typed_part;
    std::vector<offshoring::mad<>> typed_whole;

    auto typed_args() const { return std::make_tuple(typed_part.data(), typed_whole.data()); }
    auto raw_args() const { return std::make_tuple(part.data(), whole.data()); }
};

inline share_inputs parts_and_wholes(std::size_t n) {
    generator g(1);
    share_inputs s;
    for (std::size_t i = 0; i < n; ++i) {
        const double whole = g.uniform(1e9, 5e10);
        s.whole.push_back(whole);
        s.part.push_back(whole * g.uniform(0.0, 1.0));
    }
    s.typed_part = typed(s.part);
    s.typed_whole = typed(s.whole);
    return s;
}

// from > 0, to = from * (1 + g) with g in [-20 %, +30 %]; for cagr, over six years.
struct growth_inputs {
    std::vector<double> from;
    std::vector<double> to;
    std::vector<offshoring::mad<>> typed_from;
    std::vector<offshoring::mad<>> typed_to;

    auto typed_args() const { return std::make_tuple(typed_from.data(), typed_to.data()); }
    auto raw_args() const { return std::make_tuple(from.data(), to.data()); }
};

inline growth_inputs froms_and_tos(std::size_t n) {
    generator g(2);
    growth_inputs s;
    for (std::size_t i = 0; i < n; ++i) {
        const double from = g.uniform(1e9, 5e10);
        s.from.push_back(from);
        s.to.push_back(from * (1.0 + g.uniform(-0.2, 0.3)));
    }
    s.typed_from = typed(s.from);
    s.typed_to = typed(s.to);
    return s;
}

struct cagr_inputs {
    growth_inputs values;
    double years;

    auto typed_args() const { return std::tuple_cat(values.typed_args(), std::make_tuple(years)); }
    auto raw_args() const { return std::tuple_cat(values.raw_args(), std::make_tuple(years)); }
};

inline cagr_inputs six_year_growths(std::size_t n) { return {froms_and_tos(n), 6.0}; }

struct contribution_inputs {
    std::vector<double> part_from;
    std::vector<double> part_to;
    std::vector<double> total_from;
    std::vector<offshoring::mad<>> typed_part_from;
    std::vector<offshoring::mad<>> typed_part_to;
    std::vector<offshoring::mad<>> typed_total_from;

    auto typed_args() const {
        return std::make_tuple(typed_part_from.data(), typed_part_to.data(), typed_total_from.data());
    }
    auto raw_args() const { return std::make_tuple(part_from.data(), part_to.data(), total_from.data()); }
};

inline contribution_inputs contributions(std::size_t n) {
    generator g(3);
    contribution_inputs s;
    for (std::size_t i = 0; i < n; ++i) {
        const double total = g.uniform(2e10, 3e10);
        const double part = total * g.uniform(0.0, 0.5);
        s.total_from.push_back(total);
        s.part_from.push_back(part);
        s.part_to.push_back(part * (1.0 + g.uniform(-0.2, 0.3)));
    }
    s.typed_part_from = typed(s.part_from);
    s.typed_part_to = typed(s.part_to);
    s.typed_total_from = typed(s.total_from);
    return s;
}

// The amounts of a half year.
struct level_inputs {
    std::vector<double> partial;
    std::vector<offshoring::mad<>> typed_partial;
    int months;

    auto typed_args() const { return std::make_tuple(typed_partial.data(), months); }
    auto raw_args() const { return std::make_tuple(partial.data(), months); }
};

inline level_inputs half_year_amounts(std::size_t n) {
    level_inputs s{amounts(n, 5), {}, 6};
    s.typed_partial = typed(s.partial);
    return s;
}

// Changes of -10 % to +10 % over a half year; plain fractions on both sides.
struct rate_inputs {
    std::vector<double> change;
    int months;

    auto typed_args() const { return std::make_tuple(change.data(), months); }
    auto raw_args() const { return typed_args(); }
};

inline rate_inputs half_year_changes(std::size_t n) { return {fractions(n, 6, -0.1, 0.1), 6}; }

// Bases of 2024 growing at -5 % to +15 % a year until 2030.
struct projection_inputs {
    std::vector<double> base;
    std::vector<double> rate;
    std::vector<offshoring::mad<>> typed_base;
    int base_year;
    int year;

    auto typed_args() const { return std::make_tuple(typed_base.data(), rate.data(), base_year, year); }
    auto raw_args() const { return std::make_tuple(base.data(), rate.data(), base_year, year); }
};

inline projection_inputs projections_to_2030(std::size_t n) {
    projection_inputs s{amounts(n, 7), fractions(n, 8, -0.05, 0.15), {}, 2024, 2030};
    s.typed_base = typed(s.base);
    return s;
}

// Shares printed with one decimal: part in [5,0; 15,0] bn, whole in [25,0; 27,0] bn, and a claim in % that
// is the true share rounded to one decimal, off by up to 0,3 point in most rows so that both verdicts occur.
// The raw twin reads the same printed numbers without their unit.
struct verdict_inputs {
    std::vector<offshoring::published_number> part;
    std::vector<offshoring::published_number> whole;
    std::vector<offshoring::published_number> claim;
    std::vector<billion_mad_figure> typed_part;
    std::vector<billion_mad_figure> typed_whole;

    auto typed_args() const { return std::make_tuple(typed_part.data(), typed_whole.data(), claim.data()); }
    auto raw_args() const { return std::make_tuple(part.data(), whole.data(), claim.data()); }
};

inline verdict_inputs printed_shares(std::size_t n) {
    generator g(4);
    verdict_inputs s;
    for (std::size_t i = 0; i < n; ++i) {
        const long long part = g.integer(50, 150);
        const long long whole = g.integer(250, 270);
        const double percent = static_cast<double>(part) / static_cast<double>(whole) * 100.0;
        const long long claim = std::llround(percent * 10.0) + g.integer(-3, 3);
        s.part.emplace_back(part, 1);
        s.whole.emplace_back(whole, 1);
        s.claim.emplace_back(claim, 1, offshoring::number_kind::percent);
        s.typed_part.emplace_back(s.part.back());
        s.typed_whole.emplace_back(s.whole.back());
    }
    return s;
}

}  // namespace bench_data
