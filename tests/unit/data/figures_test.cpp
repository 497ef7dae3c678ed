// Tests of the shipped dataset: the CSV file and its copy in the header are the same text, ids and counts,
// and, where the articles are at hand, that every quote is in its article and carries its printed text.
// SPDX-License-Identifier: MIT
#include <doctest/doctest.h>

#include "../../support/troubleshooting.hpp"

#include <offshoring/data/csv.hpp>
#include <offshoring/data/csv_reader.hpp>
#include <offshoring/data/figures.hpp>

#include <fstream>
#include <iterator>
#include <set>
#include <string>
#include <string_view>

namespace {

using offshoring::approximation;
using offshoring::data::figure;
using offshoring::data::find_figure;
using offshoring::data::measure;
using offshoring::data::shipped_figures;

int count_from(std::string_view article) {
    int count = 0;
    for (const figure& f : shipped_figures())
        count += f.source == article ? 1 : 0;
    return count;
}

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    REQUIRE_MESSAGE(in.good(), "cannot open " << path);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

}  // namespace

TEST_CASE("the header carries data/figures.csv byte for byte (scripts/embed-figures writes it)") {
    CHECK(read_file(OFFSHORING_DATASET_CSV) == offshoring::data::shipped_csv);
}

TEST_CASE("the shipped CSV reads without an error") {
    const offshoring::data::figures_read r = offshoring::data::read_figures(offshoring::data::shipped_csv);
    for (const offshoring::data::csv_error& e : r.errors)
        CAPTURE(to_string(e));
    CHECK(r.ok());
    CHECK(r.figures.size() == 54);
}

TEST_CASE("every figure has its own id") {
    std::set<std::string> ids;
    for (const figure& f : shipped_figures())
        CHECK_MESSAGE(ids.insert(f.id).second, "duplicate id " << f.id);
    CHECK(ids.size() == shipped_figures().size());
}

TEST_CASE("each article contributes the figures it prints") {
    // Counted by reading each article (seeds/README.md lists the same figures by theme).
    CHECK(count_from("seeds/000_c4b54ad8dda15ae4.txt") == 19);
    CHECK(count_from("seeds/001_0d1a8e257704311e.txt") == 8);
    CHECK(count_from("seeds/002_cf5e91aac26c2e4b.txt") == 16);
    CHECK(count_from("seeds/003_55f1d82c4a067cd4.txt") == 7);
    CHECK(count_from("seeds/004_08586f857cbdcf66.txt") == 4);
}

TEST_CASE("the 2024 total is kept once per printing, at both precisions") {
    CHECK(find_figure("total_2024_000").reading.number == offshoring::published_number(262, 1));
    CHECK(find_figure("total_2024_003").reading.number == offshoring::published_number(2622, 2));
    CHECK(find_figure("total_2024_004").reading.number == offshoring::published_number(2622, 2));
}

TEST_CASE("the unit comes from the printed words, or from the unit column for a bare number") {
    using offshoring::printed_dimension;
    CHECK(find_figure("kpo_2024_000").reading.unit ==
          offshoring::printed_unit{printed_dimension::dirhams, 6});
    CHECK(find_figure("total_usd_2024_000").reading.unit ==
          offshoring::printed_unit{printed_dimension::us_dollars, 9});
    // "passant de 1,9 à 2,3 milliards": the 1,9 has its unit two words later.
    CHECK(find_figure("bpo_2023_000").printed == "1,9");
    CHECK(find_figure("bpo_2023_000").reading.unit ==
          offshoring::printed_unit{printed_dimension::dirhams, 9});
    CHECK(find_figure("jobs_2020_000").reading.unit == offshoring::printed_unit{printed_dimension::jobs, 0});
}

TEST_CASE("a change over two years is filed under the run of both") {
    // "dont 18 500 créés en deux ans", in an article on the end of 2024: 2023 and 2024.
    CHECK(find_figure("jobs_created_2023_2024_003").period == offshoring::period::years(2023, 2024));
}

TEST_CASE("an unknown id is refused with its name") {
    CHECK_THROWS_WITH_AS(
        find_figure("total_2042"),
        "offshoring::data::find_figure: no figure has the id \"total_2042\"" SEE_DOMAIN_ERRORS,
        offshoring::domain_error);
}

TEST_CASE("qualified claims are the ones the articles qualify") {
    CHECK(find_figure("total_2024_more_than_001").reading.approx == approximation::more_than);
    CHECK(find_figure("jobs_2025_more_than_001").reading.approx == approximation::more_than);
    CHECK(find_figure("share_ito_crm_2024_000").reading.approx == approximation::about);
    CHECK(find_figure("eso_h1_2025_of_2024_002").reading.approx == approximation::about);
    CHECK(find_figure("eso_h1_2025_of_2024_002").reading.already);
    CHECK(find_figure("eso_h1_2025_000").reading.approx == approximation::exact);
    CHECK(find_figure("eso_h1_2025_000").reading.already);
    CHECK(find_figure("jobs_2024_003").reading.approx == approximation::about);
    CHECK(find_figure("jobs_2024_004").reading.approx == approximation::exact);
}

TEST_CASE("the ratio names what it is a ratio of") {
    const figure& r = find_figure("eso_h1_2025_of_2024_002");
    CHECK(r.measure == measure::ratio);
    REQUIRE(r.of.has_value());
    CHECK(r.of->measure == measure::exports);
    CHECK(r.of->scope == offshoring::data::scope::of(offshoring::segment::eso));
    CHECK(r.of->period == offshoring::period::whole_year(2024));
}

TEST_CASE("the export reads back to the same figures") {
    const std::string csv = offshoring::data::figures_csv(shipped_figures());
    const std::vector<figure> again = offshoring::data::read_figures_csv(csv);
    REQUIRE(again.size() == shipped_figures().size());
    for (std::size_t i = 0; i < again.size(); ++i) {
        const figure& a = shipped_figures()[i];
        const figure& b = again[i];
        CAPTURE(a.id);
        CHECK(a.id == b.id);
        CHECK(a.source == b.source);
        CHECK(a.measure == b.measure);
        CHECK(a.scope == b.scope);
        CHECK(a.period == b.period);
        CHECK(a.printed == b.printed);
        CHECK(a.reading.number == b.reading.number);
        CHECK(a.reading.unit == b.reading.unit);
        CHECK(a.reading.approx == b.reading.approx);
        CHECK(a.quote == b.quote);
        CHECK(a.of.has_value() == b.of.has_value());
    }
}

#ifdef OFFSHORING_SEEDS_DIR
TEST_CASE("every quote stands in its article and contains the figure as printed") {
    for (const figure& f : shipped_figures()) {
        CAPTURE(f.id);
        // source is "seeds/<file>"; OFFSHORING_SEEDS_DIR points at that seeds folder.
        const std::string article = read_file(std::string(OFFSHORING_SEEDS_DIR) + "/" + f.source.substr(6));
        // "[...]" marks words left out of a quote: each piece must appear, in order.
        std::size_t from = 0;
        std::string_view rest = f.quote;
        while (!rest.empty()) {
            const std::size_t gap = rest.find(" [...] ");
            const std::string_view piece = rest.substr(0, gap);
            const std::size_t at = article.find(piece, from);
            CHECK_MESSAGE(at != std::string::npos, "not in " << f.source << ": " << piece);
            if (at != std::string::npos) from = at + piece.size();
            rest = gap == std::string_view::npos ? std::string_view{} : rest.substr(gap + 7);
        }
        CHECK_MESSAGE(f.quote.find(f.printed) != std::string::npos, "quote lacks " << f.printed);
    }
}
#endif
