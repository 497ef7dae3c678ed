// Tests of offshoring/text.hpp. Every expected string is written from the rules in docs/reference/format.md.
// SPDX-License-Identifier: MIT
#include <offshoring/calendar/period_text.hpp>
#include <offshoring/published/interval_arithmetic.hpp>
#include <offshoring/text.hpp>
#include <offshoring/text/formatter.hpp>

#include <cmath>
#include <limits>
#include <string>

#include <doctest/doctest.h>

#include "../support/troubleshooting.hpp"
#include "../support/values.hpp"

using namespace offshoring;
using namespace offshoring::testing;

namespace {

constexpr language fr = language::fr;
constexpr language en = language::en;

}  // namespace

TEST_SUITE("format_number") {
    TEST_CASE("French writes a decimal comma and separates thousands with a space") {
        CHECK(format_number(1234567.891, 2, fr) == "1 234 567,89");
        CHECK(format_number(999, 0, fr) == "999");
        CHECK(format_number(1000, 0, fr) == "1 000");
    }

    TEST_CASE("English writes a decimal point and separates thousands with commas") {
        CHECK(format_number(1234567.891, 2, en) == "1,234,567.89");
        CHECK(format_number(100000, 1, en) == "100,000.0");
    }

    TEST_CASE("typographic grouping puts a narrow no-break space in French and leaves English alone") {
        CHECK(format_number(148500, 0, fr, grouping::typographic) == "148\u202F500");
        CHECK(format_number(148500, 0, en, grouping::typographic) == "148,500");
    }

    TEST_CASE("no grouping leaves the digits together in both languages") {
        CHECK(format_number(1234567.5, 1, fr, grouping::none) == "1234567,5");
        CHECK(format_number(1234567.5, 1, en, grouping::none) == "1234567.5");
    }

    TEST_CASE("an exact tie rounds away from zero, not to even as printf does") {
        // 0.125 and 2.5 are exact in binary, so these are true ties; printf("%.2f", 0.125) gives 0.12.
        CHECK(format_number(0.125, 2, en) == "0.13");
        CHECK(format_number(-0.125, 2, en) == "-0.13");
        CHECK(format_number(2.5, 0, en) == "3");
        CHECK(format_number(-2.5, 0, en) == "-3");
    }

    TEST_CASE("the stored value decides, not the decimal text it was written from") {
        // 1.005 is stored as 1.00499999999999989..., below the tie; 0.0255 as 0.02549999999999999836...
        CHECK(format_number(1.005, 2, fr) == "1,00");
        CHECK(format_number(0.0255, 3, fr) == "0,025");
        // 0.0345 is stored as 0.03450000000000000288..., above the tie.
        CHECK(format_number(0.0345, 3, fr) == "0,035");
    }

    TEST_CASE("a carry runs through every nine and opens a new group of thousands") {
        // 999.96 is stored as 999.96000000000003638..., so the first decimal rounds up into the integer part.
        CHECK(format_number(999.96, 1, fr) == "1 000,0");
        CHECK(format_number(-999.96, 1, en) == "-1,000.0");
    }

    TEST_CASE("huge and tiny values are never printed in scientific notation") {
        CHECK(format_number(1e20, 0, en) == "100,000,000,000,000,000,000");
        CHECK(format_number(1e-7, 2, fr) == "0,00");
        // 1e-7 is stored as 9.99999999999999954748e-8: at twelve decimals it rounds up to 1e-7 exactly.
        CHECK(format_number(1e-7, 12, fr) == "0,000000100000");
        CHECK(format_number(std::numeric_limits<double>::denorm_min(), 12, en) == "0.000000000000");
        const std::string largest = format_number(std::numeric_limits<double>::max(), 0, en, grouping::none);
        CHECK(largest.size() == 309);
        CHECK(largest.substr(0, 17) == "17976931348623157");
    }

    TEST_CASE("negative zero and negatives that round to zero print an unsigned zero") {
        CHECK(format_number(-0.0, 1, fr) == "0,0");
        CHECK(format_number(-0.04, 1, fr) == "0,0");
        CHECK(format_number(-0.4, 0, en) == "0");
        // -0.05 is stored as -0.05000000000000000277..., just beyond the tie: it does not round to zero.
        CHECK(format_number(-0.05, 1, fr) == "-0,1");
    }

    TEST_CASE("zero decimals print no decimal mark and twelve decimals are allowed") {
        CHECK(format_number(26.5, 0, fr) == "27");
        CHECK(format_number(0.5, 12, en) == "0.500000000000");
    }

    TEST_CASE("a value that is not finite is refused with the function and the value named") {
        CHECK_THROWS_WITH_AS(format_number(not_a_number, 1, fr),
                             "offshoring::format_number: value must be finite, got nan" SEE_DOMAIN_ERRORS,
                             offshoring::domain_error);
        CHECK_THROWS_WITH_AS(format_number(infinity, 1, en),
                             "offshoring::format_number: value must be finite, got inf" SEE_DOMAIN_ERRORS,
                             offshoring::domain_error);
        CHECK_THROWS_WITH_AS(format_number(-infinity, 1, en),
                             "offshoring::format_number: value must be finite, got -inf" SEE_DOMAIN_ERRORS,
                             offshoring::domain_error);
    }

    TEST_CASE("decimals outside 0..12 are refused") {
        CHECK_THROWS_WITH_AS(format_number(1.0, 13, fr),
                             "offshoring::format_number: decimals must be in 0..12, got 13" SEE_DOMAIN_ERRORS,
                             offshoring::domain_error);
        CHECK_THROWS_WITH_AS(format_number(1.0, -1, fr),
                             "offshoring::format_number: decimals must be in 0..12, got -1" SEE_DOMAIN_ERRORS,
                             offshoring::domain_error);
    }

}  // TEST_SUITE

