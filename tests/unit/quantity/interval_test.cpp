// Tests of offshoring/quantity/interval.hpp: closed intervals of numbers and quantities.
// SPDX-License-Identifier: MIT
#include <offshoring/quantity/interval.hpp>

#include <cmath>
#include <limits>
#include <string>
#include <type_traits>

#include <doctest/doctest.h>

#include "../../support/troubleshooting.hpp"

using namespace offshoring;

namespace {

// Both ends belong to the interval: checked where it matters, at compile time.
constexpr interval<double> rounding_of_26_2(26.15, 26.25);
static_assert(rounding_of_26_2.contains(26.15) && rounding_of_26_2.contains(26.25));
static_assert(!rounding_of_26_2.contains(26.1) && !rounding_of_26_2.contains(26.3));
static_assert(rounding_of_26_2.overlaps(interval<double>(26.25, 27.0)), "touching at one end is overlapping");
static_assert(!rounding_of_26_2.overlaps(interval<double>(26.26, 27.0)));
static_assert(interval<double>(1.0).lo() == 1.0 && interval<double>(1.0).hi() == 1.0);

}  // namespace

TEST_CASE("an interval knows its ends, width and midpoint") {
    const interval<double> x(2.0, 3.0);
    CHECK(x.lo() == 2.0);
    CHECK(x.hi() == 3.0);
    CHECK(x.width() == 1.0);
    CHECK(x.midpoint() == 2.5);
}

TEST_CASE("an interval contains another only when both of its ends lie inside") {
    const interval<double> outer(26.15, 26.25);
    CHECK(outer.contains(interval<double>(26.215, 26.225)));
    CHECK(outer.contains(outer));
    CHECK_FALSE(outer.contains(interval<double>(26.2, 26.3)));
    CHECK(outer.overlaps(interval<double>(26.2, 26.3)));
}

TEST_CASE("an interval of quantities keeps its unit") {
    using namespace offshoring::literals;
    const interval<mad<>> x(26.15_bn_mad, 26.25_bn_mad);
    static_assert(std::is_same_v<decltype(x.width()), mad<>>);
    CHECK(x.contains(26.2_bn_mad));
    CHECK_FALSE(x.contains(26.3_bn_mad));
    // 26.25 - 26.15 = 0.1 bn, up to the rounding of the two bounds in dirhams.
    CHECK(in_billion_mad(x.width()) == doctest::Approx(0.1).epsilon(1e-9));
}

TEST_CASE("as_interval turns a scaled quantity into a point in the base unit") {
    const auto x = as_interval(48.0 * units::million_dirhams);
    static_assert(std::is_same_v<decltype(x), const interval<mad<>>>);
    CHECK(in_mad(x.lo()) == 48e6);
    CHECK(x.lo() == x.hi());
}

TEST_CASE("an interval whose lower bound exceeds its upper bound is refused") {
    CHECK_THROWS_WITH_AS(
        interval<double>(2.0, 1.0),
        "offshoring::interval: lower bound must not exceed upper bound, got [2, 1]" SEE_DOMAIN_ERRORS,
        offshoring::domain_error);
}

TEST_CASE("an interval with a NaN or infinite bound is refused") {
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const double inf = std::numeric_limits<double>::infinity();
    CHECK_THROWS_WITH_AS(interval<double>(nan, 1.0),
                         "offshoring::interval: bounds must be finite, got [nan, 1]" SEE_DOMAIN_ERRORS,
                         offshoring::domain_error);
    CHECK_THROWS_WITH_AS(interval<double>(0.0, inf),
                         "offshoring::interval: bounds must be finite, got [0, inf]" SEE_DOMAIN_ERRORS,
                         offshoring::domain_error);
    CHECK_THROWS_WITH_AS(as_interval(nan),
                         "offshoring::as_interval: value must be finite, got nan" SEE_DOMAIN_ERRORS,
                         offshoring::domain_error);
}

TEST_CASE("the width of an interval wider than the largest double is refused, its midpoint is exact") {
    const interval<double> widest(-1.7e308, 1.7e308);
    // 3.4e308 exceeds DBL_MAX = 1.797e308: there is no double to return.
    CHECK_THROWS_WITH_AS((void)widest.width(),
                         "offshoring::interval::width: the width overflows a double, got [-1.7e+308, "
                         "1.7e+308]" SEE_DOMAIN_ERRORS,
                         offshoring::domain_error);
    // The midpoint always fits: the halves -0.85e308 and 0.85e308 are exact and cancel.
    CHECK(widest.midpoint() == 0.0);
    // -0.85e308 + 0.75e308 = -0.1e308.
    const interval<double> lopsided(-1.7e308, 1.5e308);
    CHECK(lopsided.midpoint() == doctest::Approx(-1e307).epsilon(1e-15));
    CHECK(interval<double>(1e308, 1.7e308).width() == doctest::Approx(0.7e308).epsilon(1e-15));
    // An interval of quantities, in dirhams.
    const interval<mad<>> amounts(mad<>::from_value(-1.7e308), mad<>::from_value(1.7e308));
    CHECK(in_mad(amounts.midpoint()) == 0.0);
    CHECK_THROWS_AS((void)amounts.width(), offshoring::domain_error);
}
