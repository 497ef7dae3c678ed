// Tests of the CSV export of the dataset: RFC 4180 quoting, one line per figure, columns in order.
// SPDX-License-Identifier: MIT
#include <doctest/doctest.h>

#include <offshoring/data/csv.hpp>

#include <algorithm>
#include <string>

namespace {

std::string line_starting_with(const std::string& csv, const std::string& start) {
    const std::size_t at = csv.find("\n" + start);
    REQUIRE(at != std::string::npos);
    const std::size_t end = csv.find('\n', at + 1);
    return csv.substr(at + 1, end - at - 1);
}

}  // namespace

TEST_CASE("the CSV has a header and one line per figure") {
    const std::string csv = offshoring::data::figures_csv();
    CHECK(csv.rfind("id,kind,period,scope,value,unit,qualifier,printed,source,quote\n", 0) == 0);
    // 54 figures + the header, each line ending in "\n"; no quote in the dataset spans lines.
    CHECK(std::count(csv.begin(), csv.end(), '\n') == 55);
    CHECK(csv.back() == '\n');
}

TEST_CASE("a field with a comma is quoted, a plain one is not") {
    const std::string csv = offshoring::data::figures_csv();
    CHECK(line_starting_with(csv, "kpo_2024_000,") ==
          "kpo_2024_000,amount,2024,KPO,48,million_mad,exact,48,seeds/000_c4b54ad8dda15ae4.txt,"
          "\"Seul le KPO marque un recul notable, tombant à 48 millions de dirhams\"");
    CHECK(line_starting_with(csv, "growth_h1_2025_002,") ==
          "growth_h1_2025_002,growth,2025-H1,total,3.5,percent,exact,\"3,5\",seeds/002_cf5e91aac26c2e4b.txt,"
          "\"en hausse de 3,5 % par rapport à la même période de 2024\"");
}

TEST_CASE("a claim on two segments names both") {
    const std::string csv = offshoring::data::figures_csv();
    CHECK(line_starting_with(csv, "share_ito_crm_2024_000,").find(",2024,ITO+CRM,80,percent,about,") !=
          std::string::npos);
}

TEST_CASE("quotes inside a field are doubled") {
    std::string out;
    offshoring::data::detail::append_csv_field(out, "il a dit \"oui\", puis non");
    CHECK(out == "\"il a dit \"\"oui\"\", puis non\"");
}
