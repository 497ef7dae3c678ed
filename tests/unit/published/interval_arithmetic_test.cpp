// Tests of typed interval arithmetic (published/interval_arithmetic.hpp): units follow the operations,
// every bound is rounded outward by one ulp, and intervals and verdicts read in French and English.
// SPDX-License-Identifier: MIT
#include <doctest/doctest.h>

#include "../../support/troubleshooting.hpp"

#include <offshoring/published/interval_arithmetic.hpp>
#include <offshoring/quantity/units.hpp>

#include <cmath>
#include <limits>
#include <random>
#include <type_traits>

namespace {

using namespace offshoring;
using doctest::Approx;

interval<mad<>> bn(double lo, double hi) {
    return {make_mad(lo, units::billion_dirhams), make_mad(hi, units::billion_dirhams)};
}

double down(double x) { return std::nextafter(x, -std::numeric_limits<double>::infinity()); }
double up(double x) { return std::nextafter(x, std::numeric_limits<double>::infinity()); }

}  // namespace

TEST_CASE("a sum and a difference of amounts are amounts, one ulp wider than the exact bounds") {
    // ITO + CRM 2024: [10.55, 10.65] + [9.75, 9.85] = [20.3, 20.5] bn; each bound is an exact double.
    const interval<mad<>> sum = bn(10.55, 10.65) + bn(9.75, 9.85);
    CHECK(sum.lo().value() == down(2.03e10));
    CHECK(sum.hi().value() == up(2.05e10));
    // 2024 less H1 2024: [26.15, 26.25] - [12.85, 12.95] = [13.2, 13.4] bn.
    const interval<mad<>> rest = bn(26.15, 26.25) - bn(12.85, 12.95);
    CHECK(rest.lo().value() == down(1.32e10));
    CHECK(rest.hi().value() == up(1.34e10));
}

TEST_CASE("products and quotients carry their units") {
    const interval<jobs<>> workforce(make_jobs(148499.5), make_jobs(148500.5));
    const auto per_job = bn(26.215, 26.225) / workforce;
    static_assert(std::is_same_v<std::decay_t<decltype(per_job)>, interval<mad_per_job<>>>);
    // 26.215e9 / 148500.5 = 176 531.4 and 26.225e9 / 148499.5 = 176 599.9 dirhams per job.
    CHECK(per_job.lo().value() == Approx(176531.39));
    CHECK(per_job.hi().value() == Approx(176599.92));
    CHECK(per_job.lo().value() < 26.215e9 / 148500.5);

    const auto back = per_job * workforce;
    static_assert(std::is_same_v<std::decay_t<decltype(back)>, interval<mad<>>>);
    CHECK(back.contains(make_mad(26.22, units::billion_dirhams)));

    // MAD / MAD is a fraction: [10.55 / 26.25, 10.65 / 26.15] = [0.401905, 0.407266].
    const auto share = bn(10.55, 10.65) / bn(26.15, 26.25);
    static_assert(std::is_same_v<std::decay_t<decltype(share)>, interval<double>>);
    CHECK(share.lo() == Approx(0.401905).epsilon(1e-6));
    CHECK(share.hi() == Approx(0.407266).epsilon(1e-6));
}

TEST_CASE("a divisor holding 0 and an overflow are refused by name") {
    CHECK_THROWS_WITH_AS(interval<double>(1.0, 2.0) / interval<double>(-1.0, 1.0),
                         "offshoring::operator/: the divisor contains 0, got [-1, 1]" SEE_DOMAIN_ERRORS,
                         domain_error);
    const interval<double> huge(1e308, 1.5e308);
    CHECK_THROWS_AS(huge + huge, domain_error);
    CHECK_THROWS_AS(huge * huge, domain_error);
}

TEST_CASE("an interval of amounts scaled by a share or grown by a rate spans the products of the bounds") {
    // 40,3 % of 26,2 bn: [26.15 x 0.4025, 26.25 x 0.4035] = [10.525375, 10.591875] bn.
    const interval<mad<>> ito = scaled_by(bn(26.15, 26.25), interval<double>(0.4025, 0.4035));
    CHECK(in_billion_mad(ito.lo()) == Approx(10.525375));
    CHECK(in_billion_mad(ito.hi()) == Approx(10.591875));
    // H1 2024 grown by 3,5 %: [12.85 x 1.0345, 12.95 x 1.0355] = [13.293325, 13.409725] bn.
    const interval<mad<>> grown = grown_by(bn(12.85, 12.95), interval<double>(0.0345, 0.0355));
    CHECK(in_billion_mad(grown.lo()) == Approx(13.293325));
    CHECK(in_billion_mad(grown.hi()) == Approx(13.409725));
    CHECK(grown.contains(make_mad(13.4, units::billion_dirhams)));
}

