// Tests of offshoring/text/ostream.hpp.
// SPDX-License-Identifier: MIT
#include <offshoring/text/ostream.hpp>

// Included to show that streaming french()/english() stays unambiguous beside Boost.Units' own operator<<.
#include <boost/units/io.hpp>

#include <iomanip>
#include <limits>
#include <sstream>
#include <string>

#include <doctest/doctest.h>

#include "../../support/troubleshooting.hpp"

using namespace offshoring;

namespace {

template <class X>
std::string streamed(const X& x) {
    std::ostringstream os;
    os << x;
    return os.str();
}

}  // namespace

TEST_CASE("a period streams in its canonical form, which parse_period reads back") {
    CHECK(streamed(period::half(2025, 1)) == "2025-H1");
    CHECK(streamed(period::month(2025, 3)) == "2025-03");
    CHECK(parse_period(streamed(period::quarter(2025, 3))) == period::quarter(2025, 3));
}

TEST_CASE("a segment streams as its acronym and a language as its code") {
    CHECK(streamed(segment::eso) == "ESO");
    CHECK(streamed(language::fr) == "fr");
    CHECK(streamed(language::en) == "en");
}

TEST_CASE("french() and english() write amounts in the automatic scale with one decimal") {
    CHECK(streamed(french(26.22_bn_mad)) == "26,2 milliards de dirhams");
    CHECK(streamed(english(48_m_mad)) == "48.0 million dirhams");
    CHECK(streamed(english(2.8_bn_usd)) == "2.8 billion dollars");
}

TEST_CASE("decimals given to french() and english() replace the default") {
    CHECK(streamed(french(26.22_bn_mad, 2)) == "26,22 milliards de dirhams");
    CHECK(streamed(english(48_m_mad, 0)) == "48 million dirhams");
    CHECK(streamed(french(1.5_jobs, 1)) == "1,5 emploi");
}

TEST_CASE("jobs and rates stream with their own defaults") {
    CHECK(streamed(french(148500_jobs)) == "148 500 emplois");
    CHECK(streamed(english(148500_jobs)) == "148,500 jobs");
    CHECK(streamed(english(26.22_bn_mad / 148500_jobs)) == "176,566 dirhams per job");
    CHECK(streamed(french(26.22_bn_mad / 2.8_bn_usd)) == "9,36 dirhams par dollar");
}

TEST_CASE("periods and segments stream in words through french() and english()") {
    CHECK(streamed(french(period::half(2025, 1))) == "premier semestre 2025");
    CHECK(streamed(english(period::quarter(2025, 3))) == "third quarter of 2025");
    CHECK(streamed(english(segment::ito)) == "IT services outsourcing");
}

TEST_CASE("the stream's width pads the whole text") {
    std::ostringstream os;
    os << std::setw(12) << english(148500_jobs) << '|';
    CHECK(os.str() == "148,500 jobs|");
    std::ostringstream padded;
    padded << std::setw(14) << english(148500_jobs) << '|';
    CHECK(padded.str() == "  148,500 jobs|");
}

TEST_CASE("a bad value or bad decimals throw when streamed") {
    std::ostringstream os;
    CHECK_THROWS_WITH_AS(os << french(26.22_bn_mad, 13),
                         "offshoring::format_amount: decimals must be in 0..12, got 13" SEE_DOMAIN_ERRORS,
                         offshoring::domain_error);
    CHECK_THROWS_WITH_AS(os << english(jobs<>::from_value(-std::numeric_limits<double>::infinity())),
                         "offshoring::format_jobs: value must be finite, got -inf" SEE_DOMAIN_ERRORS,
                         offshoring::domain_error);
}
