// offshoring/check/fact.hpp: what the consistency engine reads: figures as keyed intervals, one per convention.
// SPDX-License-Identifier: MIT
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include <date/date.h>

#include <offshoring/calendar/period.hpp>
#include <offshoring/detail/deferred.hpp>
#include <offshoring/detail/error.hpp>
#include <offshoring/detail/outward_interval.hpp>
#include <offshoring/segment/segment.hpp>

namespace offshoring::consistency {

// Every function of the engine that builds containers or text is a template of one defaulted parameter,
// `template <class = void>`, and is called like a plain function: it is instantiated only in a translation
// unit that calls it, so that including the engine costs its parsing alone (docs/performance.md). The
// containers, model and report a body declares are named through detail::deferred (detail/deferred.hpp),
// so that they too are instantiated only where the function is.

using detail::outward_interval;

namespace detail {
using offshoring::detail::deferred;
}  // namespace detail

// What a figure measures, in the words of the figures CSV (docs/data.md).
enum class measure : std::uint8_t {
    exports,
    share,
    growth,
    jobs,
    jobs_created,
    ratio,
    revenue_per_job,
    target_exports,
    target_jobs,
    exchange_rate,  // dollars per dirham: never printed, the unknown that links the two currencies
    growth_factor   // 1 + growth: an internal step of the growth relation
};

inline constexpr std::array<measure, 9> printable_measures{
    measure::exports,      measure::share, measure::growth,          measure::jobs,
    measure::jobs_created, measure::ratio, measure::revenue_per_job, measure::target_exports,
    measure::target_jobs};

constexpr std::string_view name(measure m) noexcept {
    constexpr std::array<std::string_view, 11> names{
        "exports",         "share",          "growth",      "jobs",          "jobs_created", "ratio",
        "revenue_per_job", "target_exports", "target_jobs", "exchange_rate", "growth_factor"};
    return names[static_cast<std::size_t>(m)];
}

// How the writer of a figure rounded: to nearest (26,2 is [26,15 ; 26,25]), truncated toward zero
// ([26,2 ; 26,3]) or rounded up ([26,1 ; 26,2]). Hypotheses about the writer, never facts.
enum class convention : std::uint8_t { nearest, truncation, up };

inline constexpr std::array<convention, 3> all_conventions{convention::nearest, convention::truncation,
                                                           convention::up};

constexpr std::string_view name(convention c) noexcept {
    constexpr std::array<std::string_view, 3> names{"nearest", "truncation", "up"};
    return names[static_cast<std::size_t>(c)];
}

// The unit of an amount; counts, fractions and rates have none.
enum class currency : std::uint8_t { none, mad, usd };

constexpr std::string_view name(currency c) noexcept {
    constexpr std::array<std::string_view, 3> names{"", "MAD", "USD"};
    return names[static_cast<std::size_t>(c)];
}

// A run of consecutive months [first, last], each counted as 12 * year + (month - 1): a year, a half, a
// quarter, a month, a year-to-date run or several years alike.
struct month_run {
    int first;
    int last;

    [[nodiscard]] static constexpr int month_number(date::year_month m) noexcept {
        return 12 * static_cast<int>(m.year()) + static_cast<int>(static_cast<unsigned>(m.month())) - 1;
    }
    [[nodiscard]] static constexpr month_run of(date::year_month first, date::year_month last) noexcept {
        return {month_number(first), month_number(last)};
    }
    [[nodiscard]] static constexpr month_run year(int y) noexcept { return {12 * y, 12 * y + 11}; }

    [[nodiscard]] constexpr int months() const noexcept { return last - first + 1; }
    [[nodiscard]] constexpr month_run shifted(int by) const noexcept { return {first + by, last + by}; }
    [[nodiscard]] constexpr int first_year() const noexcept { return first / 12; }
    [[nodiscard]] constexpr int last_year() const noexcept { return last / 12; }
    // A whole calendar year, half, quarter or month: the blocks time partitions are made of.
    [[nodiscard]] constexpr bool aligned_block() const noexcept {
        const int n = months();
        return (n == 12 || n == 6 || n == 3 || n == 1) && first % n == 0;
    }
    [[nodiscard]] constexpr bool whole_years() const noexcept {
        return first % 12 == 0 && months() % 12 == 0;
    }

    friend constexpr bool operator==(month_run a, month_run b) noexcept {
        return a.first == b.first && a.last == b.last;
    }
    friend constexpr bool operator!=(month_run a, month_run b) noexcept { return !(a == b); }
    friend constexpr bool operator<(month_run a, month_run b) noexcept {
        return a.first != b.first ? a.first < b.first : a.last < b.last;
    }
};

// The calendar text of the figures CSV: 2024, 2025-H1, 2024-Q3, 2024-03, 2025-01/2025-09, 2023/2024, as
// to_string(period) writes it.
template <class = void>
std::string to_string(month_run r) {
    return offshoring::detail::months_label(r.first, r.last);
}

// A set of segments; the total is all five (the total is the sum of the five segments).
struct scope_set {
    std::uint8_t bits;

