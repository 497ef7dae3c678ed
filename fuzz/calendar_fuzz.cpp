// Fuzzes the calendar's relations: periods read from ';'-separated text are shifted, split into their
// aligned sub-periods, checked as a partition of their smallest named period and summed as a series.
// Nothing may crash; a refusal is a domain_error; the relations must hold among themselves.
// SPDX-License-Identifier: MIT
#include <offshoring/calendar.hpp>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <optional>
#include <string_view>
#include <vector>

namespace {

using offshoring::period;
using offshoring::period_kind;

void check_one(period p) {
    try {
        if (p.next().previous() != p || p.shifted(1) != p.next()) std::abort();
    } catch (const offshoring::domain_error&) {
        // The last or first months of the calendar: no next or previous period.
    }
    for (const period_kind kind :
         {period_kind::year, period_kind::half, period_kind::quarter, period_kind::month}) {
        const std::vector<period> parts = offshoring::aligned_subperiods(p, kind);
        const offshoring::partition_report report = offshoring::check_partition(parts, p);
        if (!report.overlaps.empty() || !report.outside.empty()) std::abort();
        if (kind == period_kind::month && !report.is_partition()) std::abort();
    }
    const std::optional<period> named = offshoring::try_smallest_named_period(p);
    if (named && (!named->contains(p) || !named->is_named())) std::abort();
    if (!named && p.first().year() == p.last().year()) std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    std::vector<period> periods;
    std::size_t start = 0;
    while (start <= text.size() && periods.size() < 16) {
        const std::size_t end = std::min(text.find(';', start), text.size());
        if (const std::optional<period> p = offshoring::try_parse_period(text.substr(start, end - start))) {
            check_one(*p);
            periods.push_back(*p);
        }
        start = end + 1;
    }
    if (periods.empty()) return 0;
    // Every period with the value 1: a sum, a cumulation or an aggregation either works or names why not.
    offshoring::series<double> s;
    for (const period& p : periods)
        if (!s.contains(p)) s.insert(p, 1.0);
    const period whole = periods.front();
    if (offshoring::partitions(std::vector<period>(periods.begin() + 1, periods.end()), whole) &&
        !offshoring::check_partition(std::vector<period>(periods.begin() + 1, periods.end()), whole)
             .gaps.empty())
        std::abort();
    try {
        (void)offshoring::cumulate(s);
    } catch (const offshoring::domain_error&) {
    }
    try {
        (void)offshoring::decumulate(s);
    } catch (const offshoring::domain_error&) {
    }
    try {
        (void)offshoring::aggregate(s, period_kind::year);
    } catch (const offshoring::domain_error&) {
    }
    try {
        (void)offshoring::remainder(s, whole);
    } catch (const offshoring::domain_error&) {
    }
    (void)offshoring::rolling_sum(s, 3);
    (void)offshoring::year_on_year_growth(s);
    return 0;
}
