// bench/kernels.hpp: each metric over an array, once through the library's typed API and once on raw doubles.
// SPDX-License-Identifier: MIT
#pragma once

// Every pair has the same loop shape, reads the same values and writes one double per element. The raw
// twin is what a careful caller writes without the library: the same domain checks, in the same order and
// with the same comparisons (so a NaN fails every one of them), and an exception naming the function and
// the same values as the library's message when one fails (for a result that is not finite, the result
// and the inputs that gave it). Dropping the checks from the raw side would measure the checks, not the
// types; naming fewer values would let the raw side drop its inputs early, which the library cannot.
// The raw twins hold each input as a reference to its element, as the library's functions take theirs:
// with a copy in a local, clang++ kept the copy across pow for the message, a spill the library does not
// pay since it can read the element again.
//
// The kernels are never inlined, so that both twins are called the same way, and so that their code can
// be found by name in the binary (objdump) and under callgrind (--toggle-collect).

#include <cmath>
#include <cstddef>
#include <stdexcept>
#include <string>
#include <type_traits>

#include <offshoring/metrics.hpp>
#include <offshoring/published.hpp>
#include <offshoring/quantity/units.hpp>
#include <offshoring/targets/projection.hpp>

#define OFFSHORING_BENCH_KERNEL [[gnu::noinline]] inline

