// offshoring/check/dataset.hpp: figures read from the CSV (data::figure) as facts for the engine.
// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <offshoring/check/fact.hpp>
#include <offshoring/data/figure.hpp>
#include <offshoring/data/figures.hpp>

namespace offshoring::consistency {

// Functions are `template <class = void>`: only the translation units that call them compile them (fact.hpp).

namespace detail {

template <class = void>
measure measure_of(data::measure m) noexcept {
    for (measure candidate : printable_measures)
        if (name(candidate) == data::name(m)) return candidate;
    return measure::exports;  // every data::measure has a namesake above
}

template <class = void>
scope_set scope_of(data::scope s) noexcept {
    if (s.is_total()) return scope_set::total();
    scope_set out{0};
    for (segment g : all_segments)
        if (s.covers(g)) out.bits = static_cast<std::uint8_t>(out.bits | scope_set::of(g).bits);
    return out;
}

template <class = void>
currency currency_of(measure m, printed_dimension d) noexcept {
    if (d == printed_dimension::us_dollars) return currency::usd;
    if (d == printed_dimension::dirhams || m == measure::exports || m == measure::target_exports ||
        m == measure::revenue_per_job)
        return currency::mad;
    return currency::none;
}

template <class = void>
rounding rounding_of(convention c) noexcept {
    switch (c) {
        case convention::truncation:
            return rounding::truncation;
        case convention::up:
            return rounding::up;
        case convention::nearest:
            break;
    }
    return rounding::nearest;
}

// The reading's bounds come from one division each, rounded to nearest: one ulp outward makes them
// bounds the engine can trust.
template <class = void>
outward_interval outward_of(const claim_range<double>& r) {
    const outward_interval whole = outward_interval::whole();
    return {r.lower() ? offshoring::detail::round_down(*r.lower()) : whole.lo,
            r.upper() ? offshoring::detail::round_up(*r.upper()) : whole.hi};
}

}  // namespace detail

// One figure as a fact: its key from measure, scope, period and `of`, and its interval under each
// rounding convention, with the library's default readings of qualifiers ("plus de X" is [X, +inf),
// "déjà X" is X).
template <class Void = void>
fact fact_of(const detail::deferred<data::figure, Void>& f) {
    using fact_type = detail::deferred<fact, Void>;
    fact_type out;
    out.id = f.id;
    out.source = f.source;
    out.printed = f.printed;
    const measure what = detail::measure_of(f.measure);
    const month_run when = month_run::of(f.period.first(), f.period.last());
    out.key = {what, detail::scope_of(f.scope), when, detail::currency_of(what, f.reading.unit.dimension)};
    if (f.of && (what == measure::ratio || what == measure::growth)) {
        const measure of_measure = detail::measure_of(f.of->measure);
        const month_run of_when =
            f.of->period ? month_run::of(f.of->period->first(), f.of->period->last()) : when;
        out.of = quantity_key{of_measure, f.of->scope ? detail::scope_of(*f.of->scope) : out.key.scope,
                              of_when, detail::currency_of(of_measure, printed_dimension::pure)};
    }
    // "déjà X" may also be read as at least X, "plus de X" as at most one significant unit above X.
    const bool one_sided =
        f.reading.approx == approximation::more_than || f.reading.approx == approximation::less_than;
    if (f.reading.already && f.reading.approx == approximation::exact)
        out.alternative = typename fact_type::qualifier_reading{"at_least", {}};
    else if (one_sided)
        out.alternative = typename fact_type::qualifier_reading{"within_one_unit", {}};
    for (convention c : all_conventions) {
        reading hypotheses;
        hypotheses.convention = detail::rounding_of(c);
        out.readings[static_cast<std::size_t>(c)] = detail::outward_of(data::claimed_range(f, hypotheses));
        if (!out.alternative) continue;
        hypotheses.already = already_reading::at_least;
        hypotheses.bound = bound_reading::within_one_unit;
        if (out.alternative->name == "at_least") hypotheses.bound = bound_reading::open;
        out.alternative->readings[static_cast<std::size_t>(c)] =
            detail::outward_of(data::claimed_range(f, hypotheses));
    }
    return out;
}

template <class Void = void>
detail::deferred<std::vector<fact>, Void> facts_of(
    const detail::deferred<std::vector<data::figure>, Void>& figures) {
    detail::deferred<std::vector<fact>, Void> facts;
    facts.reserve(figures.size());
    for (const auto& f : figures)
        facts.push_back(fact_of<Void>(f));
    return facts;
}

// Every figure of the five articles (data/figures.csv), in the dataset's order.
template <class Void = void>
detail::deferred<std::vector<fact>, Void> shipped_facts() {
    return facts_of<Void>(data::shipped_figures<Void>());
}

}  // namespace offshoring::consistency
