// Tests of the CSV reader of published figures: the schema of docs/data.md, every bad input reported at
// once with its line and column, RFC 4180 quoting, a byte-order mark and CRLF line ends.
// SPDX-License-Identifier: MIT
#include <doctest/doctest.h>

#include <offshoring/data/csv.hpp>
#include <offshoring/data/csv_reader.hpp>

#include <string>
#include <vector>

namespace {

using offshoring::data::csv_error;
using offshoring::data::figures_read;
using offshoring::data::read_figures;

const std::string header = "id,source,measure,scope,period,printed,of,quote\n";

// The error of `r` on `line`, or a failed check.
const csv_error* error_on(const figures_read& r, std::size_t line, const std::string& field) {
    for (const csv_error& e : r.errors)
        if (e.line == line && e.field == field) return &e;
    return nullptr;
}

}  // namespace

TEST_CASE("a good file reads into typed figures") {
    const figures_read r =
        read_figures(header +
                     "a_1,art,exports,total,2024,\"26,2 milliards de dirhams\",,\"q, with comma\"\n"
                     "b_2,art,share,ITO+CRM,2025-H1,près de 80 %,,\n"
                     "c_3,art,ratio,ESO,2025-H1,\"déjà près de 75 %\",exports/ESO/2024,\n");
    REQUIRE(r.ok());
    REQUIRE(r.figures.size() == 3);
    CHECK(r.figures[0].reading.number == offshoring::published_number(262, 1));
    CHECK(r.figures[0].reading.unit == offshoring::printed_unit{offshoring::printed_dimension::dirhams, 9});
    CHECK(r.figures[0].quote == "q, with comma");
    CHECK(r.figures[0].line == 2);
    CHECK(r.figures[1].scope ==
          offshoring::data::scope::of(offshoring::segment::ito, offshoring::segment::crm));
    CHECK(r.figures[1].period == offshoring::period::half(2025, 1));
    CHECK(r.figures[1].reading.approx == offshoring::approximation::about);
    CHECK(r.figures[2].of->period == offshoring::period::whole_year(2024));
}

TEST_CASE("a byte-order mark and CRLF line ends are accepted") {
    const figures_read r = read_figures(
        "\xEF\xBB\xBFid,source,measure,scope,period,printed\r\n"
        "a,art,jobs,total,2024,148.500\r\n"
        "b,art,jobs,total,2023,\"141 000 emplois\"\r\n");
    REQUIRE(r.ok());
    REQUIRE(r.figures.size() == 2);
    CHECK(r.figures[0].id == "a");
    CHECK(r.figures[0].reading.number == offshoring::published_number(148500, 0));
    CHECK(r.figures[1].printed == "141 000 emplois");
}

TEST_CASE("every bad row is reported at once, with its line, column and text") {
    const figures_read r = read_figures(header +
                                        "good,art,exports,total,2024,26 Mds DH,,\n"           // 2
                                        "bad_measure,art,export,total,2024,26 Mds DH,,\n"     // 3
                                        "bad_scope,art,exports,XYZ,2024,26 Mds DH,,\n"        // 4
                                        "bad_period,art,exports,total,2024-13,26 Mds DH,,\n"  // 5
                                        "bad_printed,art,exports,total,2024,vingt-six,,\n"    // 6
                                        "good,art,exports,total,2024,26 Mds DH,,\n"         // 7: duplicate id
                                        "ratio_alone,art,ratio,ESO,2024,75 %,,\n"           // 8
                                        "too_few,art,exports\n"                             // 9
                                        "Bad-Id,art,jobs,total,2024,100,,\n"                // 10
                                        "money_bare,art,exports,total,2024,\"26,2\",,\n");  // 11
    CHECK(r.figures.size() == 1);
    const csv_error* measure = error_on(r, 3, "measure");
    REQUIRE(measure != nullptr);
    CHECK(measure->text == "export");
    CHECK(measure->column == 17);  // "bad_measure,art," is 16 bytes
    CHECK(error_on(r, 4, "scope") != nullptr);
    REQUIRE(error_on(r, 5, "period") != nullptr);
    CHECK(error_on(r, 5, "period")->text == "2024-13");
    REQUIRE(error_on(r, 6, "printed") != nullptr);
    CHECK(error_on(r, 6, "printed")->text == "vingt-six");
    REQUIRE(error_on(r, 7, "id") != nullptr);
    CHECK(error_on(r, 7, "id")->why == "duplicate id, first on line 2");
    CHECK(error_on(r, 8, "of") != nullptr);
    REQUIRE(error_on(r, 9, "") != nullptr);
    CHECK(error_on(r, 9, "")->why == "expected 8 fields, got 3");
    CHECK(error_on(r, 10, "id") != nullptr);
    REQUIRE(error_on(r, 11, "printed") != nullptr);
    CHECK(error_on(r, 11, "printed")->why ==
          "the measure exports is an amount of money: give its unit words");
    CHECK(r.errors.size() == 9);
}

