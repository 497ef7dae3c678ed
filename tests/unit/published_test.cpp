// Tests of offshoring/published.hpp: the articles' figures, the metrics over their rounding, and verdicts.
// SPDX-License-Identifier: MIT
#include <offshoring/published.hpp>

#include <array>
#include <cmath>
#include <limits>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include <doctest/doctest.h>

#include "../support/troubleshooting.hpp"

using namespace offshoring;

namespace {

constexpr number_style fr = number_style::french;

published_number percent(std::string_view text) { return parse_published(text, fr); }
published_amount<units::billion_dirham_unit> bn_mad(std::string_view text) {
    return parse_published(text, fr, units::billion_dirhams);
}

// The verdicts on plain figures need no run time: ITO's 10,6 of 26,2 against 40,3 %, at compile time.
constexpr published_number ito_2024(106, 1);
constexpr published_number total_2024(262, 1);
static_assert(check_share(ito_2024, total_2024, published_number(403, 1, number_kind::percent)).consistent);
static_assert(!check_share(ito_2024, total_2024, published_number(410, 1, number_kind::percent)).consistent);
// 10.55 / 26.25 = 0.401905 to six digits.
static_assert(share_interval(ito_2024, total_2024).lo() > 0.401904 &&
              share_interval(ito_2024, total_2024).lo() < 0.401906);

// Six significant digits are what the hand arithmetic below carries.
doctest::Approx about(double x) { return doctest::Approx(x).epsilon(1e-5); }

}  // namespace

TEST_CASE("a published amount is an interval of dirhams whose bounds are exact") {
    const auto total = bn_mad("26,2");
    static_assert(std::is_same_v<decltype(total)::quantity_type, mad<>>);
    // 26,2 bn: [26.15, 26.25] bn = [2.615e10, 2.625e10] MAD, whole numbers of dirhams, so exact.
    CHECK(in_mad(total.rounding_interval().lo()) == 2.615e10);
    CHECK(in_mad(total.rounding_interval().hi()) == 2.625e10);
    CHECK(in_mad(total.value()) == 2.62e10);
    // 48 M: [47.5, 48.5] M.
    const auto kpo = parse_published("48", fr, units::million_dirhams);
    CHECK(in_mad(as_interval(kpo).lo()) == 47.5e6);
    CHECK(in_mad(as_interval(kpo).hi()) == 48.5e6);
    // 148 500 jobs: [148 499.5, 148 500.5].
    const auto workforce = parse_published("148.500", fr, units::job);
    CHECK(in_jobs(as_interval(workforce).lo()) == 148499.5);
}

TEST_CASE("a percentage is not an amount") {
    CHECK_THROWS_WITH_AS(
        published_amount(percent("40,3 %"), units::billion_dirhams),
        "offshoring::published_amount: an amount cannot be a percentage, got 40.3%" SEE_DOMAIN_ERRORS,
        offshoring::domain_error);
    CHECK_THROWS_WITH_AS(
        parse_published("40,3 %", fr, units::billion_dirhams),
        "offshoring::parse_published: cannot read \"40,3 %\" at position 5: an amount cannot be a "
        "percentage" SEE_PARSE_ERRORS,
        offshoring::parse_error);
    CHECK_FALSE(try_parse_published("40,3 %", fr, units::billion_dirhams).has_value());
    CHECK(try_parse_published("26,2", fr, units::billion_dirhams).has_value());
}

TEST_CASE("+3,5 % is consistent with 12,9 -> 13,4 bn") {
    // lo = 13.35 / 12.95 - 1 = 0.40 / 12.95 = 0.030888; hi = 13.45 / 12.85 - 1 = 0.60 / 12.85 = 0.046693.
    const verdict<double> v = check_growth(bn_mad("12,9"), bn_mad("13,4"), percent("+3,5 %"));
    CHECK(v.consistent);
    CHECK(static_cast<bool>(v));
    CHECK(v.computed.lo() == about(0.030888));
    CHECK(v.computed.hi() == about(0.046693));
    CHECK(v.claimed == interval<double>(0.0345, 0.0355));
    CHECK(v.gap == 0.0);
}

