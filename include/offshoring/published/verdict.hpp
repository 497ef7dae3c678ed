// offshoring/published/verdict.hpp: whether a claim is consistent with the figures it rests on.
// SPDX-License-Identifier: MIT
#pragma once

#include <initializer_list>
#include <string>
#include <type_traits>

#include <offshoring/detail/error.hpp>
#include <offshoring/detail/troubleshooting.hpp>
#include <offshoring/published/amount.hpp>
#include <offshoring/published/interval_metrics.hpp>
#include <offshoring/published/number.hpp>
#include <offshoring/quantity/interval.hpp>

namespace offshoring {

// The answer and the numbers that decide it. A claim is consistent when some choice of true inputs, each
// within the rounding of its published figure, gives a true result that the claim's own rounding (or
// approximation) allows: when the two intervals share at least one point.
// Fractions stay fractions (0.0345 for 3,45 %); amounts stay quantities.
template <class T>
struct verdict {
    bool consistent;
    interval<T> computed;  // what the inputs allow
    interval<T> claimed;   // what the claim allows
    T gap;                 // zero when consistent; otherwise the distance between the two intervals

    constexpr explicit operator bool() const noexcept { return consistent; }
};

namespace detail::published {

// The bounds by value, like every failure path's values: given the intervals by reference, the caller
// had to keep both in memory on the path that does not fail (and g++ packed them in vector registers
// to store them), which cost every verdict 11 instructions.
template <class T>
[[noreturn, gnu::cold, gnu::noinline]] void gap_overflows(T computed_lo, T computed_hi, T claimed_lo,
                                                          T claimed_hi) {
    fail("offshoring::check", "the gap between the intervals overflows a double, got " +
                                  describe_bounds(computed_lo, computed_hi) + " and " +
                                  describe_bounds(claimed_lo, claimed_hi));
}

template <class T>
constexpr verdict<T> apart(const interval<T>& computed, const interval<T>& claimed, const T& gap) {
    if (!is_finite(raw_value(gap))) gap_overflows(computed.lo(), computed.hi(), claimed.lo(), claimed.hi());
    return {false, computed, claimed, gap};
}

}  // namespace detail::published

// Compares two intervals of the same type.
// Throws offshoring::domain_error when the intervals are disjoint and the gap between them exceeds the
// largest value of their type (a claim near -1.7e308 against one near 1.7e308).
template <class A, class B>
constexpr verdict<A> check(const interval<A>& computed, const interval<B>& claimed) {
    static_assert(
        std::is_same_v<A, B>,
        "check: the claim is not of the type the inputs give (a fraction, an amount in one currency, "
        "a number of jobs); a percentage claim needs a percentage, an amount claim an "
        "amount" OFFSHORING_SEE_TROUBLESHOOTING("published-figures"));
    // A value-initialised A is 0 for a double and for a quantity alike. Written lo - lo, it was a
    // subtraction on every call: the compiler may not fold x - x for a double (inf - inf is NaN).
    const A zero{};
    if (claimed.hi() < computed.lo()) {
        const A gap = computed.lo() - claimed.hi();
        return detail::published::apart(computed, claimed, gap);
    }
    if (computed.hi() < claimed.lo()) {
        const A gap = claimed.lo() - computed.hi();
        return detail::published::apart(computed, claimed, gap);
    }
    return {true, computed, claimed, zero};
}

namespace detail::published {

// Out of line and cold, given the claim rather than its text, so that checking a claim costs its caller
// a comparison and no std::string.
template <class Void = void>
[[noreturn, gnu::cold, gnu::noinline]] void claim_not_percentage(
    const char* function, detail::deferred<published_number, Void> claim) {
    fail(function,
         "claim must be a percentage (a text ending in %), got " + to_string(claim, number_style::english));
}

// A claimed share or growth must be printed as a percentage: "40,3" alone would be read as 4030 %.
template <class C>
[[gnu::always_inline]] constexpr interval<double> fraction_claim(const char* function, const C& claim) {
    if constexpr (std::is_same_v<C, published_number>) {
        if (!claim.is_percent()) claim_not_percentage(function, claim);
        return as_interval(claim);
    } else {
        static_assert(
            std::is_same_v<interval_of<C>, interval<double>>,
            "the claim must be a percentage: a published_number read with its % sign, or an interval "
            "of fractions" OFFSHORING_SEE_TROUBLESHOOTING("published-figures"));
        return as_interval(claim);
    }
}

}  // namespace detail::published

// Every check_ function computes from its inputs before it reads the claim, so that when both are bad
// the error is the same whatever order a compiler evaluates function arguments in.

// Is "part is claimed % of whole" consistent? 10,6 of 26,2 bn against 40,3 %: [0.401905, 0.407266] against
// [0.4025, 0.4035], yes. Throws offshoring::domain_error for a claim that is not a percentage.
template <class P, class W, class C>
[[gnu::always_inline]] constexpr verdict<double> check_share(const P& part, const W& whole,
                                                             const C& claimed_percent) {
    const auto computed = share_interval(part, whole);
    return check(computed, detail::published::fraction_claim("offshoring::check_share", claimed_percent));
}

// Is "from -> to is claimed %" consistent? 12,9 -> 13,4 bn against +3,5 %: [0.030888, 0.046693] against
// [0.0345, 0.0355], yes.
template <class F, class T, class C>
constexpr verdict<double> check_growth(const F& from, const T& to, const C& claimed_percent) {
    const auto computed = growth_interval(from, to);
    return check(computed, detail::published::fraction_claim("offshoring::check_growth", claimed_percent));
}

// Is a claimed change of a share, printed in points ("+0,7 point"), consistent with the two shares?
template <class F, class T, class C>
constexpr verdict<double> check_percentage_point_change(const F& share_from, const T& share_to,
                                                        const C& claimed_points) {
    const auto computed = percentage_point_change_interval(share_from, share_to);
    return check(computed, as_interval(claimed_points));
}

template <class F, class T, class C>
verdict<double> check_cagr(const F& from, const T& to, double years, const C& claimed_percent) {
    const auto computed = cagr_interval(from, to, years);
    return check(computed, detail::published::fraction_claim("offshoring::check_cagr", claimed_percent));
}

template <class G, class C>
verdict<double> check_annualised_rate(const G& growth, int months, annualisation method,
                                      const C& claimed_percent) {
    const auto computed = annualised_rate_interval(growth, months, method);
    return check(computed,
                 detail::published::fraction_claim("offshoring::check_annualised_rate", claimed_percent));
}

// numerator / denominator against a claim of the quotient's type: a percentage for two amounts of one
// currency (2,58 bn of 3,4 bn), dirhams per US dollar for dirhams over dollars.
template <class N, class D, class C>
constexpr auto check_ratio(const N& numerator, const D& denominator, const C& claimed) {
    const auto computed = ratio_interval(numerator, denominator);
    return check(computed, as_interval(claimed));
}

// Do the parts add up to the total? The five 2024 shares print 100,0 % in all, [0.9975, 1.0025] with
// their rounding, against exactly 1: yes.
template <class Range, class Total>
constexpr auto check_sum(const Range& parts, const Total& total) {
    const auto computed = sum_interval(parts);
    return check(computed, as_interval(total));
}

template <class T, class Total>
constexpr auto check_sum(std::initializer_list<interval<T>> parts, const Total& total) {
    const auto computed = sum_interval(parts);
    return check(computed, as_interval(total));
}

// Two publications of one figure: 26,2 bn and 26,22 bn agree, as [26.215, 26.225] lies in [26.15, 26.25].
// computed holds the first, claimed the second.
template <class A, class B>
constexpr auto check_same(const A& first, const B& second) {
    return check(as_interval(first), as_interval(second));
}

// An approximate claim ("près de 75 %", "plus de 140 000") against the value it describes; the claim's
// interval is approximate_interval(claim, kind).
template <class V, class C>
constexpr auto check_approximate(const V& value, const C& claim, approximation_kind kind) {
    return check(as_interval(value), approximate_interval(claim, kind));
}

}  // namespace offshoring