TEST_SUITE("format_amount") {
    TEST_CASE("the 2024 total reads as the French press writes it") {
        CHECK(format_amount(26.22_bn_mad, units::billion_dirhams, 1, fr) == "26,2 milliards de dirhams");
        CHECK(format_amount(26.22_bn_mad, units::billion_dirhams, 2, fr) == "26,22 milliards de dirhams");
        CHECK(format_amount(12.9_bn_mad, units::billion_dirhams, 1, fr, form::abbreviated) == "12,9 Mds DH");
    }

    TEST_CASE("the 2024 total is written in English, in words and abbreviated") {
        CHECK(format_amount(26.22_bn_mad, units::billion_dirhams, 1, en) == "26.2 billion dirhams");
        CHECK(format_amount(26.22_bn_mad, units::billion_dirhams, 1, en, form::abbreviated) == "MAD 26.2 bn");
    }

    TEST_CASE("millions of dirhams are written as the KPO figure is published") {
        CHECK(format_amount(48_m_mad, units::million_dirhams, 0, fr) == "48 millions de dirhams");
        CHECK(format_amount(48_m_mad, units::million_dirhams, 0, fr, form::abbreviated) == "48 M DH");
        CHECK(format_amount(48_m_mad, units::million_dirhams, 0, en) == "48 million dirhams");
        CHECK(format_amount(48_m_mad, units::million_dirhams, 0, en, form::abbreviated) == "MAD 48 mn");
    }

    TEST_CASE("French keeps milliard and million singular below two") {
        CHECK(format_amount(1_bn_mad, units::billion_dirhams, 0, fr) == "1 milliard de dirhams");
        CHECK(format_amount(1.5_bn_mad, units::billion_dirhams, 1, fr) == "1,5 milliard de dirhams");
        CHECK(format_amount(1.5_bn_mad, units::billion_dirhams, 1, fr, form::abbreviated) == "1,5 Md DH");
        CHECK(format_amount(0.5_m_mad, units::million_dirhams, 1, fr) == "0,5 million de dirhams");
        CHECK(format_amount(2_bn_mad, units::billion_dirhams, 0, fr) == "2 milliards de dirhams");
        CHECK(format_amount(2_bn_mad, units::billion_dirhams, 0, fr, form::abbreviated) == "2 Mds DH");
    }

    TEST_CASE("the plural follows the printed figure, not the unrounded one") {
        // 1.95 billion is exactly 1 950 000 000 dirhams: at one decimal the tie rounds away to 2,0.
        CHECK(format_amount(1.95_bn_mad, units::billion_dirhams, 1, fr) == "2,0 milliards de dirhams");
    }

    TEST_CASE("English scale words stay singular and only a bare 1 takes a singular noun") {
        CHECK(format_amount(1_bn_mad, units::billion_dirhams, 0, en) == "1 billion dirhams");
        CHECK(format_amount(1_mad, units::dirham, 0, en) == "1 dirham");
        CHECK(format_amount(1_mad, units::dirham, 1, en) == "1.0 dirhams");
        CHECK(format_amount(1_mad, units::dirham, 1, fr) == "1,0 dirham");
    }

    TEST_CASE("US dollars are written as the articles convert the 2024 total") {
        CHECK(format_amount(2.8_bn_usd, units::billion_us_dollars, 1, fr) == "2,8 milliards de dollars");
        CHECK(format_amount(2.8_bn_usd, units::billion_us_dollars, 1, fr, form::abbreviated) ==
              "2,8 Mds USD");
        CHECK(format_amount(2.8_bn_usd, units::billion_us_dollars, 1, en) == "2.8 billion dollars");
        CHECK(format_amount(2.8_bn_usd, units::billion_us_dollars, 1, en, form::abbreviated) == "USD 2.8 bn");
        CHECK(format_amount(1_usd, units::us_dollar, 0, fr) == "1 dollar");
    }

    TEST_CASE("thousands and plain dirhams are written in both languages and forms") {
        CHECK(format_amount(5_k_mad, units::thousand_dirhams, 0, fr) == "5 milliers de dirhams");
        CHECK(format_amount(5_k_mad, units::thousand_dirhams, 0, fr, form::abbreviated) == "5 k DH");
        CHECK(format_amount(5_k_mad, units::thousand_dirhams, 0, en) == "5 thousand dirhams");
        CHECK(format_amount(5_k_mad, units::thousand_dirhams, 0, en, form::abbreviated) == "MAD 5 k");
        CHECK(format_amount(176566_mad, units::dirham, 0, fr) == "176 566 dirhams");
        CHECK(format_amount(176566_mad, units::dirham, 0, fr, form::abbreviated) == "176 566 DH");
        CHECK(format_amount(176566_mad, units::dirham, 0, en, form::abbreviated) == "MAD 176,566");
    }

    TEST_CASE("changing scale moves the decimal point of the exact value") {
        // 1 005 000 000 dirhams is 1.005 billion exactly, a tie that rounds away; the double 1.005 would not.
        CHECK(format_amount(1005000000_mad, units::billion_dirhams, 2, fr) == "1,01 milliard de dirhams");
        CHECK(format_amount(26.22_bn_mad, units::million_dirhams, 0, fr) == "26 220 millions de dirhams");
    }

    TEST_CASE("an amount held in a scaled unit is printed in any scale of its currency") {
        // 26.22 held in billions is the double 26.219999999999998863..., a hair below 26 220 million.
        const auto in_billions = 26.22 * units::billion_dirhams;
        CHECK(format_amount(in_billions, units::million_dirhams, 0, fr) == "26 220 millions de dirhams");
        CHECK(format_amount(in_billions, units::million_dirhams, 3, en) == "26,220.000 million dirhams");
        CHECK(format_amount(in_billions, 1, fr) == "26,2 milliards de dirhams");
    }

    TEST_CASE("a negative amount keeps its sign inside the English abbreviation") {
        CHECK(format_amount(-0.2_bn_mad, units::billion_dirhams, 1, fr) == "-0,2 milliard de dirhams");
        CHECK(format_amount(-0.2_bn_mad, units::billion_dirhams, 1, en, form::abbreviated) == "MAD -0.2 bn");
    }

    TEST_CASE("the automatic scale picks billions, millions or plain dirhams by size") {
        CHECK(format_amount(26.22_bn_mad, 1, fr) == "26,2 milliards de dirhams");
        CHECK(format_amount(48_m_mad, 0, fr) == "48 millions de dirhams");
        CHECK(format_amount(950_m_mad, 1, fr) == "950,0 millions de dirhams");
        CHECK(format_amount(500_mad, 0, en) == "500 dirhams");
        CHECK(format_amount(250000_mad, 0, fr) == "250 000 dirhams");
        CHECK(format_amount(2.8_bn_usd, 1, en, form::abbreviated) == "USD 2.8 bn");
        CHECK(format_amount(-48_m_mad, 0, en) == "-48 million dirhams");
    }

    TEST_CASE("the automatic scale moves up when rounding reaches the next one") {
        // 999 999 999.96 dirhams is 999,99999996 millions: at one decimal that would read 1 000,0 millions.
        CHECK(format_amount(999999999.96_mad, 1, fr) == "1,0 milliard de dirhams");
        CHECK(format_amount(999999.96_mad, 1, en) == "1.0 million dirhams");
        CHECK(format_amount(999999.94_mad, 1, en) == "999,999.9 dirhams");
    }

    TEST_CASE("the automatic scale prints zero in plain units") {
        CHECK(format_amount(0_mad, 0, fr) == "0 dirham");
        CHECK(format_amount(0_bn_mad, 0, en) == "0 dirhams");
    }

    TEST_CASE("a bad amount or bad decimals are refused with the function named") {
        const mad<> nan_amount = raw_mad(not_a_number);
        CHECK_THROWS_WITH_AS(format_amount(nan_amount, units::billion_dirhams, 1, fr),
                             "offshoring::format_amount: value must be finite, got nan" SEE_DOMAIN_ERRORS,
                             offshoring::domain_error);
        CHECK_THROWS_WITH_AS(format_amount(nan_amount, 1, fr),
                             "offshoring::format_amount: value must be finite, got nan" SEE_DOMAIN_ERRORS,
                             offshoring::domain_error);
        CHECK_THROWS_WITH_AS(format_amount(26.22_bn_mad, units::billion_dirhams, 13, fr),
                             "offshoring::format_amount: decimals must be in 0..12, got 13" SEE_DOMAIN_ERRORS,
                             offshoring::domain_error);
        CHECK_THROWS_WITH_AS(format_amount(26.22_bn_mad, -1, en),
                             "offshoring::format_amount: decimals must be in 0..12, got -1" SEE_DOMAIN_ERRORS,
                             offshoring::domain_error);
    }

}  // TEST_SUITE

