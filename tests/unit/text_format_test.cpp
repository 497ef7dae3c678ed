// Tests of format(x, lang, options), the one text entry point. Every expected string is worked out by hand
// from the rules of docs/reference/format.md.
// SPDX-License-Identifier: MIT
#include <offshoring/published/interval_arithmetic.hpp>
#include <offshoring/text.hpp>
#include <offshoring/text/formatter.hpp>

#include <limits>
#include <string>

#include <doctest/doctest.h>

using namespace offshoring;

namespace {
constexpr language fr = language::fr;
constexpr language en = language::en;
}  // namespace

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
                         "offshoring::format: decimals cannot be given for a period", domain_error);
    CHECK_THROWS_WITH_AS(format(segment::ito, fr, {{}, shown_as::percent}),
                         "offshoring::format: shown_as cannot be given for a segment", domain_error);
    CHECK_THROWS_WITH_AS(
        format(148500_jobs, en, {{}, {}, {}, {}, amount_scale::billions}),
        "offshoring::format: a scale cannot be given for jobs or a rate; only an amount has one",
        domain_error);
    CHECK_THROWS_WITH_AS(format(26.22_bn_mad, en, {{}, shown_as::percent}),
                         "offshoring::format: shown_as cannot be given for a quantity, which has its unit",
                         domain_error);
    CHECK_THROWS_WITH_AS(format(0.5, en, {{}, {}, {}, {}, amount_scale::millions}),
                         "offshoring::format: a scale cannot be given for a plain number", domain_error);
}

TEST_CASE("format refuses a value that is not finite and decimals outside 0..12") {
    CHECK_THROWS_WITH_AS(format(std::numeric_limits<double>::quiet_NaN(), fr),
                         "offshoring::format: value must be finite, got nan", domain_error);
    CHECK_THROWS_WITH_AS(format(0.5, fr, {13}), "offshoring::format: decimals must be in 0..12, got 13",
                         domain_error);
    CHECK_THROWS_WITH_AS(format(26.22_bn_mad, en, {-1}),
                         "offshoring::format: decimals must be in 0..12, got -1", domain_error);
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