namespace kernels {

namespace raw {

// The raw twins share the library's predicates and its count of a figure's half units (offshoring::detail):
// these are the definitions of "finite" and of a printed figure's bounds, not part of what is compared.
using offshoring::detail::is_finite;
using offshoring::detail::is_non_negative;
using offshoring::detail::is_normal_positive;
using offshoring::detail::is_positive;
using offshoring::detail::published::power_of_ten;

inline bool is_change(double x) { return is_finite(x) && !(x < -1.0); }

// Text of the values a message names, as the library shows them; a printed figure as it was printed.
template <class T>
std::string shown(const T& value) {
    if constexpr (std::is_same_v<T, offshoring::published_number>)
        return offshoring::to_string(value, offshoring::number_style::english);
    else
        return offshoring::detail::describe_value(value);
}

// The error path: out of line and cold, like the library's, so that it weighs nothing on the good path.
// It receives the values the library's message names, no fewer: a refused input; a part and its whole;
// both bounds of an interval; a printed claim whole; and for a result that is not finite, the result and
// every input the library names with it. A twin that passed fewer values would be free to drop its inputs
// once the result is computed, which the library is not, and the pair would no longer compare the same
// work.
template <class... Values>
[[noreturn, gnu::cold, gnu::noinline]] void fail(const char* function, const char* what, Values... values) {
    std::string message(function);
    message.append(": ").append(what).append(", got ");
    const char* separator = "";
    ((message.append(separator).append(shown(values)), separator = ", "), ...);
    throw std::domain_error(message);
}

}  // namespace raw

// ---- share: part / whole; whole > 0, 0 <= part <= whole, both finite.
OFFSHORING_BENCH_KERNEL void share_typed(const offshoring::mad<>* part, const offshoring::mad<>* whole,
                                         double* out, std::size_t n) {
    for (std::size_t i = 0; i < n; ++i)
        out[i] = offshoring::share(part[i], whole[i]);
}

OFFSHORING_BENCH_KERNEL void share_raw(const double* part, const double* whole, double* out, std::size_t n) {
    for (std::size_t i = 0; i < n; ++i) {
        const double& p = part[i];
        const double& w = whole[i];
        if (!raw::is_positive(w)) raw::fail("share", "whole must be positive and finite", w);
        if (!raw::is_non_negative(p)) raw::fail("share", "part must be non-negative and finite", p);
        if (w < p) raw::fail("share", "part must not exceed the whole", p, w);
        out[i] = p / w;
    }
}

// ---- growth: to / from - 1; from > 0, to finite, result finite.
OFFSHORING_BENCH_KERNEL void growth_typed(const offshoring::mad<>* from, const offshoring::mad<>* to,
                                          double* out, std::size_t n) {
    for (std::size_t i = 0; i < n; ++i)
        out[i] = offshoring::growth(from[i], to[i]);
}

OFFSHORING_BENCH_KERNEL void growth_raw(const double* from, const double* to, double* out, std::size_t n) {
    for (std::size_t i = 0; i < n; ++i) {
        const double& f = from[i];
        const double& t = to[i];
        if (!raw::is_positive(f)) raw::fail("growth", "base must be positive and finite", f);
        if (!raw::is_finite(t)) raw::fail("growth", "final value must be finite", t);
        const double g = t / f - 1.0;
        if (!raw::is_finite(g))
            raw::fail("growth", "result is not finite (result, base, final value)", g, f, t);
        out[i] = g;
    }
}

// ---- contribution to growth, in points: (part_to - part_from) / total_from * 100.
OFFSHORING_BENCH_KERNEL void contribution_typed(const offshoring::mad<>* part_from,
                                                const offshoring::mad<>* part_to,
                                                const offshoring::mad<>* total_from, double* out,
                                                std::size_t n) {
    for (std::size_t i = 0; i < n; ++i)
        out[i] = offshoring::contribution_to_growth(part_from[i], part_to[i], total_from[i]);
}

OFFSHORING_BENCH_KERNEL void contribution_raw(const double* part_from, const double* part_to,
                                              const double* total_from, double* out, std::size_t n) {
    for (std::size_t i = 0; i < n; ++i) {
        // Each value is read just before its check, as the library's checks read theirs.
        const double& tf = total_from[i];
        if (!raw::is_positive(tf)) raw::fail("contribution", "total base must be positive and finite", tf);
        const double& pf = part_from[i];
        if (!raw::is_non_negative(pf))
            raw::fail("contribution", "part base must be non-negative and finite", pf);
        const double& pt = part_to[i];
        if (!raw::is_non_negative(pt))
            raw::fail("contribution", "part final value must be non-negative and finite", pt);
        if (tf < pf) raw::fail("contribution", "part base must not exceed the total base", pf, tf);
        const double c = (pt - pf) / tf * 100.0;
        if (!raw::is_finite(c))
            raw::fail("contribution",
                      "result is not finite (result, part base, part final value, total base)", c, pf, pt,
                      tf);
        out[i] = c;
    }
}

// ---- CAGR over a fixed number of years: (to / from)^(1 / years) - 1.
OFFSHORING_BENCH_KERNEL void cagr_typed(const offshoring::mad<>* from, const offshoring::mad<>* to,
                                        double years, double* out, std::size_t n) {
    for (std::size_t i = 0; i < n; ++i)
        out[i] = offshoring::cagr(from[i], to[i], years);
}

OFFSHORING_BENCH_KERNEL void cagr_raw(const double* from, const double* to, double years, double* out,
                                      std::size_t n) {
    for (std::size_t i = 0; i < n; ++i) {
        const double& f = from[i];
        const double& t = to[i];
        if (!raw::is_positive(f)) raw::fail("cagr", "base must be positive and finite", f);
        if (!raw::is_non_negative(t)) raw::fail("cagr", "final value must be non-negative and finite", t);
        if (!raw::is_positive(years)) raw::fail("cagr", "years must be positive and finite", years);
        const double exponent = 1.0 / years;
        const double ratio = t / f;
        const double r = t == 0.0 || raw::is_normal_positive(ratio)
                             ? std::pow(ratio, exponent) - 1.0
                             : std::expm1(exponent * (std::log(t) - std::log(f)));
        if (!raw::is_finite(r))
            raw::fail("cagr", "result is not finite (result, base, final value, years)", r, f, t, years);
        out[i] = r;
    }
}

// ---- annualised level by month count: partial * 12 / months.
OFFSHORING_BENCH_KERNEL void annualised_level_typed(const offshoring::mad<>* partial, int months,
                                                    offshoring::mad<>* out, std::size_t n) {
    for (std::size_t i = 0; i < n; ++i)
        out[i] = offshoring::annualised_level(offshoring::by_months, partial[i], months);
}

OFFSHORING_BENCH_KERNEL void annualised_level_raw(const double* partial, int months, double* out,
                                                  std::size_t n) {
    for (std::size_t i = 0; i < n; ++i) {
        const double& p = partial[i];
        if (!raw::is_non_negative(p)) raw::fail("annualised_level", "partial amount must be non-negative", p);
        if (months < 1 || months > 11) raw::fail("annualised_level", "months must be in 1..11", months);
        const double product = p * 12.0;
        const double level = raw::is_finite(product) ? product / static_cast<double>(months)
                                                     : p / static_cast<double>(months) * 12.0;
        if (!raw::is_finite(level))
            raw::fail("annualised_level", "result is not finite (result, partial amount)", level, p);
        out[i] = level;
    }
}

// ---- annualised rate, compound: (1 + change)^(12 / months) - 1. Plain fractions on both sides: this pair
// measures the library's checks and error plumbing, there being no unit to strip.
OFFSHORING_BENCH_KERNEL void annualised_rate_typed(const double* change, int months, double* out,
                                                   std::size_t n) {
    for (std::size_t i = 0; i < n; ++i)
        out[i] = offshoring::annualised_rate(change[i], months, offshoring::annualisation::compound);
}

OFFSHORING_BENCH_KERNEL void annualised_rate_raw(const double* change, int months, double* out,
                                                 std::size_t n) {
    for (std::size_t i = 0; i < n; ++i) {
        const double& g = change[i];
        if (!raw::is_change(g)) raw::fail("annualised_rate", "change must be at least -1 and finite", g);
        if (months < 1 || months > 11) raw::fail("annualised_rate", "months must be in 1..11", months);
        const double exponent = 12.0 / static_cast<double>(months);
        const double r = std::pow(1.0 + g, exponent) - 1.0;
        if (!raw::is_finite(r))
            raw::fail("annualised_rate", "result is not finite (result, change, months)", r, g, months);
        out[i] = r;
    }
}

// ---- projection: base * (1 + rate)^(year - base_year).
OFFSHORING_BENCH_KERNEL void projection_typed(const offshoring::mad<>* base, const double* rate,
                                              int base_year, int year, offshoring::mad<>* out,
                                              std::size_t n) {
    for (std::size_t i = 0; i < n; ++i)
        out[i] = offshoring::projected_value(base[i], base_year, rate[i], year);
}

OFFSHORING_BENCH_KERNEL void projection_raw(const double* base, const double* rate, int base_year, int year,
                                            double* out, std::size_t n) {
    for (std::size_t i = 0; i < n; ++i) {
        const double& b = base[i];
        const double& r = rate[i];
        if (!raw::is_positive(b)) raw::fail("projected_value", "base must be positive and finite", b);
        if (!raw::is_change(r)) raw::fail("projected_value", "rate must be at least -1 and finite", r);
        if (year < base_year)
            raw::fail("projected_value", "year must not be before the base year", year, base_year);
        const long long years_apart = static_cast<long long>(year) - static_cast<long long>(base_year);
        const double factor = 1.0 + r;
        const double exponent = static_cast<double>(years_apart);
        double v = b;
        if (exponent != 0.0) {
            const double power = raw::is_normal_positive(factor) ? std::pow(factor, exponent) : 0.0;
            v = raw::is_normal_positive(power) ? b * power : std::exp(std::log(b) + exponent * std::log1p(r));
        }
        if (!raw::is_finite(v))
            raw::fail("projected_value", "result is not finite (result, base, rate, years)", v, b, r,
                      years_apart);
        out[i] = v;
    }
}

// ---- verdict: is "part is claim % of whole" consistent with the rounding of three printed figures?
// Writes the gap (0 when consistent).
using billion_mad_figure = offshoring::published_amount<offshoring::units::billion_dirham_unit>;

OFFSHORING_BENCH_KERNEL void verdict_typed(const billion_mad_figure* part, const billion_mad_figure* whole,
                                           const offshoring::published_number* claim, double* out,
                                           std::size_t n) {
    for (std::size_t i = 0; i < n; ++i)
        out[i] = offshoring::check_share(part[i], whole[i], claim[i]).gap;
}

namespace raw {

struct bounds {
    double lo;
    double hi;
};

inline void check_bounds(double lo, double hi) {
    if (!is_finite(lo) || !is_finite(hi)) fail("interval", "bounds must be finite", lo, hi);
    if (!(lo <= hi)) fail("interval", "lower bound must not exceed upper bound", lo, hi);
}

// The rounding interval of a figure printed in billions, in dirhams: its half units in the last place
// (2 * scaled - 1 and 2 * scaled + 1), scaled by 1e9 / 10^decimals / 2. Always inlined: g++ inlines the
// library's bounds of both figures into verdict_typed but, left to itself, calls this one out of line for
// the second figure, and the twins would then differ by a call rather than by what they compute.
[[gnu::always_inline]] inline bounds amount_bounds(const offshoring::published_number& x) {
    const double factor = 1e9;
    const double place = static_cast<double>(power_of_ten(x.decimals()));
    const auto at = [&](long long half_unit_count) {
        const double h = static_cast<double>(half_unit_count);
        const double v = factor >= place ? h * (factor / place) * 0.5 : h / (place / factor) * 0.5;
        if (!is_finite(v)) fail("published_amount", "value must be finite", v);
        return v;
    };
    const bounds b{at(2 * x.scaled() - 1), at(2 * x.scaled() + 1)};
    check_bounds(b.lo, b.hi);
    return b;
}

// The distance between two disjoint intervals, 0 when they meet. Only a distance can overflow, and the
// message names both intervals.
[[gnu::always_inline]] inline double gap_between(double share_lo, double share_hi, double claim_lo,
                                                 double claim_hi) {
    if (claim_hi < share_lo) {
        const double gap = share_lo - claim_hi;
        if (!is_finite(gap))
            fail("check", "the gap between the intervals overflows a double", share_lo, share_hi, claim_lo,
                 claim_hi);
        return gap;
    }
    if (share_hi < claim_lo) {
        const double gap = claim_lo - share_hi;
        if (!is_finite(gap))
            fail("check", "the gap between the intervals overflows a double", share_lo, share_hi, claim_lo,
                 claim_hi);
        return gap;
    }
    return 0.0;
}

}  // namespace raw

// The printed figures are read as plain numbers (digits, decimals, percent sign): the raw twin knows the
// billions and the percentage from its own code, not from a type.
OFFSHORING_BENCH_KERNEL void verdict_raw(const offshoring::published_number* part,
                                         const offshoring::published_number* whole,
                                         const offshoring::published_number* claim, double* out,
                                         std::size_t n) {
    for (std::size_t i = 0; i < n; ++i) {
        const raw::bounds p = raw::amount_bounds(part[i]);
        const raw::bounds w = raw::amount_bounds(whole[i]);
        if (p.lo < 0.0) raw::fail("share_interval", "part must be non-negative", p.lo, p.hi);
        if (!(w.lo > 0.0)) raw::fail("share_interval", "whole must be positive", w.lo, w.hi);
        const double share_lo = p.lo / w.hi;
        const double share_hi = p.hi / w.lo;
        if (!raw::is_finite(share_lo) || !raw::is_finite(share_hi))
            raw::fail("share_interval", "result overflows a double", share_lo, share_hi);
        raw::check_bounds(share_lo, share_hi);

        const offshoring::published_number& c = claim[i];
        if (!c.is_percent()) raw::fail("check_share", "claim must be a percentage", c);
        const double denominator =
            2.0 * static_cast<double>(raw::power_of_ten(c.decimals())) * (c.is_percent() ? 100.0 : 1.0);
        const double claim_lo = static_cast<double>(2 * c.scaled() - 1) / denominator;
        const double claim_hi = static_cast<double>(2 * c.scaled() + 1) / denominator;
        raw::check_bounds(claim_lo, claim_hi);

        out[i] = raw::gap_between(share_lo, share_hi, claim_lo, claim_hi);
    }
}

}  // namespace kernels