TEST_SUITE("format_jobs") {
    TEST_CASE("jobs are whole by default and grouped in the language") {
        CHECK(format_jobs(148500_jobs, fr) == "148 500 emplois");
        CHECK(format_jobs(148500_jobs, en) == "148,500 jobs");
        CHECK(format_jobs(270000_jobs, fr, grouping::typographic) == "270\u202F000 emplois");
    }

    TEST_CASE("one job is singular in both languages, zero only in French") {
        CHECK(format_jobs(1_jobs, fr) == "1 emploi");
        CHECK(format_jobs(1_jobs, en) == "1 job");
        CHECK(format_jobs(0_jobs, fr) == "0 emploi");
        CHECK(format_jobs(0_jobs, en) == "0 jobs");
    }

    TEST_CASE("jobs may be written with decimals, for averages and projections") {
        CHECK(format_jobs(1.5_jobs, 1, fr) == "1,5 emploi");
        CHECK(format_jobs(1.5_jobs, 1, en) == "1.5 jobs");
        // 148 500.5 is exact in binary: a tie, rounded away from zero.
        CHECK(format_jobs(148500.5_jobs, 0, fr) == "148 501 emplois");
    }

    TEST_CASE("jobs with bad decimals are refused") {
        CHECK_THROWS_WITH_AS(format_jobs(148500_jobs, -1, fr),
                             "offshoring::format_jobs: decimals must be in 0..12, got -1" SEE_DOMAIN_ERRORS,
                             offshoring::domain_error);
        CHECK_THROWS_WITH_AS(format_jobs(jobs<>::from_value(infinity), fr),
                             "offshoring::format_jobs: value must be finite, got inf" SEE_DOMAIN_ERRORS,
                             offshoring::domain_error);
    }

}  // TEST_SUITE