TEST_CASE("a missing column, an unknown one and an empty file are refused") {
    const figures_read missing = read_figures("id,source,measure,scope,printed\na,art,jobs,total,100\n");
    REQUIRE(missing.errors.size() == 1);
    CHECK(missing.errors[0].text == "period");
    CHECK(missing.errors[0].line == 1);
    CHECK(missing.figures.empty());

    const figures_read unknown = read_figures("id,source,measure,scope,period,printed,qoute\n");
    REQUIRE(unknown.errors.size() == 1);
    CHECK(unknown.errors[0].text == "qoute");
    CHECK(unknown.errors[0].column == 40);

    // A misspelt required column beside optional ones: both errors, and no row read against the header.
    const figures_read misspelt =
        read_figures("id,source,measure,scope,period,printesd,style\na,s,jobs,total,2024,1,fr\n");
    REQUIRE(misspelt.errors.size() == 2);
    CHECK(misspelt.errors[0].text == "printesd");
    CHECK(misspelt.errors[1].text == "printed");
    CHECK(misspelt.figures.empty());

    CHECK(read_figures("").errors.size() == 1);
    CHECK(read_figures("\xEF\xBB\xBF").errors.size() == 1);
}

TEST_CASE("a required column missing beside optional ones stops the reading at the header") {
    // Six of the ten columns are known, "measure" is misspelt: the rows cannot be read without it, and
    // the optional columns must not make up for it in the count.
    const figures_read r = read_figures(
        "id,source,mesure,scope,period,printed,of,quote,style,unit\n"
        "a,art,jobs,total,2024,100,,q,fr,\n");
    REQUIRE(r.errors.size() == 2);
    CHECK(r.errors[0].text == "mesure");
    CHECK(r.errors[1].text == "measure");
    CHECK(r.errors[1].why == "a required column is missing from the header");
    CHECK(r.figures.empty());
}

TEST_CASE("a stray quote is an error, a doubled one is a quote") {
    const figures_read stray = read_figures(header + "a,art,jobs,total,2024,1\"00,,\n");
    REQUIRE_FALSE(stray.errors.empty());
    CHECK(stray.errors[0].line == 2);
    CHECK(stray.errors[0].column == 24);

    const figures_read after = read_figures(header + "a,art,jobs,total,2024,\"100\"x,,\n");
    REQUIRE_FALSE(after.errors.empty());
    CHECK(after.errors[0].column == 28);

    const figures_read open = read_figures(header + "a,art,jobs,total,2024,\"100,,\n");
    REQUIRE_FALSE(open.errors.empty());
    CHECK(open.errors[0].why == "a quoted field is never closed");
    // Open at the start of a row: the row is still reported, once (a fuzzer found this one).
    const figures_read open_row = read_figures(header + "\"a,art\n");
    REQUIRE_FALSE(open_row.errors.empty());
    CHECK(open_row.errors[0].line == 2);
    CHECK(open_row.errors[0].why == "a quoted field is never closed");

    const figures_read doubled = read_figures(header + "a,art,jobs,total,2024,100,,\"il dit \"\"oui\"\"\"\n");
    REQUIRE(doubled.ok());
    CHECK(doubled.figures[0].quote == "il dit \"oui\"");
}

TEST_CASE("a quoted field may span lines, and the next row's line number counts them") {
    const figures_read r =
        read_figures(header + "a,art,jobs,total,2024,100,,\"two\nlines\"\nb,art,jobs,total,2024,x,,\n");
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].line == 4);
    CHECK(r.figures[0].quote == "two\nlines");
}

TEST_CASE("read_figures_csv throws every error in one exception") {
    try {
        (void)offshoring::data::read_figures_csv(header + "a,art,x,total,2024,1,,\nb,art,jobs,ABC,2024,1,,\n",
                                                 "f.csv");
        FAIL("no exception");
    } catch (const offshoring::data::csv_errors& e) {
        CHECK(e.errors().size() == 2);
        const std::string what = e.what();
        // The first line points to the entry of docs/troubleshooting.md for CSV errors; one line per error follows.
        CHECK(what.find("offshoring::data::read_figures_csv: 2 errors in f.csv (see "
                        "docs/troubleshooting.md#csv-errors)\n") == 0);
        CHECK(what.find("f.csv:2:7: measure \"x\"") != std::string::npos);
        CHECK(what.find("f.csv:3:12: scope \"ABC\"") != std::string::npos);
    }
}

