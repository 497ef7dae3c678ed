// The examples of docs/reference/format.md, each checked against the result the page gives.
// SPDX-License-Identifier: MIT
#include <offshoring/offshoring.hpp>

#include <doctest/doctest.h>

#include "../../support/troubleshooting.hpp"

#include "../../support/reference_examples.hpp"

using namespace offshoring;
using namespace offshoring::testing;
using doctest::Approx;

TEST_CASE("docs/reference/format.md: the examples of text give their documented results") {
    constexpr language fr_text = language::fr;
    constexpr language en_text = language::en;

    // intro
    CHECK(format_amount(26.22_bn_mad, units::billion_dirhams, 1, fr_text) == "26,2 milliards de dirhams");
    CHECK(format_amount(26.22_bn_mad, units::billion_dirhams, 1, en_text, form::abbreviated) ==
          "MAD 26.2 bn");
    CHECK(format_jobs(148500_jobs, en_text) == "148,500 jobs");
    CHECK(format_percent(0.403, 1, fr_text) == "40,3 %");
    CHECK(format_growth(0.035, 1, en_text) == "+3.5%");
    CHECK(format_period(period::half(2025, 1), fr_text) == "premier semestre 2025");

    // at a glance
    CHECK(format_number(0.5, 1, en_text) == "0.5");
    CHECK(format_number(148500.0, 0, fr_text, grouping::none) == "148500");
    CHECK(format_segment(segment::crm, fr_text, form::abbreviated) == "CRM");
    CHECK(format_number(1234567.891, 2, fr_text) == "1 234 567,89");
    CHECK(format_growth(-0.002, 1, en_text) == "-0.2%");
    CHECK(format_points(2.1, 1, fr_text) == "+2,1 pts");
    CHECK(format_amount(48_m_mad, 0, en_text) == "48 million dirhams");
    CHECK(format_jobs(148500_jobs, fr_text) == "148 500 emplois");
    CHECK(format_mad_per_job(26.22_bn_mad / 148500_jobs, 0, en_text) == "176,566 dirhams per job");
    CHECK(format_mad_per_usd(26.2_bn_mad / 2.8_bn_usd, 2, fr_text) == "9,36 dirhams par dollar");
    CHECK(format_period(period::quarter(2025, 3), en_text) == "third quarter of 2025");
    CHECK(format_segment(segment::eso, en_text) == "engineering services outsourcing");
    CHECK(streamed(period::half(2025, 1)) == "2025-H1");
    CHECK(streamed(french(26.22_bn_mad)) == "26,2 milliards de dirhams");
    CHECK(streamed(english(148500_jobs)) == "148,500 jobs");

    // grouping table
    CHECK(format_number(148500.0, 0, fr_text, grouping::typographic) == "148\u202F500");
    CHECK(format_percent(0.403, 1, fr_text, grouping::typographic) == "40,3\u202F%");
    CHECK(format_percent(0.403, 1, fr_text, grouping::none) == "40,3 %");
    CHECK(format_number(148500.0, 0, en_text) == "148,500");
    CHECK(format_percent(0.403, 1, en_text, grouping::typographic) == "40.3%");

    // numbers
    CHECK(format_number(1e20, 0, en_text) == "100,000,000,000,000,000,000");
    CHECK(format_number(1e-7, 2, fr_text) == "0,00");
    CHECK(format_number(0.125, 2, en_text) == "0.13");
    CHECK(format_number(1.005, 2, fr_text) == "1,00");
    CHECK(format_number(0.0345, 3, fr_text) == "0,035");
    CHECK(format_number(-0.0, 1, fr_text) == "0,0");
    CHECK(format_number(-0.04, 1, fr_text) == "0,0");
    CHECK(format_amount(1005000000_mad, units::billion_dirhams, 2, fr_text) == "1,01 milliard de dirhams");
    CHECK(format_percent(0.0345, 1, fr_text) == "3,5 %");
    CHECK_THROWS_WITH_AS((void)format_number(not_a_number, 1, fr_text),
                         "offshoring::format_number: value must be finite, got nan" SEE_DOMAIN_ERRORS,
                         domain_error);
    CHECK_THROWS_WITH_AS((void)format_number(1.0, 13, fr_text),
                         "offshoring::format_number: decimals must be in 0..12, got 13" SEE_DOMAIN_ERRORS,
                         domain_error);

    // amounts table
    CHECK(format_amount(26.22_bn_mad, units::billion_dirhams, 1, fr_text, form::abbreviated) ==
          "26,2 Mds DH");
    CHECK(format_amount(26.22_bn_mad, units::billion_dirhams, 1, en_text) == "26.2 billion dirhams");
    CHECK(format_amount(48_m_mad, units::million_dirhams, 0, fr_text) == "48 millions de dirhams");
    CHECK(format_amount(48_m_mad, units::million_dirhams, 0, fr_text, form::abbreviated) == "48 M DH");
    CHECK(format_amount(48_m_mad, units::million_dirhams, 0, en_text) == "48 million dirhams");
    CHECK(format_amount(48_m_mad, units::million_dirhams, 0, en_text, form::abbreviated) == "MAD 48 mn");
    CHECK(format_amount(5_k_mad, units::thousand_dirhams, 0, fr_text) == "5 milliers de dirhams");
    CHECK(format_amount(5_k_mad, units::thousand_dirhams, 0, fr_text, form::abbreviated) == "5 k DH");
    CHECK(format_amount(5_k_mad, units::thousand_dirhams, 0, en_text) == "5 thousand dirhams");
    CHECK(format_amount(5_k_mad, units::thousand_dirhams, 0, en_text, form::abbreviated) == "MAD 5 k");
    CHECK(format_amount(176566_mad, units::dirham, 0, fr_text) == "176 566 dirhams");
    CHECK(format_amount(176566_mad, units::dirham, 0, fr_text, form::abbreviated) == "176 566 DH");
    CHECK(format_amount(176566_mad, units::dirham, 0, en_text) == "176,566 dirhams");
    CHECK(format_amount(176566_mad, units::dirham, 0, en_text, form::abbreviated) == "MAD 176,566");
    CHECK(format_amount(2.8_bn_usd, units::billion_us_dollars, 1, fr_text) == "2,8 milliards de dollars");
    CHECK(format_amount(2.8_bn_usd, units::billion_us_dollars, 1, fr_text, form::abbreviated) ==
          "2,8 Mds USD");
    CHECK(format_amount(2.8_bn_usd, units::billion_us_dollars, 1, en_text) == "2.8 billion dollars");
    CHECK(format_amount(2.8_bn_usd, units::billion_us_dollars, 1, en_text, form::abbreviated) ==
          "USD 2.8 bn");
    CHECK(format_amount(1.5_bn_mad, units::billion_dirhams, 1, fr_text) == "1,5 milliard de dirhams");
    CHECK(format_amount(1.5_bn_mad, units::billion_dirhams, 1, fr_text, form::abbreviated) == "1,5 Md DH");
    CHECK(format_amount(1_mad, units::dirham, 0, en_text) == "1 dirham");
    CHECK(format_amount(1_mad, units::dirham, 1, en_text) == "1.0 dirhams");
    CHECK(format_amount(1.95_bn_mad, units::billion_dirhams, 1, fr_text) == "2,0 milliards de dirhams");
    CHECK(format_amount(-0.2_bn_mad, units::billion_dirhams, 1, fr_text) == "-0,2 milliard de dirhams");
    CHECK(format_amount(-0.2_bn_mad, units::billion_dirhams, 1, en_text, form::abbreviated) == "MAD -0.2 bn");
    CHECK(format_amount(999999999.96_mad, 1, fr_text) == "1,0 milliard de dirhams");
    CHECK(format_amount(250000_mad, 0, fr_text) == "250 000 dirhams");

    // jobs and rates table
    CHECK(format_jobs(1_jobs, fr_text) == "1 emploi");
    CHECK(format_jobs(1_jobs, en_text) == "1 job");
    CHECK(format_jobs(0_jobs, fr_text) == "0 emploi");
    CHECK(format_jobs(0_jobs, en_text) == "0 jobs");
    CHECK(format_mad_per_job(26.22_bn_mad / 148500_jobs, 0, fr_text) == "176 566 dirhams par emploi");
    CHECK(format_mad_per_job(26.22_bn_mad / 148500_jobs, 0, fr_text, form::abbreviated) ==
          "176 566 DH par emploi");
    CHECK(format_mad_per_job(26.22_bn_mad / 148500_jobs, 0, en_text, form::abbreviated) ==
          "MAD 176,566 per job");
    // 26.22 / 2.8 = 9.364
    CHECK(format_mad_per_usd(26.22_bn_mad / 2.8_bn_usd, 2, fr_text) == "9,36 dirhams par dollar");
    CHECK(format_mad_per_usd(26.22_bn_mad / 2.8_bn_usd, 2, en_text) == "9.36 dirhams per dollar");
    CHECK(format_mad_per_usd(26.22_bn_mad / 2.8_bn_usd, 2, fr_text, form::abbreviated) == "9,36 DH par USD");
    CHECK(format_mad_per_usd(26.22_bn_mad / 2.8_bn_usd, 2, en_text, form::abbreviated) == "MAD 9.36 per USD");
    CHECK(format_jobs(2.5_jobs, 1, en_text) == "2.5 jobs");

    // percentages
    CHECK(format_percent(0.403, 1, en_text) == "40.3%");
    CHECK(format_growth(0.035, 1, fr_text) == "+3,5 %");
    CHECK(format_growth(-0.002, 1, fr_text) == "-0,2 %");
    CHECK(format_growth(0.0004, 1, fr_text) == "0,0 %");
    CHECK(format_points(2.1, 1, en_text) == "+2.1 pp");
    CHECK(format_points(1.5, 1, fr_text) == "+1,5 pt");
    CHECK(format_points(-0.5, 1, fr_text) == "-0,5 pt");

    // periods and segments table
    CHECK(format_period(period::whole_year(2024), fr_text, form::abbreviated) == "2024");
    CHECK(format_period(period::half(2025, 2), fr_text) == "second semestre 2025");
    CHECK(format_period(period::half(2025, 1), fr_text, form::abbreviated) == "S1 2025");
    CHECK(format_period(period::half(2025, 1), en_text) == "first half of 2025");
    CHECK(format_period(period::half(2025, 1), en_text, form::abbreviated) == "H1 2025");
    CHECK(format_period(period::quarter(2025, 3), fr_text) == "troisi\u00e8me trimestre 2025");
    CHECK(format_period(period::quarter(2025, 3), fr_text, form::abbreviated) == "T3 2025");
    CHECK(format_period(period::quarter(2025, 3), en_text, form::abbreviated) == "Q3 2025");
    CHECK(format_period(period::month(2025, 3), fr_text) == "mars 2025");
    CHECK(format_period(period::month(2025, 3), en_text, form::abbreviated) == "March 2025");
    CHECK(parse_period(format_period(period::quarter(2025, 3), fr_text)) == period::quarter(2025, 3));
    CHECK(format_segment(segment::crm, fr_text) == "gestion de la relation client");
    CHECK(format_segment(segment::crm, en_text) == "customer relationship management");
    CHECK_THROWS_WITH_AS((void)format_segment(static_cast<segment>(7), fr_text),
                         "offshoring::format_segment: not a segment, got 7" SEE_DOMAIN_ERRORS, domain_error);

    // streams
    CHECK(streamed(segment::crm) == "CRM");
    CHECK(streamed(language::fr) == "fr");
    CHECK(streamed(language::en) == "en");
    CHECK(streamed(english(48_m_mad, 0)) == "48 million dirhams");
    CHECK(streamed(french(period::half(2025, 1))) == "premier semestre 2025");
    CHECK(streamed(french(26.22_bn_mad, 2)) == "26,22 milliards de dirhams");
}

