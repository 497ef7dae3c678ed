// The one-line examples of docs/reference.md and docs/reference/*.md, each checked against its documented
// result, so that the reference cannot drift from the code. Every expected value is worked out by hand from
// the formula the page gives, the arithmetic shown beside it.
// SPDX-License-Identifier: MIT
#include <offshoring/offshoring.hpp>

#include <array>
#include <cstddef>
#include <limits>
#include <numeric>
#include <optional>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <type_traits>

#include <doctest/doctest.h>

#include "../support/troubleshooting.hpp"

// Argument-dependent lookup finds the read-outs with only the literals opened (docs/reference/units.md).
namespace adl_check {
using namespace offshoring::literals;
inline double billions() { return in_billion_mad(26.22_bn_mad); }
}  // namespace adl_check

using namespace offshoring;
using doctest::Approx;

namespace {

constexpr number_style fr = number_style::french;
constexpr units::billion_dirham_unit bn{};
constexpr double not_a_number = std::numeric_limits<double>::quiet_NaN();

template <class X>
std::string streamed(const X& x) {
    std::ostringstream os;
    os << x;
    return os.str();
}

// Where and why a parser stopped: the position, and the message after "at position <n>: ".
struct refusal {
    std::size_t position;
    std::string message;
};

template <class Parse>
refusal refusal_of(Parse parse) {
    try {
        parse();
    } catch (const parse_error& e) {
        return {e.position(), e.what()};
    }
    return {static_cast<std::size_t>(-1), "no error"};
}

refusal period_refusal(std::string_view text) {
    return refusal_of([text] { (void)parse_period(text); });
}

std::string period_message(std::string_view text, std::size_t position, std::string_view why) {
    return "offshoring::parse_period: cannot read \"" + std::string(text) + "\" at position " +
           std::to_string(position) + ": " + std::string(why) + SEE_PARSE_ERRORS;
}

}  // namespace

// ---------------------------------------------------------------------------------------------------------
// docs/reference.md

TEST_CASE("reference: entry page examples") {
    // 10.6 / 26.2 = 0.404580...
    CHECK(share(10.6_bn_mad, 26.2_bn_mad) == Approx(0.40458).epsilon(1e-5));
    // 10.6 / 26.22 = 0.404272, above 40,3 %'s [0.4025, 0.4035].
    CHECK_FALSE(check_share(10.6_bn_mad, 26.22_bn_mad, parse_published("40,3 %", fr)).consistent);
    // 40.458 % at one decimal.
    CHECK(format_percent(share(10.6_bn_mad, 26.2_bn_mad), 1, language::fr) == "40,5 %");
    CHECK(format_percent(share(10.6_bn_mad, 26.2_bn_mad), 1, language::en) == "40.5%");
}

TEST_CASE("reference: common rules examples") {
    CHECK_THROWS_WITH_AS((void)period::half(2025, 3),
                         "offshoring::period::half: half must be 1 or 2, got 3" SEE_DOMAIN_ERRORS,
                         domain_error);
    CHECK_THROWS_AS((void)period::half(2025, 3), std::logic_error);
    // -1 bn is -1e9 dirhams in the message.
    CHECK_THROWS_WITH_AS((void)growth(-1_bn_mad, 1_bn_mad),
                         "offshoring::growth: base must be positive and finite, got -1e+09" SEE_DOMAIN_ERRORS,
                         domain_error);

    const refusal r = period_refusal("2025-H3");
    CHECK(r.position == 6);
    CHECK(r.message ==
          "offshoring::parse_period: cannot read \"2025-H3\" at position 6: half must be 1 or "
          "2" SEE_PARSE_ERRORS);
    try {
        (void)parse_period("2025-H3");
    } catch (const parse_error& e) {
        CHECK(e.text() == "2025-H3");
    }
    CHECK_THROWS_AS((void)parse_period("2025-H3"), std::logic_error);

    // try_ variants
    CHECK(try_parse_period("2025-S1") == period::half(2025, 1));
    CHECK(try_parse_segment("Relation client") == segment::crm);
    CHECK(try_parse_published("3,5 %", fr) == published_number(35, 1, number_kind::percent));
    CHECK_FALSE(try_parse_published("3,5 %", fr, units::billion_dirhams).has_value());

    // fractions and points: 3.5 %; (0.374 - 0.403) * 100 = -2.9
    CHECK(format_percent(0.035, 1, language::en) == "3.5%");
    CHECK(percentage_point_change(0.403, 0.374) == Approx(-2.9));
    CHECK(format_points(-2.9, 1, language::fr) == "-2,9 pts");
    CHECK(parse_published("40,3 %", fr).value() == Approx(40.3));
    CHECK(as_interval(parse_published("40,3 %", fr)).lo() == Approx(0.4025));
    CHECK(as_interval(parse_published("40,3 %", fr)).hi() == Approx(0.4035));
    CHECK_THROWS_AS((void)percentage_point_change(40.3, 37.4), domain_error);

    // values leave quantities through named units
    CHECK(in_billion_mad(26.22_bn_mad) == 26.22);
    CHECK(in_million_mad(26.22_bn_mad) == 26220.0);
    CHECK(value_in(units::billion_dirhams, 26.22_bn_mad) == 26.22);
    CHECK(make_mad(26.22, units::billion_dirhams) == 26.22_bn_mad);
    CHECK(10.6_bn_mad / 26.2_bn_mad == Approx(0.40458).epsilon(1e-5));
}

