// offshoring/data/figure.hpp: a published figure as a row of data: what it measures, over what scope and
// period, its printed text read into a number with its unit and approximation, and where it was printed.
// SPDX-License-Identifier: MIT
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include <offshoring/calendar/period.hpp>
#include <offshoring/detail/deferred.hpp>
#include <offshoring/detail/error.hpp>
#include <offshoring/published/number.hpp>
#include <offshoring/published/printed.hpp>
#include <offshoring/published/reading.hpp>
#include <offshoring/quantity/interval.hpp>
#include <offshoring/quantity/units.hpp>
#include <offshoring/segment/segment.hpp>

namespace offshoring::data {

// Functions that build text or ranges are `template <class Void = void>`, called like plain functions: only
// the translation units that call them compile them, and the types their bodies build are named through
// detail::deferred (detail/deferred.hpp), so that they too are instantiated only there
// (docs/performance.md).
namespace detail {
using offshoring::detail::deferred;
}  // namespace detail

// What a figure measures; the words are the `measure` column of docs/data.md.
enum class measure {
    exports,          // an amount over the period
    share,            // exports of the scope over exports of the total, same period
    growth,           // over the same period a year earlier; of exports unless `of` names another measure
    jobs,             // a count at the end of the period
    jobs_created,     // the change in jobs over the period
    ratio,            // this quantity over the quantity named in `of`
    revenue_per_job,  // exports over jobs
    target_exports,   // exports aimed at by the end of the period
    target_jobs       // jobs aimed at by the end of the period
};

inline constexpr std::array<measure, 9> all_measures{
    measure::exports,      measure::share, measure::growth,          measure::jobs,
    measure::jobs_created, measure::ratio, measure::revenue_per_job, measure::target_exports,
    measure::target_jobs};

constexpr std::string_view name(measure m) noexcept {
    switch (m) {
        case measure::exports:
            return "exports";
        case measure::share:
            return "share";
        case measure::growth:
            return "growth";
        case measure::jobs:
            return "jobs";
        case measure::jobs_created:
            return "jobs_created";
        case measure::ratio:
            return "ratio";
        case measure::revenue_per_job:
            return "revenue_per_job";
        case measure::target_exports:
            return "target_exports";
        case measure::target_jobs:
            return "target_jobs";
    }
    return "?";
}

template <class Void = void>
constexpr detail::deferred<std::optional<measure>, Void> try_parse_measure(std::string_view text) noexcept {
    for (const measure m : all_measures)
        if (name(m) == text) return m;
    return std::nullopt;
}

// What the printed number of a measure counts: money, jobs, dirhams per job, or a pure number (a
// percentage or a fraction word). Money may be dirhams or US dollars, so the currency comes from the
// printed unit.
constexpr printed_dimension dimension_of(measure m) noexcept {
    switch (m) {
        case measure::exports:
        case measure::target_exports:
            return printed_dimension::dirhams;
        case measure::revenue_per_job:
            return printed_dimension::dirhams_per_job;
        case measure::jobs:
        case measure::jobs_created:
        case measure::target_jobs:
            return printed_dimension::jobs;
        case measure::share:
        case measure::growth:
        case measure::ratio:
            break;
    }
    return printed_dimension::pure;
}

// What the figure covers: the whole sector, one segment, or a sum of segments, as a set.
class scope {
public:
    static constexpr scope total() noexcept { return scope(0); }
    static constexpr scope of(segment s) noexcept { return scope(bit(s)); }
    static constexpr scope of(segment a, segment b) noexcept {
        return scope(static_cast<std::uint8_t>(bit(a) | bit(b)));
    }
    // The scope with s added: scope::of(segment::ito).with(segment::crm) is ITO+CRM.
    [[nodiscard]] constexpr scope with(segment s) const noexcept {
        return scope(static_cast<std::uint8_t>(bits_ | bit(s)));
    }

