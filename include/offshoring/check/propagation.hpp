// offshoring/check/propagation.hpp: HC4-revise on each relation, an AC-3 queue to a fixpoint, and undo.
// SPDX-License-Identifier: MIT
#pragma once

#include <algorithm>
#include <cmath>
#include <cstddef>
#include <vector>

#include <offshoring/check/model.hpp>
#include <offshoring/detail/outward_interval.hpp>

namespace offshoring::consistency {

// Functions are `template <class = void>`: only the translation units that call them compile them (fact.hpp).

// The intervals of a model's variables, narrowed by facts and relations, with a trail so that a search can
// go back to an earlier state. Every narrowing is sound (outward rounding), so an empty interval proves
// that the facts applied contradict each other under the relations.
class domain_store {
public:
    // Each propagation revises at most this many relations per relation of the model, plus a margin; a
    // fixpoint not reached by then is cut short, which stays sound (the intervals are only wider).
    static constexpr std::size_t revisions_per_relation = 64;
    static constexpr std::size_t revision_margin = 1024;
    // A change smaller than this fraction of the width does not wake the other relations: the last ulps of
    // a slow convergence change no verdict and would cost unbounded rounds.
    static constexpr double significant_fraction = 1e-3;

    template <class = void>
    explicit domain_store(const model& m) : model_(&m), queued_(m.relations.size(), 0) {
        domains_.reserve(m.variables.size());
        for (const variable& v : m.variables)
            domains_.push_back(domain_of(v));
    }

    [[nodiscard]] const outward_interval& operator[](std::size_t v) const noexcept { return domains_[v]; }
    [[nodiscard]] const std::vector<outward_interval>& domains() const noexcept { return domains_; }
    [[nodiscard]] bool failed() const noexcept { return failed_; }
    [[nodiscard]] bool cut_short() const noexcept { return cut_short_; }

    // Every relation that narrows something is appended to `used` until the next call (nullptr: none).
    void record_relations(std::vector<std::size_t>* used) noexcept { recorder_ = used; }

    [[nodiscard]] std::size_t mark() const noexcept { return trail_variables_.size(); }
    template <class = void>
    void undo(std::size_t to) {
        while (trail_variables_.size() > to) {
            domains_[trail_variables_.back()] = trail_domains_.back();
            trail_variables_.pop_back();
            trail_domains_.pop_back();
        }
        failed_ = false;
    }

    // Narrows v to x and queues its relations; false once some interval is empty.
    template <class = void>
    bool narrow(std::size_t v, const outward_interval& x) {
        if (failed_) return false;
        const outward_interval old = domains_[v];
        const outward_interval now = offshoring::detail::intersect(old, x);
        if (now == old) return true;
        trail_variables_.push_back(v);
        trail_domains_.push_back(old);
        domains_[v] = now;
        if (now.empty()) {
            failed_ = true;
            return false;
        }
        if (significant(old, now))
            for (std::size_t r : model_->relations_of[v])
                enqueue(r);
        return true;
    }

    // Only these relations take part until enable_all().
    template <class = void>
    void enable_only(const std::vector<std::size_t>& relations) {
        enabled_.assign(model_->relations.size(), 0);
        restricted_ = true;
        for (std::size_t r : relations)
            enabled_[r] = 1;
    }
    void enable_all() noexcept { restricted_ = false; }

    template <class = void>
    void enqueue(std::size_t r) {
        if (queued_[r] || (restricted_ && !enabled_[r])) return;
        queued_[r] = 1;
        queue_.push_back(r);
    }

