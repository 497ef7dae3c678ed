// offshoring/check/dataset.hpp: the compiled-in dataset of the five articles as facts for the engine.
// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include <offshoring/check/fact.hpp>
#include <offshoring/data/claims.hpp>
#include <offshoring/data/figures.hpp>
#include <offshoring/published/number.hpp>

namespace offshoring::check {

namespace detail {

// How many base units (dirhams, dollars, jobs, fractions) one printed unit is.
inline double base_units_per_printed(data::printed_unit unit) noexcept {
    switch (unit) {
        case data::printed_unit::billion_mad:
        case data::printed_unit::billion_usd:
            return 1e9;
        case data::printed_unit::million_mad:
            return 1e6;
        case data::printed_unit::percent:
            return 0.01;
        case data::printed_unit::jobs:
            break;
    }
    return 1.0;
}

inline std::string_view unit_words(data::printed_unit unit) noexcept {
    switch (unit) {
        case data::printed_unit::billion_mad:
            return " milliards de dirhams";
        case data::printed_unit::million_mad:
            return " millions de dirhams";
        case data::printed_unit::billion_usd:
            return " milliards de dollars";
        case data::printed_unit::percent:
            return " %";
        case data::printed_unit::jobs:
            break;
    }
    return "";
}

inline std::string_view qualifier_words(data::qualifier q) noexcept {
    switch (q) {
        case data::qualifier::about:
            return "près de ";
        case data::qualifier::more_than:
            return "plus de ";
        case data::qualifier::already:
            return "déjà ";
        case data::qualifier::exact:
            break;
    }
    return "";
}

// [lo, hi] counted in halves of the last printed place, scaled to base units with outward rounding.
inline outward_interval in_base_units(long long twice_lo, long long twice_hi, const published_number& n,
                                      data::printed_unit unit) {
    const double halves =
        2.0 * static_cast<double>(offshoring::detail::published::power_of_ten(n.decimals()));
    const outward_interval printed = offshoring::detail::div(
        {static_cast<double>(twice_lo), static_cast<double>(twice_hi)}, outward_interval::point(halves));
    return offshoring::detail::mul(printed, outward_interval::point(base_units_per_printed(unit)));
}

}  // namespace detail

// The intervals of one printed figure under each convention. An exact figure (and "déjà", which dates the
// figure rather than qualifying it) is rounded: to nearest [v - u/2, v + u/2], truncated toward zero
// [v, v + u], rounded away from zero [v - u, v] (for v > 0; mirrored below zero). "près de" keeps the
// library's tolerance under every convention; "plus de X" is [X, +inf).
inline std::array<outward_interval, 3> readings_of(const data::figure& f) {
    const published_number n = data::number_of(f);
    const long long s = n.scaled();
    const auto scaled = [&](long long twice_lo, long long twice_hi) {
        return detail::in_base_units(twice_lo, twice_hi, n, f.unit);
    };
    if (f.claim == data::qualifier::about) {
        const interval<double> about =
            approximate_interval(published_number(s, n.decimals()), approximation_kind::about);
        const outward_interval r = offshoring::detail::mul(
            {about.lo(), about.hi()}, outward_interval::point(detail::base_units_per_printed(f.unit)));
        return {r, r, r};
    }
    if (f.claim == data::qualifier::more_than) {
        const outward_interval r{scaled(2 * s, 2 * s).lo, outward_interval::whole().hi};
        return {r, r, r};
    }
    const outward_interval toward_zero = s >= 0 ? scaled(2 * s, 2 * s + 2) : scaled(2 * s - 2, 2 * s);
    const outward_interval away_from_zero = s >= 0 ? scaled(2 * s - 2, 2 * s) : scaled(2 * s, 2 * s + 2);
    return {scaled(2 * s - 1, 2 * s + 1), toward_zero, away_from_zero};
}

// One figure of the compiled-in dataset as a fact. Its one ratio, ESO in H1 2025 "75 %" of ESO 2024, is
// read as a ratio to the same scope's exports over the whole year before; a jobs_created figure whose
// quote says "en deux ans" covers the two years ending with its period.
inline fact fact_of(const data::figure& f) {
    fact out;
    out.id = std::string(f.id);
    out.source = std::string(f.source);
    out.printed = std::string(detail::qualifier_words(f.claim)) + std::string(f.printed) +
                  std::string(detail::unit_words(f.unit));
    const scope_set scope = f.what.is_total() ? scope_set::total() : scope_set{0};
    out.key.scope = scope;
    if (!f.what.is_total())
        for (segment s : all_segments)
            if (f.what.covers(s))
                out.key.scope.bits = static_cast<std::uint8_t>(out.key.scope.bits | scope_set::of(s).bits);
    out.key.when = month_run::of(f.when.first(), f.when.last());
    switch (f.kind) {
        case data::figure_kind::amount:
            out.key.what = measure::exports;
            out.key.unit = f.unit == data::printed_unit::billion_usd ? currency::usd : currency::mad;
            break;
        case data::figure_kind::share:
            out.key.what = measure::share;
            break;
        case data::figure_kind::growth:
            out.key.what = measure::growth;
            break;
        case data::figure_kind::ratio: {
            out.key.what = measure::ratio;
            const int year_before = out.key.when.first_year() - 1;
            out.of =
                quantity_key{measure::exports, out.key.scope, month_run::year(year_before), currency::mad};
            break;
        }
        case data::figure_kind::jobs:
            out.key.what = measure::jobs;
            break;
        case data::figure_kind::jobs_created:
            out.key.what = measure::jobs_created;
            if (f.quote.find("en deux ans") != std::string_view::npos) out.key.when.first -= 12;
            break;
        case data::figure_kind::target_amount:
            out.key.what = measure::target_exports;
            out.key.unit = currency::mad;
            break;
        case data::figure_kind::target_jobs:
            out.key.what = measure::target_jobs;
            break;
    }
    out.readings = readings_of(f);
    return out;
}

// Every figure of the five articles, in the dataset's order.
inline std::vector<fact> shipped_facts() {
    std::vector<fact> facts;
    for (const data::figure& f : data::figures)
        facts.push_back(fact_of(f));
    return facts;
}

}  // namespace offshoring::check
