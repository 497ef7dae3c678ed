// offshoring/check/model.hpp: quantities and the relations between them, generated from the figures' keys.
// SPDX-License-Identifier: MIT
#pragma once

#include <algorithm>
#include <cstddef>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <offshoring/check/fact.hpp>

namespace offshoring::consistency {

// Functions are `template <class = void>`: only the translation units that call them compile them (fact.hpp).

// Why two or more quantities are related; the words of the explanations.
enum class rule : std::uint8_t {
    segments,      // a total is the sum of its segments
    share,         // exports(scope) = share(scope) * exports(total)
    time,          // a period is the sum of the periods that partition it
    growth,        // level = level a year earlier * (1 + growth)
    per_job,       // exports = revenue per job * jobs
    jobs_created,  // jobs at the end = jobs before the start + jobs created
    ratio,         // quantity = ratio * quantity(of)
    exchange_rate  // dollars = dirhams * rate
};

constexpr std::string_view name(rule r) noexcept {
    constexpr std::array<std::string_view, 8> names{"segments", "share",        "time",  "growth",
                                                    "per_job",  "jobs_created", "ratio", "exchange_rate"};
    return names[static_cast<std::size_t>(r)];
}

// sum: vars[0] = constant + vars[1] + ... + vars[n]; product: vars[0] = vars[1] * vars[2].
enum class relation_form : std::uint8_t { sum, product };

struct relation {
    relation_form form;
    rule why;
    std::vector<std::size_t> vars;
    double constant = 0.0;
};

// A quantity of the model: its key, and what it is a ratio or growth of (a growth of jobs and a growth of
// exports are different quantities).
struct variable {
    quantity_key key;
    std::optional<quantity_key> of;
    // Reported in the quantities of a report; growth factors are steps of a relation, not quantities.
    [[nodiscard]] bool reported() const noexcept { return key.what != measure::growth_factor; }
};

// Amounts, counts, rates and ratios are >= 0, shares lie in [0, 1], a growth is >= -100 %.
template <class = void>
outward_interval domain_of(const variable& v) noexcept {
    const outward_interval whole = outward_interval::whole();
    switch (v.key.what) {
        case measure::share:
            return v.key.scope.is_total() ? outward_interval{1.0, 1.0} : outward_interval{0.0, 1.0};
        case measure::growth:
            return {-1.0, whole.hi};
        case measure::jobs_created:
            return whole;
        default:
            return {0.0, whole.hi};
    }
}

struct model {
    std::vector<variable> variables;
    std::vector<relation> relations;
    std::vector<std::size_t> fact_variable;              // the quantity each fact prints
    std::vector<std::vector<std::size_t>> relations_of;  // the relations each variable takes part in
    std::vector<std::string> warnings;                   // relations that could not be formed, in English

    template <class Void = void>
    [[nodiscard]] std::optional<std::size_t> find(
        const detail::deferred<quantity_key, Void>& key,
        const std::optional<quantity_key>& of = std::nullopt) const {
        const auto it = index_.find(index_key(key, of));
        if (it == index_.end()) return std::nullopt;
        return it->second;
    }

    template <class Void = void>
    std::size_t intern(const detail::deferred<quantity_key, Void>& key,
                       const std::optional<quantity_key>& of = std::nullopt) {
        const auto [it, inserted] = index_.try_emplace(index_key(key, of), variables.size());
        if (inserted) {
            variables.push_back({key, of});
            relations_of.emplace_back();
        }
        return it->second;
    }