TEST_CASE("+4,8 % would not be consistent with 12,9 -> 13,4 bn, and the gap says by how much") {
    // The claim starts at 4.75 %, the inputs allow at most 4.6693 %: a gap of 0.0475 - 0.046693 = 0.000807.
    const verdict<double> v = check_growth(bn_mad("12,9"), bn_mad("13,4"), percent("4,8 %"));
    CHECK_FALSE(v.consistent);
    CHECK(v.gap == about(0.000807).epsilon(1e-3));
}

TEST_CASE("a gap wider than the largest double is refused rather than returned as infinity") {
    // 1.7e308 - (-1.7e308) = 3.4e308 exceeds DBL_MAX = 1.797e308.
    CHECK_THROWS_WITH_AS(check(interval<double>(-1.7e308), interval<double>(1.7e308)),
                         "offshoring::check: the gap between the intervals overflows a double, got "
                         "[-1.7e+308, -1.7e+308] and [1.7e+308, 1.7e+308]" SEE_DOMAIN_ERRORS,
                         offshoring::domain_error);
    CHECK_THROWS_AS(check(interval<double>(1.7e308), interval<double>(-1.7e308)), offshoring::domain_error);
    // 1.5e308 - (-0.2e308) = 1.7e308 still fits.
    const verdict<double> far = check(interval<double>(-0.2e308), interval<double>(1.5e308));
    CHECK_FALSE(far.consistent);
    CHECK(far.gap == doctest::Approx(1.7e308).epsilon(1e-15));
}

TEST_CASE("each 2024 segment share is consistent with its amount over 26,2 bn") {
    const auto total = bn_mad("26,2");
    SUBCASE("ITO 10,6 bn is 40,3 %") {
        // lo = 10.55 / 26.25 = 0.401905; hi = 10.65 / 26.15 = 0.407266; claim [0.4025, 0.4035].
        const verdict<double> v = check_share(bn_mad("10,6"), total, percent("40,3 %"));
        CHECK(v.consistent);
        CHECK(v.computed.lo() == about(0.401905));
        CHECK(v.computed.hi() == about(0.407266));
    }
    SUBCASE("CRM 9,8 bn is 37,4 %") {
        // lo = 9.75 / 26.25 = 0.371429; hi = 9.85 / 26.15 = 0.376673; claim [0.3735, 0.3745].
        const verdict<double> v = check_share(bn_mad("9,8"), total, percent("37,4 %"));
        CHECK(v.consistent);
        CHECK(v.computed.lo() == about(0.371429));
        CHECK(v.computed.hi() == about(0.376673));
    }
    SUBCASE("ESO 3,4 bn is 13,2 %") {
        // lo = 3.35 / 26.25 = 0.127619; hi = 3.45 / 26.15 = 0.131931, which reaches into [0.1315, 0.1325].
        // 3.4 / 26.2 = 12.98 % on the printed values alone: only the rounding of 3,4 makes it 13,2 %.
        const verdict<double> v = check_share(bn_mad("3,4"), total, percent("13,2 %"));
        CHECK(v.consistent);
        CHECK(v.computed.lo() == about(0.127619));
        CHECK(v.computed.hi() == about(0.131931));
    }
    SUBCASE("BPO 2,3 bn is 8,9 %") {
        // lo = 2.25 / 26.25 = 0.085714; hi = 2.35 / 26.15 = 0.089866; claim [0.0885, 0.0895].
        const verdict<double> v = check_share(bn_mad("2,3"), total, percent("8,9 %"));
        CHECK(v.consistent);
        CHECK(v.computed.lo() == about(0.085714));
        CHECK(v.computed.hi() == about(0.089866));
    }
    SUBCASE("KPO 48 M is 0,2 %, across two scales of dirhams") {
        // lo = 47.5 M / 26 250 M = 0.0018095; hi = 48.5 / 26 150 = 0.0018547; claim [0.0015, 0.0025].
        const verdict<double> v =
            check_share(parse_published("48", fr, units::million_dirhams), total, percent("0,2 %"));
        CHECK(v.consistent);
        CHECK(v.computed.lo() == about(0.0018095));
        CHECK(v.computed.hi() == about(0.0018547));
    }
}

