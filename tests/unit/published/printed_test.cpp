// Tests of the press's own words (published/printed.hpp) and of the readings of published/reading.hpp:
// unit words, qualifiers, fraction words, "déjà", rounding conventions and one-sided readings.
// SPDX-License-Identifier: MIT
#include <doctest/doctest.h>

#include "../../support/troubleshooting.hpp"

#include <offshoring/published/printed.hpp>
#include <offshoring/published/reading.hpp>
#include <offshoring/quantity/units.hpp>
#include <offshoring/text.hpp>

#include <random>
#include <string>

namespace {

using namespace offshoring;
constexpr number_style fr = number_style::french;
constexpr number_style en = number_style::english;

printed_unit dirhams_at(int power) { return {printed_dimension::dirhams, power}; }
printed_unit dollars_at(int power) { return {printed_dimension::us_dollars, power}; }

}  // namespace

TEST_CASE("the unit words of the Moroccan and French press are read with their scale") {
    struct example {
        const char* text;
        printed_unit unit;
    };
    // The unit words of docs/data.md, each read by hand: milliards are 10^9, millions 10^6.
    for (const example e :
         {example{"26,2 milliards de dirhams", dirhams_at(9)}, example{"26,2 milliards de DH", dirhams_at(9)},
          example{"26,2 Mds DH", dirhams_at(9)}, example{"1,5 Md DH", dirhams_at(9)},
          example{"26,2 MMDH", dirhams_at(9)}, example{"48 millions de dirhams", dirhams_at(6)},
          example{"48 MDH", dirhams_at(6)}, example{"48 M DH", dirhams_at(6)},
          example{"2,8 milliards de dollars", dollars_at(9)}, example{"2,8 Mds USD", dollars_at(9)},
          example{"2,5 milliards", dirhams_at(9)}}) {
        CAPTURE(e.text);
        const printed_figure f = parse_printed(e.text, fr);
        CHECK(f.unit == e.unit);
        CHECK(f.approx == approximation::exact);
    }
    CHECK(parse_printed("26,22 Mds DH", fr).number == published_number(2622, 2));
}

TEST_CASE("English abbreviations put the currency first") {
    CHECK(parse_printed("MAD 26.2 bn", en).unit == dirhams_at(9));
    CHECK(parse_printed("MAD 26.2 bn", en).number == published_number(262, 1));
    CHECK(parse_printed("USD 2.8 bn", en).unit == dollars_at(9));
    CHECK(parse_printed("about USD 2.8 bn", en).approx == approximation::about);
    CHECK(parse_printed("MAD 48 mn", en).unit == dirhams_at(6));
    CHECK(parse_printed("26.2 billion dirhams", en).unit == dirhams_at(9));
    CHECK_THROWS_AS(parse_printed("MAD 26.2 dollars", en), parse_error);
}

TEST_CASE("rates in dirhams per job and per US dollar are read") {
    const printed_unit per_job{printed_dimension::dirhams_per_job, 0};
    CHECK(parse_printed("176 566 DH par emploi", fr).unit == per_job);
    CHECK(parse_printed("176 566 dirhams par emploi", fr).number == published_number(176566, 0));
    CHECK(parse_printed("MAD 176,566 per job", en).unit == per_job);
    CHECK(parse_printed("9,36 DH par USD", fr).unit ==
          printed_unit{printed_dimension::dirhams_per_us_dollar, 0});
    // "per job" alone names no currency; "USD ... per job" is not a rate the library has.
    CHECK_FALSE(try_parse_printed("176,566 per job", en).has_value());
    CHECK_FALSE(try_parse_printed("USD 176,566 per job", en).has_value());
}

TEST_CASE("a bare number takes the caller's unit, and a percentage has none") {
    CHECK(parse_printed("148.500", fr, {printed_dimension::jobs, 0}).unit ==
          printed_unit{printed_dimension::jobs, 0});
    CHECK(parse_printed("148.500", fr).unit == printed_unit{});
    CHECK(parse_printed("40,3 %", fr).number.is_percent());
    CHECK_THROWS_AS(parse_printed("40,3 % Mds DH", fr), parse_error);
}

TEST_CASE("qualifiers are the one vocabulary of approximations") {
    CHECK(parse_printed("près de 2,8 milliards de dollars", fr).approx == approximation::about);
    CHECK(parse_printed("environ 26 Mds DH", fr).approx == approximation::about);
    CHECK(parse_printed("quelque 26 Mds DH", fr).approx == approximation::about);
    CHECK(parse_printed("l’équivalent de 2,8 milliards de dollars", fr).approx == approximation::about);
    CHECK(parse_printed("plus de 140.000", fr).approx == approximation::more_than);
    CHECK(parse_printed("au moins 26 Mds DH", fr).approx == approximation::more_than);
    CHECK(parse_printed("dépasse 26 Mds DH", fr).approx == approximation::more_than);
    CHECK(parse_printed("moins de 30 %", fr).approx == approximation::less_than);
    CHECK(parse_printed("jusqu'à 30 %", fr).approx == approximation::less_than);
}

