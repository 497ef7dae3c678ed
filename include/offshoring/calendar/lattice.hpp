// offshoring/calendar/lattice.hpp: how periods relate: partitions, aligned sub-periods, the smallest named period around a run.
// SPDX-License-Identifier: MIT
#pragma once

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <offshoring/calendar/period.hpp>
#include <offshoring/detail/error.hpp>

namespace offshoring {

// The named periods of one kind that lie wholly inside p, in order: the halves, quarters or months of a
// year; the quarters of 2025-01/2025-09 are Q1, Q2 and Q3; a run of two months holds no quarter.
inline std::vector<period> aligned_subperiods(period p, period_kind kind) {
    const int length = detail::months_in(kind);
    std::vector<period> parts;
    int start = detail::month_ordinal(p.first());
    // The first month that starts a period of this kind.
    while (start % length != 0)
        ++start;
    for (; start + length - 1 <= detail::month_ordinal(p.last()); start += length)
        parts.push_back(
            period::run(detail::from_month_ordinal(start), detail::from_month_ordinal(start + length - 1)));
    return parts;
}

// How a list of periods covers a whole: the runs of the whole that no part covers, the runs covered
// more than once, and the parts that reach outside it. A partition has none of the three.
struct partition_report {
    std::vector<period> gaps;
    std::vector<period> overlaps;
    std::vector<period> outside;

    [[nodiscard]] bool is_partition() const noexcept {
        return gaps.empty() && overlaps.empty() && outside.empty();
    }
};

namespace detail {

// The runs of consecutive months (ordinals, sorted) as periods.
inline std::vector<period> runs_of(const std::vector<int>& months) {
    std::vector<period> runs;
    for (std::size_t i = 0; i < months.size();) {
        std::size_t j = i;
        while (j + 1 < months.size() && months[j + 1] == months[j] + 1)
            ++j;
        runs.push_back(period::run(from_month_ordinal(months[i]), from_month_ordinal(months[j])));
        i = j + 1;
    }
    return runs;
}

inline std::string period_list(const std::vector<period>& periods) {
    std::string text;
    for (const period& p : periods) {
        if (!text.empty()) text += ", ";
        text += period_label(p);
    }
    return text;
}

}  // namespace detail

// Checks whether `parts`, in any order, cover `whole` month by month exactly once: H1 and H2 of 2025
// partition 2025; 2025-01/2025-06 and 2025-07/2025-09 partition 2025-01/2025-09; Q1, Q2 and Q4 leave the
// gap 2025-Q3.
inline partition_report check_partition(const std::vector<period>& parts, period whole) {
    const int start = detail::month_ordinal(whole.first());
    std::vector<int> cover(static_cast<std::size_t>(whole.months()), 0);
    partition_report report;
    for (const period& part : parts) {
        if (!whole.contains(part)) report.outside.push_back(part);
        for (int m = detail::month_ordinal(part.first()); m <= detail::month_ordinal(part.last()); ++m)
            if (whole.contains(detail::from_month_ordinal(m))) ++cover[static_cast<std::size_t>(m - start)];
    }
    std::vector<int> missing;
    std::vector<int> twice;
    for (std::size_t i = 0; i < cover.size(); ++i) {
        if (cover[i] == 0) missing.push_back(start + static_cast<int>(i));
        if (cover[i] > 1) twice.push_back(start + static_cast<int>(i));
    }
    report.gaps = detail::runs_of(missing);
    report.overlaps = detail::runs_of(twice);
    return report;
}

inline bool partitions(const std::vector<period>& parts, period whole) {
    return check_partition(parts, whole).is_partition();
}

// Throws offshoring::domain_error, naming `function`, the whole and every gap, overlap and stray part,
// unless parts partition whole.
inline void require_partition(const char* function, const std::vector<period>& parts, period whole) {
    const partition_report report = check_partition(parts, whole);
    if (report.is_partition()) return;
    std::string what = "the periods must partition " + detail::period_label(whole);
    if (!report.gaps.empty()) what += "; missing " + detail::period_list(report.gaps);
    if (!report.overlaps.empty()) what += "; covered twice " + detail::period_list(report.overlaps);
    if (!report.outside.empty()) what += "; outside it " + detail::period_list(report.outside);
    detail::fail(function, what);
}

// The shortest named period that contains p: p itself when it is named, 2025-Q1 for 2025-02/2025-03,
// 2025-H1 for 2025-02/2025-06, 2025 for 2025-01/2025-09. None for a run across two years.
inline std::optional<period> try_smallest_named_period(period p) noexcept {
    if (p.first().year() != p.last().year()) return std::nullopt;
    const int year = p.year();
    for (const period_kind kind : {period_kind::month, period_kind::quarter, period_kind::half}) {
        const int length = detail::months_in(kind);
        const int which = (static_cast<int>(static_cast<unsigned>(p.first().month())) - 1) / length + 1;
        const period candidate = detail::period_access::make(kind, year, which);
        if (candidate.contains(p)) return candidate;
    }
    return detail::period_access::make(period_kind::year, year, 1);
}

// Throws offshoring::domain_error for a run across two years, which no named period contains.
inline period smallest_named_period(period p) {
    const std::optional<period> named = try_smallest_named_period(p);
    if (!named)
        detail::fail("offshoring::smallest_named_period",
                     "no year, half, quarter or month contains a run across two years, got " +
                         detail::period_label(p));
    return *named;
}

}  // namespace offshoring