TEST_CASE("a share claim off by seven tenths of a point is inconsistent") {
    // ITO 10,6 of 26,2 allows at most 0.407266; 41,0 % starts at 0.4095: gap 0.002234.
    const verdict<double> v = check_share(bn_mad("10,6"), bn_mad("26,2"), percent("41,0 %"));
    CHECK_FALSE(v.consistent);
    CHECK(v.gap == about(0.002234).epsilon(1e-3));
}

TEST_CASE("a claim of a share must be printed as a percentage") {
    CHECK_THROWS_WITH_AS(check_share(bn_mad("10,6"), bn_mad("26,2"), parse_published("40,3", fr)),
                         "offshoring::check_share: claim must be a percentage (a text ending in %), got "
                         "40.3" SEE_DOMAIN_ERRORS,
                         offshoring::domain_error);
}

TEST_CASE("the five 2024 shares add up to 100 % within their rounding") {
    // 40.3 + 37.4 + 13.2 + 8.9 + 0.2 = 100.0; five half-tenths each side: [99.75, 100.25] %.
    const std::array<published_number, 5> shares{percent("40,3 %"), percent("37,4 %"), percent("13,2 %"),
                                                 percent("8,9 %"), percent("0,2 %")};
    const auto v = check_sum(shares, 1.0);
    CHECK(v.consistent);
    CHECK(v.computed.lo() == about(0.9975));
    CHECK(v.computed.hi() == about(1.0025));
    CHECK(v.claimed == interval<double>(1.0));
}

TEST_CASE("the five 2024 segment amounts add up to 26,2 bn within their rounding") {
    // lo = 10.55 + 9.75 + 3.35 + 2.25 + 0.0475 = 25.9475; hi = 10.65 + 9.85 + 3.45 + 2.35 + 0.0485 = 26.3485;
    // the total's [26.15, 26.25] lies inside.
    const auto v = check_sum(
        {as_interval(bn_mad("10,6")), as_interval(bn_mad("9,8")), as_interval(bn_mad("3,4")),
         as_interval(bn_mad("2,3")), as_interval(parse_published("48", fr, units::million_dirhams))},
        bn_mad("26,2"));
    static_assert(std::is_same_v<decltype(v), const verdict<mad<>>>);
    CHECK(v.consistent);
    CHECK(in_billion_mad(v.computed.lo()) == about(25.9475));
    CHECK(in_billion_mad(v.computed.hi()) == about(26.3485));
}

TEST_CASE("26,2 bn and 26,22 bn from two articles are the same figure") {
    // [26.215, 26.225] lies in [26.15, 26.25].
    const auto v = check_same(bn_mad("26,2"), bn_mad("26,22"));
    CHECK(v.consistent);
    CHECK(v.computed.contains(v.claimed));
}

TEST_CASE("ESO's 2,58 bn in H1 2025 is near 75 % of its 3,4 bn in 2024 only thanks to the rounding of 3,4") {
    // lo = 2.575 / 3.45 = 0.746377; hi = 2.585 / 3.35 = 0.771642; près de 75 %: [0.745, 0.755]. Overlap.
    const auto ratio = ratio_interval(bn_mad("2,58"), bn_mad("3,4"));
    static_assert(std::is_same_v<decltype(ratio), const interval<double>>);
    const verdict<double> v = check_approximate(ratio, percent("75 %"), approximation_kind::about);
    CHECK(v.consistent);
    CHECK(v.computed.lo() == about(0.746377));
    CHECK(v.computed.hi() == about(0.771642));
    CHECK(v.claimed == interval<double>(0.745, 0.755));

    // On the printed values alone, 2.58 / 3.4 = 0.758824, 0.003824 beyond 75.5 %.
    const verdict<double> point =
        check_approximate(ratio_interval(2.58, 3.4), percent("75 %"), approximation_kind::about);
    CHECK_FALSE(point.consistent);
    CHECK(point.gap == about(0.003824).epsilon(1e-3));
}

TEST_CASE("ITO and CRM together weigh near 80 %") {
    // 0.4025 + 0.3735 = 0.776 to 0.4035 + 0.3745 = 0.778; près de 80 % is [0.75, 0.85].
    const verdict<double> v =
        check_approximate(sum_interval(std::array{percent("40,3 %"), percent("37,4 %")}), percent("80 %"),
                          approximation_kind::about);
    CHECK(v.consistent);
    CHECK(v.computed.lo() == about(0.776));
    CHECK(v.computed.hi() == about(0.778));
}

