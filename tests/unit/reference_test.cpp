// The examples of docs/reference.md, each checked against the result the page gives.
// SPDX-License-Identifier: MIT
#include <offshoring/offshoring.hpp>

#include <optional>
#include <stdexcept>
#include <string>

#include <doctest/doctest.h>

#include "../support/troubleshooting.hpp"

#include "../support/reference_examples.hpp"

using namespace offshoring;
using namespace offshoring::testing;
using doctest::Approx;

TEST_CASE("docs/reference.md: the examples of the entry page give their documented results") {
    // 10.6 / 26.2 = 0.404580...
    CHECK(share(10.6_bn_mad, 26.2_bn_mad) == Approx(0.40458).epsilon(1e-5));
    // 10.6 / 26.22 = 0.404272, above 40,3 %'s [0.4025, 0.4035].
    CHECK_FALSE(check_share(10.6_bn_mad, 26.22_bn_mad, parse_published("40,3 %", fr)).consistent);
    // 40.458 % at one decimal.
    CHECK(format_percent(share(10.6_bn_mad, 26.2_bn_mad), 1, language::fr) == "40,5 %");
    CHECK(format_percent(share(10.6_bn_mad, 26.2_bn_mad), 1, language::en) == "40.5%");
}

TEST_CASE("docs/reference.md: the examples of the rules common to all give their documented results") {
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

TEST_CASE("docs/reference.md: the examples of the data headers give their documented results") {
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
