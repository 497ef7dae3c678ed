// Tests of the CSV export: RFC 4180 quoting, one line per figure, the columns of docs/data.md.
// SPDX-License-Identifier: MIT
#include <doctest/doctest.h>

#include <offshoring/data/csv.hpp>
#include <offshoring/data/figures.hpp>

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
    const std::string csv = offshoring::data::figures_csv(offshoring::data::shipped_figures());
    CHECK(csv.rfind("id,source,measure,scope,period,printed,unit,of,quote,style\n", 0) == 0);
    // 54 figures + the header, each line ending in "\n"; no quote in the dataset spans lines.
    CHECK(std::count(csv.begin(), csv.end(), '\n') == 55);
    CHECK(csv.back() == '\n');
}

TEST_CASE("a field with a comma is quoted, a plain one is not") {
    const std::string csv = offshoring::data::figures_csv(offshoring::data::shipped_figures());
    CHECK(line_starting_with(csv, "kpo_2024_000,") ==
          "kpo_2024_000,seeds/000_c4b54ad8dda15ae4.txt,exports,KPO,2024,48 millions de dirhams,,,"
          "\"Seul le KPO marque un recul notable, tombant à 48 millions de dirhams\",fr");
    // A bare number gets its unit words; a ratio its `of`.
    CHECK(line_starting_with(csv, "bpo_2023_000,").find(",\"1,9\",milliards de dirhams,,") !=
          std::string::npos);
    CHECK(line_starting_with(csv, "eso_h1_2025_of_2024_002,").find(",déjà près de 75 %,,exports/ESO/2024,") !=
          std::string::npos);
}

TEST_CASE("a claim on two segments names both") {
    const std::string csv = offshoring::data::figures_csv(offshoring::data::shipped_figures());
    CHECK(line_starting_with(csv, "share_ito_crm_2024_000,").find(",share,ITO+CRM,2024,près de 80 %,") !=
          std::string::npos);
}

TEST_CASE("quotes inside a field are doubled") {
    std::string out;
    offshoring::data::detail::append_csv_field(out, "il a dit \"oui\", puis non");
    CHECK(out == "\"il a dit \"\"oui\"\", puis non\"");
}
