// offshoring/check/engine.hpp: verdicts, conflicts, correction sets and inferred conventions for figures.
// SPDX-License-Identifier: MIT
#pragma once

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <numeric>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <offshoring/check/fact.hpp>
#include <offshoring/check/model.hpp>
#include <offshoring/check/propagation.hpp>
#include <offshoring/detail/error.hpp>

namespace offshoring::consistency {

// Functions are `template <class = void>`: only the translation units that call them compile them (fact.hpp).

// consistent: no contradiction found (an outer approximation cannot prove more); inconsistent: the figure
// belongs to a set of figures proven contradictory; not_checkable: nothing else constrains its quantity.
enum class verdict : std::uint8_t { consistent, inconsistent, not_checkable };

constexpr std::string_view name(verdict v) noexcept {
    constexpr std::array<std::string_view, 3> names{"consistent", "inconsistent", "not_checkable"};
    return names[static_cast<std::size_t>(v)];
}

// How figures are read: every one under one convention, or each source and measure under the
// convention inferred for it (the first of nearest, truncation, up under which its figures agree).
enum class reading_mode : std::uint8_t { fixed, infer };

struct options {
    reading_mode mode = reading_mode::fixed;
    convention read_as = convention::nearest;
    // More figures than this are refused: leave-one-out and conflict search grow with the count.
    std::size_t max_facts = 200'000;
    // The search for minimal conflicting sets stops after this many sets in a block of related figures...
    std::size_t max_conflicts = 64;
    // ...and correction sets are looked for up to this size, trying at most max_candidates sets.
    std::size_t max_correction_size = 3;
    std::size_t max_candidates = 100'000;
};

struct figure_result {
    verdict status = verdict::not_checkable;
    convention read_as = convention::nearest;
    outward_interval published{};             // what the printing allows, under read_as
    std::optional<outward_interval> implied;  // what the other figures imply for the same quantity
    std::array<bool, 3> consistent_under{};   // by convention, the others read as in the report
    std::optional<std::size_t> conflict;      // the first conflict it belongs to
    // not_checkable because the conflict search stopped at a bound before it could place the figure
    bool unplaced = false;
};

// A minimal set of figures that cannot all be true, and the relations that proved it.
struct conflict {
    std::vector<std::size_t> facts;
    std::vector<std::size_t> relations;
};

struct source_result {
    std::string source;
    measure what;
    std::vector<convention> conventions;  // under which all its figures agree with the others
    // The alternative reading of its qualified figures ("at_least", "within_one_unit"; several joined by
    // '+'), empty when none has one, and the conventions under which all agree when those are so read.
    std::string qualifier_reading;
    std::vector<convention> conventions_with_qualifier_reading;
};

// The yearly rate a target requires from the last level the figures give.
struct target_result {
    std::size_t fact;
    std::size_t level;  // the variable the rate starts from
    int years;
    outward_interval required_rate;
};

struct report {
    std::vector<fact> facts;
    model relations;
    std::vector<figure_result> figures;
    std::vector<outward_interval> implied;  // per variable of the model, all figures but the doubted ones
    std::vector<conflict> conflicts;
    std::vector<std::vector<std::size_t>> correction_sets;  // all of the minimum size found, per block
    std::vector<source_result> sources;
    std::vector<target_result> targets;
    bool propagation_cut_short = false;  // some fixpoint stopped at the revision bound (still sound)
    bool search_bounded = false;         // some conflict search stopped at its bound

