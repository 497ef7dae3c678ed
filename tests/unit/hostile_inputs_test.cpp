// Hostile inputs, one test case per kind: empty and huge texts, NaN, infinities, negatives, zeros,
// denormals, years outside the calendar, malformed bytes and periods of different lengths. Each one gets
// an exception naming the function and the value, or a finite result; never a NaN, an infinity or a crash.
// SPDX-License-Identifier: MIT
#include <offshoring/calendar/period.hpp>
#include <offshoring/calendar/period_text.hpp>
#include <offshoring/detail/error.hpp>
#include <offshoring/metrics.hpp>
#include <offshoring/metrics/periods.hpp>
#include <offshoring/published.hpp>
#include <offshoring/quantity/exchange_rate.hpp>
#include <offshoring/quantity/units.hpp>
#include <offshoring/segment.hpp>
#include <offshoring/segment/segment_text.hpp>
#include <offshoring/targets/projection.hpp>
#include <offshoring/text.hpp>

#include <climits>
#include <cmath>
#include <cstddef>
#include <functional>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

#include <doctest/doctest.h>

#include "../support/troubleshooting.hpp"
#include "../support/values.hpp"

using namespace offshoring;
using namespace offshoring::testing;
using namespace offshoring::literals;

namespace {

constexpr double denormal = std::numeric_limits<double>::denorm_min();
constexpr number_style fr = number_style::french;
constexpr number_style en = number_style::english;

const std::string period_expected = "expected a period such as 2024, 2025-H1, 2025-Q3 or 2025-03";
const std::string not_a_segment_name =
    "not a segment: expected ITO, CRM, ESO, BPO, KPO or an English or French segment name";

// The message every parser builds: the function, the text in quotes (cut after 64 bytes), the byte
// where reading stopped, the reason. Written out here rather than taken from the library, so that a
// change of format shows up as a failure.
std::string parse_message(std::string_view function, std::string_view shown, std::size_t position,
                          std::string_view why) {
    return std::string(function) + ": cannot read \"" + std::string(shown) + "\" at position " +
           std::to_string(position) + ": " + std::string(why) + SEE_PARSE_ERRORS;
}

template <class Call>
void check_parse_error(Call call, std::size_t position, const std::string& message) {
    try {
        call();
        FAIL("no exception");
    } catch (const parse_error& e) {
        CHECK(e.position() == position);
        CHECK(std::string(e.what()) == message);
    }
}

// A result of a metric given hostile values: a domain_error, or a finite number.
void check_finite_or_refused(const std::string& what, const std::function<double()>& call) {
    CAPTURE(what);
    try {
        const double result = call();
        CAPTURE(result);
        CHECK(std::isfinite(result));
    } catch (const domain_error& e) {
        // The refusal must say who refused.
        CHECK(std::string(e.what()).rfind("offshoring::", 0) == 0);
    }
}

}  // namespace

TEST_CASE("an empty text is refused by every reader at position 0") {
    check_parse_error([] { (void)parse_period(""); }, 0,
                      parse_message("offshoring::parse_period", "", 0, period_expected));
    check_parse_error([] { (void)parse_segment(""); }, 0,
                      parse_message("offshoring::parse_segment", "", 0, "expected a segment name"));
    check_parse_error([] { (void)parse_published("", fr); }, 0,
                      parse_message("offshoring::parse_published", "", 0, "the text is empty"));
    check_parse_error([] { (void)parse_published("", en, units::billion_dirhams); }, 0,
                      parse_message("offshoring::parse_published", "", 0, "the text is empty"));
    CHECK_FALSE(try_parse_period("").has_value());
    CHECK_FALSE(try_parse_segment("").has_value());
    CHECK_FALSE(try_parse_published("", en).has_value());
    CHECK_FALSE(try_parse_published("", fr, units::job).has_value());
}

