// offshoring/data/claims.hpp: a figure of the dataset as a published number, and as the interval of true
// values its printing allows.
// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string>

#include <offshoring/data/figures.hpp>
#include <offshoring/error.hpp>
#include <offshoring/interval.hpp>
#include <offshoring/published/number.hpp>
#include <offshoring/units.hpp>

namespace offshoring::data {

namespace detail {

[[noreturn]] inline void wrong_unit(const char* function, const figure& f, const char* wanted) {
    offshoring::detail::fail(function, "figure \"" + std::string(f.id) + "\" is printed in " +
                                           std::string(name(f.unit)) + ", not in " + wanted);
}

}  // namespace detail

// The printed number with its decimals ("26,2" keeps one, "26,22" two). A percentage is marked as one, so
// that its interval comes out as a fraction like every share in the library.
inline published_number number_of(const figure& f) {
    const published_number n = parse_published(f.value, number_style::english);
    if (f.unit != printed_unit::percent) return n;
    return published_number(n.scaled(), n.decimals(), number_kind::percent);
}

// How a qualified claim is read; none for an exact figure, which is read by its rounding instead.
constexpr std::optional<approximation_kind> approximation_of(qualifier claim) noexcept {
    switch (claim) {
        case qualifier::about:
            return approximation_kind::about;
        case qualifier::already:
            return approximation_kind::already;
        case qualifier::more_than:
            return approximation_kind::more_than;
        case qualifier::exact:
            break;
    }
    return std::nullopt;
}

// What the claim allows the true value to be, in the printed scale (a percentage as a fraction): the
// rounding interval of an exact figure ("26,2" is [26.15, 26.25]), the tolerance rules of
// docs/methodology.md otherwise ("près de 80 %" is [0.75, 0.85]).
inline interval<double> claimed_interval(const figure& f) {
    const published_number n = number_of(f);
    const std::optional<approximation_kind> reading = approximation_of(f.claim);
    return reading ? approximate_interval(n, *reading) : as_interval(n);
}

// The same in dirhams, whatever scale the article printed (26,2 milliards, 48 millions). Throws
// offshoring::domain_error for a figure not printed in dirhams.
inline interval<mad<>> claimed_mad(const figure& f) {
    const interval<double> n = claimed_interval(f);
    if (f.unit == printed_unit::million_mad)
        return {mad<>(n.lo() * units::million_dirhams), mad<>(n.hi() * units::million_dirhams)};
    if (f.unit != printed_unit::billion_mad)
        detail::wrong_unit("offshoring::data::claimed_mad", f, "dirhams");
    return {mad<>(n.lo() * units::billion_dirhams), mad<>(n.hi() * units::billion_dirhams)};
}

inline interval<usd<>> claimed_usd(const figure& f) {
    if (f.unit != printed_unit::billion_usd)
        detail::wrong_unit("offshoring::data::claimed_usd", f, "US dollars");
    const interval<double> n = claimed_interval(f);
    return {usd<>(n.lo() * units::billion_us_dollars), usd<>(n.hi() * units::billion_us_dollars)};
}

inline interval<jobs<>> claimed_jobs(const figure& f) {
    if (f.unit != printed_unit::jobs) detail::wrong_unit("offshoring::data::claimed_jobs", f, "jobs");
    const interval<double> n = claimed_interval(f);
    return {n.lo() * units::job, n.hi() * units::job};
}

// The printed value itself, for point estimates shown beside the intervals.
inline mad<> printed_mad(const figure& f) {
    const double v = number_of(f).value();
    if (f.unit == printed_unit::million_mad) return mad<>(v * units::million_dirhams);
    if (f.unit != printed_unit::billion_mad)
        detail::wrong_unit("offshoring::data::printed_mad", f, "dirhams");
    return mad<>(v * units::billion_dirhams);
}

inline jobs<> printed_jobs(const figure& f) {
    if (f.unit != printed_unit::jobs) detail::wrong_unit("offshoring::data::printed_jobs", f, "jobs");
    return number_of(f).value() * units::job;
}

// A printed percentage as a fraction: 40,3 % is 0.403.
inline double printed_fraction(const figure& f) {
    if (f.unit != printed_unit::percent)
        detail::wrong_unit("offshoring::data::printed_fraction", f, "percent");
    return number_of(f).value() / 100.0;
}

}  // namespace offshoring::data
