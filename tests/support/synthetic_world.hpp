// tests/support/synthetic_world.hpp: consistent worlds of exact exports, printed at random precisions.
// SPDX-License-Identifier: MIT
#pragma once

#include <cmath>
#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include <offshoring/check/fact.hpp>

namespace offshoring::consistency::testing {

// A world of exports per segment and month over `years` years, every amount a whole number of thousand
// dirhams (so that sums are exact), and the figures a press could print of it: segments by month,
// quarter, half and year, totals, yearly shares and yearly growth, each rounded to nearest at a random
// number of decimals. `truth` holds each figure's exact value.
struct world {
    std::vector<fact> facts;
    std::vector<double> truth;
};

namespace detail {

// The nearest-rounding interval of `value` printed with `decimals` decimals of `scale` base units, and the
// truncated and rounded-up readings of the same printed number.
inline std::array<outward_interval, 3> printed_readings(double value, int decimals, double scale) {
    using offshoring::detail::div;
    using offshoring::detail::mul;
    const double places = std::pow(10.0, decimals);
    const double s = std::round(value / scale * places);
    const auto reading = [&](double lo_halves, double hi_halves) {
        return mul(div({lo_halves, hi_halves}, outward_interval::point(2.0 * places)),
                   outward_interval::point(scale));
    };
    return {reading(2 * s - 1, 2 * s + 1), reading(2 * s, 2 * s + 2), reading(2 * s - 2, 2 * s)};
}

}  // namespace detail

inline world make_world(int years, std::uint64_t seed, int first_year = 1000) {
    std::mt19937_64 random(seed);
    std::uniform_int_distribution<int> thousands(50'000, 500'000);
    std::uniform_int_distribution<int> amount_decimals(1, 3);
    std::uniform_int_distribution<int> percent_decimals(0, 2);
    world w;
    const auto add = [&](const quantity_key& key, double value, int decimals, double scale) {
        fact f;
        f.id = "f" + std::to_string(w.facts.size());
        f.source = "source_" + std::to_string(w.facts.size() % 5);
        f.printed = std::to_string(value / scale);
        f.key = key;
        f.readings = detail::printed_readings(value, decimals, scale);
        w.facts.push_back(f);
        w.truth.push_back(value);
    };
    double last_total = 0.0;
    for (int y = first_year; y < first_year + years; ++y) {
        std::vector<std::vector<double>> monthly(segment_count, std::vector<double>(12));
        for (auto& segment_months : monthly)
            for (double& v : segment_months)
                v = 1e3 * thousands(random);
        double year_total = 0.0;
        std::vector<double> segment_year(segment_count, 0.0);
        for (std::size_t g = 0; g <= segment_count; ++g) {
            const scope_set scope = g == segment_count ? scope_set::total() : scope_set::of(all_segments[g]);
            const auto sum = [&](int from, int count) {
                double total = 0.0;
                for (std::size_t s = 0; s < segment_count; ++s)
                    if (scope.covers(all_segments[s]))
                        for (int m = from; m < from + count; ++m)
                            total += monthly[s][static_cast<std::size_t>(m)];
                return total;
            };
            for (int n : {1, 3, 6, 12}) {
                for (int from = 0; from < 12; from += n) {
                    const month_run when{12 * y + from, 12 * y + from + n - 1};
                    add({measure::exports, scope, when, currency::mad}, sum(from, n), amount_decimals(random),
                        1e9);
                }
            }
            if (g < segment_count)
                segment_year[g] = sum(0, 12);
            else
                year_total = sum(0, 12);
        }
        for (std::size_t g = 0; g < segment_count; ++g)
            add({measure::share, scope_set::of(all_segments[g]), month_run::year(y)},
                segment_year[g] / year_total, percent_decimals(random), 0.01);
        if (last_total > 0.0)
            add({measure::growth, scope_set::total(), month_run::year(y)}, year_total / last_total - 1.0,
                percent_decimals(random), 0.01);
        last_total = year_total;
    }
    return w;
}

}  // namespace offshoring::consistency::testing