TEST_CASE("a text of one megabyte is refused with a message cut after 64 bytes") {
    const std::size_t megabyte = std::size_t{1} << 20;
    SUBCASE("digits stop the period reader at the fifth") {
        const std::string text(megabyte, '2');
        check_parse_error([&] { (void)parse_period(text); }, 4,
                          parse_message("offshoring::parse_period", std::string(64, '2') + "...", 4,
                                        "a year has four digits"));
    }
    SUBCASE("blanks only leave the period reader at the end, with nothing read") {
        const std::string text(megabyte, ' ');
        check_parse_error([&] { (void)parse_period(text); }, megabyte,
                          parse_message("offshoring::parse_period", std::string(64, ' ') + "...", megabyte,
                                        period_expected));
    }
    SUBCASE("letters are no segment name") {
        const std::string text(megabyte, 'a');
        check_parse_error(
            [&] { (void)parse_segment(text); }, 0,
            parse_message("offshoring::parse_segment", std::string(64, 'a') + "...", 0, not_a_segment_name));
    }
    SUBCASE("blanks only are no segment name either, and the position is past them") {
        const std::string text(megabyte, '\t');
        // A tab is shown as \t, and counts as the one byte it stands for.
        std::string tabs;
        for (int i = 0; i < 64; ++i)
            tabs += "\\t";
        check_parse_error(
            [&] { (void)parse_segment(text); }, megabyte,
            parse_message("offshoring::parse_segment", tabs + "...", megabyte, "expected a segment name"));
    }
    SUBCASE("a figure stops at its sixteenth digit") {
        const std::string text(megabyte, '9');
        check_parse_error([&] { (void)parse_published(text, fr); }, 15,
                          parse_message("offshoring::parse_published", std::string(64, '9') + "...", 15,
                                        "more than 15 digits"));
        check_parse_error([&] { (void)parse_published(text, en, units::million_dirhams); }, 15,
                          parse_message("offshoring::parse_published", std::string(64, '9') + "...", 15,
                                        "more than 15 digits"));
    }
}

TEST_CASE("NaN and infinities are refused with the function and the value named") {
    SUBCASE("as the base of a growth, and as its final value") {
        CHECK_THROWS_WITH_AS(
            growth(raw_mad(not_a_number), 1.0_bn_mad),
            "offshoring::growth: base must be positive and finite, got nan" SEE_DOMAIN_ERRORS, domain_error);
        CHECK_THROWS_WITH_AS(
            growth(raw_mad(infinity), 1.0_bn_mad),
            "offshoring::growth: base must be positive and finite, got inf" SEE_DOMAIN_ERRORS, domain_error);
        CHECK_THROWS_WITH_AS(growth(1.0_bn_mad, raw_mad(-infinity)),
                             "offshoring::growth: final value must be finite, got -inf" SEE_DOMAIN_ERRORS,
                             domain_error);
    }
    SUBCASE("as a part and as a whole") {
        CHECK_THROWS_WITH_AS(
            share(raw_mad(not_a_number), 1.0_bn_mad),
            "offshoring::share: part must be non-negative and finite, got nan" SEE_DOMAIN_ERRORS,
            domain_error);
        CHECK_THROWS_WITH_AS(
            share(1.0_bn_mad, raw_mad(infinity)),
            "offshoring::share: whole must be positive and finite, got inf" SEE_DOMAIN_ERRORS, domain_error);
    }
    SUBCASE("as a rate of growth towards a target") {
        CHECK_THROWS_WITH_AS(
            first_year_met(26.22_bn_mad, 2024, 40.0_bn_mad, not_a_number),
            "offshoring::first_year_met: rate must be at least -1 (a fall of 100 %) and finite, "
            "got nan" SEE_DOMAIN_ERRORS,
            domain_error);
        CHECK_THROWS_WITH_AS(projected_value(26.22_bn_mad, 2024, infinity, 2030),
                             "offshoring::projected_value: rate must be at least -1 (a fall of 100 %) and "
                             "finite, got inf" SEE_DOMAIN_ERRORS,
                             domain_error);
        CHECK_THROWS_WITH_AS(
            required_rate(26.22_bn_mad, 2024, raw_mad(-infinity), 2030),
            "offshoring::required_rate: target must be positive and finite, got -inf" SEE_DOMAIN_ERRORS,
            domain_error);
    }
    SUBCASE("as a number of years, a change or a count of jobs") {
        CHECK_THROWS_WITH_AS(cagr(1.0_bn_mad, 2.0_bn_mad, not_a_number),
                             "offshoring::cagr: years must be positive and finite, got nan" SEE_DOMAIN_ERRORS,
                             domain_error);
        CHECK_THROWS_WITH_AS(annualised_rate(-infinity, 6, annualisation::compound),
                             "offshoring::annualised_rate: change must be at least -1 (a fall of 100 %) and "
                             "finite, got -inf" SEE_DOMAIN_ERRORS,
                             domain_error);
        CHECK_THROWS_WITH_AS(revenue_per_job(26.22_bn_mad, jobs<>::from_value(not_a_number)),
                             "offshoring::revenue_per_job: number of jobs must be positive and finite, got "
                             "nan" SEE_DOMAIN_ERRORS,
                             domain_error);
    }
    SUBCASE("when making a quantity, an exchange rate or a text") {
        CHECK_THROWS_WITH_AS(make_mad(infinity, units::billion_dirhams),
                             "offshoring::make_mad: value must be finite, got inf" SEE_DOMAIN_ERRORS,
                             domain_error);
        CHECK_THROWS_WITH_AS(
            exchange_rate<>(period::whole_year(2024), mad_per_usd<>::from_value(not_a_number)),
            "offshoring::exchange_rate: rate must be positive and finite, got nan MAD per "
            "USD" SEE_DOMAIN_ERRORS,
            domain_error);
        CHECK_THROWS_WITH_AS(format_number(-infinity, 1, language::fr),
                             "offshoring::format_number: value must be finite, got -inf" SEE_DOMAIN_ERRORS,
                             domain_error);
    }
}