TEST_CASE("reference: data examples") {
    const data::figure& ito = data::find_figure("share_ito_2024_000");
    CHECK(ito.period == period::whole_year(2024));
    CHECK(ito.printed == "40,3 %");
    CHECK(ito.measure == data::measure::share);
    CHECK(ito.reading.approx == approximation::exact);
    CHECK(ito.reading.number == published_number(403, 1, number_kind::percent));

    CHECK(data::name(data::measure::jobs_created) == "jobs_created");
    CHECK(data::try_parse_measure("target_exports") == data::measure::target_exports);
    CHECK_FALSE(data::try_parse_measure("amount").has_value());

    using data::scope;
    CHECK(scope::total().is_total());
    CHECK(scope::of(segment::eso).only() == segment::eso);
    CHECK(scope::of(segment::ito, segment::crm).segment_count() == 2);
    CHECK_FALSE(scope::of(segment::kpo).is_total());
    CHECK(scope::of(segment::ito, segment::crm).covers(segment::crm));
    CHECK(scope::total().segment_count() == 0);
    CHECK(scope::of(segment::ito, segment::crm) == scope::of(segment::crm, segment::ito));
    CHECK(data::to_string(scope::of(segment::crm, segment::ito)) == "ITO+CRM");
    CHECK(data::try_parse_scope("ITO+CRM") == scope::of(segment::ito, segment::crm));
    CHECK_FALSE(data::try_parse_scope("ITO+ITO").has_value());

    CHECK(data::find_figure("jobs_2024_004").printed == "148.500 emplois");
    CHECK(data::shipped_figures().size() == 54);
    CHECK_THROWS_WITH_AS(
        (void)data::find_figure("total_2042"),
        "offshoring::data::find_figure: no figure has the id \"total_2042\"" SEE_DOMAIN_ERRORS, domain_error);

    const std::string csv = data::figures_csv(data::shipped_figures());
    CHECK(csv.substr(0, csv.find('\n')) == "id,source,measure,scope,period,printed,unit,of,quote,style");

    // près de 80 %: the unit of the last significant digit is 10, so [75, 85] %.
    const claim_range<double> ito_crm = data::claimed_fraction(data::find_figure("share_ito_crm_2024_000"));
    CHECK(ito_crm.bounded().lo() == Approx(0.75));
    CHECK(ito_crm.bounded().hi() == Approx(0.85));
    // 48 millions de dirhams to nearest: [47.5, 48.5] M; truncated: [48, 49] M.
    const data::figure& kpo = data::find_figure("kpo_2024_000");
    CHECK(in_million_mad(data::claimed_mad(kpo).bounded().lo()) == Approx(47.5));
    CHECK(in_million_mad(data::claimed_mad(kpo, {rounding::truncation, {}, {}}).bounded().hi()) ==
          Approx(49.0));
    // près de 2,8 milliards de dollars: [2.75, 2.85] bn.
    CHECK(in_billion_usd(*data::claimed_usd(data::find_figure("total_usd_2024_000")).upper()) ==
          Approx(2.85));
    // plus de 140.000: [140 000, +inf), or within the unit 10 000, [140 000, 150 000].
    const data::figure& more = data::find_figure("jobs_2025_more_than_001");
    CHECK_FALSE(data::claimed_jobs(more).upper().has_value());
    CHECK(in_jobs(*data::claimed_jobs(more, {{}, bound_reading::within_one_unit, {}}).upper()) ==
          Approx(150000.0));
    CHECK(in_million_mad(data::printed_mad(kpo)) == Approx(48.0));
    CHECK(in_jobs(data::printed_jobs(data::find_figure("jobs_2024_004"))) == Approx(148500.0));
    CHECK(data::printed_fraction(data::find_figure("share_ito_2024_000")) == Approx(0.403));
    CHECK_THROWS_WITH_AS(
        (void)data::claimed_mad(data::find_figure("growth_2024_000")),
        "offshoring::data::claimed_mad: figure \"growth_2024_000\" (growth, printed \"0,2 %\") "
        "is not in dirhams" SEE_DOMAIN_ERRORS,
        domain_error);

    // [10.55, 10.65] of [26.15, 26.25]: [10.55 / 26.25, 10.65 / 26.15] = [0.401905, 0.407266].
    const auto v = check_share(data::claimed_mad(data::find_figure("ito_2024_002")).bounded(),
                               data::claimed_mad(data::find_figure("total_2024_002")).bounded(),
                               data::claimed_fraction(data::find_figure("share_ito_2024_002")).bounded());
    CHECK(v.consistent);
    CHECK(v.computed.lo() == Approx(0.401905).epsilon(1e-6));
    CHECK(v.computed.hi() == Approx(0.407266).epsilon(1e-6));
}

// ---------------------------------------------------------------------------------------------------------
// docs/reference/units.md

TEST_CASE("reference: units examples") {
    constexpr auto exports_2024 = 26.22_bn_mad;
    constexpr auto workforce = 148500_jobs;
    constexpr auto per_job = exports_2024 / workforce;
    static_assert(std::is_same_v<std::decay_t<decltype(exports_2024)>, mad<double>>);
    static_assert(std::is_same_v<std::decay_t<decltype(workforce)>, jobs<double>>);
    static_assert(std::is_same_v<std::decay_t<decltype(per_job)>, mad_per_job<double>>);
    static_assert(in_billion_mad(exports_2024) == 26.22);
    const double plain = 10.6_bn_mad / 26.2_bn_mad;
    CHECK(plain == Approx(0.4045).epsilon(1e-3));

    // base units
    CHECK(std::string_view(units::dirham_base_unit::name()) == "dirham");
    CHECK(std::string_view(units::dirham_base_unit::symbol()) == "MAD");
    CHECK(std::string_view(units::us_dollar_base_unit::name()) == "US dollar");
    CHECK(std::string_view(units::us_dollar_base_unit::symbol()) == "USD");
    CHECK(std::string_view(units::job_base_unit::name()) == "job");
    CHECK(std::string_view(units::job_base_unit::symbol()) == "job");
    static_assert(units::first_ordinal == 21201);

    // unit objects
    CHECK(in_mad(5.0 * units::dirham) == 5.0);
    CHECK(in_mad(5.0 * units::thousand_dirhams) == 5000.0);
    CHECK(in_mad(48.0 * units::million_dirhams) == 4.8e7);
    CHECK(in_mad(26.22 * units::billion_dirhams) == 2.622e10);
    CHECK(in_usd(5.0 * units::us_dollar) == 5.0);
    CHECK(in_usd(5.0 * units::thousand_us_dollars) == 5000.0);
    CHECK(in_usd(2.0 * units::million_us_dollars) == 2e6);
    CHECK(in_usd(2.8 * units::billion_us_dollars) == Approx(2.8e9));
    CHECK(in_jobs(148500.0 * units::job) == 148500.0);
    CHECK(in_mad_per_job(176565.66 * units::dirham_per_job) == 176565.66);
    CHECK(in_mad_per_usd(9.36 * units::dirham_per_us_dollar) == 9.36);
    static_assert(
        std::is_same_v<units::power_of_ten_unit<units::dirham_unit, 9>, units::billion_dirham_unit>);
    static_assert(std::is_same_v<units::dirham_per_job_unit,
                                 boost::units::unit<units::dirham_per_job_dimension, units::system>>);
    CHECK(in_mad(mad<>(26.22 * units::billion_dirhams)) == 2.622e10);

    // what compiles
    static_assert(std::is_same_v<decltype(26.22_bn_mad / 148500_jobs), mad_per_job<>>);
    static_assert(std::is_same_v<decltype(26.2_bn_mad / 2.8_bn_usd), mad_per_usd<>>);
    static_assert(std::is_same_v<decltype(2.8_bn_usd * (26.2_bn_mad / 2.8_bn_usd)), mad<>>);
    static_assert(std::is_same_v<decltype(26.22_bn_mad * 0.403), mad<>>);

    // literals
    CHECK(in_mad(26.22_bn_mad) == 26220000000.0);
    CHECK(in_mad(48_m_mad) == 4.8e7);
    CHECK(in_mad(1.5_k_mad) == 1500.0);
    CHECK(in_mad(176566_mad) == 176566.0);
    CHECK(in_usd(2.8_bn_usd) == 2.8e9);
    CHECK(in_usd(250_m_usd) == 2.5e8);
    CHECK(in_usd(3_k_usd) == 3000.0);
    CHECK(in_usd(10.5_usd) == 10.5);
    CHECK(in_jobs(148500_jobs) == 148500.0);
    CHECK_THROWS_WITH_AS(
        (void)operator""_bn_mad(1e300L),
        "offshoring::literals::operator\"\"_bn_mad: value overflows a double once converted to "
        "the base unit, got 1e+300" SEE_DOMAIN_ERRORS,
        domain_error);

    // read-outs: 4.8e7 / 1e9 = 0.048; 26.22e9 / 148500 = 176565.66; 26.2 / 2.8 = 9.357
    CHECK(value_in(units::billion_dirhams, 48_m_mad) == 0.048);
    CHECK(in_million_mad(26.22_bn_mad) == 26220.0);
    CHECK(in_million_usd(2.8_bn_usd) == 2800.0);
    CHECK(in_jobs(148500_jobs) == 148500.0);
    CHECK(in_mad_per_job(26.22_bn_mad / 148500_jobs) == Approx(176565.66));
    CHECK(in_mad_per_usd(26.2_bn_mad / 2.8_bn_usd) == Approx(9.357).epsilon(1e-4));
    CHECK(in_billion_mad(26.22_bn_mad) == 26.22);
    CHECK(adl_check::billions() == 26.22);

    // checked makers
    CHECK(make_mad(26.22, units::billion_dirhams) == 26.22_bn_mad);
    CHECK(in_billion_usd(make_usd(2.8, units::billion_us_dollars)) == Approx(2.8));
    CHECK(make_jobs(148500.0) == 148500_jobs);
    CHECK(in_mad_per_job(make_mad_per_job(176565.66)) == 176565.66);
    CHECK(in_mad_per_usd(make_mad_per_usd(9.36)) == 9.36);
    CHECK_THROWS_WITH_AS((void)make_mad(not_a_number),
                         "offshoring::make_mad: value must be finite, got nan" SEE_DOMAIN_ERRORS,
                         domain_error);
    CHECK_THROWS_WITH_AS(
        (void)make_mad(1e300, units::billion_dirhams),
        "offshoring::make_mad: value overflows a double once converted to the base unit, got "
        "1e+300 in the unit given" SEE_DOMAIN_ERRORS,
        domain_error);
    CHECK(in_mad(make_mad(-2.0)) == -2.0);

    // detail::require_finite, for the other layers
    CHECK(detail::require_finite("offshoring::growth", 12.9_bn_mad) == 12.9_bn_mad);
    CHECK_THROWS_WITH_AS((void)detail::require_finite("offshoring::growth", not_a_number),
                         "offshoring::growth: value must be finite, got nan" SEE_DOMAIN_ERRORS, domain_error);
}