TEST_CASE("a number in the other style's grouping is refused, not read a thousand times too large") {
    // In French "0.005" would be 0 thousands and 5; in English "0,005" the same: both are refused.
    const figures_read r = read_figures(
        "id,source,measure,scope,period,printed,style\n"
        "fr_point,art,share,total,2024,0.005 %,fr\n"
        "en_comma,art,share,total,2024,\"0,005%\",en\n");
    CHECK(r.figures.empty());
    REQUIRE(r.errors.size() == 2);
    CHECK(r.errors[0].field == "printed");
    CHECK(r.errors[0].text == "0.005 %");
    CHECK(r.errors[1].text == "0,005%");
}

TEST_CASE("the unit column serves a bare number, and is refused beside unit words") {
    const figures_read r = read_figures(
        "id,source,measure,scope,period,printed,unit\n"
        "bare,art,exports,BPO,2023,\"1,9\",milliards\n"
        "rate,art,revenue_per_job,total,2024,176 566,dirhams par emploi\n"
        "twice,art,exports,total,2024,26 Mds DH,millions\n"
        "words,art,exports,total,2024,26,vingt\n");
    REQUIRE(r.figures.size() == 2);
    CHECK(r.figures[0].reading.unit == offshoring::printed_unit{offshoring::printed_dimension::dirhams, 9});
    CHECK(r.figures[1].reading.unit ==
          offshoring::printed_unit{offshoring::printed_dimension::dirhams_per_job, 0});
    // Line 4 once; line 5 twice: "vingt" is no unit, so "26" has none either.
    REQUIRE(r.errors.size() == 3);
    CHECK(r.errors[0].line == 4);
    CHECK(r.errors[0].why == "the printed text has its own unit words; leave `unit` empty");
    CHECK(r.errors[1].line == 5);
    CHECK(r.errors[1].field == "unit");
    CHECK(r.errors[2].field == "printed");
    // Written back, each bare number keeps its unit in words the reader takes.
    const std::string csv = offshoring::data::figures_csv(r.figures);
    CHECK(csv.find(",\"1,9\",milliards de dirhams,") != std::string::npos);
    CHECK(csv.find(",176 566,dirhams par emploi,") != std::string::npos);
    const figures_read again = read_figures(csv);
    REQUIRE(again.ok());
    CHECK(again.figures[1].reading.unit == r.figures[1].reading.unit);
}

TEST_CASE("revenue per job is printed in dirhams per job") {
    const figures_read r = read_figures(
        "id,source,measure,scope,period,printed\n"
        "per_job,art,revenue_per_job,total,2024,176 566 dirhams par emploi\n"
        "per_job_bare,art,revenue_per_job,total,2024,26 Mds DH\n");
    REQUIRE(r.figures.size() == 1);
    CHECK(offshoring::in_mad_per_job(*offshoring::data::claimed_mad_per_job(r.figures[0]).upper()) ==
          doctest::Approx(176566.5));
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].why ==
          "the measure revenue_per_job is in dirhams per job (dirhams par emploi, MAD ... per job)");
}

TEST_CASE("a field's text in a message is cut and its control characters escaped") {
    const figures_read r = read_figures(header + "a,art,\x1b[31mred,total,2024,1,,\n");
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].text == "\x1b[31mred");
    CHECK(to_string(r.errors[0], "f.csv").rfind("f.csv:2:7: measure \"\\x1b[31mred\": not a measure", 0) ==
          0);
}

TEST_CASE("a style column reads English figures") {
    const figures_read r = read_figures(
        "id,source,measure,scope,period,printed,style\n"
        "a,art,exports,total,2024,MAD 26.2 bn,en\n"
        "b,art,jobs,total,2024,\"148,500 jobs\",en\n"
        "c,art,jobs,total,2024,1,de\n");
    REQUIRE(r.figures.size() == 2);
    CHECK(r.figures[0].reading.number == offshoring::published_number(262, 1));
    CHECK(r.figures[1].reading.number == offshoring::published_number(148500, 0));
    REQUIRE(r.errors.size() == 1);
    CHECK(r.errors[0].field == "style");
}