    template <class Void = void>
    void relate(relation_form form, rule why, detail::deferred<std::vector<std::size_t>, Void> vars,
                double constant = 0.0) {
        const std::size_t r = relations.size();
        for (std::size_t v : vars)
            if (relations_of[v].empty() || relations_of[v].back() != r) relations_of[v].push_back(r);
        relations.push_back({form, why, std::move(vars), constant});
    }

private:
    // The ratio's `of` is kept as a flag and a value-initialised key rather than an optional: g++ 12 -O3
    // warns (maybe-uninitialized) when a disengaged optional key is copied into the map. A struct of its
    // own, not a std::tuple, so that no tuple is instantiated.
    struct key_type {
        quantity_key key;
        bool has_of;
        quantity_key of;
        friend constexpr bool operator<(const key_type& a, const key_type& b) noexcept {
            if (a.key != b.key) return a.key < b.key;
            if (a.has_of != b.has_of) return b.has_of;
            return a.of < b.of;
        }
    };
    template <class = void>
    static key_type index_key(const quantity_key& key, const std::optional<quantity_key>& of) {
        return {key, of.has_value(), of.value_or(quantity_key{})};
    }
    std::map<key_type, std::size_t> index_;
};

namespace detail {

// Yes/no per index, one byte each: std::vector<bool> is a specialisation of its own, the costliest vector to
// instantiate, and the engine's flags are few enough for bytes.
using flags = std::vector<unsigned char>;

// Sorts `v` and drops repeats: a set in the one container the engine already uses, which compiles faster
// than a std::set of its own. `less` must order the values that == tells apart.
template <class T, class Less>
void sort_unique(std::vector<T>& v, Less less) {
    std::sort(v.begin(), v.end(), less);
    v.erase(std::unique(v.begin(), v.end()), v.end());
}
template <class T>
void sort_unique(std::vector<T>& v) {
    sort_unique(v, [](const T& a, const T& b) { return a < b; });
}

// A stock (jobs) is counted at the end of its period: jobs in 2024 are the jobs of December 2024.
template <class = void>
quantity_key at_end(quantity_key k) {
    k.when = {k.when.last, k.when.last};
    return k;
}

template <class = void>
quantity_key canonical(const quantity_key& k) {
    quantity_key c = k;
    if (c.what == measure::jobs || c.what == measure::target_jobs) c = at_end(c);
    if (c.what == measure::exports && c.unit == currency::none) c.unit = currency::mad;
    if (c.what == measure::revenue_per_job || c.what == measure::target_exports) c.unit = currency::mad;
    return c;
}

template <class = void>
std::optional<quantity_key> canonical_of(const fact& f) {
    if (f.key.what == measure::growth) {
        quantity_key level =
            f.of.value_or(quantity_key{measure::exports, f.key.scope, f.key.when, currency::mad});
        level.scope = f.key.scope;
        level.when = f.key.when;
        return canonical(level);
    }
    if (f.key.what == measure::ratio && f.of) return canonical(*f.of);
    return std::nullopt;
}

// The largest whole year, half, quarter or month starting at `from` that ends no later than `last`.
template <class = void>
month_run aligned_block_at(int from, int last) {
    for (int n : {12, 6, 3}) {
        if (from % n == 0 && from + n - 1 <= last) return {from, from + n - 1};
    }
    return {from, from};
}

template <class Void = void>
deferred<std::vector<month_run>, Void> children_of(month_run p) {
    deferred<std::vector<month_run>, Void> parts;
    const int n = p.months();
    const int step = n == 12 ? 6 : n == 6 ? 3 : 1;
    for (int m = p.first; m <= p.last; m += step)
        parts.push_back({m, m + step - 1});
    return parts;
}

template <class Void = void>
deferred<std::vector<month_run>, Void> blocks_of(month_run p) {
    deferred<std::vector<month_run>, Void> blocks;
    for (int m = p.first; m <= p.last;) {
        blocks.push_back(aligned_block_at(m, p.last));
        m = blocks.back().last + 1;
    }
    return blocks;
}

template <class = void>
bool strictly_inside(month_run inner, month_run outer) {
    return outer.first <= inner.first && inner.last <= outer.last && inner != outer;
}

// year = H1 + H2, half = its quarters, quarter = its months, a run = its aligned blocks: generated where
// some other period of the same quantity lies inside, so that no variable is made that nothing needs.
template <class Void = void>
void add_time_partitions(deferred<model, Void>& m, measure what, currency unit) {
    deferred<std::vector<quantity_key>, Void>
        periods;  // of one measure and unit: in the keys' order, by scope then period
    for (const variable& v : m.variables)
        if (v.key.what == what && v.key.unit == unit) periods.push_back(v.key);
    sort_unique(periods);
    for (std::size_t i = 0; i < periods.size();) {
        const scope_set scope = periods[i].scope;
        deferred<std::vector<month_run>, Void> present;  // sorted, without repeats
        for (; i < periods.size() && periods[i].scope == scope; ++i)
            present.push_back(periods[i].when);
        const auto insert = [&present](month_run r) {
            const auto at = std::lower_bound(present.begin(), present.end(), r);
            if (at != present.end() && *at == r) return false;
            present.insert(at, r);
            return true;
        };
        const auto relate_parts = [&](month_run whole, const deferred<std::vector<month_run>, Void>& parts) {
            std::vector<std::size_t> vars{m.intern({what, scope, whole, unit})};
            for (month_run c : parts)
                vars.push_back(m.intern({what, scope, c, unit}));
            m.relate(relation_form::sum, rule::time, std::move(vars));
        };
        // Runs first, so that their blocks are present when the blocks around them are split.
        const auto given = present;  // a copy: the loop inserts into `present`
        for (month_run p : given) {
            if (p.aligned_block()) continue;
            const auto blocks = blocks_of<Void>(p);
            relate_parts(p, blocks);
            for (month_run b : blocks)
                insert(b);
        }
        deferred<std::vector<month_run>, Void> todo;
        for (month_run p : present)
            if (p.aligned_block()) todo.push_back(p);
        while (!todo.empty()) {
            const month_run p = todo.back();
            todo.pop_back();
            bool needed = false;
            for (month_run q : present)
                needed = needed || strictly_inside(q, p);
            if (!needed || p.months() == 1) continue;
            const auto parts = children_of<Void>(p);
            relate_parts(p, parts);
            for (month_run c : parts)
                if (insert(c)) todo.push_back(c);
        }
    }
}

// For every period where two scopes of the measure meet: the total is the sum of the five segments, a sum
// of segments is the sum of its segments, and the total is that sum plus the rest.
template <class Void = void>
void add_segment_sums(deferred<model, Void>& m, measure what, currency unit) {
    deferred<std::vector<quantity_key>, Void> scopes;  // of one measure and unit, by period then scope
    for (const variable& v : m.variables)
        if (v.key.what == what && v.key.unit == unit) scopes.push_back(v.key);
    sort_unique(scopes, [](const quantity_key& a, const quantity_key& b) {
        return a.when != b.when ? a.when < b.when : a.scope < b.scope;
    });
    for (std::size_t i = 0; i < scopes.size();) {
        const month_run when = scopes[i].when;
        deferred<std::vector<scope_set>, Void> present;  // sorted, without repeats
        for (; i < scopes.size() && scopes[i].when == when; ++i)
            present.push_back(scopes[i].scope);
        const bool related = present.size() >= 2 || (present.size() == 1 && present.front().count() > 1 &&
                                                     !present.front().is_total());
        if (!related) continue;
        const auto var = [&](scope_set s) { return m.intern({what, s, when, unit}); };
        std::vector<std::size_t> five{var(scope_set::total())};
        for (segment s : all_segments)
            five.push_back(var(scope_set::of(s)));
        m.relate(relation_form::sum, rule::segments, five);
        for (scope_set s : present) {
            if (s.is_total() || s.count() == 1) continue;
            std::vector<std::size_t> parts{var(s)};
            for (segment g : all_segments)
                if (s.covers(g)) parts.push_back(var(scope_set::of(g)));
            m.relate(relation_form::sum, rule::segments, parts);
            const scope_set rest = s.complement();
            m.relate(relation_form::sum, rule::segments, {var(scope_set::total()), var(s), var(rest)});
            if (rest.count() > 1) {
                std::vector<std::size_t> rest_parts{var(rest)};
                for (segment g : all_segments)
                    if (rest.covers(g)) rest_parts.push_back(var(scope_set::of(g)));
                m.relate(relation_form::sum, rule::segments, rest_parts);
            }
        }
    }
}

}  // namespace detail

// Every relation the figures' keys imply, and a variable for every quantity they involve, printed or not.
template <class Void = void>
model build_model(const std::vector<fact>& facts) {
    detail::deferred<model, Void> m;
    for (const fact& f : facts) {
        require_fact(f);
        m.fact_variable.push_back(m.intern(detail::canonical(f.key), detail::canonical_of(f)));
    }
    const std::size_t printed_count = m.variables.size();
    const auto printed = [&](const quantity_key& k) {
        const std::optional<std::size_t> v = m.find(k);
        return v && *v < printed_count;
    };
    // Relations of a single quantity to others, from what it measures.
    for (std::size_t v = 0; v < printed_count; ++v) {
        const variable var = m.variables[v];
        const quantity_key& k = var.key;
        const auto exports_of = [&](scope_set s, month_run when) {
            return m.intern({measure::exports, s, when, currency::mad});
        };
        switch (k.what) {
            case measure::share:
                m.relate(relation_form::product, rule::share,
                         {exports_of(k.scope, k.when), v, exports_of(scope_set::total(), k.when)});
                break;
            case measure::growth: {
                const quantity_key now = *var.of;
                quantity_key before = now;
                before.when = now.when.shifted(-12);
                const std::size_t factor =
                    m.intern({measure::growth_factor, k.scope, k.when, currency::none}, var.of);
                m.relate(relation_form::sum, rule::growth, {factor, v}, 1.0);
                m.relate(relation_form::product, rule::growth, {m.intern(now), m.intern(before), factor});
                break;
            }
            case measure::ratio: {
                const quantity_key of = *var.of;
                if (!printed(of)) {
                    m.warnings.push_back("the ratio " + to_string(k) + " is of " + to_string(of) +
                                         ", which no figure gives: the figure cannot be checked");
                    break;
                }
                quantity_key numerator = of;
                numerator.scope = k.scope;
                numerator.when = k.when;
                m.relate(relation_form::product, rule::ratio,
                         {m.intern(detail::canonical(numerator)), v, m.intern(of)});
                break;
            }
            case measure::revenue_per_job:
                m.relate(relation_form::product, rule::per_job,
                         {exports_of(k.scope, k.when), v,
                          m.intern(detail::at_end({measure::jobs, k.scope, k.when, currency::none}))});
                break;
            case measure::jobs_created:
                m.relate(
                    relation_form::sum, rule::jobs_created,
                    {m.intern({measure::jobs, k.scope, {k.when.last, k.when.last}, currency::none}),
                     m.intern({measure::jobs, k.scope, {k.when.first - 1, k.when.first - 1}, currency::none}),
                     v});
                break;
            case measure::exports:
                if (k.unit == currency::usd) {
                    m.relate(
                        relation_form::product, rule::exchange_rate,
                        {v, exports_of(k.scope, k.when),
                         m.intern({measure::exchange_rate, scope_set::total(), k.when, currency::none})});
                }
                break;
            default:
                break;
        }
    }
    // Shares of every scope add up like the exports they are shares of.
    detail::add_segment_sums(m, measure::share, currency::none);
    for (std::size_t v = 0; v < m.variables.size(); ++v) {
        const quantity_key k = m.variables[v].key;
        if (k.what != measure::share || k.scope.is_total() || v < printed_count) continue;
        m.relate(relation_form::product, rule::share,
                 {m.intern({measure::exports, k.scope, k.when, currency::mad}), v,
                  m.intern({measure::exports, scope_set::total(), k.when, currency::mad})});
    }
    detail::add_segment_sums(m, measure::exports, currency::mad);
    detail::add_segment_sums(m, measure::jobs, currency::none);
    detail::add_time_partitions(m, measure::exports, currency::mad);
    detail::add_time_partitions(m, measure::jobs_created, currency::none);
    return m;
}

}  // namespace offshoring::consistency
