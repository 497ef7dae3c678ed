// Tests of offshoring/text.hpp. Every expected string is written from the rules in docs/reference/format.md.
// SPDX-License-Identifier: MIT
#include <offshoring/calendar/period_text.hpp>
#include <offshoring/text.hpp>

#include <cmath>
#include <limits>
#include <string>

#include <doctest/doctest.h>

#include "../support/troubleshooting.hpp"

using namespace offshoring;

namespace {

constexpr language fr = language::fr;
constexpr language en = language::en;
constexpr double nan_value = std::numeric_limits<double>::quiet_NaN();
constexpr double infinity = std::numeric_limits<double>::infinity();

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
        CHECK_THROWS_WITH_AS(format_number(nan_value, 1, fr),
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
        const mad<> not_a_number = mad<>::from_value(nan_value);
        CHECK_THROWS_WITH_AS(format_amount(not_a_number, units::billion_dirhams, 1, fr),
                             "offshoring::format_amount: value must be finite, got nan" SEE_DOMAIN_ERRORS,
                             offshoring::domain_error);
        CHECK_THROWS_WITH_AS(format_amount(not_a_number, 1, fr),
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
            format_mad_per_job(mad_per_job<>::from_value(nan_value), 0, fr),
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
        CHECK_THROWS_WITH_AS(format_percent(nan_value, 1, fr),
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
