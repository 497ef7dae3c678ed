// Tests of series keyed by period: cumulate, decumulate, remainder, aggregate, growth, rolling sums, shares.
// SPDX-License-Identifier: MIT
#include <offshoring/calendar/series.hpp>

#include <doctest/doctest.h>

#include "../../support/troubleshooting.hpp"

#include <string>

using namespace offshoring;
using doctest::Approx;

namespace {
constexpr date::year_month ym(int y, unsigned m) { return date::year{y} / date::month{m}; }
double bn(const mad<>& x) { return value_in(units::billion_dirhams, x); }
mad<> in_bn(double x) { return mad<>(x * units::billion_dirhams); }

series<mad<>> months_2025(int count) {
    series<mad<>> s;
    for (int m = 1; m <= count; ++m)
        s.insert(period::month(2025, m), in_bn(m));
    return s;
}
}  // namespace

TEST_CASE("a series holds one value per period and names a missing one") {
    series<mad<>> s{{period::half(2024, 1), 12.9_bn_mad}};
    CHECK(s.size() == 1u);
    CHECK(s.contains(period::half(2024, 1)));
    CHECK_FALSE(s.find(period::half(2024, 2)).has_value());
    CHECK_THROWS_WITH_AS((void)s.at(period::half(2024, 2)),
                         "offshoring::series::at: the series holds no value for 2024-H2" SEE_DOMAIN_ERRORS,
                         domain_error);
    CHECK_THROWS_WITH_AS(s.insert(period::half(2024, 1), 13_bn_mad),
                         "offshoring::series::insert: the series already holds 2024-H1" SEE_DOMAIN_ERRORS,
                         domain_error);
}

TEST_CASE("cumulate turns months into year-to-date runs and decumulate turns them back") {
    const series<mad<>> months = months_2025(3);
    const series<mad<>> running = cumulate(months);
    CHECK(running.size() == 3u);
    // 1, 1 + 2, 1 + 2 + 3 billion.
    CHECK(bn(running.at(period::month(2025, 1))) == Approx(1.0));
    CHECK(bn(running.at(period::year_to_date(2025, 2))) == Approx(3.0));
    CHECK(bn(running.at(period::quarter(2025, 1))) == Approx(6.0));
    const series<mad<>> back = decumulate(running);
    CHECK(back.size() == 3u);
    CHECK(bn(back.at(period::month(2025, 2))) == Approx(2.0));
    CHECK(bn(back.at(period::month(2025, 3))) == Approx(3.0));

    series<mad<>> gap = months_2025(3);
    gap.insert(period::month(2025, 5), 5_bn_mad);
    CHECK_THROWS_WITH_AS(
        cumulate(gap),
        "offshoring::cumulate: 2025-01/2025-05 needs every part; missing 2025-04" SEE_DOMAIN_ERRORS,
        domain_error);
}

TEST_CASE("H2 is the year less H1: seeds/002 prints H1 2024 at 12,9 bn, seeds/003 the year at 26,22 bn") {
    const series<mad<>> printed{{period::half(2024, 1), 12.9_bn_mad},
                                {period::whole_year(2024), 26.22_bn_mad}};
    const series<mad<>> flows = decumulate(printed);
    CHECK(bn(flows.at(period::half(2024, 2))) == Approx(13.32));
    CHECK(bn(flows.at(period::half(2024, 1))) == Approx(12.9));

    const series<mad<>> falling{{period::quarter(2025, 1), 5_bn_mad}, {period::half(2025, 1), 4_bn_mad}};
    CHECK_THROWS_WITH_AS(
        decumulate(falling),
        "offshoring::decumulate: the running total falls from 2025-Q1 to 2025-H1, a negative "
        "flow for 2025-Q2" SEE_DOMAIN_ERRORS,
        domain_error);
    const series<mad<>> not_from_january{{period::quarter(2025, 2), 5_bn_mad}};
    CHECK_THROWS_AS(decumulate(not_from_january), domain_error);
}