TEST_CASE("more than 140.000 jobs is consistent with 141 000 in 2023 and 148 500 in 2024") {
    const published_number claim = parse_published("140.000", fr);
    // plus de 140 000: [140 000, 150 000].
    const auto v2023 =
        check_approximate(parse_published("141 000", fr), claim, approximation_kind::more_than);
    CHECK(v2023.consistent);
    CHECK(v2023.claimed == interval<double>(140000.0, 150000.0));
    CHECK(check_approximate(parse_published("148.500", fr), claim, approximation_kind::more_than).consistent);
    // 100 000 (2020) is not more than 140 000: its top, 100 000.5, lies 39 999.5 below the claim.
    const auto v2020 =
        check_approximate(parse_published("100 000", fr), claim, approximation_kind::more_than);
    CHECK_FALSE(v2020.consistent);
    CHECK(v2020.gap == 39999.5);
}

TEST_CASE("near 148 500 jobs is read at the hundred") {
    // u = 100 (the last non-zero digit is the 5 of hundreds): [148 450, 148 550].
    const auto claim = parse_published("148 500", fr, units::job);
    const auto v =
        check_approximate(parse_published("148.500", fr, units::job), claim, approximation_kind::about);
    CHECK(v.consistent);
    CHECK(in_jobs(v.claimed.lo()) == 148450.0);
    CHECK(in_jobs(v.claimed.hi()) == 148550.0);
    CHECK_FALSE(check_approximate(make_jobs(148600.0), claim, approximation_kind::about).consistent);
}

TEST_CASE("more than 26 billion dirhams is consistent with 26,2 and 26,22 bn") {
    const auto claim = parse_published("26", fr, units::billion_dirhams);
    // plus de 26 milliards: [26, 27] bn.
    const auto v = check_approximate(bn_mad("26,2"), claim, approximation_kind::more_than);
    CHECK(v.consistent);
    CHECK(in_mad(v.claimed.lo()) == 26e9);
    CHECK(in_mad(v.claimed.hi()) == 27e9);
    CHECK(check_approximate(bn_mad("26,22"), claim, approximation_kind::more_than).consistent);
    CHECK_FALSE(check_approximate(bn_mad("25,9"), claim, approximation_kind::more_than).consistent);
}

TEST_CASE(
    "already 2,5 bn read as at least 2,5 fits ESO's 2,58 bn, though 2,5 as a rounding of it would not") {
    const auto claim = bn_mad("2,5");
    // déjà 2,5 read as "au moins 2,5" within one unit: [2.5, 2.6] holds [2.575, 2.585].
    CHECK(check_approximate(bn_mad("2,58"), claim, approximation::more_than).consistent);
    // Read as "près de 2,5", [2.45, 2.55]: 2.575 - 2.55 = 0.025 bn short.
    const auto rounded = check_approximate(bn_mad("2,58"), claim, approximation_kind::about);
    CHECK_FALSE(rounded.consistent);
    CHECK(in_billion_mad(rounded.gap) == about(0.025));
}

TEST_CASE("near 2,8 bn dollars for 26,2 bn dirhams implies a rate near 9,36 dirhams per dollar") {
    // [26.15 / 2.85, 26.25 / 2.75] = [9.175439, 9.545455]; 26.2 / 2.8 = 9.357143 lies inside.
    const auto dollars = approximate_interval(parse_published("2,8", fr, units::billion_us_dollars),
                                              approximation_kind::about);
    const auto rate = ratio_interval(bn_mad("26,2"), dollars);
    static_assert(std::is_same_v<decltype(rate), const interval<mad_per_usd<>>>);
    CHECK(in_mad_per_usd(rate.lo()) == about(9.175439));
    CHECK(in_mad_per_usd(rate.hi()) == about(9.545455));
    CHECK(rate.contains(make_mad_per_usd(26.2 / 2.8)));
    // A claimed rate is checked like any other ratio: 10,0 would not fit.
    const auto ten = make_mad_per_usd(10.0);
    CHECK_FALSE(check_ratio(bn_mad("26,2"), dollars, ten).consistent);
}