TEST_CASE(
    "docs/reference/format.md: the examples of format(x, lang, options) give their documented results") {
    constexpr language fr_text = language::fr;
    constexpr language en_text = language::en;

    // intro
    CHECK(format(26.22_bn_mad, fr_text) == "26,2 milliards de dirhams");
    CHECK(format(26.22_bn_mad, en_text, {1, {}, form::abbreviated}) == "MAD 26.2 bn");
    CHECK(format(148500_jobs, en_text) == "148,500 jobs");
    CHECK(format(0.403, fr_text, {1, shown_as::percent}) == "40,3 %");
    CHECK(format(0.035, en_text, {1, shown_as::growth}) == "+3.5%");
    CHECK(format(period::half(2025, 1), fr_text) == "premier semestre 2025");

    // every name at a glance
    CHECK(format(1234567.891, fr_text, {2}) == "1 234 567,89");
    CHECK(format(2.1, fr_text, {1, shown_as::points}) == "+2,1 pts");
    // 48 million dirhams are 0.048 billion: 0,05, singular below 2.
    CHECK(format(48_m_mad, fr_text, {2, {}, {}, {}, amount_scale::billions}) == "0,05 milliard de dirhams");

    // the entry point's table
    CHECK(format(1234567.891, fr_text) == "1 234 567,891");
    CHECK(format(2.8_bn_usd, fr_text) == "2,8 milliards de dollars");
    CHECK(format(1_jobs, fr_text) == "1 emploi");
    // 26.22e9 / 148 500 = 176 565.66
    CHECK(format(26.22_bn_mad / 148500_jobs, fr_text, {0, {}, form::abbreviated}) == "176 566 DH par emploi");
    // 26.2 / 2.8 = 9.357
    CHECK(format(26.2_bn_mad / 2.8_bn_usd, en_text, {{}, {}, form::abbreviated}) == "MAD 9.36 per USD");
    CHECK(format(period::year_to_date(2025, 9), fr_text) == "\u00e0 fin septembre 2025");
    CHECK(format(segment::crm, en_text, {{}, {}, form::abbreviated}) == "CRM");
    CHECK(format(interval<double>(0.4025, 0.4035), fr_text, {2, shown_as::percent}) == "[40,25 ; 40,35] %");
    CHECK(format(interval<mad<>>(26.15_bn_mad, 26.25_bn_mad), fr_text) ==
          "[26,15 ; 26,25] milliards de dirhams");
    CHECK(format(interval<jobs<>>(148450_jobs, 148550_jobs), fr_text) == "[148 450 ; 148 550] emplois");
    // 10,6 of 26,2 bn against 40,3 %: the share's bounds 10.55 / 26.25 and 10.65 / 26.15.
    const verdict<double> v = check_share(parse_published("10,6", fr, bn), parse_published("26,2", fr, bn),
                                          parse_published("40,3 %", fr));
    CHECK(format(v, en_text, {2, shown_as::percent}) == "consistent: [40.19, 40.73]% meets [40.25, 40.35]%");

    // refusals
    CHECK_THROWS_WITH_AS((void)format(period::whole_year(2024), fr_text, {1}),
                         "offshoring::format: decimals cannot be given for a period" SEE_DOMAIN_ERRORS,
                         domain_error);
    CHECK_THROWS_WITH_AS((void)format(148500_jobs, fr_text, {{}, {}, {}, {}, amount_scale::billions}),
                         "offshoring::format: a scale cannot be given for jobs or a rate; only an amount has "
                         "one" SEE_DOMAIN_ERRORS,
                         domain_error);
    CHECK_THROWS_WITH_AS(
        (void)format(26.22_bn_mad, fr_text, {{}, shown_as::percent}),
        "offshoring::format: shown_as cannot be given for a quantity, which has its unit" SEE_DOMAIN_ERRORS,
        domain_error);
}