TEST_CASE("negative amounts are refused where an amount cannot be negative") {
    CHECK_THROWS_WITH_AS(growth(raw_mad(-1.0), 1.0_bn_mad),
                         "offshoring::growth: base must be positive and finite, got -1" SEE_DOMAIN_ERRORS,
                         domain_error);
    CHECK_THROWS_WITH_AS(
        share(raw_mad(-2.5), 1.0_bn_mad),
        "offshoring::share: part must be non-negative and finite, got -2.5" SEE_DOMAIN_ERRORS, domain_error);
    CHECK_THROWS_WITH_AS(
        cagr(1.0_bn_mad, raw_mad(-1.0), 3.0),
        "offshoring::cagr: final value must be non-negative and finite, got -1" SEE_DOMAIN_ERRORS,
        domain_error);
    CHECK_THROWS_WITH_AS(annualised_level(by_months, raw_mad(-13.4e9), 6),
                         "offshoring::annualised_level(by_months): partial amount must be non-negative and "
                         "finite, got -1.34e+10" SEE_DOMAIN_ERRORS,
                         domain_error);
    CHECK_THROWS_WITH_AS(
        projected_value(26.22_bn_mad, 2024, -1.5, 2030),
        "offshoring::projected_value: rate must be at least -1 (a fall of 100 %) and finite, got "
        "-1.5" SEE_DOMAIN_ERRORS,
        domain_error);
    // A fall of 100 % is the lowest change there is, and is allowed.
    CHECK(projected_value(26.22_bn_mad, 2024, -1.0, 2025).value() == 0.0);
}

TEST_CASE("zero is refused as a base, a whole or a count, and accepted as a part or a final value") {
    CHECK_THROWS_WITH_AS(growth(raw_mad(0.0), 1.0_bn_mad),
                         "offshoring::growth: base must be positive and finite, got 0" SEE_DOMAIN_ERRORS,
                         domain_error);
    CHECK_THROWS_WITH_AS(share(1.0_bn_mad, raw_mad(0.0)),
                         "offshoring::share: whole must be positive and finite, got 0" SEE_DOMAIN_ERRORS,
                         domain_error);
    CHECK_THROWS_WITH_AS(
        revenue_per_job(26.22_bn_mad, jobs<>::from_value(0.0)),
        "offshoring::revenue_per_job: number of jobs must be positive and finite, got 0" SEE_DOMAIN_ERRORS,
        domain_error);
    CHECK_THROWS_WITH_AS(cagr(1.0_bn_mad, 2.0_bn_mad, 0.0),
                         "offshoring::cagr: years must be positive and finite, got 0" SEE_DOMAIN_ERRORS,
                         domain_error);
    CHECK_THROWS_WITH_AS(
        exchange_rate<>(period::whole_year(2024), mad_per_usd<>::from_value(0.0)),
        "offshoring::exchange_rate: rate must be positive and finite, got 0 MAD per USD" SEE_DOMAIN_ERRORS,
        domain_error);
    CHECK(share(raw_mad(0.0), 1.0_bn_mad) == 0.0);
    CHECK(growth(1.0_bn_mad, raw_mad(0.0)) == -1.0);
    CHECK(cagr(1.0_bn_mad, raw_mad(0.0), 2.0) == -1.0);
}

