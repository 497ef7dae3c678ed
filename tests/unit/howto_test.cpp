// The how-to docs/howto/check-a-new-article.md: its CSV, read from the page itself, gives the intervals
// its table states (worked out by hand there).
// SPDX-License-Identifier: MIT
#include <doctest/doctest.h>

#include <offshoring/data/csv_reader.hpp>
#include <offshoring/data/figures.hpp>

#include <fstream>
#include <iterator>
#include <string>

namespace {

using doctest::Approx;

std::string csv_of_the_page() {
    std::ifstream in(OFFSHORING_HOWTO_PAGE, std::ios::binary);
    REQUIRE_MESSAGE(in.good(), "cannot open " << OFFSHORING_HOWTO_PAGE);
    const std::string page((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const std::string open = "```csv\n";
    const std::size_t start = page.find(open);
    REQUIRE(start != std::string::npos);
    const std::size_t end = page.find("```", start + open.size());
    REQUIRE(end != std::string::npos);
    return page.substr(start + open.size(), end - start - open.size());
}

}  // namespace

TEST_CASE("the how-to's article reads into the intervals its table gives") {
    const std::vector<offshoring::data::figure> figures =
        offshoring::data::read_figures_csv(csv_of_the_page());
    REQUIRE(figures.size() == 4);
    using offshoring::data::find_figure;

    const offshoring::data::figure& total = find_figure("total_h1_2026", figures);
    const auto total_range = offshoring::data::claimed_range(total).bounded();
    CHECK(total_range.lo() == Approx(1.405e10));
    CHECK(total_range.hi() == Approx(1.415e10));
    const offshoring::reading truncated{offshoring::rounding::truncation, {}, {}};
    const auto truncated_range = offshoring::data::claimed_mad(total, truncated).bounded();
    CHECK(offshoring::in_billion_mad(truncated_range.lo()) == Approx(14.1));
    CHECK(offshoring::in_billion_mad(truncated_range.hi()) == Approx(14.2));

    const auto share = offshoring::data::claimed_range(find_figure("share_ito_crm_h1_2026", figures));
    REQUIRE(share.lower().has_value());
    CHECK(*share.lower() == Approx(0.75));
    CHECK_FALSE(share.upper().has_value());
    CHECK(share.within(offshoring::interval<double>(0.0, 1.0))->hi() == 1.0);

    const offshoring::data::figure& eso = find_figure("eso_h1_2026", figures);
    const auto eso_range = offshoring::data::claimed_range(eso).bounded();
    CHECK(eso_range.lo() == Approx(2.85e9));
    CHECK(eso_range.hi() == Approx(2.95e9));
    const offshoring::reading at_least{{}, {}, offshoring::already_reading::at_least};
    CHECK(*offshoring::data::claimed_range(eso, at_least).lower() == Approx(2.9e9));
    CHECK_FALSE(offshoring::data::claimed_range(eso, at_least).upper().has_value());

    const auto jobs = offshoring::data::claimed_range(find_figure("jobs_2026", figures)).bounded();
    CHECK(jobs.lo() == Approx(151500.0));
    CHECK(jobs.hi() == Approx(152500.0));
}

TEST_CASE("the how-to's typo is reported with its line and column") {
    std::string csv = csv_of_the_page();
    const std::size_t share = csv.find(",share,");
    REQUIRE(share != std::string::npos);
    csv.replace(share, 7, ",share_,");
    const offshoring::data::figures_read r = offshoring::data::read_figures(csv);
    REQUIRE(r.errors.size() == 1);
    CHECK(to_string(r.errors[0], "article.csv").rfind("article.csv:3:39: measure \"share_\"", 0) == 0);
    CHECK(r.figures.size() == 3);
}