TEST_CASE("+0,2 % on 2023 with no 2023 total only bounds what 2023 was") {
    // No verdict without both amounts; the implied base is [26.15 / 1.0025, 26.25 / 1.0015]
    // = [26.084788, 26.210684] bn.
    const auto base = implied_base_interval(bn_mad("26,2"), percent("+0,2 %"));
    CHECK(in_billion_mad(base.lo()) == about(26.084788));
    CHECK(in_billion_mad(base.hi()) == about(26.210684));
}

TEST_CASE("a half-year growth of 3,5 % compounds to about 7,1 % a year") {
    // (1.0345)^2 - 1 = 0.07019025; (1.0355)^2 - 1 = 0.07226025.
    const interval<double> annual = annualised_rate_interval(percent("+3,5 %"), 6, annualisation::compound);
    CHECK(annual.lo() == about(0.07019025));
    CHECK(annual.hi() == about(0.07226025));
    CHECK(check_annualised_rate(percent("+3,5 %"), 6, annualisation::compound, percent("7,1 %")).consistent);
    // Linear: [0.0345 * 2, 0.0355 * 2] = [0.069, 0.071], below the compound rates throughout.
    const interval<double> linear = annualised_rate_interval(percent("+3,5 %"), 6, annualisation::linear);
    CHECK(linear.lo() == about(0.069));
    CHECK(linear.hi() == about(0.071));
    // 7,0 % ([6.95, 7.05] %) still touches the interval; 7,3 % ([7.25, 7.35] %) starts above 7.226 %.
    CHECK(check_annualised_rate(percent("+3,5 %"), 6, annualisation::compound, percent("7,0 %")).consistent);
    CHECK_FALSE(
        check_annualised_rate(percent("+3,5 %"), 6, annualisation::compound, percent("7,3 %")).consistent);
}

TEST_CASE("jobs grew about 12,1 % a year from 100 000 in 2020 to 141 000 in 2023") {
    // 1.1213^3 = 1.40983 and 1.1214^3 = 1.41020, so the cube root of 1.41 is 1.12135 to five digits.
    // Half a job either side moves the ratio by under 2e-5, the rate by under 1e-5.
    const interval<double> rate =
        cagr_interval(parse_published("100 000", fr), parse_published("141 000", fr), 3.0);
    CHECK(rate.lo() < 0.121347);
    CHECK(rate.hi() > 0.121346);
    CHECK(rate.width() < 1e-5);
    CHECK(check_cagr(parse_published("100 000", fr), parse_published("141 000", fr), 3.0, percent("12,1 %"))
              .consistent);
}

TEST_CASE("interval rates are right when the ratio of their ends underflows or overflows a double") {
    // 1e-200 / 1e200 = 1e-400 underflows; the rate is 10^(-400 / 1000) - 1 = -0.601893.
    const double fall = 0.3981071705534972 - 1;
    const interval<double> c = cagr_interval(1e200, 1e-200, 1000.0);
    CHECK(c.contains(fall));
    CHECK(c.width() < 1e-12);
    const interval<double> r = required_rate_interval(1e200, 1e-200, 1000.0);
    CHECK(r.contains(fall));
    CHECK(r.width() < 1e-12);
    // 1e400 overflows; 10^0.4 - 1 = 1.511886.
    const interval<double> rise = cagr_interval(interval<double>(1e-200, 2e-200), 1e200, 1000.0);
    CHECK(rise.contains(2.5118864315095801 - 1));
    // 2^-0.001 * 10^0.4 - 1 = 1.510143, from the other end of the base.
    CHECK(rise.contains(std::pow(2.0, -0.001) * 2.5118864315095801 - 1));
    CHECK(rise.width() < 2e-3);
}

TEST_CASE("reaching 40 bn in 2030 from 26,22 bn in 2024 takes about 7,29 % a year") {
    // 40 / 26.22 = 1.525553; ln = 0.422352; / 6 = 0.070392; e^0.070392 - 1 = 0.072930.
    // The rounding of 26,22 (+-0.005 of 26.22, +-1.9e-4 relative) moves the rate by about +-3.4e-5.
    const interval<double> rate = required_rate_interval(bn_mad("26,22"), 40.0 * units::billion_dirhams, 6.0);
    CHECK(rate.contains(0.072930));
    CHECK(rate.lo() == about(0.072895).epsilon(1e-4));
    CHECK(rate.hi() == about(0.072964).epsilon(1e-4));
}