TEST_CASE("the smallest denormal gives a finite result or a refusal, never an infinity") {
    const mad<> tiny = raw_mad(denormal);
    SUBCASE("as a base, dividing by it overflows and is refused") {
        CHECK_THROWS_WITH_AS(growth(tiny, raw_mad(1.0)),
                             "offshoring::growth: result is not finite (inf) for base 5e-324 and final value "
                             "1" SEE_DOMAIN_ERRORS,
                             domain_error);
        CHECK_THROWS_WITH_AS(contribution_to_growth(tiny, raw_mad(1.0), tiny),
                             "offshoring::contribution_to_growth: result is not finite (inf) for part base "
                             "5e-324, part final value 1 and total base 5e-324" SEE_DOMAIN_ERRORS,
                             domain_error);
        CHECK_THROWS_WITH_AS(
            revenue_per_job(raw_mad(1.0), jobs<>::from_value(denormal)),
            "offshoring::revenue_per_job: result is not finite (inf) for revenue 1 and number of "
            "jobs 5e-324" SEE_DOMAIN_ERRORS,
            domain_error);
    }
    SUBCASE("as a whole, anything larger is not a part of it") {
        CHECK_THROWS_WITH_AS(
            share(raw_mad(1.0), tiny),
            "offshoring::share: part must not exceed the whole, got 1 and 5e-324" SEE_DOMAIN_ERRORS,
            domain_error);
        CHECK(share(tiny, tiny) == 1.0);
    }
    SUBCASE("as a part or a final value, the results are exact") {
        CHECK(share(tiny, raw_mad(1.0)) == denormal);
        // 5e-324 / 1 - 1 rounds to -1: the fall is complete to within the precision of a double.
        CHECK(growth(raw_mad(1.0), tiny) == -1.0);
        CHECK(annualised_level(by_months, tiny, 6).value() == 2 * denormal);
        CHECK(projected_value(tiny, 2024, 0.0, 2030).value() == denormal);
    }
    SUBCASE("as a base, a rate is still right though the ratio overflows") {
        // 1 / 5e-324 = 2^1074, whose sixth root is 2^179: the rate over 6 years is 2^179 - 1.
        CHECK(cagr(tiny, raw_mad(1.0), 6.0) == doctest::Approx(std::ldexp(1.0, 179)).epsilon(1e-13));
        CHECK(required_rate(tiny, 2024, raw_mad(1.0), 2030) ==
              doctest::Approx(std::ldexp(1.0, 179)).epsilon(1e-13));
    }
    SUBCASE("as a base far below its target, the year the target is met is still right") {
        // ln(1 / 5e-324) / ln(1.05) = 1074 ln 2 / ln 1.05 = 15257.99..., so 15258 years after 2024.
        CHECK(first_year_met(tiny, 2024, raw_mad(1.0), 0.05) ==
              target_outcome{target_outcome_kind::met_in_year, 2024 + 15258});
        // ln(1e600) / ln(1.05) = 28316.18..., so 28317 years: pow(1.05, 28317) alone overflows a double.
        CHECK(first_year_met(raw_mad(1e-300), 2024, raw_mad(1e300), 0.05) ==
              target_outcome{target_outcome_kind::met_in_year, 2024 + 28317});
    }
    SUBCASE("as a previous partial amount, the seasonal ratio overflows and is refused") {
        CHECK_THROWS_WITH_AS(annualised_level(by_seasonal_ratio, raw_mad(1.0), period::half(2025, 1), tiny,
                                              period::half(2024, 1), raw_mad(1.0)),
                             "offshoring::annualised_level(by_seasonal_ratio): result is not finite (inf) "
                             "for partial amount 1, "
                             "previous partial amount 5e-324 and previous year 1" SEE_DOMAIN_ERRORS,
                             domain_error);
    }
    SUBCASE("a path that underflows to zero is refused as a reference for a gap") {
        CHECK_THROWS_WITH_AS(
            gap_to_trajectory(raw_mad(0.0), 2028, raw_mad(1e-300), 2024, tiny, 2026),
            "offshoring::gap_to_trajectory: result is not finite (nan) for value 0 against a path "
            "at 0" SEE_DOMAIN_ERRORS,
            domain_error);
    }
    SUBCASE("in every place of every metric") {
        const mad<> one = raw_mad(1.0);
        const mad<> big = raw_mad(1e300);
        check_finite_or_refused("growth base", [&] { return growth(tiny, big); });
        check_finite_or_refused("growth final", [&] { return growth(big, tiny); });
        check_finite_or_refused("cagr years", [&] { return cagr(one, raw_mad(2.0), denormal); });
        check_finite_or_refused("cagr years, a fall", [&] { return cagr(one, raw_mad(0.5), denormal); });
        check_finite_or_refused("required_rate target", [&] { return required_rate(big, 2024, tiny, 2030); });
        check_finite_or_refused("projected_value rate",
                                [&] { return projected_value(big, 2024, denormal, 2030).value(); });
        check_finite_or_refused("trajectory_value base",
                                [&] { return trajectory_value(tiny, 2024, big, 2030, 2027).value(); });
        check_finite_or_refused("trajectory_value target",
                                [&] { return trajectory_value(big, 2024, tiny, 2030, 2040).value(); });
        check_finite_or_refused("gap_to_trajectory value",
                                [&] { return gap_to_trajectory(tiny, 2027, one, 2024, big, 2030).relative; });
        check_finite_or_refused("annualised_rate change",
                                [&] { return annualised_rate(denormal, 1, annualisation::compound); });
        check_finite_or_refused("annualised_level by_days", [&] {
            return annualised_level(by_days, tiny, period::month(2024, 2)).value();
        });
        check_finite_or_refused("year-on-year previous partial", [&] {
            return annualised_level(by_year_on_year_growth, big, period::quarter(2025, 1), tiny,
                                    period::quarter(2024, 1), big)
                .value();
        });
        check_finite_or_refused("percentage_point_change",
                                [&] { return percentage_point_change(denormal, 1.0); });
        check_finite_or_refused("to_usd at a denormal rate", [&] {
            return to_usd(one, exchange_rate<>(period::whole_year(2024), mad_per_usd<>::from_value(denormal)))
                .value();
        });
        check_finite_or_refused("implied rate", [&] {
            return exchange_rate<>::implied_by(period::whole_year(2024), tiny, usd<>::from_value(1e300))
                .rate()
                .value();
        });
    }
}

