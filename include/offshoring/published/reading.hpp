// offshoring/published/reading.hpp: how a printed figure is read: its approximation, the writer's rounding
// convention, and the range of true values those hypotheses allow.
// SPDX-License-Identifier: MIT
#pragma once

#include <cmath>
#include <limits>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include <offshoring/detail/deferred.hpp>
#include <offshoring/detail/error.hpp>
#include <offshoring/published/number.hpp>
#include <offshoring/quantity/interval.hpp>

namespace offshoring {

// The one vocabulary for the words around a printed number, used by the text reader, the dataset and the
// verdicts. exact: a bare figure ("26,2"); about: "près de", "environ", "quelque", "l'équivalent de";
// more_than: "plus de", "au moins", "dépasse"; less_than: "moins de", "jusqu'à". A fraction word ("les
// trois quarts") is a number, not an approximation, and takes any of the four. "Déjà" qualifies time,
// not the number (see already_reading).
enum class approximation { exact, about, more_than, less_than };

// The former name, kept so that code written against it still compiles.
using approximation_kind = approximation;

// How the writer turned the true value into the printed one, with u one unit in the last printed place
// and v > 0: to nearest, [v - u/2, v + u/2]; truncated toward zero, [v, v + u]; rounded up (away from
// zero), [v - u, v]. Negative values mirror these. The bounds are closed: a closed interval contains the
// half-open one the convention strictly implies, so a verdict can only be more lenient, never wrong.
// The names are also the words of the command line and of JSON.
enum class rounding { nearest, truncation, up };

// How "plus de X" and "moins de X" bound the other side. open: [X, +inf) and (-inf, X], which never
// raise a false alarm; within_one_unit: [X, X + u] and [X - u, X] with u the significant unit of X ("plus
// de 140 000" is [140 000, 150 000]), the tighter alternative a writer who rounds would mean.
enum class bound_reading { open, within_one_unit };

// "Le premier semestre affiche déjà 2,5 milliards": "déjà" says when, not how much, so the figure reads
// as itself (figure_itself); at_least reads it as a running total that may have grown past the figure,
// [X, +inf) or, under bound_reading::within_one_unit, [X, X + u].
enum class already_reading { figure_itself, at_least };

// Every hypothesis a reading of a printed figure rests on; the defaults are the library's.
struct reading {
    rounding convention = rounding::nearest;
    bound_reading bound = bound_reading::open;
    already_reading already = already_reading::figure_itself;
};

constexpr std::string_view name(approximation a) noexcept {
    switch (a) {
        case approximation::exact:
            return "exact";
        case approximation::about:
            return "about";
        case approximation::more_than:
            return "more_than";
        case approximation::less_than:
            return "less_than";
    }
    return "?";
}

constexpr std::string_view name(rounding r) noexcept {
    switch (r) {
        case rounding::nearest:
            return "nearest";
        case rounding::truncation:
            return "truncation";
        case rounding::up:
            return "up";
    }
    return "?";
}

// "nearest", "truncation" or "up"; std::nullopt for anything else.
template <class Void = void>
constexpr detail::deferred<std::optional<rounding>, Void> try_parse_rounding(std::string_view text) noexcept {
    for (const rounding r : {rounding::nearest, rounding::truncation, rounding::up})
        if (name(r) == text) return r;
    return std::nullopt;
}

// Throws offshoring::parse_error naming the three words.
template <class Void = void>
rounding parse_rounding(std::string_view text) {
    const auto r = try_parse_rounding<Void>(text);
    if (!r) throw parse_error("offshoring::parse_rounding", text, 0, "expected nearest, truncation or up");
    return *r;
}

namespace detail::published {

template <class T>
constexpr const T& raw_finite(std::string_view function, const T& x) {
    if (!is_finite(raw_value(x)))
        fail(function, "a bound must be finite, got " + describe_value(raw_value(x)));
    return x;
}

}  // namespace detail::published

// The values a reading allows: a closed interval, or a half-line [lo, +inf) or (-inf, hi] for a one-sided
// claim. interval<T> stays finite everywhere in the library, so a one-sided reading is its own type; it
// meets intervals through overlaps() and within(), and bounded() turns it into an interval when it is one.
template <class T>
class claim_range {
public:
    // NOLINTNEXTLINE(google-explicit-constructor): every interval is a range.
    constexpr claim_range(const interval<T>& bounded) : lo_(bounded.lo()), hi_(bounded.hi()) {}