TEST_CASE("revenue per job is an interval of dirhams per job") {
    // 26.22e9 / 148 500 = 176 565.66; lo = 26.215e9 / 148 500.5 = 176 531.39; hi = 26.225e9 / 148 499.5 = 176
    // 599.92.
    const auto r = revenue_per_job_interval(bn_mad("26,22"), parse_published("148.500", fr, units::job));
    static_assert(std::is_same_v<decltype(r), const interval<mad_per_job<>>>);
    CHECK(in_mad_per_job(r.lo()) == about(176531.39));
    CHECK(in_mad_per_job(r.hi()) == about(176599.92));
}

TEST_CASE("a change of share is counted in percentage points") {
    // 40,3 % -> 41,0 %: lo = 40.95 - 40.35 = 0.6, hi = 41.05 - 40.25 = 0.8 points.
    const interval<double> change = percentage_point_change_interval(percent("40,3 %"), percent("41,0 %"));
    CHECK(change.lo() == about(0.6));
    CHECK(change.hi() == about(0.8));
    CHECK(check_percentage_point_change(percent("40,3 %"), percent("41,0 %"), parse_published("0,7", fr))
              .consistent);
    CHECK_FALSE(
        check_percentage_point_change(percent("40,3 %"), percent("41,0 %"), parse_published("0,9", fr))
            .consistent);
}

TEST_CASE("growth of ESO and BPO from 2023 to 2024, from one-decimal figures, is known only loosely") {
    // ESO 3,2 -> 3,4: [3.35 / 3.25 - 1, 3.45 / 3.15 - 1] = [0.030769, 0.095238].
    const interval<double> eso = growth_interval(bn_mad("3,2"), bn_mad("3,4"));
    CHECK(eso.lo() == about(0.030769));
    CHECK(eso.hi() == about(0.095238));
    // BPO 1,9 -> 2,3: [2.25 / 1.95 - 1, 2.35 / 1.85 - 1] = [0.153846, 0.270270].
    const interval<double> bpo = growth_interval(bn_mad("1,9"), bn_mad("2,3"));
    CHECK(bpo.lo() == about(0.153846));
    CHECK(bpo.hi() == about(0.270270));
}