TEST_CASE("years outside the calendar are refused") {
    SUBCASE("by the period factories") {
        CHECK_THROWS_WITH_AS(
            period::whole_year(0),
            "offshoring::period::whole_year: year must be in 1..9999, got 0" SEE_DOMAIN_ERRORS, domain_error);
        CHECK_THROWS_WITH_AS(
            period::month(10000, 1),
            "offshoring::period::month: year must be in 1..9999, got 10000" SEE_DOMAIN_ERRORS, domain_error);
        CHECK_THROWS_WITH_AS(period::quarter(-5, 1),
                             "offshoring::period::quarter: year must be in 1..9999, got -5" SEE_DOMAIN_ERRORS,
                             domain_error);
        CHECK_THROWS_WITH_AS(
            period::half(INT_MAX, 1),
            "offshoring::period::half: year must be in 1..9999, got 2147483647" SEE_DOMAIN_ERRORS,
            domain_error);
        CHECK_THROWS_WITH_AS(
            period::whole_year(1).year_earlier(),
            "offshoring::period::year_earlier: the year before must be in 1..9999, got 0" SEE_DOMAIN_ERRORS,
            domain_error);
    }
    SUBCASE("by the period reader") {
        check_parse_error([] { (void)parse_period("0000"); }, 0,
                          parse_message("offshoring::parse_period", "0000", 0, "year must be in 0001..9999"));
        check_parse_error([] { (void)parse_period("10000-H1"); }, 4,
                          parse_message("offshoring::parse_period", "10000-H1", 4, "a year has four digits"));
        check_parse_error([] { (void)parse_period("-5"); }, 0,
                          parse_message("offshoring::parse_period", "-5", 0, period_expected));
        check_parse_error(
            [] { (void)parse_period("Q1 2147483647"); }, 7,
            parse_message("offshoring::parse_period", "Q1 2147483647", 7, "a year has four digits"));
    }
    SUBCASE("by the projections, whose years are plain ints") {
        CHECK_THROWS_WITH_AS(
            required_rate(1.0_bn_mad, INT_MAX, 2.0_bn_mad, INT_MAX),
            "offshoring::required_rate: target year must be after base year, got target year "
            "2147483647 and base year 2147483647" SEE_DOMAIN_ERRORS,
            domain_error);
        CHECK_THROWS_WITH_AS(
            first_year_met(1.0_bn_mad, INT_MAX, 2.0_bn_mad, 0.05),
            "offshoring::first_year_met: the target is not met before the last year an int can "
            "hold, at rate 0.05" SEE_DOMAIN_ERRORS,
            domain_error);
        // INT_MAX - (-5) years is counted without overflowing an int, then 1.05 to that power overflows.
        CHECK_THROWS_WITH_AS(projected_value(1.0_bn_mad, -5, 0.05, INT_MAX),
                             "offshoring::projected_value: result is not finite (inf) for base 1e+09, rate "
                             "0.05 and 2147483652 years" SEE_DOMAIN_ERRORS,
                             domain_error);
        CHECK_THROWS_WITH_AS(
            projected_value(1.0_bn_mad, 0, 0.05, -5),
            "offshoring::projected_value: year must not be before base year, got year -5 and "
            "base year 0" SEE_DOMAIN_ERRORS,
            domain_error);
        CHECK(projected_value(1.0_bn_mad, -5, 0.0, INT_MAX).value() == 1e9);
    }
}