TEST_CASE("reference: exchange rate examples") {
    const exchange_rate<> r(period::whole_year(2024), 9.36 * units::dirham_per_us_dollar);
    const exchange_rate deduced(period::whole_year(2024), 9.36 * units::dirham_per_us_dollar);
    static_assert(std::is_same_v<std::decay_t<decltype(deduced)>, exchange_rate<double>>);
    CHECK(deduced == r);

    CHECK_THROWS_WITH_AS(exchange_rate<>(period::whole_year(2024), -9.36 * units::dirham_per_us_dollar),
                         "offshoring::exchange_rate: rate must be positive and finite, got -9.36 MAD per "
                         "USD" SEE_DOMAIN_ERRORS,
                         domain_error);
    // 26.2 / 2.8 = 9.357
    CHECK(in_mad_per_usd(
              exchange_rate<>::implied_by(period::whole_year(2024), 26.2_bn_mad, 2.8_bn_usd).rate()) ==
          Approx(9.357).epsilon(1e-4));
    CHECK_THROWS_WITH_AS(
        (void)exchange_rate<>::implied_by(period::whole_year(2024), 26.2_bn_mad, 0_usd),
        "offshoring::exchange_rate::implied_by: the amount in US dollars must be positive and "
        "finite, got 0 USD" SEE_DOMAIN_ERRORS,
        domain_error);
    CHECK(r.applies_to() == period::whole_year(2024));
    CHECK(in_mad_per_usd(r.rate()) == 9.36);
    CHECK(r != exchange_rate<>(period::half(2024, 1), r.rate()));

    // 2.8 * 9.36 = 26.208; 26.22 / 9.36 = 2.8013
    CHECK(in_billion_mad(to_mad(2.8_bn_usd, r)) == Approx(26.208));
    CHECK(in_billion_usd(to_usd(26.22_bn_mad, r)) == Approx(2.801).epsilon(1e-3));
    CHECK_THROWS_WITH_AS((void)to_mad(usd<>::from_value(not_a_number), r),
                         "offshoring::to_mad: amount must be finite, got nan USD" SEE_DOMAIN_ERRORS,
                         domain_error);
    CHECK_THROWS_WITH_AS(
        (void)to_mad(1e308_usd, r),
        "offshoring::to_mad: the result overflows a double, converting 1e+308 USD at 9.36 MAD "
        "per USD" SEE_DOMAIN_ERRORS,
        domain_error);
    CHECK_THROWS_WITH_AS((void)to_mad(1_bn_usd, period::half(2025, 1), r),
                         "offshoring::to_mad: the rate applies to 2024, which does not contain the amount's "
                         "period 2025-H1" SEE_DOMAIN_ERRORS,
                         domain_error);
    CHECK(in_billion_mad(to_mad(1_bn_usd, period::half(2024, 2), r)) == Approx(9.36));
    CHECK(in_billion_usd(to_usd(9.36_bn_mad, period::quarter(2024, 1), r)) == Approx(1.0));
}

// ---------------------------------------------------------------------------------------------------------
// docs/reference/periods.md