TEST_CASE("bad inputs to the interval metrics are refused, never turned into NaN or infinity") {
    const interval<double> straddling_zero(-1.0, 2.0);
    CHECK_THROWS_WITH_AS(
        share_interval(straddling_zero, 26.2),
        "offshoring::share_interval: part must be non-negative, got [-1, 2]" SEE_DOMAIN_ERRORS,
        offshoring::domain_error);
    CHECK_THROWS_WITH_AS(share_interval(1.0, 0.0),
                         "offshoring::share_interval: whole must be positive, got [0, 0]" SEE_DOMAIN_ERRORS,
                         offshoring::domain_error);
    CHECK_THROWS_WITH_AS(growth_interval(-1.0, 2.0),
                         "offshoring::growth_interval: base must be positive, got [-1, -1]" SEE_DOMAIN_ERRORS,
                         offshoring::domain_error);
    CHECK_THROWS_WITH_AS(
        ratio_interval(1.0, straddling_zero),
        "offshoring::ratio_interval: denominator must not contain zero, got [-1, 2]" SEE_DOMAIN_ERRORS,
        offshoring::domain_error);
    CHECK_THROWS_WITH_AS(
        cagr_interval(1.0, 2.0, 0.0),
        "offshoring::cagr_interval: years must be positive and finite, got 0" SEE_DOMAIN_ERRORS,
        offshoring::domain_error);
    CHECK_THROWS_WITH_AS(
        cagr_interval(1.0, 2.0, std::numeric_limits<double>::quiet_NaN()),
        "offshoring::cagr_interval: years must be positive and finite, got nan" SEE_DOMAIN_ERRORS,
        offshoring::domain_error);
    CHECK_THROWS_WITH_AS(
        cagr_interval(1.0, -2.0, 3.0),
        "offshoring::cagr_interval: end value must be non-negative, got [-2, -2]" SEE_DOMAIN_ERRORS,
        offshoring::domain_error);
    CHECK_THROWS_WITH_AS(cagr_interval(0.0, 2.0, 3.0),
                         "offshoring::cagr_interval: base must be positive, got [0, 0]" SEE_DOMAIN_ERRORS,
                         offshoring::domain_error);
    // The required rate is the CAGR asked forward; its messages name its own arguments.
    CHECK_THROWS_WITH_AS(
        required_rate_interval(0.0, 40.0, 6.0),
        "offshoring::required_rate_interval: current value must be positive, got [0, 0]" SEE_DOMAIN_ERRORS,
        offshoring::domain_error);
    CHECK_THROWS_WITH_AS(
        required_rate_interval(26.22, -40.0, 6.0),
        "offshoring::required_rate_interval: target must be non-negative, got [-40, -40]" SEE_DOMAIN_ERRORS,
        offshoring::domain_error);
    CHECK_THROWS_WITH_AS(
        required_rate_interval(26.22, 40.0, -6.0),
        "offshoring::required_rate_interval: years must be positive and finite, got -6" SEE_DOMAIN_ERRORS,
        offshoring::domain_error);
    CHECK_THROWS_WITH_AS(
        annualised_rate_interval(0.035, 0, annualisation::compound),
        "offshoring::annualised_rate_interval: months must lie in [1, 11], got 0" SEE_DOMAIN_ERRORS,
        offshoring::domain_error);
    CHECK_THROWS_WITH_AS(
        annualised_rate_interval(0.035, 12, annualisation::linear),
        "offshoring::annualised_rate_interval: months must lie in [1, 11], got 12" SEE_DOMAIN_ERRORS,
        offshoring::domain_error);
    CHECK_THROWS_WITH_AS(annualised_rate_interval(interval<double>(-1.5, 0.0), 6, annualisation::compound),
                         "offshoring::annualised_rate_interval: growth must be at least -100 %, got [-1.5, "
                         "0]" SEE_DOMAIN_ERRORS,
                         offshoring::domain_error);
    CHECK_THROWS_WITH_AS(annualised_rate_interval(0.035, 6, static_cast<annualisation>(9)),
                         "offshoring::annualised_rate_interval: method must be annualisation::compound or "
                         "annualisation::linear, got 9" SEE_DOMAIN_ERRORS,
                         offshoring::domain_error);
    CHECK_THROWS_WITH_AS(
        revenue_per_job_interval(bn_mad("26,22"), make_jobs(0.0)),
        "offshoring::revenue_per_job_interval: number of jobs must be positive, got [0, 0]" SEE_DOMAIN_ERRORS,
        offshoring::domain_error);
    CHECK_THROWS_WITH_AS(
        share_interval(1e308, 1e-308),
        "offshoring::share_interval: result overflows a double, got [inf, inf]" SEE_DOMAIN_ERRORS,
        offshoring::domain_error);
    CHECK_THROWS_WITH_AS(sum_interval(std::vector<interval<double>>{}),
                         "offshoring::sum_interval: needs at least one part, got none" SEE_DOMAIN_ERRORS,
                         offshoring::domain_error);
    CHECK_THROWS_WITH_AS(
        implied_base_interval(26.2, -1.5),
        "offshoring::implied_base_interval: growth must be above -100 %, got [-1.5, -1.5]" SEE_DOMAIN_ERRORS,
        offshoring::domain_error);
}

TEST_CASE("a check reports bad inputs before a bad claim, whatever the compiler") {
    // Both are wrong: the whole -26,2 is negative and the claim 40,3 lacks its % sign. The inputs are
    // read first, so every compiler reports the whole.
    CHECK_THROWS_WITH_AS(
        offshoring::check_share(offshoring::published_number(106, 1), offshoring::published_number(-262, 1),
                                offshoring::published_number(403, 1)),
        "offshoring::share_interval: whole must be positive, got [-26.25, -26.15]" SEE_DOMAIN_ERRORS,
        offshoring::domain_error);
}