    [[nodiscard]] constexpr bool is_total() const noexcept { return bits_ == 0; }
    [[nodiscard]] constexpr bool covers(segment s) const noexcept { return (bits_ & bit(s)) != 0; }
    // The one segment of a single-segment scope; meaningful only when segment_count() == 1.
    [[nodiscard]] constexpr segment only() const noexcept {
        for (const segment s : all_segments)
            if (covers(s)) return s;
        return segment::ito;
    }
    [[nodiscard]] constexpr int segment_count() const noexcept {
        int count = 0;
        for (const segment s : all_segments)
            count += covers(s) ? 1 : 0;
        return count;
    }

    friend constexpr bool operator==(scope a, scope b) noexcept { return a.bits_ == b.bits_; }
    friend constexpr bool operator!=(scope a, scope b) noexcept { return a.bits_ != b.bits_; }

private:
    constexpr explicit scope(std::uint8_t bits) noexcept : bits_(bits) {}
    static constexpr std::uint8_t bit(segment s) noexcept {
        return static_cast<std::uint8_t>(1U << static_cast<unsigned>(s));
    }
    std::uint8_t bits_;
};

// "total", or the acronyms of the segments covered joined by '+' in the library's order: "ITO+CRM".
template <class Void = void>
std::string to_string(scope what) {
    if (what.is_total()) return "total";
    detail::deferred<std::string, Void> text;
    for (const segment s : all_segments) {
        if (!what.covers(s)) continue;
        if (!text.empty()) text.push_back('+');
        text.append(acronym(s));
    }
    return text;
}

// "total", "ESO", "ITO+CRM" (acronyms in capitals, each at most once); std::nullopt otherwise.
constexpr std::optional<scope> try_parse_scope(std::string_view text) noexcept {
    if (text == "total") return scope::total();
    if (text.empty()) return std::nullopt;
    scope result = scope::total();
    while (true) {
        const std::size_t plus = text.find('+');
        const std::string_view part = text.substr(0, plus);
        bool found = false;
        for (const segment s : all_segments) {
            if (acronym(s) != part) continue;
            if (result.covers(s)) return std::nullopt;
            result = result.with(s);
            found = true;
        }
        if (!found) return std::nullopt;
        if (plus == std::string_view::npos) return result;
        text = text.substr(plus + 1);
    }
}

// The `of` column: for a ratio, the quantity it is a ratio of ("exports/ESO/2024": measure, scope and
// period); for a growth, the measure that grew ("jobs": scope and period are the figure's own).
struct quantity_ref {
    data::measure measure = measure::exports;
    std::optional<data::scope> scope;
    std::optional<offshoring::period> period;
};

// One published figure, as a row of docs/data.md reads into it.
struct figure {
    std::string id;      // unique, [a-z0-9_]+: "eso_2024_000"
    std::string source;  // where it was printed: "seeds/000_c4b54ad8dda15ae4.txt"
    data::measure measure = measure::exports;
    data::scope scope = scope::total();
    offshoring::period period = offshoring::period::whole_year(2024);
    std::string printed;     // exactly as printed, qualifier and unit words included: "près de 80 %"
    printed_figure reading;  // the printed text read: approximation, number with its decimals, unit
    std::optional<quantity_ref> of;
    std::string quote;  // the sentence it comes from
    number_style style = number_style::french;
    std::size_t line = 0;  // where it was read from, for messages; 0 when built in code
};

// The true values the figure allows under the hypotheses, in base units: dirhams, US dollars, jobs, or a
// fraction for a share, a growth or a ratio. "26,2 milliards de dirhams" to nearest is [2.615e10,
// 2.625e10]; truncated, [2.62e10, 2.63e10]; "plus de 140.000" is [140 000, +inf).
template <class Void = void>
claim_range<double> claimed_range(const detail::deferred<figure, Void>& f, const reading& hypotheses = {}) {
    return claimed_range(f.reading, hypotheses);
}

namespace detail {

template <class Void = void>
[[noreturn]] void wrong_dimension(const char* function, const deferred<figure, Void>& f, const char* wanted) {
    offshoring::detail::fail(function, "figure \"" + offshoring::detail::quote_for_message(f.id) + "\" (" +
                                           deferred<std::string, Void>(name(f.measure)) + ", printed \"" +
                                           offshoring::detail::quote_for_message(f.printed) +
                                           "\") is not in " + wanted);
}

template <class Q>
claim_range<Q> typed_range(const claim_range<double>& r) {
    if (r.is_bounded()) return interval<Q>(Q::from_value(*r.lower()), Q::from_value(*r.upper()));
    if (r.lower()) return claim_range<Q>::at_least(Q::from_value(*r.lower()));
    return claim_range<Q>::at_most(Q::from_value(*r.upper()));
}

}  // namespace detail

// The same as quantities. Throws offshoring::domain_error for a figure of another dimension.
template <class Void = void>
detail::deferred<claim_range<mad<>>, Void> claimed_mad(const detail::deferred<figure, Void>& f,
                                                       const reading& hypotheses = {}) {
    if (f.reading.unit.dimension != printed_dimension::dirhams)
        detail::wrong_dimension("offshoring::data::claimed_mad", f, "dirhams");
    return detail::typed_range<detail::deferred<mad<>, Void>>(claimed_range(f, hypotheses));
}

template <class Void = void>
detail::deferred<claim_range<usd<>>, Void> claimed_usd(const detail::deferred<figure, Void>& f,
                                                       const reading& hypotheses = {}) {
    if (f.reading.unit.dimension != printed_dimension::us_dollars)
        detail::wrong_dimension("offshoring::data::claimed_usd", f, "US dollars");
    return detail::typed_range<detail::deferred<usd<>, Void>>(claimed_range(f, hypotheses));
}

template <class Void = void>
detail::deferred<claim_range<jobs<>>, Void> claimed_jobs(const detail::deferred<figure, Void>& f,
                                                         const reading& hypotheses = {}) {
    if (f.reading.unit.dimension != printed_dimension::jobs)
        detail::wrong_dimension("offshoring::data::claimed_jobs", f, "jobs");
    return detail::typed_range<detail::deferred<jobs<>, Void>>(claimed_range(f, hypotheses));
}

template <class Void = void>
detail::deferred<claim_range<mad_per_job<>>, Void> claimed_mad_per_job(
    const detail::deferred<figure, Void>& f, const reading& hypotheses = {}) {
    if (f.reading.unit.dimension != printed_dimension::dirhams_per_job)
        detail::wrong_dimension("offshoring::data::claimed_mad_per_job", f, "dirhams per job");
    return detail::typed_range<detail::deferred<mad_per_job<>, Void>>(claimed_range(f, hypotheses));
}

// A share, growth or ratio as a fraction: "40,3 %" to nearest is [0.4025, 0.4035].
template <class Void = void>
claim_range<double> claimed_fraction(const detail::deferred<figure, Void>& f,
                                     const reading& hypotheses = {}) {
    if (f.reading.unit.dimension != printed_dimension::pure)
        detail::wrong_dimension("offshoring::data::claimed_fraction", f, "percent");
    return claimed_range(f, hypotheses);
}

// The printed value itself, for point estimates shown beside the intervals.
template <class Void = void>
mad<> printed_mad(const detail::deferred<figure, Void>& f) {
    if (f.reading.unit.dimension != printed_dimension::dirhams)
        detail::wrong_dimension("offshoring::data::printed_mad", f, "dirhams");
    return detail::deferred<mad<>, Void>::from_value(printed_value(f.reading));
}

template <class Void = void>
jobs<> printed_jobs(const detail::deferred<figure, Void>& f) {
    if (f.reading.unit.dimension != printed_dimension::jobs)
        detail::wrong_dimension("offshoring::data::printed_jobs", f, "jobs");
    return detail::deferred<jobs<>, Void>::from_value(printed_value(f.reading));
}

// A printed percentage as a fraction: 40,3 % is 0.403.
template <class Void = void>
double printed_fraction(const detail::deferred<figure, Void>& f) {
    if (f.reading.unit.dimension != printed_dimension::pure)
        detail::wrong_dimension("offshoring::data::printed_fraction", f, "percent");
    return printed_value(f.reading);
}

}  // namespace offshoring::data
