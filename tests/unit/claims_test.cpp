// Tests of the dataset's figures read as published numbers and as intervals of true values.
// SPDX-License-Identifier: MIT
#include <doctest/doctest.h>

#include <offshoring/data/claims.hpp>

namespace {

using offshoring::data::find_figure;

}  // namespace

TEST_CASE("an exact amount in billions is its rounding interval in dirhams") {
    // "26,2 milliards": one decimal, so [26.15, 26.25] bn = [2.615e10, 2.625e10] dirhams.
    const auto total = offshoring::data::claimed_mad(find_figure("total_2024_000"));
    CHECK(offshoring::in_mad(total.lo()) == doctest::Approx(2.615e10));
    CHECK(offshoring::in_mad(total.hi()) == doctest::Approx(2.625e10));
}

TEST_CASE("an amount printed in millions is scaled by a million, not a billion") {
    // "48 millions de dirhams": [47.5, 48.5] million.
    const auto kpo = offshoring::data::claimed_mad(find_figure("kpo_2024_000"));
    CHECK(offshoring::in_million_mad(kpo.lo()) == doctest::Approx(47.5));
    CHECK(offshoring::in_million_mad(kpo.hi()) == doctest::Approx(48.5));
    CHECK(offshoring::in_mad(offshoring::data::printed_mad(find_figure("kpo_2024_000"))) ==
          doctest::Approx(48e6));
}

TEST_CASE("a printed percentage becomes a fraction") {
    // "40,3 %": [40.25, 40.35] % = [0.4025, 0.4035].
    const auto ito = offshoring::data::claimed_interval(find_figure("share_ito_2024_000"));
    CHECK(ito.lo() == doctest::Approx(0.4025));
    CHECK(ito.hi() == doctest::Approx(0.4035));
    CHECK(offshoring::data::printed_fraction(find_figure("share_ito_2024_000")) == doctest::Approx(0.403));
}

TEST_CASE("qualified claims are read by the tolerance rules") {
    // "près de 80 %": last significant digit is the tens, so 80 ± 5 = [75, 85] %.
    const auto ito_crm = offshoring::data::claimed_interval(find_figure("share_ito_crm_2024_000"));
    CHECK(ito_crm.lo() == doctest::Approx(0.75));
    CHECK(ito_crm.hi() == doctest::Approx(0.85));
    // "plus de 140.000": last significant digit is the ten-thousands, so [140 000, 150 000].
    const auto jobs = offshoring::data::claimed_jobs(find_figure("jobs_2025_more_than_001"));
    CHECK(offshoring::in_jobs(jobs.lo()) == doctest::Approx(140000));
    CHECK(offshoring::in_jobs(jobs.hi()) == doctest::Approx(150000));
    // "déjà 2,5 milliards": at least 2.5 and below 2.6 bn.
    const auto eso = offshoring::data::claimed_mad(find_figure("eso_h1_2025_000"));
    CHECK(offshoring::in_billion_mad(eso.lo()) == doctest::Approx(2.5));
    CHECK(offshoring::in_billion_mad(eso.hi()) == doctest::Approx(2.6));
}

TEST_CASE("an exact figure has no approximate reading") {
    CHECK_FALSE(offshoring::data::approximation_of(offshoring::data::qualifier::exact).has_value());
    CHECK(offshoring::data::approximation_of(offshoring::data::qualifier::about) ==
          offshoring::approximation_kind::about);
}

TEST_CASE("a figure read in the wrong unit is refused with its id") {
    CHECK_THROWS_WITH_AS(
        offshoring::data::claimed_mad(find_figure("share_ito_2024_000")),
        "offshoring::data::claimed_mad: figure \"share_ito_2024_000\" is printed in percent, "
        "not in dirhams",
        offshoring::domain_error);
    CHECK_THROWS_AS(offshoring::data::claimed_jobs(find_figure("total_2024_000")), offshoring::domain_error);
    CHECK_THROWS_AS(offshoring::data::claimed_usd(find_figure("total_2024_000")), offshoring::domain_error);
    CHECK_THROWS_AS(offshoring::data::printed_fraction(find_figure("jobs_2024_004")),
                    offshoring::domain_error);
}
