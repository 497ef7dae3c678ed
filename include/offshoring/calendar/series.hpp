// offshoring/calendar/series.hpp: figures keyed by period: cumulate, decumulate, aggregate, year-on-year growth, rolling sums, shares.
// SPDX-License-Identifier: MIT
#pragma once

#include <algorithm>
#include <cstddef>
#include <initializer_list>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include <offshoring/calendar/lattice.hpp>
#include <offshoring/calendar/period.hpp>
#include <offshoring/detail/error.hpp>
#include <offshoring/detail/outward_interval.hpp>
#include <offshoring/detail/troubleshooting.hpp>
#include <offshoring/metrics/checks.hpp>
#include <offshoring/quantity/interval.hpp>
#include <offshoring/quantity/units.hpp>

namespace offshoring {
namespace detail {

template <class V>
struct is_interval : std::false_type {};
template <class T>
struct is_interval<interval<T>> : std::true_type {};

// Whether V is a value, or an interval of doubles or of quantities of doubles.
template <class V>
struct is_series_value : std::true_type {};
template <class T>
struct is_series_value<interval<T>> : std::is_same<published::scalar_of<T>, double> {};

}  // namespace detail

// Values of one kind (a quantity, a plain number, or an interval of either) keyed by period, in period
// order. A period holds at most one value, and a period without one is absent, never zero: asking for
// it with at() is an error naming it, find() says so with an empty optional.
template <class V>
class series {
    static_assert(
        detail::is_series_value<V>::value,
        "offshoring::series: a series of intervals holds doubles or quantities of doubles, the type "
        "the outward-rounded arithmetic works in" OFFSHORING_SEE_TROUBLESHOOTING("intervals-and-series"));

public:
    using value_type = V;
    using map_type = std::map<period, V>;
    using const_iterator = typename map_type::const_iterator;

    series() = default;

    // Throws offshoring::domain_error when a period comes twice.
    series(std::initializer_list<std::pair<period, V>> entries) {
        for (const auto& [p, v] : entries)
            insert(p, v);
    }

    // Throws offshoring::domain_error when the period already has a value.
    void insert(period p, const V& value) {
        if (!values_.emplace(p, value).second)
            detail::fail("offshoring::series::insert", "the series already holds " + detail::period_label(p));
    }

    [[nodiscard]] bool contains(period p) const { return values_.count(p) != 0; }

    // Throws offshoring::domain_error naming the period when it has no value.
    [[nodiscard]] const V& at(period p) const {
        const auto found = values_.find(p);
        if (found == values_.end())
            detail::fail("offshoring::series::at",
                         "the series holds no value for " + detail::period_label(p));
        return found->second;
    }

    [[nodiscard]] std::optional<V> find(period p) const {
        const auto found = values_.find(p);
        if (found == values_.end()) return std::nullopt;
        return found->second;
    }

    [[nodiscard]] std::size_t size() const noexcept { return values_.size(); }
    [[nodiscard]] bool empty() const noexcept { return values_.empty(); }
    [[nodiscard]] const_iterator begin() const noexcept { return values_.begin(); }
    [[nodiscard]] const_iterator end() const noexcept { return values_.end(); }