TEST_CASE("reference: periods examples") {
    constexpr period h1_2025 = period::half(2025, 1);
    static_assert(h1_2025.days() == 181);
    static_assert(h1_2025.year_earlier() == period::half(2024, 1));
    static_assert(period::min_year == 1 && period::max_year == 9999);

    // factories
    CHECK(period::whole_year(2024).months() == 12);
    CHECK(period::half(2025, 1).first() == date::year{2025} / 1);
    CHECK(period::quarter(2025, 3).first() == date::year{2025} / 7);
    CHECK(period::month(2025, 3).first() == date::year{2025} / 3);
    CHECK_THROWS_WITH_AS(
        (void)period::whole_year(10000),
        "offshoring::period::whole_year: year must be in 1..9999, got 10000" SEE_DOMAIN_ERRORS, domain_error);
    CHECK_THROWS_WITH_AS((void)period::half(2025, 3),
                         "offshoring::period::half: half must be 1 or 2, got 3" SEE_DOMAIN_ERRORS,
                         domain_error);
    CHECK_THROWS_WITH_AS((void)period::quarter(2025, 0),
                         "offshoring::period::quarter: quarter must be in 1..4, got 0" SEE_DOMAIN_ERRORS,
                         domain_error);
    CHECK_THROWS_WITH_AS((void)period::month(2025, 13),
                         "offshoring::period::month: month must be in 1..12, got 13" SEE_DOMAIN_ERRORS,
                         domain_error);
    CHECK_THROWS_WITH_AS(
        (void)period::whole_year(1).year_earlier(),
        "offshoring::period::year_earlier: the year before must be in 1..9999, got 0" SEE_DOMAIN_ERRORS,
        domain_error);

    // observers
    CHECK(period::half(2025, 1).kind() == period_kind::half);
    CHECK(period::quarter(2025, 3).year() == 2025);
    CHECK(period::quarter(2025, 3).index() == 3);
    CHECK(period::half(2025, 2).first() == date::year{2025} / 7);
    CHECK(period::half(2025, 2).last() == date::year{2025} / 12);
    CHECK(period::half(2025, 1).months() == 6);
    CHECK(period::half(2024, 1).days() == 182);
    // worked values: 31+29+31+30+31+30 = 182 in 2024; Q1 2025 = 31+28+31 = 90; H2 = 31+31+30+31+30+31 = 184
    CHECK(period::whole_year(2024).days() == 366);
    CHECK(period::whole_year(2025).days() == 365);
    CHECK(period::half(2025, 2).days() == 184);
    CHECK(period::quarter(2024, 1).days() == 91);
    CHECK(period::quarter(2025, 1).days() == 90);
    CHECK(period::quarter(2025, 2).days() == 91);
    CHECK(period::quarter(2025, 3).days() == 92);
    CHECK(period::quarter(2025, 4).days() == 92);

    // operations
    CHECK(period::half(2025, 1).year_earlier() == period::half(2024, 1));
    CHECK(period::whole_year(2024).contains(period::half(2024, 2)));
    CHECK(period::half(2024, 1).contains(date::year{2024} / 6));
    CHECK(period::month(2025, 3).enclosing_year() == period::whole_year(2025));

    // order
    CHECK(period::whole_year(2024) < period::half(2024, 1));
    CHECK(period::half(2024, 1) < period::quarter(2024, 1));
    CHECK(period::quarter(2024, 1) < period::month(2024, 1));
    CHECK(period::month(2024, 3) < period::quarter(2024, 2));
    CHECK(period::month(2024, 6) < period::half(2024, 2));
    CHECK(period::month(2024, 12) < period::whole_year(2025));

    // text
    CHECK(parse_period("2025-H1") == period::half(2025, 1));
    CHECK_FALSE(try_parse_period("2025-H3").has_value());
    CHECK(to_string(period::quarter(2025, 3)) == "2025-Q3");
    CHECK(to_string(period::half(999, 2)) == "0999-H2");

    // forms read
    CHECK(parse_period("2024") == period::whole_year(2024));
    CHECK(parse_period("2025-S1") == period::half(2025, 1));
    CHECK(parse_period("2025-q3") == period::quarter(2025, 3));
    CHECK(parse_period("2025-T3") == period::quarter(2025, 3));
    CHECK(parse_period("2025-03") == period::month(2025, 3));
    CHECK(parse_period("  H1 2025\t") == period::half(2025, 1));
    CHECK(parse_period("S1  2025") == period::half(2025, 1));
    CHECK(parse_period("Q3 2025") == period::quarter(2025, 3));
    CHECK(parse_period("T3 2025") == period::quarter(2025, 3));
    CHECK(parse_period("premier semestre 2025") == period::half(2025, 1));
    CHECK(parse_period("1er semestre 2025") == period::half(2025, 1));
    CHECK(parse_period("second semestre 2025") == period::half(2025, 2));
    CHECK(parse_period("deuxi\u00e8me semestre 2025") == period::half(2025, 2));
    CHECK(parse_period("deuxieme semestre 2025") == period::half(2025, 2));
    CHECK(parse_period("2e semestre 2025") == period::half(2025, 2));
    CHECK(parse_period("2\u00e8me semestre 2025") == period::half(2025, 2));
    CHECK(parse_period("premier trimestre 2025") == period::quarter(2025, 1));
    CHECK(parse_period("quatri\u00e8me trimestre 2025") == period::quarter(2025, 4));
    CHECK(parse_period("3e trimestre 2025") == period::quarter(2025, 3));
    CHECK(parse_period("3\u00e8me trimestre 2025") == period::quarter(2025, 3));

    // errors, the table row by row
    struct row {
        std::string_view text;
        std::size_t position;
        std::string_view why;
    };
    const std::string long_year = "2025" + std::string(36, '7');
    const std::array<row, 15> rows{{
        {"", 0, "expected a period such as 2024, 2025-H1, 2025-Q3 or 2025-03"},
        {"2025-", 5, "expected H1, S1, Q1 or a two-digit month after '-'"},
        {"2025-H3", 6, "half must be 1 or 2"},
        {"2025-Q0", 6, "quarter must be 1 to 4"},
        {"2025-13", 5, "month must be 01 to 12"},
        {"2025-3", 6, "a month has two digits"},
        {"20x5", 2, "a year has four digits"},
        {"0000", 0, "year must be in 0001..9999"},
        {"2025x", 4, "expected '-' or the end after the year"},
        {"2025-H1x", 7, "unexpected text after the period"},
        {"x2025", 0, "expected a period such as 2024, 2025-H1, 2025-Q3 or 2025-03"},
        {long_year, 4, "a year has four digits"},
        {"H12025", 2, "expected a space before the year"},
        {"troisi\u00e8me semestre 2025", 0, "a year has two semestres"},
        {"premier mois 2025", 8, "expected semestre or trimestre"},
    }};
    for (const row& x : rows) {
        CAPTURE(x.text);
        const refusal r = period_refusal(x.text);
        CHECK(r.position == x.position);
        if (x.text.size() <= 64) CHECK(r.message == period_message(x.text, x.position, x.why));
        CHECK(r.message.find(std::string(": ") + std::string(x.why)) != std::string::npos);
    }
}

// ---------------------------------------------------------------------------------------------------------
// docs/reference/segments.md