TEST_SUITE("format rates") {
    TEST_CASE("revenue per job in 2024 reads in dirhams per job") {
        // 26 220 000 000 / 148 500 = 176 565.66, far from a tie.
        const mad_per_job<> per_job = 26.22_bn_mad / 148500_jobs;
        CHECK(format_mad_per_job(per_job, 0, fr) == "176 566 dirhams par emploi");
        CHECK(format_mad_per_job(per_job, 0, fr, form::abbreviated) == "176 566 DH par emploi");
        CHECK(format_mad_per_job(per_job, 0, en) == "176,566 dirhams per job");
        CHECK(format_mad_per_job(per_job, 0, en, form::abbreviated) == "MAD 176,566 per job");
    }

    TEST_CASE(
        "the 2024 dirham per dollar rate implied by the articles is written in both languages and forms") {
        // 26.22 / 2.8 = 9.3642857..., far from a tie at two decimals.
        const mad_per_usd<> rate = 26.22_bn_mad / 2.8_bn_usd;
        CHECK(format_mad_per_usd(rate, 2, fr) == "9,36 dirhams par dollar");
        CHECK(format_mad_per_usd(rate, 2, fr, form::abbreviated) == "9,36 DH par USD");
        CHECK(format_mad_per_usd(rate, 2, en) == "9.36 dirhams per dollar");
        CHECK(format_mad_per_usd(rate, 2, en, form::abbreviated) == "MAD 9.36 per USD");
    }

    TEST_CASE("a rate of one dirham takes the singular") {
        CHECK(format_mad_per_job(1_mad / 1_jobs, 0, fr) == "1 dirham par emploi");
        CHECK(format_mad_per_usd(1_mad / 1_usd, 0, en) == "1 dirham per dollar");
    }

    TEST_CASE("a rate that is not finite is refused") {
        CHECK_THROWS_WITH_AS(
            format_mad_per_job(mad_per_job<>::from_value(not_a_number), 0, fr),
            "offshoring::format_mad_per_job: value must be finite, got nan" SEE_DOMAIN_ERRORS,
            offshoring::domain_error);
        CHECK_THROWS_WITH_AS(
            format_mad_per_usd(mad_per_usd<>::from_value(9.36), 20, fr),
            "offshoring::format_mad_per_usd: decimals must be in 0..12, got 20" SEE_DOMAIN_ERRORS,
            offshoring::domain_error);
    }

}  // TEST_SUITE