TEST_CASE("the remainder of a whole is its one missing part: Q4 = year - Q1 - Q2 - Q3") {
    const series<mad<>> s{{period::whole_year(2024), 26.22_bn_mad},
                          {period::quarter(2024, 1), 6_bn_mad},
                          {period::quarter(2024, 2), 6.9_bn_mad},
                          {period::quarter(2024, 3), 6.5_bn_mad}};
    const auto [missing, value] = remainder(s, period::whole_year(2024));
    CHECK(missing == period::quarter(2024, 4));
    CHECK(bn(value) == Approx(6.82));

    const series<mad<>> two_missing{{period::whole_year(2024), 26.22_bn_mad},
                                    {period::quarter(2024, 1), 6_bn_mad},
                                    {period::quarter(2024, 3), 6_bn_mad}};
    CHECK_THROWS_WITH_AS(remainder(two_missing, period::whole_year(2024)),
                         "offshoring::remainder: exactly one run of 2024 must be missing, got 2024-Q2, "
                         "2024-Q4" SEE_DOMAIN_ERRORS,
                         domain_error);
    const series<mad<>> overlapping{{period::whole_year(2024), 26.22_bn_mad},
                                    {period::half(2024, 1), 12.9_bn_mad},
                                    {period::quarter(2024, 2), 6_bn_mad}};
    CHECK_THROWS_WITH_AS(remainder(overlapping, period::whole_year(2024)),
                         "offshoring::remainder: the parts of 2024 overlap on 2024-Q2" SEE_DOMAIN_ERRORS,
                         domain_error);
}

TEST_CASE("aggregate sums complete partitions only") {
    const series<mad<>> quarters = aggregate(months_2025(12), period_kind::quarter);
    CHECK(quarters.size() == 4u);
    // 1+2+3, 4+5+6, 7+8+9, 10+11+12.
    CHECK(bn(quarters.at(period::quarter(2025, 1))) == Approx(6.0));
    CHECK(bn(quarters.at(period::quarter(2025, 4))) == Approx(33.0));
    CHECK(bn(aggregate(quarters, period_kind::half).at(period::half(2025, 2))) == Approx(57.0));
    CHECK(bn(aggregate(months_2025(12), period_kind::year).at(period::whole_year(2025))) == Approx(78.0));

    CHECK_THROWS_WITH_AS(aggregate(months_2025(8), period_kind::quarter),
                         "offshoring::aggregate: 2025-Q3 needs every part; missing 2025-09" SEE_DOMAIN_ERRORS,
                         domain_error);
    CHECK_THROWS_AS(aggregate(quarters, period_kind::month), domain_error);
    series<mad<>> mixed = months_2025(2);
    mixed.insert(period::quarter(2025, 2), 1_bn_mad);
    CHECK_THROWS_AS(aggregate(mixed, period_kind::year), domain_error);
}

TEST_CASE("a series gives its year-on-year growth, rolling sums and shares") {
    const series<mad<>> halves{{period::half(2024, 1), 12.9_bn_mad}, {period::half(2025, 1), 13.4_bn_mad}};
    const series<double> growth = year_on_year_growth(halves);
    CHECK(growth.size() == 1u);
    // 13.4 / 12.9 - 1; seeds/002 prints +3,5 %, the rounded figures give 3.9 %.
    CHECK(growth.at(period::half(2025, 1)) == Approx(0.03876).epsilon(1e-4));

    series<mad<>> thirteen;
    for (int m = 1; m <= 13; ++m)
        thirteen.insert(period::month(2024, 1).shifted(m - 1), in_bn(m));
    const series<mad<>> twelve = rolling_sum(thirteen, 12);
    CHECK(twelve.size() == 2u);
    CHECK(bn(twelve.at(period::whole_year(2024))) == Approx(78.0));
    CHECK(bn(twelve.at(period::run(ym(2024, 2), ym(2025, 1)))) == Approx(90.0));
    CHECK_THROWS_AS(rolling_sum(thirteen, 0), domain_error);

    const series<mad<>> parts{{period::whole_year(2024), 40_bn_mad},
                              {period::half(2024, 1), 10_bn_mad},
                              {period::quarter(2024, 3), 10_bn_mad},
                              {period::half(2025, 1), 10_bn_mad}};
    const series<double> s = shares(parts, period::whole_year(2024));
    CHECK(s.size() == 2u);
    CHECK(s.at(period::half(2024, 1)) == 0.25);
    CHECK(s.at(period::quarter(2024, 3)) == 0.25);
}