TEST_CASE("reference: segments examples") {
    static_assert(acronym(segment::eso) == "ESO");
    static_assert(segment_count == 5);
    CHECK(all_segments ==
          std::array<segment, 5>{segment::ito, segment::crm, segment::eso, segment::bpo, segment::kpo});

    CHECK(acronym(segment::ito) == "ITO");
    CHECK(acronym(segment::crm) == "CRM");
    CHECK(acronym(segment::bpo) == "BPO");
    CHECK(acronym(segment::kpo) == "KPO");
    CHECK(english_name(segment::ito) == "IT services outsourcing");
    CHECK(english_name(segment::crm) == "customer relationship management");
    CHECK(english_name(segment::eso) == "engineering services outsourcing");
    CHECK(english_name(segment::bpo) == "business process outsourcing");
    CHECK(english_name(segment::kpo) == "knowledge process outsourcing");
    CHECK(french_name(segment::ito) == "externalisation des services informatiques");
    CHECK(french_name(segment::crm) == "gestion de la relation client");
    CHECK(french_name(segment::eso) == "ing\u00e9nierie");
    CHECK(french_name(segment::bpo) == "externalisation des processus d'entreprise");
    CHECK(french_name(segment::kpo) == "externalisation des processus de connaissance");
    CHECK_THROWS_WITH_AS((void)acronym(static_cast<segment>(7)),
                         "offshoring::acronym: not a segment, got 7" SEE_DOMAIN_ERRORS, domain_error);

    // by_segment
    const by_segment<double> shares;
    CHECK(shares.total() == 0.0);
    by_segment<int> n{10, 20, 30, 40, 50};
    CHECK(n[segment::crm] == 20);
    CHECK(n.at(segment::kpo) == 50);
    CHECK(std::accumulate(n.begin(), n.end(), 0) == 150);
    CHECK(n.size() == 5);
    CHECK(n.total() == 150);
    CHECK(n == by_segment<int>{10, 20, 30, 40, 50});
    int visited = 0;
    for (auto [s, v] : n.entries()) {
        if (s == segment::eso) CHECK(v == 30);
        ++visited;
    }
    CHECK(visited == 5);
    for (auto [s, v] : n.entries())
        if (s == segment::kpo) v = 0;
    CHECK(n[segment::kpo] == 0);
    CHECK_THROWS_AS((void)n[static_cast<segment>(5)], domain_error);

    // 10.6 + 9.8 + 3.4 + 2.3 + 0.048 = 26.148
    const by_segment<mad<>> exports_2024{10.6_bn_mad, 9.8_bn_mad, 3.4_bn_mad, 2.3_bn_mad, 48_m_mad};
    CHECK(in_billion_mad(exports_2024.total()) == Approx(26.148));

    // reading
    CHECK(parse_segment("Ing\u00e9nierie") == segment::eso);
    CHECK_FALSE(try_parse_segment("services").has_value());
    CHECK(parse_segment("ito") == segment::ito);
    CHECK(parse_segment("Ito") == segment::ito);
    CHECK(parse_segment("INGENIERIE") == segment::eso);
    CHECK(parse_segment("ING\u00c9NIERIE") == segment::eso);
    CHECK(parse_segment("processus d\u2019entreprise") == segment::bpo);
    CHECK(parse_segment("\u00a0gestion  de la\u202frelation client ") == segment::crm);
    CHECK(parse_segment("IT outsourcing") == segment::ito);
    CHECK(parse_segment("information technology outsourcing") == segment::ito);
    CHECK(parse_segment("services informatiques") == segment::ito);
    CHECK(parse_segment("services informatiques et technologiques") == segment::ito);
    CHECK(parse_segment("relation client") == segment::crm);
    CHECK(parse_segment("engineering outsourcing") == segment::eso);
    CHECK(parse_segment("services d'ing\u00e9nierie") == segment::eso);
    CHECK(parse_segment("externalisation des services d'ing\u00e9nierie") == segment::eso);
    CHECK(parse_segment("processus d'entreprise") == segment::bpo);
    CHECK(parse_segment("processus d'affaires") == segment::bpo);
    CHECK_FALSE(try_parse_segment("externalisation des processus d'affaires").has_value());
    CHECK(parse_segment("processus de connaissance") == segment::kpo);

    const std::string not_one =
        "not a segment: expected ITO, CRM, ESO, BPO, KPO or an English or French segment "
        "name" SEE_PARSE_ERRORS;
    CHECK_THROWS_WITH_AS(
        (void)parse_segment("ITOX"),
        ("offshoring::parse_segment: cannot read \"ITOX\" at position 0: " + not_one).c_str(), parse_error);
    CHECK_THROWS_WITH_AS(
        (void)parse_segment("services"),
        ("offshoring::parse_segment: cannot read \"services\" at position 0: " + not_one).c_str(),
        parse_error);
    CHECK_THROWS_WITH_AS(
        (void)parse_segment(""),
        "offshoring::parse_segment: cannot read \"\" at position 0: expected a segment name" SEE_PARSE_ERRORS,
        parse_error);
    CHECK_THROWS_WITH_AS((void)parse_segment("   "),
                         "offshoring::parse_segment: cannot read \"   \" at position 3: expected a segment "
                         "name" SEE_PARSE_ERRORS,
                         parse_error);
}

// ---------------------------------------------------------------------------------------------------------
// docs/reference/metrics.md

TEST_CASE("reference: metrics examples") {
    // 10.6 / 26.2 = 0.40458; 0.5 / 12.9 = 0.03876
    CHECK(share(10.6_bn_mad, 26.2_bn_mad) == Approx(0.40458).epsilon(1e-5));
    CHECK(growth(12.9_bn_mad, 13.4_bn_mad) == Approx(0.03876).epsilon(1e-4));

    // share.hpp: (0.374 - 0.403) * 100 = -2.9
    CHECK(percentage_point_change(0.403, 0.374) == Approx(-2.9));
    CHECK_THROWS_WITH_AS(
        (void)share(30_bn_mad, 26.2_bn_mad),
        "offshoring::share: part must not exceed the whole, got 3e+10 and 2.62e+10" SEE_DOMAIN_ERRORS,
        domain_error);
    CHECK_THROWS_WITH_AS((void)percentage_point_change(40.3, 0.374),
                         "offshoring::percentage_point_change: share_from must be a fraction in [0, 1], got "
                         "40.3" SEE_DOMAIN_ERRORS,
                         domain_error);

    // growth.hpp
    CHECK(growth(12.9_bn_mad, 0_bn_mad) == -1.0);
    CHECK_THROWS_WITH_AS((void)growth(0_bn_mad, 1_bn_mad),
                         "offshoring::growth: base must be positive and finite, got 0" SEE_DOMAIN_ERRORS,
                         domain_error);

    // contributions.hpp: 0.2 / 26.17 * 100 = 0.7642; ITO 4 -> 5 of a total of 10: 1 / 10 * 100 = 10
    CHECK(contribution_to_growth(3.2_bn_mad, 3.4_bn_mad, 26.17_bn_mad) == Approx(0.764).epsilon(1e-3));
    CHECK(contributions_to_growth(by_segment<mad<>>{4_bn_mad, 3_bn_mad, 2_bn_mad, 1_bn_mad, 0_bn_mad},
                                  by_segment<mad<>>{5_bn_mad, 3_bn_mad, 2_bn_mad, 1_bn_mad,
                                                    0_bn_mad})[segment::ito] == Approx(10.0));
    CHECK_THROWS_WITH_AS(
        (void)contributions_to_growth(by_segment<mad<>>{4_bn_mad, 3_bn_mad, -1_bn_mad, 1_bn_mad, 0_bn_mad},
                                      by_segment<mad<>>{5_bn_mad, 3_bn_mad, 2_bn_mad, 1_bn_mad, 0_bn_mad}),
        "offshoring::contributions_to_growth: base value of ESO must be non-negative and finite, got "
        "-1e+09" SEE_DOMAIN_ERRORS,
        domain_error);

    // revenue_per_job.hpp: 26.22e9 / 148500 = 176565.66
    CHECK(in_mad_per_job(revenue_per_job(26.22_bn_mad, 148500_jobs)) == Approx(176565.66));

    // cagr.hpp: 1.41^(1/3) - 1 = 0.121346; H1 2024 to H1 2025 is one year, so the growth 0.03876
    CHECK(cagr(100000_jobs, 141000_jobs, 3) == Approx(0.12135).epsilon(1e-4));
    CHECK(cagr(12.9_bn_mad, period::half(2024, 1), 13.4_bn_mad, period::half(2025, 1)) ==
          Approx(0.03876).epsilon(1e-4));
    // Q3 2023 to Q1 2025: 18 months, 1.5 years; 2.25^(1 / 1.5) - 1 = 1.5^(4/3) - 1 = 0.71707
    CHECK(cagr(1_bn_mad, period::quarter(2023, 3), 2.25_bn_mad, period::quarter(2025, 1)) ==
          Approx(0.717071).epsilon(1e-5));
    CHECK_THROWS_WITH_AS(
        (void)cagr(12.9_bn_mad, period::whole_year(2024), 13.4_bn_mad, period::half(2025, 1)),
        "offshoring::cagr: periods must have the same length, got 2024 (12 months) and 2025-H1 "
        "(6 months)" SEE_DOMAIN_ERRORS,
        domain_error);

    // annualisation.hpp: 1.035^2 - 1 = 0.071225; 0.035 * 12 / 6 = 0.07
    CHECK(annualised_rate(0.035, 6, annualisation::compound) == Approx(0.071225));
    CHECK(annualised_rate(0.035, period::half(2025, 1), annualisation::linear) == Approx(0.07));
    // 13.4 * 12 / 6 = 26.8; 13.4 * 365 / 181 = 27.0221; 26.22 * 13.4 / 12.9 = 27.2363; 26.22 * 1.035 = 27.1377
    CHECK(in_billion_mad(annualised_level(by_months, 13.4_bn_mad, 6)) == Approx(26.8));
    CHECK(in_billion_mad(annualised_level(by_months, 13.4_bn_mad, period::half(2025, 1))) == Approx(26.8));
    CHECK(in_billion_mad(annualised_level(by_days, 13.4_bn_mad, period::half(2025, 1))) ==
          Approx(27.022).epsilon(1e-4));
    CHECK(in_billion_mad(annualised_level(by_seasonal_ratio, 13.4_bn_mad, period::half(2025, 1), 12.9_bn_mad,
                                          period::half(2024, 1), 26.22_bn_mad)) ==
          Approx(27.236).epsilon(1e-4));
    CHECK(in_billion_mad(annualised_level(by_year_on_year_growth, 13.4_bn_mad, period::half(2025, 1),
                                          12.9_bn_mad, period::half(2024, 1), 26.22_bn_mad)) ==
          Approx(27.236).epsilon(1e-4));
    CHECK(in_billion_mad(annualised_level(by_year_on_year_growth, 26.22_bn_mad, 0.035)) ==
          Approx(27.138).epsilon(1e-4));
    CHECK_THROWS_WITH_AS(
        (void)annualised_level(by_seasonal_ratio, 13.4_bn_mad, period::half(2025, 1), 12.9_bn_mad,
                               period::half(2023, 1), 26.22_bn_mad),
        "offshoring::annualised_level(by_seasonal_ratio): previous_partial_period must be the same "
        "period a year earlier, got 2025-H1 and 2023-H1" SEE_DOMAIN_ERRORS,
        domain_error);
}

