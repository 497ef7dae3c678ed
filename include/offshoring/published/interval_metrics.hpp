// offshoring/published/interval_metrics.hpp: share, growth, CAGR and the other metrics over intervals.
// SPDX-License-Identifier: MIT
#pragma once

#include <algorithm>
#include <cmath>
#include <initializer_list>
#include <iterator>
#include <string>
#include <string_view>
#include <type_traits>

#include <offshoring/detail/error.hpp>
#include <offshoring/detail/power.hpp>
#include <offshoring/detail/troubleshooting.hpp>
#include <offshoring/metrics/annualisation.hpp>
#include <offshoring/published/amount.hpp>
#include <offshoring/published/number.hpp>
#include <offshoring/quantity/interval.hpp>
#include <offshoring/quantity/units.hpp>

// Each function takes anything as_interval accepts (an interval, a published_number, a published_amount,
// a number or a quantity known exactly) and returns the smallest interval that holds the metric for every
// choice of inputs within theirs. The metrics are monotone in each input over the domains checked below,
// so the extremes sit at the ends: share lo = part.lo / whole.hi, hi = part.hi / whole.lo, and so on.
// Inputs are taken as independent: a part and the whole it belongs to are not tied together, which can
// only widen the result, never hide a true value.
// All fractions are plain numbers (0.035 for 3.5 %), as in metrics.hpp; percentage points are points.

