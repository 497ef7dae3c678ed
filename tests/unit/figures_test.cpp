// Tests of the dataset of published figures: ids, counts and, where the articles are at hand, that every
// quote is really in its article and carries the number it is filed with.
// SPDX-License-Identifier: MIT
#include <doctest/doctest.h>

#include <offshoring/data/figures.hpp>

#include <fstream>
#include <iterator>
#include <set>
#include <sstream>
#include <string>
#include <string_view>

namespace {

using offshoring::data::figure;
using offshoring::data::figure_kind;
using offshoring::data::figures;
using offshoring::data::printed_unit;
using offshoring::data::qualifier;

int count_from(std::string_view article) {
    int count = 0;
    for (const figure& f : figures)
        count += f.source == article ? 1 : 0;
    return count;
}

// The plain form of a printed number, by the rule the dataset follows: French decimal comma; spaces
// group thousands; a point groups thousands only in job counts ("148.500").
std::string plain_form(const figure& f) {
    std::string plain;
    for (char c : f.printed) {
        if (c == ' ') continue;
        if (c == '.' && f.unit == printed_unit::jobs) continue;
        plain.push_back(c == ',' ? '.' : c);
    }
    return plain;
}

std::string read_article(std::string_view source) {
    // source is "seeds/<file>"; OFFSHORING_SEEDS_DIR points at that seeds folder.
    const std::string path = std::string(OFFSHORING_SEEDS_DIR) + "/" + std::string(source.substr(6));
    std::ifstream in(path, std::ios::binary);
    REQUIRE_MESSAGE(in.good(), "cannot open " << path);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

}  // namespace

TEST_CASE("every figure has its own id") {
    std::set<std::string_view> ids;
    for (const figure& f : figures)
        CHECK_MESSAGE(ids.insert(f.id).second, "duplicate id " << f.id);
    CHECK(ids.size() == figures.size());
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
    CHECK(offshoring::data::find_figure("total_2024_000").value == "26.2");
    CHECK(offshoring::data::find_figure("total_2024_003").value == "26.22");
    CHECK(offshoring::data::find_figure("total_2024_004").value == "26.22");
}

TEST_CASE("a figure can be looked up at compile time") {
    constexpr const figure& kpo = offshoring::data::find_figure("kpo_2024_000");
    static_assert(kpo.unit == printed_unit::million_mad);
    static_assert(kpo.when == offshoring::period::whole_year(2024));
    static_assert(kpo.what == offshoring::data::scope::of(offshoring::segment::kpo));
    CHECK(kpo.printed == "48");
}

TEST_CASE("an unknown id is refused with its name") {
    CHECK_THROWS_WITH_AS(offshoring::data::find_figure("total_2042"),
                         "offshoring::data::find_figure: no figure has the id \"total_2042\"",
                         offshoring::domain_error);
}

TEST_CASE("the plain value is the printed number without its French typography") {
    for (const figure& f : figures) {
        CAPTURE(f.id);
        CHECK(plain_form(f) == f.value);
    }
}

TEST_CASE("qualified claims are the ones the articles qualify") {
    CHECK(offshoring::data::find_figure("total_2024_more_than_001").claim == qualifier::more_than);
    CHECK(offshoring::data::find_figure("jobs_2025_more_than_001").claim == qualifier::more_than);
    CHECK(offshoring::data::find_figure("share_ito_crm_2024_000").claim == qualifier::about);
    CHECK(offshoring::data::find_figure("eso_h1_2025_of_2024_002").claim == qualifier::about);
    CHECK(offshoring::data::find_figure("eso_h1_2025_000").claim == qualifier::already);
    CHECK(offshoring::data::find_figure("jobs_2024_003").claim == qualifier::about);
    CHECK(offshoring::data::find_figure("jobs_2024_004").claim == qualifier::exact);
}

#ifdef OFFSHORING_SEEDS_DIR
TEST_CASE("every quote stands in its article and contains the number filed with it") {
    for (const figure& f : figures) {
        CAPTURE(f.id);
        const std::string article = read_article(f.source);
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
        CHECK_MESSAGE(f.quote.find(f.printed) != std::string_view::npos, "quote lacks " << f.printed);
    }
}
#endif