TEST_CASE("fraction words are numbers, with their own qualifier") {
    const printed_figure f = parse_printed("plus des trois quarts", fr);
    REQUIRE(f.fraction.has_value());
    CHECK(f.fraction->numerator == 3);
    CHECK(f.fraction->denominator == 4);
    CHECK(f.approx == approximation::more_than);
    // More than 75 %: [0.75, +inf), the lower bound rounded outward by one ulp at most.
    const claim_range<double> r = claimed_range(f);
    REQUIRE(r.lower().has_value());
    CHECK_FALSE(r.upper().has_value());
    CHECK(*r.lower() <= 0.75);
    CHECK(*r.lower() == doctest::Approx(0.75));
    // Within a frame of shares it is [0.75, 1].
    CHECK(r.within(interval<double>(0.0, 1.0))->hi() == 1.0);
    CHECK(parse_printed("la moitié", fr).fraction->denominator == 2);
    CHECK(parse_printed("près d'un tiers", fr).approx == approximation::about);
    // Un tiers to nearest: [(1 - 1/2) / 3, (1 + 1/2) / 3] = [1/6, 1/2], holding 1/3 strictly inside.
    const interval<double> third = claimed_range(parse_printed("un tiers", fr)).bounded();
    CHECK(third.lo() <= 1.0 / 6.0);
    CHECK(third.hi() >= 0.5);
    CHECK(third.contains(1.0 / 3.0));
}

TEST_CASE("déjà reads as the figure itself, at least as the named alternative") {
    const printed_figure f = parse_printed("déjà 2,5 milliards", fr);
    CHECK(f.already);
    CHECK(f.approx == approximation::exact);
    // The figure itself: [2.45, 2.55] bn.
    CHECK(claimed_range(f).bounded() == interval<double>(2.45e9, 2.55e9));
    const claim_range<double> at_least =
        claimed_range(f, {rounding::nearest, bound_reading::open, already_reading::at_least});
    CHECK(*at_least.lower() == 2.5e9);
    CHECK_FALSE(at_least.upper().has_value());
    const claim_range<double> tight =
        claimed_range(f, {rounding::nearest, bound_reading::within_one_unit, already_reading::at_least});
    CHECK(tight.bounded() == interval<double>(2.5e9, 2.6e9));
}

TEST_CASE("each rounding convention gives its own interval: to nearest, truncated, rounded up") {
    const published_number x(262, 1);  // 26,2
    CHECK(rounding_interval(x, rounding::nearest) == interval<double>(26.15, 26.25));
    CHECK(rounding_interval(x, rounding::truncation) == interval<double>(26.2, 26.3));
    CHECK(rounding_interval(x, rounding::up) == interval<double>(26.1, 26.2));
    // Negative values mirror: -0,2 truncated toward zero came from [-0.3, -0.2].
    CHECK(rounding_interval(published_number(-2, 1), rounding::truncation) == interval<double>(-0.3, -0.2));
    CHECK(rounding_interval(published_number(-2, 1), rounding::up) == interval<double>(-0.2, -0.1));
    // 40,3 % truncated: [40.3, 40.4] %.
    CHECK(rounding_interval(published_number(403, 1, number_kind::percent), rounding::truncation) ==
          interval<double>(0.403, 0.404));
    const printed_figure amount = parse_printed("26,2 Mds DH", fr);
    CHECK(claimed_range(amount, {rounding::up, {}, {}}).bounded() == interval<double>(2.61e10, 2.62e10));
}

TEST_CASE("the convention words of the command line and of JSON are read, and others refused") {
    CHECK(parse_rounding("nearest") == rounding::nearest);
    CHECK(parse_rounding("truncation") == rounding::truncation);
    CHECK(parse_rounding("up") == rounding::up);
    CHECK_FALSE(try_parse_rounding("down").has_value());
    CHECK_THROWS_WITH_AS(parse_rounding("down"),
                         "offshoring::parse_rounding: cannot read \"down\" at position 0: expected nearest, "
                         "truncation or up" SEE_PARSE_ERRORS,
                         parse_error);
}