    [[nodiscard]] static constexpr scope_set total() noexcept { return {0x1F}; }
    [[nodiscard]] static constexpr scope_set of(segment s) noexcept {
        return {static_cast<std::uint8_t>(1U << static_cast<unsigned>(s))};
    }
    [[nodiscard]] constexpr bool is_total() const noexcept { return bits == 0x1F; }
    [[nodiscard]] constexpr bool covers(segment s) const noexcept { return (bits & of(s).bits) != 0; }
    [[nodiscard]] constexpr int count() const noexcept {
        int n = 0;
        for (segment s : all_segments)
            n += covers(s) ? 1 : 0;
        return n;
    }
    [[nodiscard]] constexpr scope_set complement() const noexcept {
        return {static_cast<std::uint8_t>(~bits & 0x1F)};
    }
    friend constexpr bool operator==(scope_set a, scope_set b) noexcept { return a.bits == b.bits; }
    friend constexpr bool operator!=(scope_set a, scope_set b) noexcept { return a.bits != b.bits; }
    friend constexpr bool operator<(scope_set a, scope_set b) noexcept { return a.bits < b.bits; }
};

// "total", "ESO", "ITO+CRM".
template <class = void>
std::string to_string(scope_set s) {
    if (s.is_total()) return "total";
    std::string text;
    for (segment g : all_segments) {
        if (!s.covers(g)) continue;
        if (!text.empty()) text += "+";
        text += acronym(g);
    }
    return text;
}

// What a number is about: measure, scope, period and, for amounts, the currency.
struct quantity_key {
    measure what;
    scope_set scope;
    month_run when;
    currency unit = currency::none;

    friend constexpr bool operator==(const quantity_key& a, const quantity_key& b) noexcept {
        return a.what == b.what && a.scope == b.scope && a.when == b.when && a.unit == b.unit;
    }
    friend constexpr bool operator!=(const quantity_key& a, const quantity_key& b) noexcept {
        return !(a == b);
    }
    friend constexpr bool operator<(const quantity_key& a, const quantity_key& b) noexcept {
        if (a.what != b.what) return a.what < b.what;
        if (a.scope != b.scope) return a.scope < b.scope;
        if (a.when != b.when) return a.when < b.when;
        return a.unit < b.unit;
    }
};

// measure/scope/period, as the JSON output writes it: exports/CRM/2024-H1; an amount in dollars ends in
// /USD (exports/total/2024/USD), since dirhams are the default.
template <class = void>
std::string to_string(const quantity_key& k) {
    return std::string(name(k.what)) + "/" + to_string(k.scope) + "/" + to_string(k.when) +
           (k.unit == currency::usd ? "/USD" : "");
}

// One printed figure, as the engine reads it. `readings` holds the interval of true values under each
// convention, in base units (dirhams, dollars, jobs, fractions); an upper bound may be +inf ("plus de").
struct fact {
    std::string id;
    std::string source;
    std::string printed;  // the text as printed, for explanations
    quantity_key key;
    // ratio: the quantity it is a ratio of; growth: the level that grew (exports of the same scope and
    // period when absent); ignored otherwise.
    std::optional<quantity_key> of;
    std::array<outward_interval, 3> readings;

    // Another reading the qualifier allows, named as the figures' reader names it ("at_least" for
    // "déjà", "within_one_unit" for "plus de"): a hypothesis the inference tries, never the default.
    struct qualifier_reading {
        std::string name;
        std::array<outward_interval, 3> readings;
    };
    std::optional<qualifier_reading> alternative;

    [[nodiscard]] const outward_interval& reading(convention c,
                                                  bool alternative_reading = false) const noexcept {
        const std::array<outward_interval, 3>& set =
            alternative_reading && alternative ? alternative->readings : readings;
        return set[static_cast<std::size_t>(c)];
    }
};

namespace detail {
template <class = void>
[[noreturn]] void bad_fact(const fact& f, std::string_view why) {
    offshoring::detail::fail("offshoring::consistency::require_fact",
                             "figure \"" + f.id.substr(0, 64) + "\" " + std::string(why));
}
}  // namespace detail

// Throws offshoring::domain_error when a reading (the alternative's included) is NaN, empty or has
// lo = +inf or hi = -inf, or when a ratio has no `of`.
template <class = void>
void require_fact(const fact& f) {
    for (bool alternative : {false, true}) {
        for (convention c : all_conventions) {
            const outward_interval& r = f.reading(c, alternative);
            if (r.lo != r.lo || r.hi != r.hi) detail::bad_fact(f, "has a NaN bound");
            if (r.empty()) detail::bad_fact(f, "has an empty reading");
            if (!(r.lo < outward_interval::whole().hi) || !(r.hi > outward_interval::whole().lo))
                detail::bad_fact(f, "has a reading with no finite side");
        }
    }
    if (f.key.what == measure::ratio && !f.of) detail::bad_fact(f, "is a ratio without `of`");
    if (f.key.when.last < f.key.when.first) detail::bad_fact(f, "has a period that ends before it starts");
    if (f.key.scope.bits == 0 || f.key.scope.bits > 0x1F) detail::bad_fact(f, "has no segment in its scope");
}

}  // namespace offshoring::consistency
