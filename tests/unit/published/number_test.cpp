// Tests of offshoring/published/number.hpp: reading, keeping and printing a figure as published.
// SPDX-License-Identifier: MIT
#include <offshoring/published/number.hpp>

#include <array>
#include <optional>
#include <string>
#include <string_view>

#include <doctest/doctest.h>

#include "../../support/troubleshooting.hpp"

using namespace offshoring;

namespace {

constexpr number_style fr = number_style::french;
constexpr number_style en = number_style::english;

// The parser is usable in constant expressions, so a table of figures can be checked by the compiler.
static_assert(try_parse_published("26,2", fr)->scaled() == 262);
static_assert(try_parse_published("26,2", fr)->decimals() == 1);
static_assert(!try_parse_published("26,,2", fr).has_value());
static_assert(published_number(2620, 2) != published_number(262, 1), "26,20 and 26,2 are two figures");

published_number fr_number(std::string_view text) { return parse_published(text, fr); }

// Every error names the function, quotes the text, and gives the byte where reading stopped.
void check_refused(std::string_view text, number_style style, std::size_t position, const std::string& why) {
    CAPTURE(text);
    CHECK_FALSE(try_parse_published(text, style).has_value());
    try {
        (void)parse_published(text, style);
        FAIL("no exception for a malformed figure");
    } catch (const parse_error& e) {
        CHECK(e.position() == position);
        CHECK(std::string(e.what()) == "offshoring::parse_published: cannot read \"" + std::string(text) +
                                           "\" at position " + std::to_string(position) + ": " + why +
                                           SEE_PARSE_ERRORS);
    }
}

}  // namespace

TEST_CASE("a French figure keeps its decimal comma digits, trailing zeros included") {
    const published_number a = fr_number("26,2");
    CHECK(a.scaled() == 262);
    CHECK(a.decimals() == 1);
    CHECK(a.kind() == number_kind::plain);
    const published_number b = fr_number("26,20");
    CHECK(b.scaled() == 2620);
    CHECK(b.decimals() == 2);
    // Same value, different figure: 26,20 claims a hundredth, 26,2 only a tenth.
    CHECK(a.value() == b.value());
    CHECK(a != b);
}

TEST_CASE("an English figure reads the point as the decimal separator") {
    const published_number x = parse_published("26.22", en);
    CHECK(x.scaled() == 2622);
    CHECK(x.decimals() == 2);
    CHECK(x.value() == 26.22);
}

TEST_CASE("the same text groups thousands in one style and carries decimals in the other") {
    // Article 004 prints 148.500 jobs; read in French it is 148 500, read in English 148,5 to 3 decimals.
    CHECK(parse_published("148.500", fr) == published_number(148500, 0));
    CHECK(parse_published("148.500", en) == published_number(148500, 3));
    CHECK(parse_published("148,500", en) == published_number(148500, 0));
    CHECK(parse_published("148,500", fr) == published_number(148500, 3));
}

TEST_CASE("thousands may be grouped by a space, a no-break space or a narrow no-break space") {
    CHECK(fr_number("148 500") == published_number(148500, 0));
    CHECK(fr_number("148\xC2\xA0"
                    "500") == published_number(148500, 0));
    CHECK(fr_number("148\xE2\x80\xAF"
                    "500") == published_number(148500, 0));
    CHECK(parse_published("148 500", en) == published_number(148500, 0));
    CHECK(fr_number("1 000 000,5") == published_number(10000005, 1));
    CHECK(fr_number("1.000,5") == published_number(10005, 1));
    CHECK(parse_published("1,000.5", en) == published_number(10005, 1));
}

TEST_CASE("a sign and a percent sign are read") {
    const published_number growth = fr_number("+3,5 %");
    CHECK(growth == published_number(35, 1, number_kind::percent));
    CHECK(growth.is_percent());
    CHECK(fr_number("3,5%") == growth);
    CHECK(fr_number("3,5\xE2\x80\xAF%") == growth);
    CHECK(fr_number("-0,2 %") == published_number(-2, 1, number_kind::percent));
    // U+2212, the minus sign of typeset text.
    CHECK(fr_number("\xE2\x88\x92"
                    "0,2 %") == published_number(-2, 1, number_kind::percent));
    CHECK(fr_number("75 %") == published_number(75, 0, number_kind::percent));
}