// ---------------------------------------------------------------------------------------------------------
// docs/reference/projection.md

TEST_CASE("reference: projection examples") {
    // (40 / 26.22)^(1/6) - 1 = 0.072930
    CHECK(required_rate(26.22_bn_mad, 2024, 40_bn_mad, 2030) == Approx(0.07293).epsilon(1e-4));
    // 148500 * 1.05^3 = 148500 * 1.157625 = 171907.31
    CHECK(in_jobs(projected_value(148500_jobs, 2024, 0.05, 2027)) == Approx(171907.3));
    CHECK(projected_value(148500_jobs, 2024, 0.05, 2024) == 148500_jobs);
    // ln(40 / 26.22) / ln(1.05) = 0.42236 / 0.04879 = 8.66, so 9 years: 2033
    CHECK(first_year_met(26.22_bn_mad, 2024, 40_bn_mad, 0.05) ==
          target_outcome{target_outcome_kind::met_in_year, 2033});
    CHECK(first_year_met(40_bn_mad, 2024, 30_bn_mad, 0.05) ==
          target_outcome{target_outcome_kind::already_met, 2024});
    CHECK(first_year_met(26.22_bn_mad, 2024, 40_bn_mad, 0.0) ==
          target_outcome{target_outcome_kind::never_met, 0});
    // halfway in time: sqrt(26.22 * 40) = 32.385
    CHECK(in_billion_mad(trajectory_value(26.22_bn_mad, 2024, 40_bn_mad, 2030, 2027)) ==
          Approx(32.385).epsilon(1e-4));
    // path in 2025: 26.22 * 1.07293 = 28.1322; 28 / 28.1322 - 1 = -0.0047; 28 - 28.1322 = -0.1322
    const auto gap = gap_to_trajectory(28_bn_mad, 2025, 26.22_bn_mad, 2024, 40_bn_mad, 2030);
    CHECK(gap.relative == Approx(-0.0047).epsilon(0.01));
    CHECK(in_billion_mad(gap.level) == Approx(-0.1322).epsilon(1e-3));

    CHECK_THROWS_WITH_AS(
        (void)required_rate(26.22_bn_mad, 2024, 40_bn_mad, 2024),
        "offshoring::required_rate: target year must be after base year, got target year 2024 and "
        "base year 2024" SEE_DOMAIN_ERRORS,
        domain_error);
    CHECK_THROWS_WITH_AS(
        (void)projected_value(148500_jobs, 2024, 0.05, 2023),
        "offshoring::projected_value: year must not be before base year, got year 2023 and base "
        "year 2024" SEE_DOMAIN_ERRORS,
        domain_error);
}

// ---------------------------------------------------------------------------------------------------------
// docs/reference/published.md