TEST_CASE("a series of intervals: a derived H2 is wider than either printed figure") {
    // 26,22 bn and 12,9 bn rounded to nearest: [26.215, 26.225] and [12.85, 12.95].
    const series<interval<double>> printed{{period::whole_year(2024), interval<double>(26.215, 26.225)},
                                           {period::half(2024, 1), interval<double>(12.85, 12.95)}};
    const interval<double> h2 = decumulate(printed).at(period::half(2024, 2));
    CHECK(h2.lo() <= 26.215 - 12.95);
    CHECK(h2.hi() >= 26.225 - 12.85);
    CHECK(h2.lo() == Approx(13.265));
    CHECK(h2.hi() == Approx(13.375));
    CHECK(h2.width() > 0.1);

    const series<interval<double>> halves{{period::half(2024, 1), interval<double>(12.85, 12.95)},
                                          {period::half(2025, 1), interval<double>(13.35, 13.45)}};
    const interval<double> g = year_on_year_growth(halves).at(period::half(2025, 1));
    // [13.35 / 12.95 - 1, 13.45 / 12.85 - 1]: the published +3,5 % lies inside.
    CHECK(g.lo() == Approx(0.030888).epsilon(1e-5));
    CHECK(g.hi() == Approx(0.046693).epsilon(1e-5));
    CHECK(g.contains(0.035));

    const series<interval<mad<>>> amounts{
        {period::whole_year(2024), interval<mad<>>(in_bn(26.215), in_bn(26.225))},
        {period::half(2024, 1), interval<mad<>>(in_bn(12.85), in_bn(12.95))}};
    const interval<double> share = shares(amounts, period::whole_year(2024)).at(period::half(2024, 1));
    CHECK(share.lo() <= 12.85 / 26.225);
    CHECK(share.hi() >= 12.95 / 26.215);

    const series<interval<double>> falling{{period::quarter(2025, 1), interval<double>(5, 6)},
                                           {period::half(2025, 1), interval<double>(3, 4)}};
    CHECK_THROWS_AS(decumulate(falling), domain_error);
    // A running total that may or may not fall keeps the non-negative part of the flow.
    const series<interval<double>> unsure{{period::quarter(2025, 1), interval<double>(5, 6)},
                                          {period::half(2025, 1), interval<double>(5.5, 7)}};
    const interval<double> q2 = decumulate(unsure).at(period::quarter(2025, 2));
    CHECK(q2.lo() == 0.0);
    CHECK(q2.hi() >= 2.0);
}

TEST_CASE("a series of plain numbers gives growth, rolling sums and shares too") {
    const series<double> index{{period::whole_year(2023), 100.0}, {period::whole_year(2024), 125.0}};
    // 125 / 100 - 1 and 100 + 125.
    CHECK(year_on_year_growth(index).at(period::whole_year(2024)) == 0.25);
    CHECK(rolling_sum(index, 2).at(period::years(2023, 2024)) == 225.0);
    const series<double> parts{{period::whole_year(2024), 4.0}, {period::half(2024, 2), 1.0}};
    CHECK(shares(parts, period::whole_year(2024)).at(period::half(2024, 2)) == 0.25);
}