TEST_SUITE("format_percent") {
    TEST_CASE("a share reads as a percentage with the French space before the sign") {
        CHECK(format_percent(0.403, 1, fr) == "40,3 %");
        CHECK(format_percent(0.403, 1, en) == "40.3%");
        CHECK(format_percent(0.002, 1, fr) == "0,2 %");
        CHECK(format_percent(0.403, 1, fr, grouping::typographic) == "40,3\u202F%");
    }

    TEST_CASE("the percentage is the fraction's exact value times a hundred") {
        // 0.0345 is stored above 0.0345 and 0.0255 below 0.0255, so they round in opposite directions.
        CHECK(format_percent(0.0345, 1, fr) == "3,5 %");
        CHECK(format_percent(0.0255, 1, fr) == "2,5 %");
    }

    TEST_CASE("a percentage of more than a thousand is grouped") {
        CHECK(format_percent(12.5, 0, fr) == "1 250 %");
        CHECK(format_percent(12.5, 0, en) == "1,250%");
    }

    TEST_CASE("a plain percentage signs only negatives") {
        CHECK(format_percent(-0.002, 1, fr) == "-0,2 %");
        CHECK(format_percent(-0.0004, 1, en) == "0.0%");
    }

    TEST_CASE("growth is always signed, except when it rounds to zero") {
        CHECK(format_growth(0.035, 1, fr) == "+3,5 %");
        CHECK(format_growth(0.035, 1, en) == "+3.5%");
        CHECK(format_growth(-0.002, 1, fr) == "-0,2 %");
        CHECK(format_growth(-0.002, 1, en) == "-0.2%");
        CHECK(format_growth(0.0004, 1, fr) == "0,0 %");
        CHECK(format_growth(-0.0004, 1, fr) == "0,0 %");
    }

    TEST_CASE("percentage points are signed, pts or pt in French and pp in English") {
        CHECK(format_points(2.1, 1, fr) == "+2,1 pts");
        CHECK(format_points(2.1, 1, en) == "+2.1 pp");
        CHECK(format_points(-2.9, 1, fr) == "-2,9 pts");
        CHECK(format_points(1.5, 1, fr) == "+1,5 pt");
        CHECK(format_points(-0.5, 1, fr) == "-0,5 pt");
        CHECK(format_points(0.04, 1, en) == "0.0 pp");
        CHECK(format_points(2.1, 1, fr, grouping::typographic) == "+2,1\u202Fpts");
    }

    TEST_CASE("a bad percentage is refused with the function named") {
        CHECK_THROWS_WITH_AS(format_percent(not_a_number, 1, fr),
                             "offshoring::format_percent: value must be finite, got nan" SEE_DOMAIN_ERRORS,
                             offshoring::domain_error);
        CHECK_THROWS_WITH_AS(format_growth(infinity, 1, en),
                             "offshoring::format_growth: value must be finite, got inf" SEE_DOMAIN_ERRORS,
                             offshoring::domain_error);
        CHECK_THROWS_WITH_AS(format_points(2.1, 13, en),
                             "offshoring::format_points: decimals must be in 0..12, got 13" SEE_DOMAIN_ERRORS,
                             offshoring::domain_error);
    }

}  // TEST_SUITE