    // Throws offshoring::domain_error for a bound that is not finite.
    static constexpr claim_range at_least(const T& lo) {
        return claim_range(detail::published::raw_finite("offshoring::claim_range::at_least", lo),
                           std::nullopt);
    }
    static constexpr claim_range at_most(const T& hi) {
        return claim_range(std::nullopt,
                           detail::published::raw_finite("offshoring::claim_range::at_most", hi));
    }

    [[nodiscard]] constexpr const std::optional<T>& lower() const noexcept { return lo_; }
    [[nodiscard]] constexpr const std::optional<T>& upper() const noexcept { return hi_; }
    [[nodiscard]] constexpr bool is_bounded() const noexcept { return lo_.has_value() && hi_.has_value(); }

    // The interval itself. Throws offshoring::domain_error for a half-line.
    [[nodiscard]] constexpr interval<T> bounded() const {
        if (!is_bounded()) {
            detail::fail("offshoring::claim_range::bounded",
                         "a one-sided reading has no finite interval, got " + text());
        }
        return interval<T>(*lo_, *hi_);
    }

    [[nodiscard]] constexpr bool contains(const T& x) const noexcept {
        return !(lo_ && x < *lo_) && !(hi_ && *hi_ < x);
    }
    [[nodiscard]] constexpr bool overlaps(const interval<T>& other) const noexcept {
        return !(lo_ && other.hi() < *lo_) && !(hi_ && *hi_ < other.lo());
    }

    // The part of `frame` the reading allows, or std::nullopt when they do not meet: a share "plus des
    // trois quarts" within [0, 1] is [0.75, 1].
    [[nodiscard]] constexpr std::optional<interval<T>> within(const interval<T>& frame) const {
        if (!overlaps(frame)) return std::nullopt;
        const T lo = lo_ && frame.lo() < *lo_ ? *lo_ : frame.lo();
        const T hi = hi_ && *hi_ < frame.hi() ? *hi_ : frame.hi();
        return interval<T>(lo, hi);
    }

    // "[26.15, 26.25]", "[140000, +inf)", "(-inf, 0.3]", in the base unit's raw numbers.
    [[nodiscard]] std::string text() const {
        const auto bound = [](const std::optional<T>& b, const char* none) {
            return b ? detail::describe_value(detail::published::raw_value(*b)) : std::string(none);
        };
        return std::string(lo_ ? "[" : "(") + bound(lo_, "-inf") + ", " + bound(hi_, "+inf") +
               (hi_ ? "]" : ")");
    }