    friend bool operator==(const series& a, const series& b) { return a.values_ == b.values_; }
    friend bool operator!=(const series& a, const series& b) { return !(a == b); }

private:
    map_type values_;
};

namespace detail {

// The arithmetic a series needs, the same for a value and for an interval of values. Intervals go
// through the outward arithmetic of detail/outward_interval.hpp, every bound moved one ulp outward, so
// that the true value of a sum, a difference or a ratio of figures known to a rounding stays inside: an
// H2 derived as year - H1 is wider than either figure.
template <class V>
outward_interval outward_bounds(const V& x) noexcept {
    return {published::raw_value(x.lo()), published::raw_value(x.hi())};
}

// Back to an interval of the series' values; a bound pushed to infinity is an overflow.
template <class V>
V from_outward(std::string_view function, const outward_interval& r) {
    using Q = typename V::value_type;
    if (r.empty() || !r.bounded())
        fail(function, "the result overflows a double, got [" + describe(r.lo) + ", " + describe(r.hi) + "]");
    if constexpr (is_quantity<Q>::value)
        return V(Q::from_value(r.lo), Q::from_value(r.hi));
    else
        return V(r.lo, r.hi);
}

template <class V>
V series_sum(const char* function, const V& a, const V& b) {
    if constexpr (is_interval<V>::value) {
        return from_outward<V>(function, add(outward_bounds(a), outward_bounds(b)));
    } else {
        return require_finite_result(function, a + b, "terms ", published::raw_value(a), " and ",
                                     published::raw_value(b));
    }
}

template <class V>
V series_difference(const char* function, const V& a, const V& b) {
    if constexpr (is_interval<V>::value) {
        return from_outward<V>(function, sub(outward_bounds(a), outward_bounds(b)));
    } else {
        return require_finite_result(function, a - b, "terms ", published::raw_value(a), " and ",
                                     published::raw_value(b));
    }
}

// The plain number a value holds, for a ratio of two values of one kind.
template <class V>
struct element_of {
    using type = V;
};
template <class T>
struct element_of<interval<T>> {
    using type = T;
};

template <class V>
using series_scalar = published::scalar_of<typename element_of<V>::type>;

template <class V>
using ratio_of = std::conditional_t<is_interval<V>::value, interval<series_scalar<V>>, series_scalar<V>>;

template <class V>
[[noreturn, gnu::cold, gnu::noinline]] void not_positive_base(const char* function, period p) {
    fail(function, "the base for " + period_label(p) + " must be positive");
}

// num / den - offset; den must be positive (its lower bound for an interval).
template <class V>
ratio_of<V> series_ratio(const char* function, const V& num, const V& den, period base,
                         series_scalar<V> offset) {
    using T = series_scalar<V>;
    if constexpr (is_interval<V>::value) {
        if (!(published::raw_value(den.lo()) > T(0))) not_positive_base<V>(function, base);
        return from_outward<ratio_of<V>>(
            function, sub(div(outward_bounds(num), outward_bounds(den)), outward_interval::point(offset)));
    } else {
        const T d = published::raw_value(den);
        if (!(d > T(0))) not_positive_base<V>(function, base);
        return require_finite_result(function, published::raw_value(num) / d - offset, "value ",
                                     published::raw_value(num), " and base ", d);
    }
}

template <class V>
bool surely_negative(const V& x) {
    if constexpr (is_interval<V>::value)
        return published::raw_value(x.hi()) < 0;
    else
        return published::raw_value(x) < 0;
}

// A flow known to be non-negative: an interval difference keeps only its non-negative part.
template <class V>
V clamp_at_zero(const V& x) {
    if constexpr (is_interval<V>::value) {
        using Q = typename V::value_type;
        if (published::raw_value(x.lo()) < 0) {
            if constexpr (is_quantity<Q>::value)
                return V(Q::from_value(0), x.hi());
            else
                return V(Q(0), x.hi());
        }
    }
    return x;
}

template <class V>
[[noreturn, gnu::cold, gnu::noinline]] void missing_periods(const char* function, period whole,
                                                            const std::vector<period>& missing) {
    fail(function, period_label(whole) + " needs every part; missing " + period_list(missing));
}

// The sum of the parts of `whole` of length `kind`, every one of which the series must hold.
template <class V>
V sum_of_parts(const char* function, const series<V>& s, period whole, period_kind kind) {
    const std::vector<period> parts = aligned_subperiods(whole, kind);
    std::vector<period> missing;
    for (const period& part : parts)
        if (!s.contains(part)) missing.push_back(part);
    if (!missing.empty() || parts.empty()) missing_periods<V>(function, whole, missing);
    V total = s.at(parts.front());
    for (std::size_t i = 1; i < parts.size(); ++i)
        total = series_sum(function, total, s.at(parts[i]));
    return total;
}

// The one named kind every period of the series has; refuses runs and mixed lengths.
template <class V>
period_kind uniform_kind(const char* function, const series<V>& s) {
    if (s.empty()) fail(function, "the series is empty");
    const period first = s.begin()->first;
    for (const auto& entry : s) {
        if (!entry.first.is_named() || entry.first.months() != first.months())
            fail(function, "every period must be named and of one length, got " + period_label(first) +
                               " and " + period_label(entry.first));
    }
    return first.kind();
}

}  // namespace detail

// Months (or quarters, or halves) to year-to-date runs: for each period p of the series, the total from
// January to the end of p, as the press prints it ("à fin septembre"). The months 2025-01..2025-03 give
// 2025-01 (itself), 2025-01/2025-02 and 2025-Q1 (the run January to March is named).
// Throws offshoring::domain_error when the periods are not all named and of one sub-annual length, or a
// part from January to p is missing (named in the message).
template <class V>
series<V> cumulate(const series<V>& parts) {
    constexpr const char* function = "offshoring::cumulate";
    const period_kind kind = detail::uniform_kind(function, parts);
    if (kind == period_kind::year) detail::fail(function, "the periods must be shorter than a year");
    series<V> running;
    for (const auto& [p, value] : parts) {
        const period to_date =
            period::year_to_date(p.year(), static_cast<int>(static_cast<unsigned>(p.last().month())));
        running.insert(to_date, detail::sum_of_parts(function, parts, to_date, kind));
    }
    return running;
}

// Year-to-date runs back to the flows between them: each run minus the longest shorter run of the same
// year the series holds. H1 and the year give H1 and H2 = year - H1; Q1, H1, 2025-01/2025-09 and the
// year give the four quarters. The first run of a year is its own flow.
// Throws offshoring::domain_error when a period does not start in January, or a flow comes out negative
// (a running total that falls), naming both runs.
template <class V>
series<V> decumulate(const series<V>& running) {
    constexpr const char* function = "offshoring::decumulate";
    series<V> flows;
    std::optional<std::pair<period, V>> before;
    for (const auto& [p, value] : running) {
        if (p.first().month() != date::January || p.first().year() != p.last().year())
            detail::fail(function, "every period must run from January within one year, got " +
                                       detail::period_label(p));
    }
    // Runs from January sort longest first within a year; walk them from the shortest.
    std::vector<std::pair<period, V>> ordered(running.begin(), running.end());
    std::sort(ordered.begin(), ordered.end(),
              [](const auto& a, const auto& b) { return a.first.last() < b.first.last(); });
    for (const auto& [p, value] : ordered) {
        if (before && before->first.year() == p.year()) {
            const V flow = detail::series_difference(function, value, before->second);
            if (detail::surely_negative(flow))
                detail::fail(
                    function,
                    "the running total falls from " + detail::period_label(before->first) + " to " +
                        detail::period_label(p) + ", a negative flow for " +
                        detail::period_label(period::run(
                            detail::from_month_ordinal(detail::month_ordinal(before->first.last()) + 1),
                            p.last())));
            flows.insert(
                period::run(detail::from_month_ordinal(detail::month_ordinal(before->first.last()) + 1),
                            p.last()),
                detail::clamp_at_zero(flow));
        } else {
            flows.insert(p, value);
        }
        before = std::make_pair(p, value);
    }
    return flows;
}

// The part of `whole` that the series does not hold, as whole minus the parts it holds: Q4 = year - Q1 -
// Q2 - Q3, H2 = year - H1. Returns the missing run and its value.
// Throws offshoring::domain_error when the series holds no value for whole, the parts inside it overlap,
// none is missing, the missing months are not one run, or the remainder is negative.
template <class V>
std::pair<period, V> remainder(const series<V>& s, period whole) {
    constexpr const char* function = "offshoring::remainder";
    V rest = s.at(whole);
    std::vector<period> parts;
    for (const auto& [p, value] : s) {
        if (p == whole || !whole.contains(p)) continue;
        parts.push_back(p);
        rest = detail::series_difference(function, rest, value);
    }
    const partition_report report = check_partition(parts, whole);
    if (!report.overlaps.empty())
        detail::fail(function, "the parts of " + detail::period_label(whole) + " overlap on " +
                                   detail::period_list(report.overlaps));
    if (report.gaps.size() != 1)
        detail::fail(function,
                     "exactly one run of " + detail::period_label(whole) + " must be missing, got " +
                         (report.gaps.empty() ? std::string("none") : detail::period_list(report.gaps)));
    if (detail::surely_negative(rest))
        detail::fail(function, "the parts exceed " + detail::period_label(whole) + ", a negative " +
                                   detail::period_label(report.gaps.front()));
    return {report.gaps.front(), detail::clamp_at_zero(rest)};
}

// Months to quarters, quarters to halves, anything to years: the sum over each period of kind `to` that
// the series touches, only when every part of it is there.
// Throws offshoring::domain_error when the periods are not all named and of one length shorter than
// `to`'s, or a period of kind `to` lacks a part (the message names it and the parts missing).
template <class V>
series<V> aggregate(const series<V>& parts, period_kind to) {
    constexpr const char* function = "offshoring::aggregate";
    const period_kind kind = detail::uniform_kind(function, parts);
    if (detail::months_in(kind) >= detail::months_in(to))
        detail::fail(function, "the periods must be shorter than the ones aggregated to");
    series<V> totals;
    for (const auto& entry : parts) {
        const period p = entry.first;
        const int length = detail::months_in(to);
        const int which = (static_cast<int>(static_cast<unsigned>(p.first().month())) - 1) / length + 1;
        const period whole = detail::period_access::make(to, p.year(), which);
        if (!totals.contains(whole)) totals.insert(whole, detail::sum_of_parts(function, parts, whole, kind));
    }
    return totals;
}

// For each period whose same months a year earlier the series holds, value / value a year earlier - 1,
// a fraction (an interval of fractions for intervals). Periods without a year earlier are absent.
// Throws offshoring::domain_error when a base is not positive.
template <class V>
series<detail::ratio_of<V>> year_on_year_growth(const series<V>& s) {
    constexpr const char* function = "offshoring::year_on_year_growth";
    series<detail::ratio_of<V>> growth;
    for (const auto& [p, value] : s) {
        if (p.year() <= period::min_year) continue;
        const period earlier = p.year_earlier();
        const std::optional<V> base = s.find(earlier);
        if (base)
            growth.insert(p,
                          detail::series_ratio(function, value, *base, earlier, detail::series_scalar<V>(1)));
    }
    return growth;
}

// The sum over each run of n consecutive periods of one length the series holds in full, keyed by the
// run: twelve months to 2025-12 give 2025; 2024-02..2025-01 give 2024-02/2025-01.
// Throws offshoring::domain_error when n < 1.
template <class V>
series<V> rolling_sum(const series<V>& s, int n) {
    constexpr const char* function = "offshoring::rolling_sum";
    if (n < 1) detail::fail(function, "n must be at least 1, got " + detail::describe(n));
    series<V> sums;
    for (const auto& [p, value] : s) {
        V total = value;
        period start = p;
        bool complete = true;
        for (int k = 1; k < n && complete; ++k) {
            if (detail::month_ordinal(start.first()) - p.months() < 12 * period::min_year) {
                complete = false;
                break;
            }
            start = start.previous();
            const std::optional<V> earlier = s.find(start);
            if (earlier)
                total = detail::series_sum(function, total, *earlier);
            else
                complete = false;
        }
        if (complete) sums.insert(period::run(start.first(), p.last()), total);
    }
    return sums;
}

// The share of each period inside `whole` (other than whole itself) in the value for whole, a fraction:
// the months of a year over the year, the quarters over their half.
// Throws offshoring::domain_error when the series holds no value for whole or it is not positive.
template <class V>
series<detail::ratio_of<V>> shares(const series<V>& s, period whole) {
    constexpr const char* function = "offshoring::shares";
    const V& total = s.at(whole);
    series<detail::ratio_of<V>> result;
    for (const auto& [p, value] : s)
        if (p != whole && whole.contains(p))
            result.insert(p,
                          detail::series_ratio(function, value, total, whole, detail::series_scalar<V>(0)));
    return result;
}

}  // namespace offshoring
