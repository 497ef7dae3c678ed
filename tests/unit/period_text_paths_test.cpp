// Tests that a period has one text, whichever public path writes it.
// SPDX-License-Identifier: MIT
#include <offshoring/calendar/period_text.hpp>
#include <offshoring/calendar/series.hpp>
#include <offshoring/check/dataset.hpp>
#include <offshoring/data/csv.hpp>
#include <offshoring/text/ostream.hpp>
#include <offshoring/text/period.hpp>

#include <doctest/doctest.h>

#include "../support/troubleshooting.hpp"

#include <cstddef>
#include <sstream>
#include <string>
#include <vector>

namespace {

using offshoring::period;

struct spelling {
    period p;
    const char* text;  // worked out by hand from the canonical form of docs/reference/periods.md
};

// Years below 1000 keep four digits; the first and the last year the text form reads; a run of months
// that is no named period; a half and a month of a three-digit year.
const spelling spellings[] = {
    {period::whole_year(999), "0999"},
    {period::half(999, 2), "0999-H2"},
    {period::month(999, 3), "0999-03"},
    {period::whole_year(1), "0001"},
    {period::whole_year(9999), "9999"},
    {period::years(999, 1000), "0999/1000"},
    {period::run(date::year{999} / date::March, date::year{999} / date::November), "0999-03/0999-11"},
};

// The period column of the one line figures_csv writes for a figure of that period.
std::string csv_period(period p) {
    offshoring::data::figure f;
    f.id = "x";
    f.source = "s";
    f.period = p;
    f.printed = "26,2 milliards de dirhams";
    f.reading = offshoring::parse_printed(f.printed, offshoring::number_style::french);
    const std::string csv = offshoring::data::figures_csv({f});
    const std::string line = csv.substr(csv.find('\n') + 1);
    // id,source,measure,scope,period,...: the fifth field.
    std::size_t start = 0;
    for (int field = 0; field < 4; ++field)
        start = line.find(',', start) + 1;
    return line.substr(start, line.find(',', start) - start);
}

}  // namespace

TEST_CASE("a period is written the same by to_string, operator<<, the CSV writer, the engine and errors") {
    for (const spelling& s : spellings) {
        CAPTURE(s.text);
        CHECK(to_string(s.p) == s.text);

        std::ostringstream os;
        using offshoring::operator<<;
        os << s.p;
        CHECK(os.str() == s.text);

        CHECK(csv_period(s.p) == s.text);

        offshoring::data::figure f;
        f.id = "x";
        f.period = s.p;
        f.printed = "26,2 milliards de dirhams";
        f.reading = offshoring::parse_printed(f.printed, offshoring::number_style::french);
        CHECK(to_string(offshoring::consistency::fact_of(f).key) == std::string("exports/total/") + s.text);

        offshoring::series<double> values{{s.p, 1.0}};
        CHECK_THROWS_WITH_AS(values.insert(s.p, 2.0),
                             (std::string("offshoring::series::insert: the series already holds ") + s.text +
                              SEE_DOMAIN_ERRORS)
                                 .c_str(),
                             offshoring::domain_error);

        CHECK(offshoring::parse_period(s.text) == s.p);
    }
}

TEST_CASE("the words of format and english() take their year from the same text") {
    using offshoring::language;
    for (const int year : {1, 999, 9999}) {
        const period p = period::whole_year(year);
        CAPTURE(year);
        CHECK(format(p, language::en) == to_string(p));
        std::ostringstream os;
        os << offshoring::english(p);
        CHECK(os.str() == to_string(p));
    }
    CHECK(format(period::half(999, 2), language::fr) == "second semestre 0999");
    const period run = period::run(date::year{999} / date::March, date::year{999} / date::November);
    CHECK(format(run, language::en) == "March to November 0999");
    CHECK(format(run, language::fr) == "de mars \u00e0 novembre 0999");
}

TEST_CASE(
    "the engine writes a month run that steps below year 1 as plain integers, never as garbage digits") {
    using offshoring::consistency::month_run;
    // Year 0 is what a growth in year 1 is measured from; a year before it is -1.
    CHECK(to_string(month_run::year(0)) == "0000");
    CHECK(to_string(month_run::year(-1)) == "-1");
    CHECK(to_string(month_run{-2, -1}) == "-1-11/-1-12");
    CHECK(to_string(month_run::year(1).shifted(-12)) == "0000");
}