TEST_SUITE("format_period") {
    TEST_CASE("a year is its four digits in both languages and both forms") {
        CHECK(format_period(period::whole_year(2024), fr) == "2024");
        CHECK(format_period(period::whole_year(2024), en, form::abbreviated) == "2024");
        CHECK(format_period(period::whole_year(999), en) == "0999");
    }

    TEST_CASE("halves are written in words and abbreviated") {
        const period h1 = period::half(2025, 1);
        const period h2 = period::half(2025, 2);
        CHECK(format_period(h1, fr) == "premier semestre 2025");
        CHECK(format_period(h2, fr) == "second semestre 2025");
        CHECK(format_period(h1, fr, form::abbreviated) == "S1 2025");
        CHECK(format_period(h1, en) == "first half of 2025");
        CHECK(format_period(h2, en) == "second half of 2025");
        CHECK(format_period(h2, en, form::abbreviated) == "H2 2025");
    }

    TEST_CASE("quarters are written in words and abbreviated") {
        CHECK(format_period(period::quarter(2025, 1), fr) == "premier trimestre 2025");
        CHECK(format_period(period::quarter(2025, 3), fr) == "troisi\u00e8me trimestre 2025");
        CHECK(format_period(period::quarter(2025, 3), fr, form::abbreviated) == "T3 2025");
        CHECK(format_period(period::quarter(2025, 4), en) == "fourth quarter of 2025");
        CHECK(format_period(period::quarter(2025, 3), en, form::abbreviated) == "Q3 2025");
    }

    TEST_CASE("months are lower case in French and capitalised in English") {
        CHECK(format_period(period::month(2025, 3), fr) == "mars 2025");
        CHECK(format_period(period::month(2025, 8), fr, form::abbreviated) == "ao\u00fbt 2025");
        CHECK(format_period(period::month(2025, 3), en) == "March 2025");
        CHECK(format_period(period::month(2025, 12), en) == "December 2025");
    }

    TEST_CASE("the French and abbreviated forms read back through parse_period") {
        // The text printed for a reader is also text a program can take back in, whatever the kind of period.
        for (const period p : {period::half(2025, 1), period::half(2025, 2), period::quarter(2025, 1),
                               period::quarter(2025, 2), period::quarter(2025, 3), period::quarter(2025, 4),
                               period::whole_year(2024)}) {
            CAPTURE(to_string(p));
            CHECK(parse_period(format_period(p, fr)) == p);
            CHECK(parse_period(format_period(p, fr, form::abbreviated)) == p);
            CHECK(parse_period(format_period(p, en, form::abbreviated)) == p);
        }
    }

}  // TEST_SUITE

TEST_SUITE("format_segment") {
    TEST_CASE("segments are named in the language or by their acronym") {
        CHECK(format_segment(segment::ito, fr) == "externalisation des services informatiques");
        CHECK(format_segment(segment::eso, fr) == "ing\u00e9nierie");
        CHECK(format_segment(segment::crm, en) == "customer relationship management");
        CHECK(format_segment(segment::crm, fr, form::abbreviated) == "CRM");
        CHECK(format_segment(segment::kpo, en, form::abbreviated) == "KPO");
    }

    TEST_CASE("a value cast from outside the enumeration is refused") {
        CHECK_THROWS_WITH_AS(format_segment(static_cast<segment>(7), fr),
                             "offshoring::format_segment: not a segment, got 7" SEE_DOMAIN_ERRORS,
                             offshoring::domain_error);
    }

}  // TEST_SUITE

// format(x, lang, options), the one entry point.

TEST_CASE("format writes a plain number with the shortest digits that read back, or the decimals asked") {
    CHECK(format(1234567.891, fr) == "1 234 567,891");
    CHECK(format(0.1, en) == "0.1");
    CHECK(format(5.0, en) == "5");
    CHECK(format(1e20, en) == "100,000,000,000,000,000,000");
    CHECK(format(1234567.891, fr, {2}) == "1 234 567,89");
    CHECK(format(148500.0, fr, {0, shown_as::number, form::full, grouping::none}) == "148500");
    // 1/3 has 17 significant digits in its shortest form; the default stops at 12 decimals.
    CHECK(format(1.0 / 3.0, en) == "0.333333333333");
}

TEST_CASE("format shows a fraction as a percentage, a signed growth or points when told to") {
    CHECK(format(0.403, fr, {1, shown_as::percent}) == "40,3 %");
    CHECK(format(0.403, en, {1, shown_as::percent}) == "40.3%");
    CHECK(format(0.403, fr, {{}, shown_as::percent}) == "40,3 %");
    CHECK(format(0.035, en, {1, shown_as::growth}) == "+3.5%");
    CHECK(format(-0.002, fr, {1, shown_as::growth}) == "-0,2 %");
    CHECK(format(2.1, fr, {1, shown_as::points}) == "+2,1 pts");
    CHECK(format(1.5, fr, {{}, shown_as::points}) == "+1,5 pt");
    CHECK(format(2.1, en, {1, shown_as::points}) == "+2.1 pp");
}

