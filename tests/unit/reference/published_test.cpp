// The examples of docs/reference/published.md, each checked against the result the page gives.
// SPDX-License-Identifier: MIT
#include <offshoring/offshoring.hpp>

#include <optional>
#include <type_traits>

#include <doctest/doctest.h>

#include "../../support/troubleshooting.hpp"

#include "../../support/reference_examples.hpp"

using namespace offshoring;
using namespace offshoring::testing;
using doctest::Approx;

TEST_CASE("docs/reference/published.md: the examples of published figures give their documented results") {
    // intro: [10.55 / 26.25, 10.65 / 26.15] = [0.401905, 0.407266] meets [0.4025, 0.4035]
    const auto intro = check_share(parse_published("10,6", fr, bn), parse_published("26,2", fr, bn),
                                   parse_published("40,3 %", fr));
    CHECK(intro.consistent);

    // interval.hpp
    CHECK(interval<double>(26.15, 26.25).contains(26.25));
    CHECK(interval<double>(1.0).width() == 0.0);
    CHECK(interval<double>(26.15, 26.25).lo() == 26.15);
    CHECK(interval<double>(1.0, 2.0).width() == 1.0);
    CHECK(interval<double>(1.0, 2.0).midpoint() == 1.5);
    CHECK(interval<double>(0.0, 1.0).contains(interval<double>(0.25, 0.5)));
    CHECK(interval<double>(0.0, 1.0).overlaps(interval<double>(1.0, 2.0)));
    CHECK(interval<double>(1.0) == interval<double>(1.0, 1.0));
    CHECK(as_interval(48.0 * units::million_dirhams).lo() == 48_m_mad);
    static_assert(std::is_same_v<interval_of<published_number>, interval<double>>);
    CHECK_THROWS_WITH_AS(
        interval<double>(2.0, 1.0),
        "offshoring::interval: lower bound must not exceed upper bound, got [2, 1]" SEE_DOMAIN_ERRORS,
        domain_error);

    // number.hpp
    CHECK(parse_published("148.500", fr) == published_number(148500, 0));
    CHECK(parse_published("40,3 %", fr).kind() == number_kind::percent);
    CHECK(published_number(2620, 2).value() == Approx(26.2));
    CHECK(published_number(2620, 2).scaled() == 2620);
    CHECK(published_number(2620, 2).decimals() == 2);
    CHECK(published_number(403, 1, number_kind::percent).is_percent());
    CHECK(published_number(403, 1, number_kind::percent).value() == Approx(40.3));
    CHECK(published_number(2620, 2).ulp() == Approx(0.01));
    CHECK(published_number(140000, 0).significant_unit() == 10000.0);
    CHECK(published_number(280, 2).significant_unit() == Approx(0.01));
    CHECK(published_number(403, 1, number_kind::percent).rounding_interval().lo() == Approx(40.25));
    CHECK(published_number(403, 1, number_kind::percent).rounding_interval().hi() == Approx(40.35));
    CHECK(published_number(262, 1).rounding_interval() == interval<double>(26.15, 26.25));
    CHECK(published_number(262, 1) != published_number(2620, 2));
    CHECK(as_interval(parse_published("40,3 %", fr)).lo() == Approx(0.4025));
    CHECK(as_interval(parse_published("40,3 %", fr)).hi() == Approx(0.4035));
    const interval<double> about_80 =
        approximate_interval(parse_published("80 %", fr), approximation_kind::about);
    CHECK(about_80.lo() == Approx(0.75));
    CHECK(about_80.hi() == Approx(0.85));
    CHECK(parse_published("26,20", fr) == published_number(2620, 2));
    CHECK_FALSE(try_parse_published("26.22", fr).has_value());
    CHECK(to_string(published_number(35, 1, number_kind::percent), fr) == "3,5 %");
    CHECK(to_string(published_number(35, 1, number_kind::percent), number_style::english) == "3.5%");
    CHECK(to_string(published_number(2620, 2), fr) == "26,20");
    CHECK_THROWS_WITH_AS(
        (void)parse_published("26.22", fr),
        "offshoring::parse_published: cannot read \"26.22\" at position 2: a group of thousands "
        "must have exactly three digits (in French style the decimal separator is ',' and '.' "
        "groups thousands)" SEE_PARSE_ERRORS,
        parse_error);
    CHECK_THROWS_AS(published_number(1, 10), domain_error);

    // amount.hpp
    CHECK(published_amount(published_number(262, 1), units::billion_dirhams) ==
          parse_published("26,2", fr, bn));
    CHECK_THROWS_WITH_AS(
        published_amount(published_number(403, 1, number_kind::percent), bn),
        "offshoring::published_amount: an amount cannot be a percentage, got 40.3%" SEE_DOMAIN_ERRORS,
        domain_error);
    CHECK(parse_published("26,2", fr, bn).number() == published_number(262, 1));
    CHECK(in_billion_mad(parse_published("26,2", fr, bn).value()) == Approx(26.2));
    CHECK(in_billion_mad(as_interval(parse_published("26,2", fr, bn)).lo()) == Approx(26.15));
    CHECK(in_mad(parse_published("26,2", fr, bn).rounding_interval().lo()) == 2.615e10);
    CHECK(in_mad(parse_published("26,2", fr, bn).rounding_interval().hi()) == 2.625e10);
    CHECK(in_billion_usd(approximate_interval(parse_published("2,8", fr, units::billion_us_dollars),
                                              approximation_kind::about)
                             .hi()) == Approx(2.85));
    CHECK(parse_published("26,2", fr, bn) != parse_published("26,22", fr, bn));
    CHECK(in_million_mad(parse_published("48", fr, units::million_dirhams).value()) == Approx(48.0));
    CHECK_FALSE(try_parse_published("40,3 %", fr, bn).has_value());

    // interval_metrics.hpp
    // [2.575 / 3.45, 2.585 / 3.35] = [0.74638, 0.77164]
    const interval<double> eso =
        ratio_interval(parse_published("2,58", fr, bn), parse_published("3,4", fr, bn));
    CHECK(eso.lo() == Approx(0.74638).epsilon(1e-5));
    CHECK(eso.hi() == Approx(0.77164).epsilon(1e-5));
    const interval<double> ito =
        share_interval(parse_published("10,6", fr, bn), parse_published("26,2", fr, bn));
    CHECK(ito.lo() == Approx(0.401905).epsilon(1e-6));
    CHECK(ito.hi() == Approx(0.407266).epsilon(1e-6));
    // [13.35 / 12.95 - 1, 13.45 / 12.85 - 1] = [0.030888, 0.046693]
    const interval<double> h1 =
        growth_interval(parse_published("12,9", fr, bn), parse_published("13,4", fr, bn));
    CHECK(h1.lo() == Approx(0.030888).epsilon(1e-5));
    CHECK(h1.hi() == Approx(0.046693).epsilon(1e-5));
    // [(0.4095 - 0.4035) * 100, (0.4105 - 0.4025) * 100] = [0.6, 0.8]
    const interval<double> points =
        percentage_point_change_interval(parse_published("40,3 %", fr), parse_published("41,0 %", fr));
    CHECK(points.lo() == Approx(0.6));
    CHECK(points.hi() == Approx(0.8));
    // 1.41^(1/3) - 1 = 0.121346 at both ends: exact inputs
    const interval<double> jobs_cagr = cagr_interval(100000_jobs, 141000_jobs, 3.0);
    CHECK(jobs_cagr.lo() == Approx(0.12135).epsilon(1e-4));
    CHECK(jobs_cagr.hi() == Approx(0.12135).epsilon(1e-4));
    // (40 / 26.225)^(1/6) - 1 = 0.072895; (40 / 26.215)^(1/6) - 1 = 0.072964
    const interval<double> needed = required_rate_interval(parse_published("26,22", fr, bn), 40_bn_mad, 6.0);
    CHECK(needed.lo() == Approx(0.072895).epsilon(1e-5));
    CHECK(needed.hi() == Approx(0.072964).epsilon(1e-5));
    // 1.0345^2 - 1 = 0.07019025; 1.0355^2 - 1 = 0.07226025
    const interval<double> yearly =
        annualised_rate_interval(parse_published("+3,5 %", fr), 6, annualisation::compound);
    CHECK(yearly.lo() == Approx(0.070190).epsilon(1e-5));
    CHECK(yearly.hi() == Approx(0.072260).epsilon(1e-5));
    // 26.215e9 / 148500.5 = 176531.4; 26.225e9 / 148499.5 = 176599.9
    const auto per_job = revenue_per_job_interval(parse_published("26,22", fr, bn),
                                                  parse_published("148 500", fr, units::job));
    static_assert(std::is_same_v<std::decay_t<decltype(per_job)>, interval<mad_per_job<>>>);
    CHECK(in_mad_per_job(per_job.lo()) == Approx(176531.4));
    CHECK(in_mad_per_job(per_job.hi()) == Approx(176599.9));
    // [26.15 / 1.0025, 26.25 / 1.0015] = [26.0848, 26.2107]
    const auto base = implied_base_interval(parse_published("26,2", fr, bn), parse_published("+0,2 %", fr));
    CHECK(in_billion_mad(base.lo()) == Approx(26.0848).epsilon(1e-5));
    CHECK(in_billion_mad(base.hi()) == Approx(26.2107).epsilon(1e-5));
    CHECK(sum_interval({interval<double>(1.0, 2.0), interval<double>(3.0, 4.0)}) ==
          interval<double>(4.0, 6.0));

    // verdict.hpp: 10.6 / 26.22 = 0.404272, 0.000772 above 0.4035
    const auto off = check_share(10.6_bn_mad, 26.22_bn_mad, parse_published("40,3 %", fr));
    CHECK_FALSE(off);
    CHECK(off.gap == Approx(0.000772).epsilon(1e-3));
    CHECK(check(interval<double>(0.0, 1.0), interval<double>(2.0, 3.0)).gap == 1.0);
    CHECK(check_share(parse_published("10,6", fr, bn), parse_published("26,2", fr, bn),
                      parse_published("40,3 %", fr))
              .consistent);
    const auto v = check_growth(parse_published("12,9", fr, bn), parse_published("13,4", fr, bn),
                                parse_published("+3,5 %", fr));
    CHECK(v.consistent);
    CHECK(v.computed.lo() == Approx(0.030888).epsilon(1e-5));
    CHECK(v.computed.hi() == Approx(0.046693).epsilon(1e-5));
    CHECK(v.claimed.lo() == Approx(0.0345));
    CHECK(v.claimed.hi() == Approx(0.0355));
    CHECK(v.gap == 0.0);
    CHECK(check_percentage_point_change(parse_published("40,3 %", fr), parse_published("41,0 %", fr),
                                        parse_published("0,7", fr))
              .consistent);
    // claim 12,1 %: [0.1205, 0.1215] holds 0.121346
    CHECK(check_cagr(100000_jobs, 141000_jobs, 3.0, parse_published("12,1 %", fr)).consistent);
    // claim 7,1 %: [0.0705, 0.0715] meets [0.070190, 0.072260]
    CHECK(check_annualised_rate(parse_published("+3,5 %", fr), 6, annualisation::compound,
                                parse_published("7,1 %", fr))
              .consistent);
    // claim 75 %: [0.745, 0.755] meets [0.74638, 0.77164]
    CHECK(check_ratio(parse_published("2,58", fr, bn), parse_published("3,4", fr, bn),
                      parse_published("75 %", fr))
              .consistent);
    // [0.999, 1.001] holds 1
    CHECK(check_sum({interval<double>(0.4025, 0.4035), interval<double>(0.5965, 0.5975)}, 1.0).consistent);
    // [26.215, 26.225] lies in [26.15, 26.25]
    CHECK(check_same(parse_published("26,2", fr, bn), parse_published("26,22", fr, bn)).consistent);
    // [148 499.5, 148 500.5] meets "plus de 140 000": [140 000, 150 000]
    CHECK(check_approximate(parse_published("148 500", fr, units::job),
                            parse_published("140 000", fr, units::job), approximation_kind::more_than)
              .consistent);
    CHECK_THROWS_WITH_AS((void)check_share(10.6_bn_mad, 26.2_bn_mad, parse_published("40,3", fr)),
                         "offshoring::check_share: claim must be a percentage (a text ending in %), got "
                         "40.3" SEE_DOMAIN_ERRORS,
                         domain_error);
}
