// A user's file that sets the strictest warnings a project commonly uses, includes the whole library and
// calls a function of each layer, so that the templates the call needs are instantiated under them.
// SPDX-License-Identifier: MIT
#include <offshoring/offshoring.hpp>

#include <sstream>
#include <string>

int main() {
    using namespace offshoring;
    using namespace offshoring::literals;
    const auto fr = number_style::french;
    double sum = share(10.6_bn_mad, 26.22_bn_mad) + growth(12.9_bn_mad, 13.4_bn_mad);
    sum += cagr(100000_jobs, 141000_jobs, 3.0) +
           cagr(12.9_bn_mad, period::half(2024, 1), 13.4_bn_mad, period::half(2025, 1));
    sum +=
        annualised_rate(0.035, 6, annualisation::compound) + annualised_rate(0.035, 6, annualisation::linear);
    sum += in_billion_mad(annualised_level(by_months, 13.4_bn_mad, period::half(2025, 1)));
    sum += in_billion_mad(annualised_level(by_days, 13.4_bn_mad, period::half(2025, 1)));
    sum += required_rate(26.22_bn_mad, 2024, 40_bn_mad, 2030);
    sum += in_billion_mad(projected_value(26.22_bn_mad, 2024, 0.05, 2030));
    sum += in_billion_mad(trajectory_value(26.22_bn_mad, 2024, 40_bn_mad, 2030, 2027));
    sum += gap_to_trajectory(28_bn_mad, 2025, 26.22_bn_mad, 2024, 40_bn_mad, 2030).relative;
    sum += static_cast<double>(first_year_met(26.22_bn_mad, 2024, 40_bn_mad, 0.05).year);
    sum += in_mad_per_job(revenue_per_job(26.22_bn_mad, 148500_jobs));

    const published_number claim = parse_published("40,3 %", fr);
    const auto part = parse_published("10,6", fr, units::billion_dirhams);
    const auto whole = parse_published("26,2", fr, units::billion_dirhams);
    const verdict<double> v = check_share(part, whole, claim);
    sum += v.gap + share_interval(part, whole).midpoint() + share_interval(part, whole).width();
    sum += cagr_interval(100000_jobs, 141000_jobs, 3.0).lo();
    sum += required_rate_interval(parse_published("26,22", fr, units::billion_dirhams), 40_bn_mad, 6.0).hi();
    sum += annualised_rate_interval(parse_published("+3,5 %", fr), 6, annualisation::compound).lo();
    sum += check_growth(parse_published("12,9", fr, units::billion_dirhams),
                        parse_published("13,4", fr, units::billion_dirhams), parse_published("+3,5 %", fr))
               .gap;

    std::string text = format_number(sum, 2, language::fr) + format_percent(0.403, 1, language::en);
    text += format_amount(26.22_bn_mad, units::billion_dirhams, 1, language::fr);
    text += to_string(parse_period("2025-H1")) + format_segment(parse_segment("ITO"), language::en);
    text += to_string(claim, number_style::english);
    // The engine's namespace and the published layer's check() live side by side in one TU.
    const consistency::report r = consistency::check_facts(consistency::shipped_facts());
    sum += static_cast<double>(r.count(consistency::verdict::inconsistent)) +
           check(interval<double>(0.0, 1.0), interval<double>(0.5)).gap;
    text += consistency::report_text(r, language::en);
    std::ostringstream out;
    out << french(26.22_bn_mad) << english(148500_jobs) << french(period::half(2025, 1));
    text += out.str();
    return text.empty() ? 1 : 0;
}