TEST_CASE("format writes amounts in the scale their size calls for, or the one named") {
    CHECK(format(26.22_bn_mad, fr) == "26,2 milliards de dirhams");
    CHECK(format(26.22_bn_mad, en, {1, {}, form::abbreviated}) == "MAD 26.2 bn");
    CHECK(format(2.8_bn_usd, fr) == "2,8 milliards de dollars");
    // 48 million is 0.048 billion: 0,05 at two decimals, and French takes the singular below 2.
    CHECK(format(48_m_mad, fr, {2, {}, {}, {}, amount_scale::billions}) == "0,05 milliard de dirhams");
    CHECK(format(48_m_mad, en, {0}) == "48 million dirhams");
}

TEST_CASE("format writes jobs and rates with their nouns") {
    CHECK(format(148500_jobs, en) == "148,500 jobs");
    CHECK(format(1_jobs, fr) == "1 emploi");
    // 26.22e9 / 148 500 = 176 565.66 dirhams per job, whole by default.
    CHECK(format(26.22_bn_mad / 148500_jobs, en) == "176,566 dirhams per job");
    CHECK(format(26.22_bn_mad / 148500_jobs, fr, {0, {}, form::abbreviated}) == "176 566 DH par emploi");
    // 26.2 / 2.8 = 9.357 dirhams per dollar, two decimals by default.
    CHECK(format(26.2_bn_mad / 2.8_bn_usd, fr) == "9,36 dirhams par dollar");
    CHECK(format(26.2_bn_mad / 2.8_bn_usd, en, {{}, {}, form::abbreviated}) == "MAD 9.36 per USD");
}

TEST_CASE("format writes periods, runs and segments in words") {
    CHECK(format(period::half(2025, 1), fr) == "premier semestre 2025");
    CHECK(format(period::half(2025, 1), en, {{}, {}, form::abbreviated}) == "H1 2025");
    CHECK(format(period::year_to_date(2025, 9), fr) == "\u00e0 fin septembre 2025");
    CHECK(format(period::years(2023, 2024), en) == "2023 to 2024");
    CHECK(format(segment::crm, fr) == "gestion de la relation client");
    CHECK(format(segment::crm, en, {{}, {}, form::abbreviated}) == "CRM");
}

TEST_CASE("format writes intervals with their unit once, after or around the bracket") {
    CHECK(format(interval<double>(0.4025, 0.4035), fr, {2, shown_as::percent}) == "[40,25 ; 40,35] %");
    CHECK(format(interval<double>(0.4025, 0.4035), en, {{}, shown_as::percent}) == "[40.25, 40.35]%");
    CHECK(format(interval<double>(0.5, 2.25), en) == "[0.5, 2.25]");
    const interval<mad<>> exports(26.15_bn_mad, 26.25_bn_mad);
    CHECK(format(exports, fr) == "[26,15 ; 26,25] milliards de dirhams");
    CHECK(format(exports, en, {2, {}, form::abbreviated}) == "MAD [26.15, 26.25] bn");
    CHECK(format(exports, fr, {1, {}, form::abbreviated, {}, amount_scale::millions}) ==
          "[26 150,0 ; 26 250,0] M DH");
    CHECK(format(interval<jobs<>>(148450_jobs, 148550_jobs), fr) == "[148 450 ; 148 550] emplois");
    // The larger bound picks the scale, and both bounds share it.
    CHECK(format(interval<mad<>>(900_m_mad, 1.1_bn_mad), fr) == "[0,90 ; 1,10] milliards de dirhams");
    CHECK(format(interval<usd<>>(-250_k_usd, 400_k_usd), en, {0}) == "[-250,000, 400,000] dollars");
}

TEST_CASE("format writes a verdict as its word, both intervals and the gap when they are apart") {
    // 10,6 of 26,2 bn against 40,3 %: [0.401905, 0.407266] meets [0.4025, 0.4035].
    const verdict<double> met{true, interval<double>(0.401905, 0.407266), interval<double>(0.4025, 0.4035),
                              0.0};
    CHECK(format(met, en, {2, shown_as::percent}) == "consistent: [40.19, 40.73]% meets [40.25, 40.35]%");
    const verdict<double> missed{false, interval<double>(0.30, 0.31), interval<double>(0.4025, 0.4035),
                                 0.0925};
    CHECK(format(missed, fr, {2, shown_as::percent}) ==
          "incoh\u00e9rent : [30,00 ; 31,00] % manque [40,25 ; 40,35] % de 9,25 pts");
    const verdict<mad<>> amounts{false, interval<mad<>>(2.58_bn_mad, 2.59_bn_mad),
                                 interval<mad<>>(2.45_bn_mad, 2.55_bn_mad), 0.03_bn_mad};
    CHECK(format(amounts, fr, {2, {}, form::abbreviated}) ==
          "incoh\u00e9rent : [2,58 ; 2,59] Mds DH manque [2,45 ; 2,55] Mds DH de 0,03 Md DH");
}