TEST_CASE("the rounding interval spans half a unit in the last printed place each side") {
    // 26,2: ulp 0.1, [26.2 - 0.05, 26.2 + 0.05]. (2 * 262 -+ 1) / 20 is one division of exact doubles,
    // so the bounds are the doubles nearest 26.15 and 26.25, which the literals also are.
    CHECK(fr_number("26,2").rounding_interval() == interval<double>(26.15, 26.25));
    CHECK(fr_number("26,2").ulp() == 0.1);
    // 26,22: [26.215, 26.225].
    CHECK(fr_number("26,22").rounding_interval() == interval<double>(26.215, 26.225));
    // 148 500: whole number, ulp 1.
    CHECK(fr_number("148 500").rounding_interval() == interval<double>(148499.5, 148500.5));
    // 40,3 % in its printed scale; as a fraction through as_interval: 0.403 -+ 0.0005.
    CHECK(fr_number("40,3 %").rounding_interval() == interval<double>(40.25, 40.35));
    CHECK(as_interval(fr_number("40,3 %")) == interval<double>(0.4025, 0.4035));
    CHECK(as_interval(fr_number("26,2")) == interval<double>(26.15, 26.25));
    // A negative figure: -0,2 % is [-0.25, -0.15] %.
    CHECK(as_interval(fr_number("-0,2 %")) == interval<double>(-0.0025, -0.0015));
}

TEST_CASE("the significant unit ignores the trailing zeros of a whole number, not of decimals") {
    CHECK(fr_number("140.000").significant_unit() == 10000.0);
    CHECK(fr_number("80 %").significant_unit() == 10.0);
    CHECK(fr_number("75 %").significant_unit() == 1.0);
    CHECK(fr_number("2,80").significant_unit() == 0.01);
    CHECK(fr_number("0").significant_unit() == 1.0);
}

TEST_CASE("an approximate claim is read at its last significant digit") {
    // près de 80 %: u = 10 points, [75, 85] %.
    CHECK(approximate_interval(fr_number("80 %"), approximation_kind::about) == interval<double>(0.75, 0.85));
    // près de 75 %: u = 1 point, [74.5, 75.5] %.
    CHECK(approximate_interval(fr_number("75 %"), approximation_kind::about) ==
          interval<double>(0.745, 0.755));
    // plus de 140.000: u = 10 000, [140 000, 150 000].
    CHECK(approximate_interval(fr_number("140.000"), approximation_kind::more_than) ==
          interval<double>(140000.0, 150000.0));
    // moins de 30 %: u = 10 points, [20, 30] %.
    CHECK(approximate_interval(fr_number("30 %"), approximation_kind::less_than) ==
          interval<double>(0.2, 0.3));
}

TEST_CASE("printing keeps every decimal and reads back to the same figure") {
    CHECK(to_string(fr_number("26,20"), fr) == "26,20");
    CHECK(to_string(fr_number("26,20"), en) == "26.20");
    CHECK(to_string(fr_number("+3,5 %"), fr) == "3,5 %");
    CHECK(to_string(fr_number("+3,5 %"), en) == "3.5%");
    CHECK(to_string(fr_number("148.500"), fr) == "148500");
    CHECK(to_string(published_number(-5, 3), en) == "-0.005");
    CHECK(to_string(published_number(0, 2), fr) == "0,00");

    const std::array<published_number, 8> figures{published_number(262, 1),
                                                  published_number(2620, 2),
                                                  published_number(148500, 0),
                                                  published_number(-2, 1, number_kind::percent),
                                                  published_number(5, 9),
                                                  published_number(published_number::max_scaled, 0),
                                                  published_number(-published_number::max_scaled, 9),
                                                  published_number(0, 0)};
    for (const published_number& x : figures) {
        for (number_style style : {fr, en}) {
            CAPTURE(to_string(x, style));
            CHECK(parse_published(to_string(x, style), style) == x);
        }
    }
}