TEST_CASE("malformed and over-long strings are refused where reading stopped") {
    const std::string forty_digits = "1234567890123456789012345678901234567890";
    SUBCASE("forty digits") {
        check_parse_error(
            [&] { (void)parse_published(forty_digits, en); }, 15,
            parse_message("offshoring::parse_published", forty_digits, 15, "more than 15 digits"));
        check_parse_error(
            [&] { (void)parse_period(forty_digits); }, 4,
            parse_message("offshoring::parse_period", forty_digits, 4, "a year has four digits"));
        check_parse_error([&] { (void)parse_segment(forty_digits); }, 0,
                          parse_message("offshoring::parse_segment", forty_digits, 0, not_a_segment_name));
        // Ten decimals, where nine is the most a statistic prints.
        check_parse_error(
            [] { (void)parse_published("0,1234567890", fr); }, 11,
            parse_message("offshoring::parse_published", "0,1234567890", 11, "more than 9 decimals"));
    }
    SUBCASE("an embedded NUL ends nothing: reading stops on it and the message shows it") {
        const std::string period_text("2024\0-H1", 8);
        check_parse_error([&] { (void)parse_period(period_text); }, 4,
                          parse_message("offshoring::parse_period", "2024\\0-H1", 4,
                                        "expected '-' or the end after the year"));
        const std::string figure("26\0,2", 5);
        check_parse_error([&] { (void)parse_published(figure, fr, units::billion_dirhams); }, 2,
                          parse_message("offshoring::parse_published", "26\\0,2", 2, "unexpected character"));
        const std::string name("ITO\0", 4);
        check_parse_error([&] { (void)parse_segment(name); }, 0,
                          parse_message("offshoring::parse_segment", "ITO\\0", 0, not_a_segment_name));
        CHECK_FALSE(try_parse_segment(name).has_value());
    }
    SUBCASE("invalid UTF-8: a lone lead byte, a cut sequence, bytes that are never UTF-8") {
        check_parse_error([] { (void)parse_segment("ing\xC3"); }, 0,
                          parse_message("offshoring::parse_segment", "ing\\xc3", 0, not_a_segment_name));
        check_parse_error(
            [] {
                (void)parse_period(
                    "\xFF\xFE"
                    "2024");
            },
            0, parse_message("offshoring::parse_period", "\\xff\\xfe2024", 0, period_expected));
        // The first two bytes of U+2212 MINUS SIGN, without the third.
        check_parse_error(
            [] {
                (void)parse_published(
                    "\xE2\x88"
                    "5",
                    fr);
            },
            0, parse_message("offshoring::parse_published", "\\xe2\\x885", 0, "expected a digit"));
        // A no-break space cut after its first byte is not a group separator.
        check_parse_error(
            [] {
                (void)parse_published(
                    "148\xC2"
                    "500",
                    fr);
            },
            3, parse_message("offshoring::parse_published", "148\\xc2500", 3, "unexpected character"));
    }
    SUBCASE("text that looks like a number to other readers") {
        check_parse_error([] { (void)parse_published("1e5", en); }, 1,
                          parse_message("offshoring::parse_published", "1e5", 1,
                                        "exponent notation is not a published figure"));
        check_parse_error([] { (void)parse_published("nan", en); }, 0,
                          parse_message("offshoring::parse_published", "nan", 0, "expected a digit"));
        check_parse_error([] { (void)parse_published("inf", fr, units::job); }, 0,
                          parse_message("offshoring::parse_published", "inf", 0, "expected a digit"));
        check_parse_error(
            [] { (void)parse_published("40,3 %", fr, units::billion_dirhams); }, 5,
            parse_message("offshoring::parse_published", "40,3 %", 5, "an amount cannot be a percentage"));
    }
}