namespace offshoring {
namespace detail::published {

// A ratio of two values of one type is a plain number; of two types, the quantity Boost.Units makes
// (dirhams per job, dirhams per US dollar).
template <class A, class B>
constexpr auto divide(const A& a, const B& b) {
    if constexpr (std::is_same_v<A, B> && is_quantity<A>::value) {
        return a.value() / b.value();
    } else {
        return a / b;
    }
}

template <class T>
constexpr bool is_negative(const T& x) noexcept {
    return raw_value(x) < 0;
}

template <class T>
constexpr bool is_positive(const T& x) noexcept {
    return raw_value(x) > 0;
}

// The failure paths are out of line and cold, and take the refused values rather than their text, so
// that the checks on the path that does not fail are comparisons and nothing else.
template <class T>
[[noreturn, gnu::cold, gnu::noinline]] void bad_input(const char* function, std::string_view what,
                                                      interval<T> x) {
    fail(function, std::string(what) + ", got " + describe_bounds(x.lo(), x.hi()));
}

template <class T>
[[noreturn, gnu::cold, gnu::noinline]] void bad_value(const char* function, const char* what, T value) {
    fail(function, std::string(what) + ", got " + describe_value(value));
}

template <class N, class D>
constexpr auto ratio_bounds(const char* function, const interval<N>& num, const interval<D>& den) {
    if (!is_positive(den.lo()) && !is_negative(den.hi())) {
        bad_input(function, "denominator must not contain zero", den);
    }
    const auto a = divide(num.lo(), den.lo());
    const auto b = divide(num.lo(), den.hi());
    const auto c = divide(num.hi(), den.lo());
    const auto d = divide(num.hi(), den.hi());
    return make_interval(function, std::min(std::min(a, b), std::min(c, d)),
                         std::max(std::max(a, b), std::max(c, d)));
}

template <class T>
constexpr void require_positive_years(const char* function, T years) {
    if (!(years > 0) || !is_finite(years)) bad_value(function, "years must be positive and finite", years);
}

template <class T>
interval<T> power_interval(const char* function, const interval<T>& ratio, T exponent) {
    // x^e - 1 increases with x for x >= 0 and e > 0, so the ends map to the ends.
    return make_interval(function, static_cast<T>(std::pow(ratio.lo(), exponent) - 1),
                         static_cast<T>(std::pow(ratio.hi(), exponent) - 1));
}

// (end / base)^(1 / years) - 1 on intervals, shared by the CAGR and the rate required to reach a target,
// which differ only in what their arguments are called. The rate increases with end and decreases with
// base, so its lower bound comes from end.lo / base.hi and its upper bound from end.hi / base.lo; each is
// computed through logarithms when that ratio is not a normal double (see detail/power.hpp).
template <class B, class E>
interval<double> compound_rate_interval(const char* function, const interval<B>& base,
                                        std::string_view base_name, const interval<E>& end,
                                        std::string_view end_name, double years) {
    static_assert(std::is_same_v<B, E>,
                  "a compound rate needs two values of one type: two amounts of one currency, two counts of "
                  "jobs or two plain numbers" OFFSHORING_SEE_TROUBLESHOOTING("dimensions-and-units"));
    require_positive_years(function, years);
    if (!is_positive(base.lo())) bad_input(function, std::string(base_name) + " must be positive", base);
    if (is_negative(end.lo())) bad_input(function, std::string(end_name) + " must be non-negative", end);
    const double exponent = 1.0 / years;
    return make_interval(
        function, compound_rate_bound<double>(raw_value(end.lo()), raw_value(base.hi()), exponent, false),
        compound_rate_bound<double>(raw_value(end.hi()), raw_value(base.lo()), exponent, true));
}

}  // namespace detail::published

// numerator / denominator, for any two types whose quotient means something (a plain number for two
// amounts of one currency, dirhams per US dollar for dirhams over dollars). Throws
// offshoring::domain_error when the denominator's interval contains zero.
template <class N, class D>
constexpr auto ratio_interval(const N& numerator, const D& denominator) {
    return detail::published::ratio_bounds("offshoring::ratio_interval", as_interval(numerator),
                                           as_interval(denominator));
}

// part / whole as a fraction. Throws offshoring::domain_error for a part that can be negative or a whole
// that is not positive.
template <class P, class W>
[[gnu::always_inline]] constexpr auto share_interval(const P& part, const W& whole) {
    constexpr const char* function = "offshoring::share_interval";
    const auto p = as_interval(part);
    const auto w = as_interval(whole);
    if (detail::published::is_negative(p.lo()))
        detail::published::bad_input(function, "part must be non-negative", p);
    if (!detail::published::is_positive(w.lo()))
        detail::published::bad_input(function, "whole must be positive", w);
    return detail::published::make_interval(function, detail::published::divide(p.lo(), w.hi()),
                                            detail::published::divide(p.hi(), w.lo()));
}

// to / from - 1 as a fraction: [0.030888, 0.046693] for 12,9 -> 13,4. Throws offshoring::domain_error for a
// base that is not positive.
template <class F, class T>
constexpr auto growth_interval(const F& from, const T& to) {
    constexpr const char* function = "offshoring::growth_interval";
    const auto f = as_interval(from);
    const auto t = as_interval(to);
    if (!detail::published::is_positive(f.lo()))
        detail::published::bad_input(function, "base must be positive", f);
    const auto r = detail::published::ratio_bounds(function, t, f);
    using R = typename decltype(r)::value_type;
    return detail::published::make_interval(function, r.lo() - static_cast<R>(1), r.hi() - static_cast<R>(1));
}

// The change of a share, in percentage points: 40,3 % -> 41,0 % is [0.6, 0.8] points.
template <class F, class T>
constexpr interval<double> percentage_point_change_interval(const F& share_from, const T& share_to) {
    constexpr const char* function = "offshoring::percentage_point_change_interval";
    const interval<double> f = as_interval(share_from);
    const interval<double> t = as_interval(share_to);
    return detail::published::make_interval(function, (t.lo() - f.hi()) * 100.0, (t.hi() - f.lo()) * 100.0);
}

// (to / from)^(1 / years) - 1. Throws offshoring::domain_error for a base that is not positive, an end that
// can be negative, or years that are not positive and finite.
template <class F, class T>
auto cagr_interval(const F& from, const T& to, double years) {
    return detail::published::compound_rate_interval("offshoring::cagr_interval", as_interval(from), "base",
                                                     as_interval(to), "end value", years);
}

// The yearly rate that takes current to target in years: the same formula as CAGR, asked forward.
// 26,22 bn -> 40 bn in 6 years is about 7.29 % a year.
template <class C, class T>
auto required_rate_interval(const C& current, const T& target, double years) {
    return detail::published::compound_rate_interval("offshoring::required_rate_interval",
                                                     as_interval(current), "current value",
                                                     as_interval(target), "target", years);
}

// A change over months expressed per year, by the method of metrics/annualisation.hpp: compound
// (1 + g)^(12 / months) - 1 or linear g * 12 / months. Both increase with g, so the ends map to the ends.
// +3,5 % over a half-year is [0.070190, 0.072260] a year compounded. Throws offshoring::domain_error for
// months outside [1, 11] (a year or more is a CAGR) or a growth that can fall below -100 %.
template <class G>
interval<double> annualised_rate_interval(const G& growth, int months, annualisation method) {
    constexpr const char* function = "offshoring::annualised_rate_interval";
    if (months < 1 || months > 11)
        detail::published::bad_value(function, "months must lie in [1, 11]", months);
    const interval<double> g = as_interval(growth);
    if (g.lo() < -1.0) detail::published::bad_input(function, "growth must be at least -100 %", g);
    const double years_in_span = 12.0 / static_cast<double>(months);
    switch (method) {
        case annualisation::compound:
            return detail::published::power_interval(function, interval<double>(1.0 + g.lo(), 1.0 + g.hi()),
                                                     years_in_span);
        case annualisation::linear:
            return detail::published::make_interval(function, g.lo() * years_in_span, g.hi() * years_in_span);
    }
    detail::published::bad_value(function, "method must be annualisation::compound or annualisation::linear",
                                 static_cast<int>(method));
}

// amount / jobs: mad_per_job for dirhams. Throws offshoring::domain_error for an amount that can be
// negative or a count of jobs that is not positive.
template <class A, class J>
constexpr auto revenue_per_job_interval(const A& amount, const J& count) {
    constexpr const char* function = "offshoring::revenue_per_job_interval";
    const auto a = as_interval(amount);
    const auto j = as_interval(count);
    if (detail::published::is_negative(a.lo()))
        detail::published::bad_input(function, "amount must be non-negative", a);
    if (!detail::published::is_positive(j.lo()))
        detail::published::bad_input(function, "number of jobs must be positive", j);
    return detail::published::make_interval(function, detail::published::divide(a.lo(), j.hi()),
                                            detail::published::divide(a.hi(), j.lo()));
}

// The base that a value and its growth imply: to / (1 + g). "26,2 bn, +0,2 % on 2023" puts 2023 in
// [26.0848, 26.2107] bn; the articles publish no 2023 total, so this is all that can be said of it.
template <class T, class G>
constexpr auto implied_base_interval(const T& to, const G& growth) {
    constexpr const char* function = "offshoring::implied_base_interval";
    const auto t = as_interval(to);
    const interval<double> g = as_interval(growth);
    if (detail::published::is_negative(t.lo()))
        detail::published::bad_input(function, "value must be non-negative", t);
    if (!(g.lo() > -1.0)) detail::published::bad_input(function, "growth must be above -100 %", g);
    return detail::published::make_interval(function, t.lo() / (1.0 + g.hi()), t.hi() / (1.0 + g.lo()));
}

// The sum of parts: [sum of lo, sum of hi]. Throws offshoring::domain_error for no parts.
template <class Range>
constexpr auto sum_interval(const Range& parts) {
    constexpr const char* function = "offshoring::sum_interval";
    auto first = std::begin(parts);
    const auto last = std::end(parts);
    if (first == last) detail::fail(function, "needs at least one part, got none");
    auto total = as_interval(*first);
    auto lo = total.lo();
    auto hi = total.hi();
    for (++first; first != last; ++first) {
        const auto x = as_interval(*first);
        lo = lo + x.lo();
        hi = hi + x.hi();
    }
    return detail::published::make_interval(function, lo, hi);
}

template <class T>
constexpr interval<T> sum_interval(std::initializer_list<interval<T>> parts) {
    return sum_interval<std::initializer_list<interval<T>>>(parts);
}

}  // namespace offshoring