TEST_CASE("an intersection of amounts keeps what both share and a hull spans both") {
    CHECK(intersection(bn(26.15, 26.25), bn(26.215, 26.225)) == bn(26.215, 26.225));
    CHECK(intersection(bn(26.15, 26.25), bn(26.2, 27.0)) == bn(26.2, 26.25));
    CHECK_FALSE(intersection(bn(2.45, 2.55), bn(2.575, 2.585)).has_value());
    CHECK(hull(bn(2.45, 2.55), bn(2.575, 2.585)) == bn(2.45, 2.585));
}

TEST_CASE("every computed bound holds the exact result of any members") {
    std::mt19937_64 random(7);
    std::uniform_real_distribution<double> value(-1e6, 1e6);
    std::uniform_real_distribution<double> width(0.0, 1e3);
    int checked = 0;
    for (int i = 0; i < 5000; ++i) {
        const double a = value(random);
        const double b = value(random);
        const interval<double> x(a, a + width(random));
        const interval<double> y(b, b + width(random));
        // long double carries the exact sum and difference of two doubles of these sizes, and the product
        // to 64 bits, enough to tell a bound that is one ulp of a double outward.
        const long double sum_lo = static_cast<long double>(x.lo()) + static_cast<long double>(y.lo());
        const long double sum_hi = static_cast<long double>(x.hi()) + static_cast<long double>(y.hi());
        const interval<double> s = x + y;
        CHECK(static_cast<long double>(s.lo()) <= sum_lo);
        CHECK(sum_hi <= static_cast<long double>(s.hi()));
        const interval<double> d = x - y;
        CHECK(static_cast<long double>(d.lo()) <=
              static_cast<long double>(x.lo()) - static_cast<long double>(y.hi()));
        CHECK(static_cast<long double>(x.hi()) - static_cast<long double>(y.lo()) <=
              static_cast<long double>(d.hi()));
        const interval<double> p = x * y;
        for (const double u : {x.lo(), x.hi()})
            for (const double v : {y.lo(), y.hi()})
                CHECK(p.contains(u * v));
        ++checked;
    }
    CHECK(checked == 5000);
}

TEST_CASE("intervals are written in the press's abbreviations") {
    CHECK(format_interval(bn(26.15, 26.25), units::billion_dirhams, 2, language::fr) ==
          "[26,15 ; 26,25] Mds DH");
    CHECK(format_interval(bn(26.15, 26.25), units::billion_dirhams, 2, language::en) ==
          "MAD [26.15, 26.25] bn");
    CHECK(format_interval(bn(0.0475, 0.0485), units::million_dirhams, 1, language::fr) ==
          "[47,5 ; 48,5] M DH");
    const interval<usd<>> dollars(make_usd(2.75, units::billion_us_dollars),
                                  make_usd(2.85, units::billion_us_dollars));
    CHECK(format_interval(dollars, units::billion_us_dollars, 2, language::en) == "USD [2.75, 2.85] bn");
    const interval<jobs<>> workforce(make_jobs(148450.0), make_jobs(148550.0));
    CHECK(format_interval(workforce, 0, language::fr) == "[148 450 ; 148 550] emplois");
    CHECK(format_interval(workforce, 0, language::en) == "[148,450, 148,550] jobs");
    CHECK(format_percent_interval(interval<double>(0.4025, 0.4035), 2, language::fr) == "[40,25 ; 40,35] %");
    CHECK(format_percent_interval(interval<double>(0.4025, 0.4035), 2, language::en) == "[40.25, 40.35]%");
}

TEST_CASE("verdicts are written in French and English") {
    CHECK(verdict_word(true, language::fr) == "cohérent");
    CHECK(verdict_word(false, language::en) == "inconsistent");
    const auto same = check(bn(26.215, 26.225), bn(26.15, 26.25));
    CHECK(format_verdict(same, units::billion_dirhams, 3, language::en) ==
          "consistent: MAD [26.215, 26.225] bn meets MAD [26.150, 26.250] bn");
    // 2,58 against 2,5 read as itself: [2.575, 2.585] misses [2.45, 2.55] by 0.025 bn.
    const auto apart = check(bn(2.575, 2.585), bn(2.45, 2.55));
    CHECK(format_verdict(apart, units::billion_dirhams, 3, language::fr) ==
          "incohérent : [2,575 ; 2,585] Mds DH manque [2,450 ; 2,550] Mds DH de 0,025 Md DH");
    const auto shares = check(interval<double>(0.4019, 0.4073), interval<double>(0.4025, 0.4035));
    CHECK(format_verdict(shares, 2, language::en) == "consistent: [40.19, 40.73]% meets [40.25, 40.35]%");
}