TEST_CASE("periods of different lengths are refused where they must match") {
    const period h1_2025 = period::half(2025, 1);
    const period q1_2024 = period::quarter(2024, 1);
    CHECK_THROWS_WITH_AS(
        annualised_level(by_seasonal_ratio, 13.4_bn_mad, h1_2025, 6.4_bn_mad, q1_2024, 26.22_bn_mad),
        "offshoring::annualised_level(by_seasonal_ratio): periods must have the same length, got "
        "2025-H1 (6 months) and 2024-Q1 (3 months)" SEE_DOMAIN_ERRORS,
        domain_error);
    CHECK_THROWS_WITH_AS(
        annualised_level(by_year_on_year_growth, 13.4_bn_mad, h1_2025, 6.4_bn_mad, q1_2024, 26.22_bn_mad),
        "offshoring::annualised_level(by_year_on_year_growth): periods must have the same length, got "
        "2025-H1 (6 "
        "months) and 2024-Q1 (3 months)" SEE_DOMAIN_ERRORS,
        domain_error);
    CHECK_THROWS_WITH_AS(
        cagr(12.9_bn_mad, q1_2024, 13.4_bn_mad, h1_2025),
        "offshoring::cagr: periods must have the same length, got 2024-Q1 (3 months) and 2025-H1 "
        "(6 months)" SEE_DOMAIN_ERRORS,
        domain_error);
    // Same length, but two years apart: the ratio would then span two years of growth.
    CHECK_THROWS_WITH_AS(
        annualised_level(by_seasonal_ratio, 13.4_bn_mad, h1_2025, 12.9_bn_mad, period::half(2023, 1),
                         26.22_bn_mad),
        "offshoring::annualised_level(by_seasonal_ratio): previous_partial_period must be the same "
        "period a year earlier, got 2025-H1 and 2023-H1" SEE_DOMAIN_ERRORS,
        domain_error);
    CHECK_THROWS_WITH_AS(
        annualised_level(by_seasonal_ratio, 26.22_bn_mad, period::whole_year(2025), 26.0_bn_mad,
                         period::whole_year(2024), 26.0_bn_mad),
        "offshoring::annualised_level(by_seasonal_ratio): partial period must be shorter than a "
        "year, got 2025" SEE_DOMAIN_ERRORS,
        domain_error);
}