TEST_CASE("malformed figures are refused with the position where reading stopped") {
    check_refused("", fr, 0, "the text is empty");
    check_refused("26,,2", fr, 3, "expected a digit after the decimal separator");
    check_refused("26,", fr, 3, "expected a digit after the decimal separator");
    check_refused(",5", fr, 0, "expected a digit");
    check_refused("+", fr, 1, "expected a digit");
    check_refused("\xE2\x88\x92", fr, 3, "expected a digit");
    check_refused("nan", en, 0, "expected a digit");
    check_refused(" 26", fr, 0, "expected a digit");
    check_refused("26 ", fr, 2, "unexpected character");
    check_refused("1e5", en, 1, "exponent notation is not a published figure");
    check_refused("26,2 %%", fr, 6, "unexpected character");
    check_refused("26,2  %", fr, 4, "unexpected character");
    check_refused("26.", fr, 2, "misplaced separator");
    check_refused("1234567890123456", en, 15, "more than 15 digits");
    check_refused("0,1234567891", fr, 11, "more than 9 decimals");
    check_refused("1 000.000", fr, 5, "two different separators group the thousands");
}

TEST_CASE("a group of thousands must have exactly three digits, and the message names the style") {
    const std::string french_hint =
        "a group of thousands must have exactly three digits (in French style the decimal separator is ',' "
        "and '.' groups thousands)";
    const std::string english_hint =
        "a group of thousands must have exactly three digits (in English style the decimal separator is '.' "
        "and ',' groups thousands)";
    // 26.22 in a French text: the point groups thousands, and "22" is not a group.
    check_refused("26.22", fr, 2, french_hint);
    // 26,2 in an English text: the comma groups thousands.
    check_refused("26,2", en, 2, english_hint);
    check_refused("1 00", fr, 1, french_hint);
    check_refused("1000 000", fr, 4, french_hint);
    check_refused("1 0000", fr, 1, french_hint);
}

TEST_CASE("a figure built from its parts refuses decimals and sizes it cannot keep exactly") {
    CHECK_THROWS_WITH_AS(
        published_number(1, 10),
        "offshoring::published_number: decimals must lie in [0, 9], got 10" SEE_DOMAIN_ERRORS,
        offshoring::domain_error);
    CHECK_THROWS_WITH_AS(
        published_number(1, -1),
        "offshoring::published_number: decimals must lie in [0, 9], got -1" SEE_DOMAIN_ERRORS,
        offshoring::domain_error);
    CHECK_THROWS_WITH_AS(published_number(1'000'000'000'000'000, 0),
                         "offshoring::published_number: the value must have at most 15 digits, got "
                         "1000000000000000" SEE_DOMAIN_ERRORS,
                         offshoring::domain_error);
    CHECK_THROWS_WITH_AS(published_number(1, 0, static_cast<number_kind>(7)),
                         "offshoring::published_number: not a number kind, got 7" SEE_DOMAIN_ERRORS,
                         offshoring::domain_error);
}

TEST_CASE("a number grouped by thousands cannot begin with 0, as 0.005 could be 5 or five thousandths") {
    const std::string why = "a number grouped by thousands cannot begin with 0";
    // Each of these read as 5, 1, 50 % and 5: a misreading of what was almost surely a decimal.
    check_refused("0.005", fr, 1, why);
    check_refused("000.001", fr, 3, why);
    check_refused("0.050 %", fr, 1, why);
    check_refused("0 005", fr, 1, why);
    check_refused("0 005", en, 1, why);
    check_refused("0,005", en, 1, why);
    check_refused("0,050 %", en, 1, why);
    check_refused(
        "-0\xC2\xA0"
        "005",
        fr, 2, why);
    check_refused("05 000", fr, 2, why);
    // The same digits are decimals in the other style, and a zero alone is a number.
    CHECK(fr_number("0,005") == published_number(5, 3));
    CHECK(parse_published("0.005", en) == published_number(5, 3));
    CHECK(fr_number("0,050 %") == published_number(50, 3, number_kind::percent));
    CHECK(fr_number("0") == published_number(0, 0));
    CHECK(fr_number("0 %") == published_number(0, 0, number_kind::percent));
}

TEST_CASE("leading zeros count toward the 15 digits") {
    // Fifteen digits are read, the sixteenth is refused, whatever they are.
    CHECK(parse_published("000000000000001", en) == published_number(1, 0));
    check_refused("0000000000000000000001", en, 15, "more than 15 digits");
    check_refused("0000000000,000001", fr, 16, "more than 15 digits");
    CHECK(fr_number("000000,000000001") == published_number(1, 9));
    // Grouped, the first group of zeros is refused before the digits are counted.
    check_refused("0.000.000.000.000.000.001", fr, 1, "a number grouped by thousands cannot begin with 0");
}