TEST_CASE("the old format_* functions and format give the same text") {
    CHECK(format_number(1234567.891, 2, fr) == format(1234567.891, fr, {2}));
    CHECK(format_percent(0.403, 1, en) == format(0.403, en, {1, shown_as::percent}));
    CHECK(format_growth(0.035, 1, fr) == format(0.035, fr, {1, shown_as::growth}));
    CHECK(format_points(-2.9, 1, en) == format(-2.9, en, {1, shown_as::points}));
    CHECK(format_amount(26.22_bn_mad, units::billion_dirhams, 2, en, form::abbreviated) ==
          format(26.22_bn_mad, en, {2, {}, form::abbreviated, {}, amount_scale::billions}));
    CHECK(format_jobs(148500_jobs, fr) == format(148500_jobs, fr));
    CHECK(format_period(period::quarter(2025, 3), en) == format(period::quarter(2025, 3), en));
    CHECK(format_segment(segment::eso, en) == format(segment::eso, en));
    const interval<double> share(0.4025, 0.4035);
    CHECK(format_percent_interval(share, 2, fr) == format(share, fr, {2, shown_as::percent}));
}

TEST_CASE("format refuses an option that does not apply to the value, naming itself and the option") {
    CHECK_THROWS_WITH_AS(format(period::whole_year(2024), fr, {1}),
                         "offshoring::format: decimals cannot be given for a period" SEE_DOMAIN_ERRORS,
                         domain_error);
    CHECK_THROWS_WITH_AS(format(segment::ito, fr, {{}, shown_as::percent}),
                         "offshoring::format: shown_as cannot be given for a segment" SEE_DOMAIN_ERRORS,
                         domain_error);
    CHECK_THROWS_WITH_AS(format(148500_jobs, en, {{}, {}, {}, {}, amount_scale::billions}),
                         "offshoring::format: a scale cannot be given for jobs or a rate; only an amount has "
                         "one" SEE_DOMAIN_ERRORS,
                         domain_error);
    CHECK_THROWS_WITH_AS(
        format(26.22_bn_mad, en, {{}, shown_as::percent}),
        "offshoring::format: shown_as cannot be given for a quantity, which has its unit" SEE_DOMAIN_ERRORS,
        domain_error);
    CHECK_THROWS_WITH_AS(format(0.5, en, {{}, {}, {}, {}, amount_scale::millions}),
                         "offshoring::format: a scale cannot be given for a plain number" SEE_DOMAIN_ERRORS,
                         domain_error);
}

TEST_CASE("format refuses a value that is not finite and decimals outside 0..12") {
    CHECK_THROWS_WITH_AS(format(std::numeric_limits<double>::quiet_NaN(), fr),
                         "offshoring::format: value must be finite, got nan" SEE_DOMAIN_ERRORS, domain_error);
    CHECK_THROWS_WITH_AS(format(0.5, fr, {13}),
                         "offshoring::format: decimals must be in 0..12, got 13" SEE_DOMAIN_ERRORS,
                         domain_error);
    CHECK_THROWS_WITH_AS(format(26.22_bn_mad, en, {-1}),
                         "offshoring::format: decimals must be in 0..12, got -1" SEE_DOMAIN_ERRORS,
                         domain_error);
}

// Compiled where the standard library has <format> (libstdc++ 13, libc++ 17); g++ 12 and clang 14 here have
// none, so this test is not built on this machine.
#if defined(__cpp_lib_format)
TEST_CASE("std::format writes what operator<<, french() and english() write") {
    CHECK(std::format("{}", period::half(2025, 1)) == "2025-H1");
    CHECK(std::format("{}", period::whole_year(999)) == "0999");
    CHECK(std::format("{:>5}", segment::crm) == "  CRM");
    CHECK(std::format("{}", language::en) == "en");
    CHECK(std::format("{}", french(26.22_bn_mad)) == "26,2 milliards de dirhams");
    CHECK(std::format("{}", english(148500_jobs)) == "148,500 jobs");
}
#endif