TEST_CASE("plus de X is open above by default, within one unit as the alternative") {
    const published_number x(140000, 0);
    const claim_range<double> open = claimed_range(x, approximation::more_than);
    CHECK(*open.lower() == 140000.0);
    CHECK_FALSE(open.upper().has_value());
    CHECK_THROWS_AS((void)open.bounded(), domain_error);
    CHECK(open.contains(1e9));
    CHECK(claimed_range(x, approximation::more_than, {{}, bound_reading::within_one_unit, {}}).bounded() ==
          interval<double>(140000.0, 150000.0));
    const claim_range<double> below =
        claimed_range(published_number(30, 0, number_kind::percent), approximation::less_than);
    CHECK_FALSE(below.lower().has_value());
    CHECK(*below.upper() == 0.3);
    CHECK(open.text() == "[140000, +inf)");
}

TEST_CASE("bad text is refused with its position") {
    CHECK_FALSE(try_parse_printed("", fr).has_value());
    CHECK_FALSE(try_parse_printed("près de", fr).has_value());
    CHECK_FALSE(try_parse_printed("26,2 Mds", en).has_value());  // English reads 26,2 as a bad group
    try {
        (void)parse_printed("près de 2,8x milliards", fr);
        FAIL("no exception");
    } catch (const parse_error& e) {
        // A byte position: "près de " is 9 bytes (è takes two), and x is the fourth byte of "2,8x".
        CHECK(e.position() == 12);
    }
}

TEST_CASE(
    "everything format_amount, format_jobs, format_percent and the rates write reads back to the same "
    "number") {
    std::mt19937_64 random(20240101);
    std::uniform_int_distribution<long long> scaled(0, 99'999'999);
    std::uniform_int_distribution<int> decimals(0, 3);
    int checked = 0;
    for (int i = 0; i < 2000; ++i) {
        const int d = decimals(random);
        const published_number n(scaled(random), d);
        const double v = n.value();
        for (const language lang : {language::fr, language::en}) {
            const number_style style = lang == language::fr ? fr : en;
            for (const form f : {form::full, form::abbreviated}) {
                const std::string billions =
                    format_amount(make_mad(v, units::billion_dirhams), units::billion_dirhams, d, lang, f);
                const std::string millions =
                    format_amount(make_mad(v, units::million_dirhams), units::million_dirhams, d, lang, f);
                const std::string dollars = format_amount(make_usd(v, units::billion_us_dollars),
                                                          units::billion_us_dollars, d, lang, f);
                CAPTURE(billions);
                CAPTURE(millions);
                CAPTURE(dollars);
                const printed_figure b = parse_printed(billions, style);
                const printed_figure m = parse_printed(millions, style);
                const printed_figure u = parse_printed(dollars, style);
                CHECK(b.number == n);
                CHECK(b.unit == dirhams_at(9));
                CHECK(m.number == n);
                CHECK(m.unit == dirhams_at(6));
                CHECK(u.number == n);
                CHECK(u.unit == dollars_at(9));
                checked += 3;
            }
            const std::string per_job = format_mad_per_job(mad_per_job<>::from_value(v), d, lang, form::full);
            const std::string per_job_short =
                format_mad_per_job(mad_per_job<>::from_value(v), d, lang, form::abbreviated);
            const std::string rate = format_mad_per_usd(mad_per_usd<>::from_value(v), d, lang, form::full);
            const std::string rate_short =
                format_mad_per_usd(mad_per_usd<>::from_value(v), d, lang, form::abbreviated);
            CAPTURE(per_job);
            CAPTURE(rate_short);
            for (const std::string& t : {per_job, per_job_short}) {
                CHECK(parse_printed(t, style).number == n);
                CHECK(parse_printed(t, style).unit == printed_unit{printed_dimension::dirhams_per_job, 0});
            }
            for (const std::string& t : {rate, rate_short}) {
                CHECK(parse_printed(t, style).number == n);
                CHECK(parse_printed(t, style).unit ==
                      printed_unit{printed_dimension::dirhams_per_us_dollar, 0});
            }
            checked += 4;
            // The typographic grouping, narrow no-break spaces, reads the same.
            const std::string narrow =
                format_amount(make_mad(v, units::billion_dirhams), units::billion_dirhams, d, lang,
                              form::abbreviated, grouping::typographic);
            CAPTURE(narrow);
            CHECK(parse_printed(narrow, style).number == n);
            ++checked;
            const std::string count = format_jobs(make_jobs(static_cast<double>(n.scaled())), lang);
            CAPTURE(count);
            CHECK(parse_printed(count, style).number == published_number(n.scaled(), 0));
            CHECK(parse_printed(count, style).unit == printed_unit{printed_dimension::jobs, 0});
            const std::string percent = format_percent(v / 100.0, d, lang);
            CAPTURE(percent);
            CHECK(parse_printed(percent, style).number ==
                  published_number(n.scaled(), d, number_kind::percent));
            checked += 2;
        }
    }
    CHECK(checked == 2000 * 2 * 13);
}