TEST_CASE("reference: published examples") {
    // intro: [10.55 / 26.25, 10.65 / 26.15] = [0.401905, 0.407266] meets [0.4025, 0.4035]
    const auto intro = check_share(parse_published("10,6", fr, bn), parse_published("26,2", fr, bn),
                                   parse_published("40,3 %", fr));
    CHECK(intro.consistent);

    // interval.hpp
    CHECK(interval<double>(26.15, 26.25).contains(26.25));
    CHECK(interval<double>(1.0).width() == 0.0);
    CHECK(interval<double>(26.15, 26.25).lo() == 26.15);
    CHECK(interval<double>(1.0, 2.0).width() == 1.0);
    CHECK(interval<double>(1.0, 2.0).midpoint() == 1.5);
    CHECK(interval<double>(0.0, 1.0).contains(interval<double>(0.25, 0.5)));
    CHECK(interval<double>(0.0, 1.0).overlaps(interval<double>(1.0, 2.0)));
    CHECK(interval<double>(1.0) == interval<double>(1.0, 1.0));
    CHECK(as_interval(48.0 * units::million_dirhams).lo() == 48_m_mad);
    static_assert(std::is_same_v<interval_of<published_number>, interval<double>>);
    CHECK_THROWS_WITH_AS(
        interval<double>(2.0, 1.0),
        "offshoring::interval: lower bound must not exceed upper bound, got [2, 1]" SEE_DOMAIN_ERRORS,
        domain_error);

    // number.hpp
    CHECK(parse_published("148.500", fr) == published_number(148500, 0));
    CHECK(parse_published("40,3 %", fr).kind() == number_kind::percent);
    CHECK(published_number(2620, 2).value() == Approx(26.2));
    CHECK(published_number(2620, 2).scaled() == 2620);
    CHECK(published_number(2620, 2).decimals() == 2);
    CHECK(published_number(403, 1, number_kind::percent).is_percent());
    CHECK(published_number(403, 1, number_kind::percent).value() == Approx(40.3));
    CHECK(published_number(2620, 2).ulp() == Approx(0.01));
    CHECK(published_number(140000, 0).significant_unit() == 10000.0);
    CHECK(published_number(280, 2).significant_unit() == Approx(0.01));
    CHECK(published_number(403, 1, number_kind::percent).rounding_interval().lo() == Approx(40.25));
    CHECK(published_number(403, 1, number_kind::percent).rounding_interval().hi() == Approx(40.35));
    CHECK(published_number(262, 1).rounding_interval() == interval<double>(26.15, 26.25));
    CHECK(published_number(262, 1) != published_number(2620, 2));
    CHECK(as_interval(parse_published("40,3 %", fr)).lo() == Approx(0.4025));
    CHECK(as_interval(parse_published("40,3 %", fr)).hi() == Approx(0.4035));
    const interval<double> about_80 =
        approximate_interval(parse_published("80 %", fr), approximation_kind::about);
    CHECK(about_80.lo() == Approx(0.75));
    CHECK(about_80.hi() == Approx(0.85));
    CHECK(parse_published("26,20", fr) == published_number(2620, 2));
    CHECK_FALSE(try_parse_published("26.22", fr).has_value());
    CHECK(to_string(published_number(35, 1, number_kind::percent), fr) == "3,5 %");
    CHECK(to_string(published_number(35, 1, number_kind::percent), number_style::english) == "3.5%");
    CHECK(to_string(published_number(2620, 2), fr) == "26,20");
    CHECK_THROWS_WITH_AS(
        (void)parse_published("26.22", fr),
        "offshoring::parse_published: cannot read \"26.22\" at position 2: a group of thousands "
        "must have exactly three digits (in French style the decimal separator is ',' and '.' "
        "groups thousands)" SEE_PARSE_ERRORS,
        parse_error);
    CHECK_THROWS_AS(published_number(1, 10), domain_error);

    // amount.hpp
    CHECK(published_amount(published_number(262, 1), units::billion_dirhams) ==
          parse_published("26,2", fr, bn));
    CHECK_THROWS_WITH_AS(
        published_amount(published_number(403, 1, number_kind::percent), bn),
        "offshoring::published_amount: an amount cannot be a percentage, got 40.3%" SEE_DOMAIN_ERRORS,
        domain_error);
    CHECK(parse_published("26,2", fr, bn).number() == published_number(262, 1));
    CHECK(in_billion_mad(parse_published("26,2", fr, bn).value()) == Approx(26.2));
    CHECK(in_billion_mad(as_interval(parse_published("26,2", fr, bn)).lo()) == Approx(26.15));
    CHECK(in_mad(parse_published("26,2", fr, bn).rounding_interval().lo()) == 2.615e10);
    CHECK(in_mad(parse_published("26,2", fr, bn).rounding_interval().hi()) == 2.625e10);
    CHECK(in_billion_usd(approximate_interval(parse_published("2,8", fr, units::billion_us_dollars),
                                              approximation_kind::about)
                             .hi()) == Approx(2.85));
    CHECK(parse_published("26,2", fr, bn) != parse_published("26,22", fr, bn));
    CHECK(in_million_mad(parse_published("48", fr, units::million_dirhams).value()) == Approx(48.0));
    CHECK_FALSE(try_parse_published("40,3 %", fr, bn).has_value());

    // interval_metrics.hpp
    // [2.575 / 3.45, 2.585 / 3.35] = [0.74638, 0.77164]
    const interval<double> eso =
        ratio_interval(parse_published("2,58", fr, bn), parse_published("3,4", fr, bn));
    CHECK(eso.lo() == Approx(0.74638).epsilon(1e-5));
    CHECK(eso.hi() == Approx(0.77164).epsilon(1e-5));
    const interval<double> ito =
        share_interval(parse_published("10,6", fr, bn), parse_published("26,2", fr, bn));
    CHECK(ito.lo() == Approx(0.401905).epsilon(1e-6));
    CHECK(ito.hi() == Approx(0.407266).epsilon(1e-6));
    // [13.35 / 12.95 - 1, 13.45 / 12.85 - 1] = [0.030888, 0.046693]
    const interval<double> h1 =
        growth_interval(parse_published("12,9", fr, bn), parse_published("13,4", fr, bn));
    CHECK(h1.lo() == Approx(0.030888).epsilon(1e-5));
    CHECK(h1.hi() == Approx(0.046693).epsilon(1e-5));
    // [(0.4095 - 0.4035) * 100, (0.4105 - 0.4025) * 100] = [0.6, 0.8]
    const interval<double> points =
        percentage_point_change_interval(parse_published("40,3 %", fr), parse_published("41,0 %", fr));
    CHECK(points.lo() == Approx(0.6));
    CHECK(points.hi() == Approx(0.8));
    // 1.41^(1/3) - 1 = 0.121346 at both ends: exact inputs
    const interval<double> jobs_cagr = cagr_interval(100000_jobs, 141000_jobs, 3.0);
    CHECK(jobs_cagr.lo() == Approx(0.12135).epsilon(1e-4));
    CHECK(jobs_cagr.hi() == Approx(0.12135).epsilon(1e-4));
    // (40 / 26.225)^(1/6) - 1 = 0.072895; (40 / 26.215)^(1/6) - 1 = 0.072964
    const interval<double> needed = required_rate_interval(parse_published("26,22", fr, bn), 40_bn_mad, 6.0);
    CHECK(needed.lo() == Approx(0.072895).epsilon(1e-5));
    CHECK(needed.hi() == Approx(0.072964).epsilon(1e-5));
    // 1.0345^2 - 1 = 0.07019025; 1.0355^2 - 1 = 0.07226025
    const interval<double> yearly =
        annualised_rate_interval(parse_published("+3,5 %", fr), 6, annualisation::compound);
    CHECK(yearly.lo() == Approx(0.070190).epsilon(1e-5));
    CHECK(yearly.hi() == Approx(0.072260).epsilon(1e-5));
    // 26.215e9 / 148500.5 = 176531.4; 26.225e9 / 148499.5 = 176599.9
    const auto per_job = revenue_per_job_interval(parse_published("26,22", fr, bn),
                                                  parse_published("148 500", fr, units::job));
    static_assert(std::is_same_v<std::decay_t<decltype(per_job)>, interval<mad_per_job<>>>);
    CHECK(in_mad_per_job(per_job.lo()) == Approx(176531.4));
    CHECK(in_mad_per_job(per_job.hi()) == Approx(176599.9));
    // [26.15 / 1.0025, 26.25 / 1.0015] = [26.0848, 26.2107]
    const auto base = implied_base_interval(parse_published("26,2", fr, bn), parse_published("+0,2 %", fr));
    CHECK(in_billion_mad(base.lo()) == Approx(26.0848).epsilon(1e-5));
    CHECK(in_billion_mad(base.hi()) == Approx(26.2107).epsilon(1e-5));
    CHECK(sum_interval({interval<double>(1.0, 2.0), interval<double>(3.0, 4.0)}) ==
          interval<double>(4.0, 6.0));

    // verdict.hpp: 10.6 / 26.22 = 0.404272, 0.000772 above 0.4035
    const auto off = check_share(10.6_bn_mad, 26.22_bn_mad, parse_published("40,3 %", fr));
    CHECK_FALSE(off);
    CHECK(off.gap == Approx(0.000772).epsilon(1e-3));
    CHECK(check(interval<double>(0.0, 1.0), interval<double>(2.0, 3.0)).gap == 1.0);
    CHECK(check_share(parse_published("10,6", fr, bn), parse_published("26,2", fr, bn),
                      parse_published("40,3 %", fr))
              .consistent);
    const auto v = check_growth(parse_published("12,9", fr, bn), parse_published("13,4", fr, bn),
                                parse_published("+3,5 %", fr));
    CHECK(v.consistent);
    CHECK(v.computed.lo() == Approx(0.030888).epsilon(1e-5));
    CHECK(v.computed.hi() == Approx(0.046693).epsilon(1e-5));
    CHECK(v.claimed.lo() == Approx(0.0345));
    CHECK(v.claimed.hi() == Approx(0.0355));
    CHECK(v.gap == 0.0);
    CHECK(check_percentage_point_change(parse_published("40,3 %", fr), parse_published("41,0 %", fr),
                                        parse_published("0,7", fr))
              .consistent);
    // claim 12,1 %: [0.1205, 0.1215] holds 0.121346
    CHECK(check_cagr(100000_jobs, 141000_jobs, 3.0, parse_published("12,1 %", fr)).consistent);
    // claim 7,1 %: [0.0705, 0.0715] meets [0.070190, 0.072260]
    CHECK(check_annualised_rate(parse_published("+3,5 %", fr), 6, annualisation::compound,
                                parse_published("7,1 %", fr))
              .consistent);
    // claim 75 %: [0.745, 0.755] meets [0.74638, 0.77164]
    CHECK(check_ratio(parse_published("2,58", fr, bn), parse_published("3,4", fr, bn),
                      parse_published("75 %", fr))
              .consistent);
    // [0.999, 1.001] holds 1
    CHECK(check_sum({interval<double>(0.4025, 0.4035), interval<double>(0.5965, 0.5975)}, 1.0).consistent);
    // [26.215, 26.225] lies in [26.15, 26.25]
    CHECK(check_same(parse_published("26,2", fr, bn), parse_published("26,22", fr, bn)).consistent);
    // [148 499.5, 148 500.5] meets "plus de 140 000": [140 000, 150 000]
    CHECK(check_approximate(parse_published("148 500", fr, units::job),
                            parse_published("140 000", fr, units::job), approximation_kind::more_than)
              .consistent);
    CHECK_THROWS_WITH_AS((void)check_share(10.6_bn_mad, 26.2_bn_mad, parse_published("40,3", fr)),
                         "offshoring::check_share: claim must be a percentage (a text ending in %), got "
                         "40.3" SEE_DOMAIN_ERRORS,
                         domain_error);
}