    template <class = void>
    [[nodiscard]] std::size_t count(verdict v) const noexcept {
        return static_cast<std::size_t>(std::count_if(figures.begin(), figures.end(),
                                                      [v](const figure_result& f) { return f.status == v; }));
    }
};

namespace detail {

// The members of `set` not in `out`; `out` is sorted (every caller's is), so that a block of many figures
// less a large group costs n log n, not n².
template <class = void>
std::vector<std::size_t> without(const std::vector<std::size_t>& set, const std::vector<std::size_t>& out) {
    std::vector<std::size_t> rest;
    for (std::size_t f : set)
        if (!std::binary_search(out.begin(), out.end(), f)) rest.push_back(f);
    return rest;
}

// The figures of `fs` grouped by source and measure, in that order, each group in figure order.
template <class = void>
std::vector<std::vector<std::size_t>> source_groups(const std::vector<fact>& fs) {
    std::vector<std::size_t> order(fs.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    const auto less = [&](std::size_t a, std::size_t b) {
        return fs[a].source != fs[b].source ? fs[a].source < fs[b].source : fs[a].key.what < fs[b].key.what;
    };
    std::stable_sort(order.begin(), order.end(), less);
    std::vector<std::vector<std::size_t>> groups;
    for (std::size_t i = 0; i < order.size(); ++i) {
        if (i == 0 || less(order[i - 1], order[i])) groups.emplace_back();
        groups.back().push_back(order[i]);
    }
    return groups;
}

// QuickXplain (Junker 2004): a minimal subset of `candidates` that, with `background`, `consistent`
// refuses; the caller knows that background + candidates is refused.
template <class Consistent>
std::vector<std::size_t> quickxplain(Consistent&& consistent, const std::vector<std::size_t>& background,
                                     bool has_delta, const std::vector<std::size_t>& candidates) {
    if (has_delta && !consistent(background)) return {};
    if (candidates.size() == 1) return candidates;
    const auto half = candidates.begin() + static_cast<std::ptrdiff_t>(candidates.size() / 2);
    const std::vector<std::size_t> c1(candidates.begin(), half), c2(half, candidates.end());
    std::vector<std::size_t> b1 = background;
    b1.insert(b1.end(), c1.begin(), c1.end());
    const std::vector<std::size_t> d2 = quickxplain(consistent, b1, !c1.empty(), c2);
    std::vector<std::size_t> b2 = background;
    b2.insert(b2.end(), d2.begin(), d2.end());
    std::vector<std::size_t> d1 = quickxplain(consistent, b2, !d2.empty(), c1);
    d1.insert(d1.end(), d2.begin(), d2.end());
    std::sort(d1.begin(), d1.end());
    return d1;
}

template <class = void>
class block_solver {
public:
    block_solver(const std::vector<fact>& facts, const model& m, const options& opts)
        : facts_(facts), model_(m), opts_(opts), store_(m) {
        store_.propagate_all();
        base_ = store_.mark();
        baseline_ = store_.domains();
    }

    [[nodiscard]] const std::vector<outward_interval>& baseline() const noexcept { return baseline_; }
    [[nodiscard]] bool cut_short() const noexcept { return store_.cut_short(); }

    // Each figure under its convention, and under its qualifier's alternative reading where flagged.
    void read_as(std::vector<convention> conventions, detail::flags alternatives = {}) {
        conventions_ = std::move(conventions);
        alternatives_ = std::move(alternatives);
    }

    bool apply(const std::vector<std::size_t>& set) {
        for (std::size_t f : set) {
            const bool alternative = !alternatives_.empty() && alternatives_[f] != 0;
            if (!store_.narrow(model_.fact_variable[f], facts_[f].reading(conventions_[f], alternative)))
                return false;
        }
        return store_.propagate();
    }

    bool consistent(const std::vector<std::size_t>& set) {
        const std::size_t m = store_.mark();
        const bool ok = apply(set);
        store_.undo(m);
        return ok;
    }

    // A minimal subset of an inconsistent set of figures that is still inconsistent.
    std::vector<std::size_t> minimal_conflict(const std::vector<std::size_t>& set) {
        return quickxplain([this](const std::vector<std::size_t>& s) { return consistent(s); }, {}, false,
                           set);
    }

    // Of the relations that narrowed something while `conflict` was propagated, a minimal subset that
    // still proves it: the explanation names only those.
    std::vector<std::size_t> proving_relations(const std::vector<std::size_t>& conflict) {
        std::vector<std::size_t> used;
        const std::size_t m = store_.mark();
        store_.record_relations(&used);
        apply(conflict);
        store_.record_relations(nullptr);
        store_.undo(m);
        std::sort(used.begin(), used.end());
        used.erase(std::unique(used.begin(), used.end()), used.end());
        if (used.empty()) return used;
        const auto consistent_with = [&](const std::vector<std::size_t>& relations) {
            store_.enable_only(relations);
            const bool ok = consistent(conflict);
            store_.enable_all();
            return ok;
        };
        if (consistent_with({})) return quickxplain(consistent_with, {}, false, used);
        return {};  // the intervals alone do not meet: the same quantity, no relation needed
    }

    struct analysis {
        std::vector<std::vector<std::size_t>> conflicts;
        std::vector<std::vector<std::size_t>> corrections;
        std::vector<std::size_t> kept;  // a consistent subset: the block without the first correction set
        bool bounded = false;
    };

    // Minimal conflicts and all minimum correction sets by hitting-set duality: a set of figures that
    // meets every conflict found is tried; if the rest is still inconsistent it yields a new conflict.
    analysis analyse(const std::vector<std::size_t>& block) {
        analysis a;
        if (consistent(block)) {
            a.kept = block;
            return a;
        }
        a.conflicts.push_back(minimal_conflict(block));
        std::size_t tried = 0;
        for (std::size_t size = 1; size <= opts_.max_correction_size && !a.bounded; ++size) {
            bool restart = true;
            while (restart && !a.bounded) {
                restart = false;
                std::vector<std::size_t> pool;
                for (const auto& c : a.conflicts)
                    pool.insert(pool.end(), c.begin(), c.end());
                detail::sort_unique(pool);
                if (size > pool.size()) break;
                std::vector<std::size_t> pick(size);
                std::iota(pick.begin(), pick.end(), std::size_t{0});
                do {
                    std::vector<std::size_t> hitting;
                    hitting.reserve(pick.size());
                    for (std::size_t i : pick)
                        hitting.push_back(pool[i]);
                    if (!hits_all(hitting, a.conflicts) ||
                        std::find(a.corrections.begin(), a.corrections.end(), hitting) != a.corrections.end())
                        continue;
                    if (++tried > opts_.max_candidates) {
                        a.bounded = true;
                        break;
                    }
                    const std::vector<std::size_t> rest = without(block, hitting);
                    if (consistent(rest)) {
                        a.corrections.push_back(hitting);
                    } else if (a.conflicts.size() >= opts_.max_conflicts) {
                        a.bounded = true;
                        break;
                    } else {
                        a.conflicts.push_back(minimal_conflict(rest));
                        restart = true;
                        break;
                    }
                } while (next_combination(pick, pool.size()));
            }
            if (!a.corrections.empty()) break;
        }
        if (!a.corrections.empty()) {
            a.kept = without(block, a.corrections.front());
        } else {
            a.bounded = true;
            std::vector<std::size_t> doubted;
            for (const auto& c : a.conflicts)
                doubted.insert(doubted.end(), c.begin(), c.end());
            std::sort(doubted.begin(), doubted.end());
            a.kept = without(block, doubted);
            if (!consistent(a.kept)) a.kept.clear();
        }
        return a;
    }

    // For each figure of a consistent set, its variable's interval from all the others, by halving: the
    // other half is applied once for the whole of each half, so the cost is n log n narrowings, not n^2.
    void leave_one_out(const std::vector<std::size_t>& set, std::vector<outward_interval>& out) {
        if (set.empty()) return;
        if (set.size() == 1) {
            out[set.front()] = store_[model_.fact_variable[set.front()]];
            return;
        }
        const auto half = set.begin() + static_cast<std::ptrdiff_t>(set.size() / 2);
        const std::vector<std::size_t> first(set.begin(), half), second(half, set.end());
        std::size_t m = store_.mark();
        apply(second);
        leave_one_out(first, out);
        store_.undo(m);
        m = store_.mark();
        apply(first);
        leave_one_out(second, out);
        store_.undo(m);
    }

    // The intervals of `variables` once `set` is applied.
    std::vector<outward_interval> fixpoint(const std::vector<std::size_t>& set,
                                           const std::vector<std::size_t>& variables) {
        const std::size_t m = store_.mark();
        apply(set);
        std::vector<outward_interval> result;
        result.reserve(variables.size());
        for (std::size_t v : variables)
            result.push_back(store_[v]);
        store_.undo(m);
        return result;
    }

private:
    static bool hits_all(const std::vector<std::size_t>& set,
                         const std::vector<std::vector<std::size_t>>& all) {
        return std::all_of(all.begin(), all.end(), [&](const std::vector<std::size_t>& c) {
            return std::any_of(set.begin(), set.end(),
                               [&](std::size_t f) { return std::binary_search(c.begin(), c.end(), f); });
        });
    }

    static bool next_combination(std::vector<std::size_t>& pick, std::size_t n) {
        const std::size_t k = pick.size();
        for (std::size_t i = k; i-- > 0;) {
            if (pick[i] < n - k + i) {
                ++pick[i];
                for (std::size_t j = i + 1; j < k; ++j)
                    pick[j] = pick[j - 1] + 1;
                return true;
            }
        }
        return false;
    }

    const std::vector<fact>& facts_;
    const model& model_;
    const options& opts_;
    domain_store store_;
    std::size_t base_ = 0;
    std::vector<outward_interval> baseline_;
    std::vector<convention> conventions_;
    detail::flags alternatives_;
};

// Figures whose quantities are linked by relations, and those quantities: each block is solved on its own.
struct block {
    std::vector<std::size_t> facts;
    std::vector<std::size_t> variables;
};

template <class Void = void>
deferred<std::vector<block>, Void> blocks_of(const model& m) {
    std::vector<std::size_t> parent(m.variables.size());
    std::iota(parent.begin(), parent.end(), std::size_t{0});
    const auto root = [&](std::size_t v) {
        while (parent[v] != v)
            v = parent[v] = parent[parent[v]];
        return v;
    };
    for (const relation& r : m.relations)
        for (std::size_t v : r.vars)
            parent[root(v)] = root(r.vars.front());
    // Indexed by root, so that the blocks come out in the order of their roots.
    deferred<std::vector<block>, Void> by_root(m.variables.size());
    for (std::size_t f = 0; f < m.fact_variable.size(); ++f)
        by_root[root(m.fact_variable[f])].facts.push_back(f);
    for (std::size_t v = 0; v < m.variables.size(); ++v) {
        block& b = by_root[root(v)];
        if (!b.facts.empty()) b.variables.push_back(v);
    }
    deferred<std::vector<block>, Void> blocks;
    for (block& b : by_root)
        if (!b.facts.empty()) blocks.push_back(std::move(b));
    return blocks;
}

template <class = void>
bool is_target(const fact& f) {
    return f.key.what == measure::target_exports || f.key.what == measure::target_jobs;
}

// pow is not correctly rounded everywhere: its result is widened by a few ulps on each side.
template <class = void>
outward_interval required_rate(const outward_interval& target, const outward_interval& level, int years) {
    const double inverse = 1.0 / static_cast<double>(years);
    const auto rate = [&](double ratio, bool upward) {
        double r = std::pow(ratio, inverse);
        for (int i = 0; i < 4; ++i)
            r = upward ? offshoring::detail::round_up(r) : offshoring::detail::round_down(r);
        return upward ? offshoring::detail::round_up(r - 1.0) : offshoring::detail::round_down(r - 1.0);
    };
    const double lo = level.hi > 0.0 && !std::isinf(level.hi)
                          ? rate(offshoring::detail::round_down(target.lo / level.hi), false)
                          : -1.0;
    const double hi = level.lo > 0.0 ? rate(offshoring::detail::round_up(target.hi / level.lo), true)
                                     : outward_interval::whole().hi;
    return {lo, hi};
}

}  // namespace detail

// Checks every figure against all the others. Throws offshoring::domain_error for more than
// opts.max_facts figures or for a figure require_fact refuses.
// The figures are moved into the report; clang-tidy does not see a move into a member of a deferred type.
template <class Void = void>
report check_facts(std::vector<fact> facts,  // NOLINT(performance-unnecessary-value-param)
                   const options& opts = {}) {
    if (facts.size() > opts.max_facts) {
        offshoring::detail::fail("offshoring::consistency::check_facts",
                                 std::to_string(facts.size()) + " figures exceed the limit of " +
                                     std::to_string(opts.max_facts) + " (options::max_facts)");
    }
    detail::deferred<report, Void> out;
    out.facts = std::move(facts);
    out.relations = build_model(out.facts);
    const auto& fs = out.facts;
    const auto& m = out.relations;
    const std::size_t n = fs.size();
    detail::block_solver<Void> solver(fs, m, opts);
    const auto blocks = detail::blocks_of<Void>(m);

    std::vector<std::size_t> block_of(n);
    for (std::size_t b = 0; b < blocks.size(); ++b)
        for (std::size_t f : blocks[b].facts)
            block_of[f] = b;
    out.figures.resize(n);

    // Verdicts, conflicts, correction sets and implied intervals with each figure read as `conventions`
    // says; returns, per block, the consistent subset the implied intervals come from.
    const auto settle = [&](const std::vector<convention>& conventions) {
        solver.read_as(conventions);
        out.conflicts.clear();
        out.correction_sets.clear();
        out.implied = solver.baseline();
        std::vector<std::vector<std::size_t>> kept;
        std::vector<outward_interval> loo(n, outward_interval::whole());
        for (const detail::block& b : blocks) {
            const std::vector<std::size_t>& block = b.facts;
            const auto a = solver.analyse(block);
            out.search_bounded = out.search_bounded || a.bounded;
            const std::vector<outward_interval> settled = solver.fixpoint(a.kept, b.variables);
            for (std::size_t i = 0; i < b.variables.size(); ++i)
                out.implied[b.variables[i]] = settled[i];
            solver.leave_one_out(a.kept, loo);
            // Indexed by figure, like the two below: a figure's first conflict, its interval's sources.
            detail::deferred<std::vector<std::optional<std::size_t>>, Void> first_conflict(n);
            for (const auto& facts_in : a.conflicts) {
                for (std::size_t f : facts_in)
                    if (!first_conflict[f]) first_conflict[f] = out.conflicts.size();
                out.conflicts.push_back({facts_in, solver.proving_relations(facts_in)});
            }
            // The figures to doubt and, for each, the others its implied interval comes from: the block
            // without the first minimum correction set that holds it, or the rest of its conflict when the
            // search was bounded.
            detail::flags doubted(n, 0);
            std::vector<std::vector<std::size_t>> doubted_from(n);
            const auto doubt = [&](std::size_t f, std::vector<std::size_t> others) {
                doubted[f] = 1;
                doubted_from[f] = std::move(others);
            };
            for (const auto& h : a.corrections)
                for (std::size_t f : h)
                    if (doubted[f] == 0) doubt(f, detail::without(block, h));
            if (a.corrections.empty())
                for (std::size_t f = 0; f < n; ++f)
                    if (first_conflict[f] && doubted[f] == 0)
                        doubt(f, detail::without(out.conflicts[*first_conflict[f]].facts, {f}));
            out.correction_sets.insert(out.correction_sets.end(), a.corrections.begin(), a.corrections.end());
            for (std::size_t f : block) {
                figure_result& r = out.figures[f];
                const std::size_t v = m.fact_variable[f];
                r = figure_result{};
                r.read_as = conventions[f];
                r.published = fs[f].reading(conventions[f]);
                r.conflict = first_conflict[f];
                if (doubted[f] != 0) {
                    r.status = verdict::inconsistent;
                    r.implied = solver.fixpoint(doubted_from[f], {v}).front();
                } else if (!std::binary_search(a.kept.begin(), a.kept.end(), f)) {
                    r.status = verdict::not_checkable;
                    r.unplaced = true;
                } else if (loo[f] == solver.baseline()[v]) {
                    r.status = verdict::not_checkable;
                } else {
                    r.status = verdict::consistent;
                    r.implied = loo[f];
                }
            }
            kept.push_back(a.kept);
        }
        return kept;
    };

    const std::vector<convention> base(n,
                                       opts.mode == reading_mode::fixed ? opts.read_as : convention::nearest);
    const std::vector<std::vector<std::size_t>> kept = settle(base);

    // A figure is consistent under a convention when that reading meets what the others imply; a source
    // and measure agree under it when all its figures, so read, are consistent with the others kept.
    detail::deferred<std::vector<std::array<bool, 3>>, Void> consistent_under(n);
    for (std::size_t f = 0; f < n; ++f)
        for (convention c : all_conventions) {
            const figure_result& r = out.figures[f];
            consistent_under[f][static_cast<std::size_t>(c)] =
                !r.implied || !offshoring::detail::intersect(fs[f].reading(c), *r.implied).empty();
        }
    std::vector<convention> chosen = base;
    for (const std::vector<std::size_t>& group : detail::source_groups(fs)) {
        source_result s{fs[group.front()].source, fs[group.front()].key.what, {}, {}, {}};
        std::vector<std::size_t> touched;
        touched.reserve(group.size());
        for (std::size_t f : group)
            touched.push_back(block_of[f]);
        detail::sort_unique(touched);
        detail::flags alternatives(n, 0);
        std::vector<std::string> alternative_names;
        for (std::size_t f : group) {
            if (!fs[f].alternative) continue;
            alternatives[f] = 1;
            alternative_names.push_back(fs[f].alternative->name);
        }
        detail::sort_unique(alternative_names);
        for (const std::string& a : alternative_names)
            s.qualifier_reading += (s.qualifier_reading.empty() ? "" : "+") + a;
        for (const bool alternative : {false, true}) {
            if (alternative && alternative_names.empty()) break;
            for (convention c : all_conventions) {
                std::vector<convention> conventions = base;
                for (std::size_t f : group)
                    conventions[f] = c;
                solver.read_as(conventions, alternative ? alternatives : detail::flags{});
                const bool agree = std::all_of(touched.begin(), touched.end(), [&](std::size_t b) {
                    std::vector<std::size_t> set = detail::without(kept[b], group);
                    for (std::size_t f : blocks[b].facts)
                        if (block_of[f] == b && std::binary_search(group.begin(), group.end(), f))
                            set.push_back(f);
                    return solver.consistent(set);
                });
                if (agree) (alternative ? s.conventions_with_qualifier_reading : s.conventions).push_back(c);
            }
        }
        if (opts.mode == reading_mode::infer && !s.conventions.empty())
            for (std::size_t f : group)
                chosen[f] = s.conventions.front();
        out.sources.push_back(std::move(s));
    }
    if (chosen != base) settle(chosen);
    for (std::size_t f = 0; f < n; ++f)
        out.figures[f].consistent_under = consistent_under[f];

    out.propagation_cut_short = solver.cut_short();

    // Targets: the rate each one requires from the latest whole-year level of the same quantity.
    for (std::size_t f = 0; f < n; ++f) {
        if (!detail::is_target(fs[f])) continue;
        const bool jobs = fs[f].key.what == measure::target_jobs;
        const int target_year = fs[f].key.when.last_year();
        for (int year = target_year - 1; year >= target_year - 100; --year) {
            const month_run when = jobs ? month_run{12 * year + 11, 12 * year + 11} : month_run::year(year);
            const std::optional<std::size_t> level =
                m.find({jobs ? measure::jobs : measure::exports, fs[f].key.scope, when,
                        jobs ? currency::none : currency::mad});
            if (!level || !out.implied[*level].bounded() || out.implied[*level].lo <= 0.0) continue;
            out.targets.push_back(
                {f, *level, target_year - year,
                 detail::required_rate(out.figures[f].published, out.implied[*level], target_year - year)});
            break;
        }
    }
    return out;
}

}  // namespace offshoring::consistency