    // Revises queued relations until none changes anything significant, an interval empties, or the
    // revision bound is reached. Returns false when an interval is empty.
    template <class = void>
    bool propagate() {
        const std::size_t bound = revisions_per_relation * model_->relations.size() + revision_margin;
        std::size_t revisions = 0;
        while (head_ < queue_.size() && !failed_) {
            if (++revisions > bound) {
                cut_short_ = true;
                break;
            }
            const std::size_t r = queue_[head_++];
            queued_[r] = 0;
            const std::size_t before = mark();
            revise(model_->relations[r]);
            if (recorder_ != nullptr && mark() != before) recorder_->push_back(r);
            if (head_ > 4096 && head_ * 2 > queue_.size()) {
                queue_.erase(queue_.begin(), queue_.begin() + static_cast<std::ptrdiff_t>(head_));
                head_ = 0;
            }
        }
        for (std::size_t i = head_; i < queue_.size(); ++i)
            queued_[queue_[i]] = 0;
        queue_.clear();
        head_ = 0;
        return !failed_;
    }

    // Queues every relation: the first propagation of a model, from its domains alone.
    template <class = void>
    bool propagate_all() {
        for (std::size_t r = 0; r < model_->relations.size(); ++r)
            enqueue(r);
        return propagate();
    }

private:
    // A bound that becomes finite is significant; otherwise the bounds must move by more than a fraction of
    // the old width (of the magnitude of the finite bound when the other is infinite), so that a bound
    // creeping by ulps cannot keep the queue busy.
    template <class = void>
    static bool significant(const outward_interval& old, const outward_interval& now) {
        if (std::isinf(old.lo) != std::isinf(now.lo) || std::isinf(old.hi) != std::isinf(now.hi)) return true;
        const double lo_move = std::isinf(now.lo) ? 0.0 : now.lo - old.lo;
        const double hi_move = std::isinf(now.hi) ? 0.0 : old.hi - now.hi;
        const double scale = old.bounded() ? old.hi - old.lo
                                           : std::max(std::isinf(old.lo) ? 0.0 : std::abs(old.lo),
                                                      std::isinf(old.hi) ? 0.0 : std::abs(old.hi));
        return lo_move + hi_move > significant_fraction * scale;
    }

    // HC4-revise: the relation evaluated forward on its right-hand side, then projected back on each term.
    template <class = void>
    void revise(const relation& r) {
        const std::vector<std::size_t>& x = r.vars;
        if (r.form == relation_form::product) {
            narrow(x[0], offshoring::detail::mul(domains_[x[1]], domains_[x[2]]));
            narrow(x[1], offshoring::detail::div(domains_[x[0]], domains_[x[2]]));
            narrow(x[2], offshoring::detail::div(domains_[x[0]], domains_[x[1]]));
            return;
        }
        // sum: x0 = c + x1 + ... + xn, with prefix and suffix sums so that each term's projection costs O(1).
        const std::size_t n = x.size();
        prefix_.assign(n + 1, outward_interval::point(0.0));
        prefix_[1] = outward_interval::point(r.constant);
        for (std::size_t i = 1; i < n; ++i)
            prefix_[i + 1] = offshoring::detail::add(prefix_[i], domains_[x[i]]);
        if (!narrow(x[0], prefix_[n])) return;
        suffix_.assign(n + 1, outward_interval::point(0.0));
        for (std::size_t i = n - 1; i >= 1; --i)
            suffix_[i] = offshoring::detail::add(suffix_[i + 1], domains_[x[i]]);
        for (std::size_t i = 1; i < n; ++i) {
            const outward_interval others = offshoring::detail::add(prefix_[i], suffix_[i + 1]);
            if (!narrow(x[i], offshoring::detail::sub(domains_[x[0]], others))) return;
        }
    }

    const model* model_;
    std::vector<outward_interval> domains_;
    // The trail: each narrowed variable and its interval before, in two vectors of types the store already
    // has rather than a vector of pairs.
    std::vector<std::size_t> trail_variables_;
    std::vector<outward_interval> trail_domains_;
    std::vector<std::size_t> queue_;
    detail::flags queued_;
    detail::flags enabled_;
    std::vector<outward_interval> prefix_, suffix_;
    std::vector<std::size_t>* recorder_ = nullptr;
    std::size_t head_ = 0;
    bool restricted_ = false;
    bool failed_ = false;
    bool cut_short_ = false;
};

}  // namespace offshoring::consistency
