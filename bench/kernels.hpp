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

// The raw twins share the library's predicates and its arithmetic of a figure's half units
// (offshoring::detail): these are the definitions of "finite" and of a printed figure's bounds, not part of
// what is compared.
using offshoring::detail::is_finite;
using offshoring::detail::is_non_negative;
using offshoring::detail::is_normal_positive;
using offshoring::detail::is_positive;
using offshoring::detail::published::half_units_in_base_units;
using offshoring::detail::published::half_units_per_unit;
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

// How an error path receives the bounds of an interval, as the library's receive them. An interval of
// amounts is one of Boost.Units quantities, which are not trivially copyable, so the ABI hands it to a
// function by address, and the bounds are stored only on the way to the error; an interval of fractions
// travels in two registers. Given the amounts' bounds in registers, g++ allocated the registers of the
// path that does not fail around those of the call and copied a bound there, one instruction a value.
// The bounds are a copy made for the call from the two doubles, so that their address is taken on the
// error path alone (a copy of a whole bounds cost g++ 3 instructions a value at -O2, 5 at -O3), and
// noipa keeps g++ from turning the reference back into two values (IPA-SRA).
enum class handed { in_registers, by_address };

#if __has_cpp_attribute(gnu::noipa)
#define OFFSHORING_BENCH_BY_ADDRESS [[noreturn, gnu::cold, gnu::noinline, gnu::noipa]]
#else
#define OFFSHORING_BENCH_BY_ADDRESS [[noreturn, gnu::cold, gnu::noinline]]
#endif

OFFSHORING_BENCH_BY_ADDRESS inline void fail(const char* function, const char* what, const bounds& x) {
    fail(function, what, x.lo, x.hi);
}

// The checks of the library's interval constructor. The library builds every interval from two arguments,
// whose order of evaluation is the compiler's (g++ works out the upper bound first, clang++ the lower), so
// the twin, taking its bounds the same way, computes and checks them in the library's order with each
// compiler.
template <handed how = handed::in_registers>
[[gnu::always_inline]] inline bounds checked_bounds(double lo, double hi) {
    if (!is_finite(lo) || !is_finite(hi)) {
        if constexpr (how == handed::by_address)
            fail("interval", "bounds must be finite", bounds{lo, hi});
        else
            fail("interval", "bounds must be finite", lo, hi);
    }
    if (!(lo <= hi)) {
        if constexpr (how == handed::by_address)
            fail("interval", "lower bound must not exceed upper bound", bounds{lo, hi});
        else
            fail("interval", "lower bound must not exceed upper bound", lo, hi);
    }
    return {lo, hi};
}

// The interval of a result, which only an overflow makes infinite.
[[gnu::always_inline]] inline bounds result_bounds(double lo, double hi) {
    if (!is_finite(lo) || !is_finite(hi)) fail("share_interval", "result overflows a double", lo, hi);
    return checked_bounds(lo, hi);
}

// The rounding interval of a figure printed in billions, in dirhams: its half units in the last place
// (2 * scaled - 1 and 2 * scaled + 1), scaled by 1e9 / 10^decimals / 2. The count of half units is read
// before the power of ten, as the library reads them: read after it, clang++ kept the figure's address
// rather than the count in a register and paid two instructions a figure to double the count again.
[[gnu::always_inline]] inline bounds amount_bounds(const offshoring::published_number& x) {
    const double factor = 1e9;
    const long long twice = 2 * x.scaled();
    const double place = static_cast<double>(power_of_ten(x.decimals()));
    const auto at = [&](long long half_units) {
        const double v = half_units_in_base_units(static_cast<double>(half_units), factor, place);
        if (!is_finite(v)) fail("published_amount", "value must be finite", v);
        return v;
    };
    return checked_bounds<handed::by_address>(at(twice - 1), at(twice + 1));
}

// The rounding interval of a printed percentage, as a fraction.
[[gnu::always_inline]] inline bounds percentage_bounds(const offshoring::published_number& x) {
    const long long twice = 2 * x.scaled();
    const double denominator = half_units_per_unit(x);
    return checked_bounds(static_cast<double>(twice - 1) / denominator,
                          static_cast<double>(twice + 1) / denominator);
}

// A verdict, as the library's: whether the intervals meet, both intervals, and the distance between
// them, 0 when they meet. Only a distance can overflow, and the message names both intervals. The kernel
// keeps the gap of a whole verdict, as the typed kernel does: g++ lays out the library's comparison one way
// at -O2 and another at -O3, and laid out a twin that returned the bare distance the same way at both, one
// instruction a value away from the library in one of the two builds.
struct verdict {
    bool consistent;
    bounds computed;
    bounds claimed;
    double gap;
};

inline verdict apart(const bounds& computed, const bounds& claimed, const double& gap) {
    if (!is_finite(gap))
        fail("check", "the gap between the intervals overflows a double", computed.lo, computed.hi,
             claimed.lo, claimed.hi);
    return {false, computed, claimed, gap};
}

inline verdict check(const bounds& computed, const bounds& claimed) {
    const double zero{};
    if (claimed.hi < computed.lo) {
        const double gap = computed.lo - claimed.hi;
        return apart(computed, claimed, gap);
    }
    if (computed.hi < claimed.lo) {
        const double gap = claimed.lo - computed.hi;
        return apart(computed, claimed, gap);
    }
    return {true, computed, claimed, zero};
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
        if (p.lo < 0.0) raw::fail("share_interval", "part must be non-negative", raw::bounds{p.lo, p.hi});
        if (!(w.lo > 0.0)) raw::fail("share_interval", "whole must be positive", raw::bounds{w.lo, w.hi});
        const raw::bounds share = raw::result_bounds(p.lo / w.hi, p.hi / w.lo);

        const offshoring::published_number& c = claim[i];
        if (!c.is_percent()) raw::fail("check_share", "claim must be a percentage", c);
        out[i] = raw::check(share, raw::percentage_bounds(c)).gap;
    }
}

}  // namespace kernels