// ---------------------------------------------------------------------------------------------------------
// docs/reference/format.md

TEST_CASE("reference: format examples") {
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

TEST_CASE("reference: runs of months, relations, series, growth between periods and years to a target") {
    using date::year;
    const period nine = period::year_to_date(2025, 9);
    // factories and observers (docs/reference/periods.md)
    CHECK(period::run(year{2023} / 1, year{2024} / 12) == period::years(2023, 2024));
    CHECK(period::run(year{2025} / 1, year{2025} / 6) == period::half(2025, 1));
    CHECK(period::year_to_date(2025, 12) == period::whole_year(2025));
    CHECK(to_string(nine) == "2025-01/2025-09");
    CHECK_FALSE(nine.is_named());
    CHECK(period::year_to_date(2025, 6).named_kind() == period_kind::half);
    CHECK(nine.months() == 9);
    CHECK_THROWS_WITH_AS(
        (void)nine.kind(),
        "offshoring::period::kind: the period is a run of months, not a named period; months, "
        "got 9" SEE_DOMAIN_ERRORS,
        domain_error);
    // navigation
    CHECK(period::quarter(2024, 4).next() == period::quarter(2025, 1));
    CHECK(period::month(2025, 1).previous() == period::month(2024, 12));
    CHECK(to_string(nine.shifted(-1)) == "2024-04/2024-12");
    CHECK(period::whole_year(2025) < nine);
    CHECK(nine < period::half(2025, 1));
    // text
    CHECK(parse_period("2024-Q3/2024-Q4") == period::half(2024, 2));
    CHECK(to_string(period::run(year{2024} / 11, year{2025} / 2)) == "2024-11/2025-02");
    CHECK(parse_period("\u00c0 FIN SEPTEMBRE 2025") == nine);
    CHECK(format_period(nine, language::en) == "January to September 2025");
    CHECK(format_period(period::years(2023, 2024), language::fr) == "de 2023 \u00e0 2024");
    // lattice
    CHECK(aligned_subperiods(nine, period_kind::quarter).size() == 3u);
    CHECK(smallest_named_period(period::run(year{2025} / 3, year{2025} / 4)) == period::half(2025, 1));
    CHECK_FALSE(try_smallest_named_period(period::run(year{2024} / 12, year{2025} / 1)).has_value());
    // series: 26.22 - 12.9 = 13.32; 26.22 - 6 - 6.9 - 6.5 = 6.82; 10 / 40 = 0.25
    const series<mad<>> h1_and_year{{period::half(2024, 1), 12.9_bn_mad},
                                    {period::whole_year(2024), 26.22_bn_mad}};
    CHECK(in_billion_mad(decumulate(h1_and_year).at(period::half(2024, 2))) == Approx(13.32));
    const series<mad<>> quarters{{period::whole_year(2024), 26.22_bn_mad},
                                 {period::quarter(2024, 1), 6_bn_mad},
                                 {period::quarter(2024, 2), 6.9_bn_mad},
                                 {period::quarter(2024, 3), 6.5_bn_mad}};
    CHECK(in_billion_mad(remainder(quarters, period::whole_year(2024)).second) == Approx(6.82));
    const series<mad<>> part{{period::whole_year(2024), 40_bn_mad}, {period::half(2024, 1), 10_bn_mad}};
    CHECK(shares(part, period::whole_year(2024)).at(period::half(2024, 1)) == 0.25);
    // metrics/periods.hpp: -3/14; (11/14)^4 - 1; 26.8 / 26.22 - 1
    CHECK(change_between(2.8_bn_mad, period::quarter(2024, 2), 2.2_bn_mad, period::quarter(2024, 3)) ==
          Approx(-0.2143).epsilon(1e-3));
    CHECK(annualised_growth(2.8_bn_mad, period::quarter(2024, 2), 2.2_bn_mad, period::quarter(2024, 3)) ==
          Approx(-0.6189).epsilon(1e-3));
    CHECK(change_in_annualised_level(26.22_bn_mad, period::whole_year(2024), 13.4_bn_mad,
                                     period::half(2025, 1)) == Approx(0.0221).epsilon(1e-2));
    // years_to_target: ln(40 / 26.22) / ln(1.05)
    CHECK(years_to_target(26.22_bn_mad, 40_bn_mad, 0.05).years == Approx(8.657).epsilon(1e-4));
}
