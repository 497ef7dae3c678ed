// Tests of the raw outward-rounded interval primitives the engine and the typed interval arithmetic build on.
// SPDX-License-Identifier: MIT
#include <offshoring/detail/outward_interval.hpp>

#include <doctest/doctest.h>

#include <cmath>
#include <limits>
#include <random>

using offshoring::detail::outward_interval;
using namespace offshoring::detail;

namespace {
constexpr double inf = std::numeric_limits<double>::infinity();
outward_interval iv(double lo, double hi) { return {lo, hi}; }
}  // namespace

TEST_CASE("a sum holds the exact sum and each bound moves one ulp outward") {
    const outward_interval s = add(iv(0.1, 0.2), iv(0.3, 0.4));
    // 0.1 + 0.3 rounds to 0.4 exactly in doubles; the outward bound is the double just below it.
    CHECK(s.lo == std::nextafter(0.1 + 0.3, -inf));
    CHECK(s.hi == std::nextafter(0.2 + 0.4, inf));
    CHECK(s.lo < 0.4);
    CHECK(s.hi > 0.6);
}

TEST_CASE("a difference pairs each bound with the opposite bound of the subtrahend") {
    const outward_interval d = sub(iv(10.0, 12.0), iv(1.0, 3.0));
    CHECK(d.lo == std::nextafter(7.0, -inf));
    CHECK(d.hi == std::nextafter(11.0, inf));
}

TEST_CASE("infinite bounds stay infinite and never become NaN") {
    const outward_interval more_than = iv(140000.0, inf);
    const outward_interval s = add(more_than, iv(-inf, 5.0));
    CHECK(s == outward_interval::whole());
    // x >= 140000 and y >= 1000: x - y may be anything.
    CHECK(sub(more_than, iv(1000.0, inf)) == outward_interval::whole());
    const outward_interval d = sub(more_than, iv(1000.0, 2000.0));
    CHECK(d.lo == std::nextafter(138000.0, -inf));
    CHECK(d.hi == inf);
}

TEST_CASE("a product of signed intervals takes the extreme products of the bounds") {
    const outward_interval p = mul(iv(-2.0, 3.0), iv(4.0, 5.0));
    CHECK(p.lo == std::nextafter(-10.0, -inf));
    CHECK(p.hi == std::nextafter(15.0, inf));
    // zero times an unbounded interval is zero, not NaN: [0, 1] * [1, +inf) = [0, +inf).
    const outward_interval q = mul(iv(0.0, 1.0), iv(1.0, inf));
    CHECK(q.lo <= 0.0);
    CHECK(q.lo > -1e-300);
    CHECK(q.hi == inf);
    CHECK(mul(iv(0.0, 0.0), iv(-inf, inf)).contains(0.0));
    CHECK(mul(iv(0.0, 0.0), iv(-inf, inf)).bounded());
}

TEST_CASE("a quotient by a divisor of one sign is bounded") {
    const outward_interval q = div(iv(26.15, 26.25), iv(148450.0, 148550.0));
    CHECK(q.lo <= 26.15 / 148550.0);
    CHECK(q.hi >= 26.25 / 148450.0);
    CHECK(q.hi - q.lo < 1e-6);
    const outward_interval n = div(iv(1.0, 2.0), iv(-4.0, -1.0));
    CHECK(n.lo == std::nextafter(-2.0, -inf));
    CHECK(n.hi == std::nextafter(-0.25, inf));
    // [1, +inf) / [2, +inf) is every positive number.
    const outward_interval u = div(iv(1.0, inf), iv(2.0, inf));
    CHECK(u.lo <= 0.0);
    CHECK(u.hi == inf);
}

TEST_CASE("a divisor containing zero is handled as the set of x with x * y in the numerator") {
    // 0 in both: any x works with y = 0.
    CHECK(div(iv(-1.0, 1.0), iv(0.0, 2.0)) == outward_interval::whole());
    // y = 0 only and a numerator without 0: no x at all.
    CHECK(div(iv(1.0, 2.0), iv(0.0, 0.0)).empty());
    // y in (0, 2], x * y in [1, 2]: x >= 1 / 2.
    const outward_interval right = div(iv(1.0, 2.0), iv(0.0, 2.0));
    CHECK(right.lo == std::nextafter(0.5, -inf));
    CHECK(right.hi == inf);
    // y in [-2, 0), x * y in [1, 2]: x <= -1 / 2.
    const outward_interval left = div(iv(1.0, 2.0), iv(-2.0, 0.0));
    CHECK(left.lo == -inf);
    CHECK(left.hi == std::nextafter(-0.5, inf));
    // negative numerator, y in (0, 2]: x <= -1 / 2.
    const outward_interval negative = div(iv(-2.0, -1.0), iv(0.0, 2.0));
    CHECK(negative.hi == std::nextafter(-0.5, inf));
    CHECK(negative.lo == -inf);
    // zero strictly inside the divisor: two pieces, whose hull is the whole line.
    CHECK(div(iv(1.0, 2.0), iv(-1.0, 1.0)) == outward_interval::whole());
}

TEST_CASE(
    "an intersection keeps what two raw intervals share, a hull spans both, and the empty set stays empty") {
    CHECK(intersect(iv(1.0, 3.0), iv(2.0, 5.0)) == iv(2.0, 3.0));
    CHECK(intersect(iv(1.0, 2.0), iv(3.0, 4.0)).empty());
    CHECK(intersect(iv(1.0, 2.0), iv(2.0, 4.0)) == iv(2.0, 2.0));
    CHECK(hull(iv(1.0, 2.0), iv(3.0, 4.0)) == iv(1.0, 4.0));
    CHECK(hull(outward_interval::empty_set(), iv(3.0, 4.0)) == iv(3.0, 4.0));
    CHECK(add(outward_interval::empty_set(), iv(3.0, 4.0)).empty());
    CHECK(mul(iv(1.0, 2.0), outward_interval::empty_set()).empty());
    CHECK(div(outward_interval::empty_set(), iv(1.0, 2.0)).empty());
}

TEST_CASE("random members stay inside the computed intervals") {
    std::mt19937_64 generator(20261201);
    std::uniform_real_distribution<double> bound(-1e6, 1e6);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    int checked = 0;
    for (int trial = 0; trial < 20000; ++trial) {
        double a0 = bound(generator), a1 = bound(generator), b0 = bound(generator), b1 = bound(generator);
        if (a0 > a1) std::swap(a0, a1);
        if (b0 > b1) std::swap(b0, b1);
        const outward_interval a{a0, a1}, b{b0, b1};
        const double x = a0 + (a1 - a0) * unit(generator);
        const double y = b0 + (b1 - b0) * unit(generator);
        if (!a.contains(x) || !b.contains(y)) continue;
        REQUIRE(add(a, b).contains(x + y));
        REQUIRE(sub(a, b).contains(x - y));
        REQUIRE(mul(a, b).contains(x * y));
        if (y != 0.0) REQUIRE(div(a, b).contains(x / y));
        ++checked;
    }
    CHECK(checked > 19000);
}