    friend constexpr bool operator==(const claim_range& a, const claim_range& b) noexcept {
        return a.lo_ == b.lo_ && a.hi_ == b.hi_;
    }
    friend constexpr bool operator!=(const claim_range& a, const claim_range& b) noexcept {
        return !(a == b);
    }

private:
    constexpr claim_range(std::optional<T> lo, std::optional<T> hi)
        : lo_(std::move(lo)), hi_(std::move(hi)) {}
    std::optional<T> lo_;
    std::optional<T> hi_;
};

namespace detail::published {

// Where a reading puts the true value, as numerators over 2 * 10^decimals (a half unit in the last printed
// place): every bound the library derives from a printed number is a whole number of half units, and a
// numerator below 2^53 divided by an exact power of ten gives the double nearest the true bound. An
// absent bound is a side the reading leaves open.
template <class Void = void>
struct half_unit_bounds {
    deferred<std::optional<long long>, Void> lo;
    deferred<std::optional<long long>, Void> hi;
};

template <class Void = void>
constexpr half_unit_bounds<Void> bounds_of(const published_number& x, approximation how,
                                           const reading& hypotheses) {
    using bound = deferred<std::optional<long long>, Void>;
    const long long twice = 2 * x.scaled();
    // significant_unit() in half units of the last printed place; exact, as it is a power of ten.
    const long long step = x.decimals() > 0 ? 1 : static_cast<long long>(x.significant_unit());
    const bool tight = hypotheses.bound == bound_reading::within_one_unit;
    switch (how) {
        case approximation::about:
            return {twice - step, twice + step};
        case approximation::more_than:
            return {twice, tight ? bound(twice + 2 * step) : std::nullopt};
        case approximation::less_than:
            return {tight ? bound(twice - 2 * step) : std::nullopt, twice};
        case approximation::exact:
            break;
    }
    // One unit in the last printed place is 2 half units; toward zero and away from it depend on the sign.
    switch (hypotheses.convention) {
        case rounding::nearest:
            return {twice - 1, twice + 1};
        case rounding::truncation:
            if (x.scaled() == 0) return {-2, 2};
            return x.scaled() > 0 ? half_unit_bounds<Void>{twice, twice + 2}
                                  : half_unit_bounds<Void>{twice - 2, twice};
        case rounding::up:
            if (x.scaled() == 0) return {0, 0};
            return x.scaled() > 0 ? half_unit_bounds<Void>{twice - 2, twice}
                                  : half_unit_bounds<Void>{twice, twice + 2};
    }
    fail("offshoring::claimed_range",
         "not a rounding convention, got " + describe(static_cast<int>(hypotheses.convention)));
}

// Half units in the last printed place per unit of the library's convention (a percentage as a fraction).
constexpr double half_units_per_unit(const published_number& x) noexcept {
    return 2.0 * static_cast<double>(power_of_ten(x.decimals())) * (x.is_percent() ? 100.0 : 1.0);
}

}  // namespace detail::published

// The true values a printed number allows under the hypotheses, in the library's convention (a percentage
// as a fraction): "26,2" exact is [26.15, 26.25] to nearest, [26.2, 26.3] truncated, [26.1, 26.2] rounded
// up; "près de 80 %" is [0.75, 0.85]; "plus de 140 000" is [140 000, +inf), or [140 000, 150 000] within
// one unit. Throws offshoring::domain_error for an enumerator out of range.
template <class Void = void>
constexpr detail::deferred<claim_range<double>, Void> claimed_range(
    const detail::deferred<published_number, Void>& x, approximation how, const reading& hypotheses = {}) {
    using range = detail::deferred<claim_range<double>, Void>;
    const auto b = detail::published::bounds_of<Void>(x, how, hypotheses);
    const double denominator = detail::published::half_units_per_unit(x);
    if (b.lo && b.hi) {
        return detail::deferred<interval<double>, Void>(static_cast<double>(*b.lo) / denominator,
                                                        static_cast<double>(*b.hi) / denominator);
    }
    if (b.lo) return range::at_least(static_cast<double>(*b.lo) / denominator);
    return range::at_most(static_cast<double>(b.hi.value_or(0)) / denominator);
}

// The bounded reading of a claim, for verdicts between two intervals: claimed_range with "plus de" and
// "moins de" read within one unit. "près de 80 %" is [0.75, 0.85], "plus de 140 000" [140 000, 150 000],
// "près de 2,8" [2.75, 2.85]; exact is the rounding interval under the convention.
template <class Void = void>
constexpr interval<double> approximate_interval(const detail::deferred<published_number, Void>& claim,
                                                approximation how, rounding convention = rounding::nearest) {
    return claimed_range(claim, how, reading{convention, bound_reading::within_one_unit, {}}).bounded();
}

// The rounding interval to nearest in the library's convention: [0.4025, 0.4035] for 40,3 %, [26.15, 26.25]
// for 26,2. Closed, since publishers differ on how they round a half.
// It is claimed_range(x, approximation::exact).bounded(), worked out directly: the reading of every
// verdict's claim should not carry the optional bounds of the general one (a loop over check_share paid
// for them on each value, 1.6 times the instructions of the same code on doubles). The bounds are finite
// and ordered by construction, so the interval's checks never throw.
// NOLINTNEXTLINE(bugprone-exception-escape)
[[gnu::always_inline]] constexpr interval<double> as_interval(const published_number& x) noexcept {
    const long long twice = 2 * x.scaled();
    const double denominator = detail::published::half_units_per_unit(x);
    return interval<double>(static_cast<double>(twice - 1) / denominator,
                            static_cast<double>(twice + 1) / denominator);
}

// The rounding interval under a convention: as_interval(x) is the one to nearest.
template <class Void = void>
constexpr interval<double> rounding_interval(const detail::deferred<published_number, Void>& x,
                                             rounding convention) {
    return claimed_range(x, approximation::exact, reading{convention, {}, {}}).bounded();
}

}  // namespace offshoring
