// Tests of reading and writing periods as text.
// SPDX-License-Identifier: MIT
#include <offshoring/calendar/period_text.hpp>

#include <doctest/doctest.h>

#include "../../support/troubleshooting.hpp"

#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

using offshoring::parse_error;
using offshoring::parse_period;
using offshoring::period;
using offshoring::try_parse_period;

namespace {

// The position parse_period reports for text; nullopt if it does not throw.
std::optional<std::size_t> failing_position(std::string_view text) {
    try {
        (void)parse_period(text);
    } catch (const parse_error& error) {
        return error.position();
    }
    return std::nullopt;
}

}  // namespace

static_assert(noexcept(try_parse_period("2025-H1")));

TEST_CASE("the canonical forms read back as the periods they name") {
    CHECK(parse_period("2024") == period::whole_year(2024));
    CHECK(parse_period("2025-H1") == period::half(2025, 1));
    CHECK(parse_period("2025-H2") == period::half(2025, 2));
    CHECK(parse_period("2025-Q3") == period::quarter(2025, 3));
    CHECK(parse_period("2025-03") == period::month(2025, 3));
    CHECK(parse_period("2025-12") == period::month(2025, 12));
    CHECK(parse_period("0001") == period::whole_year(1));
    CHECK(parse_period("9999-12") == period::month(9999, 12));
}

TEST_CASE("French S for semestre and T for trimestre read as halves and quarters") {
    CHECK(parse_period("2025-S1") == period::half(2025, 1));
    CHECK(parse_period("2025-S2") == period::half(2025, 2));
    CHECK(parse_period("2025-T3") == period::quarter(2025, 3));
    CHECK(parse_period("S1 2025") == period::half(2025, 1));
    CHECK(parse_period("T4 2024") == period::quarter(2024, 4));
}

TEST_CASE("the half or quarter may come before the year") {
    CHECK(parse_period("H1 2025") == period::half(2025, 1));
    CHECK(parse_period("H2 2024") == period::half(2024, 2));
    CHECK(parse_period("Q3 2025") == period::quarter(2025, 3));
    CHECK(parse_period("H1   2025") == period::half(2025, 1));
}

TEST_CASE("letters are read in any case and blanks around the text are ignored") {
    CHECK(parse_period("2025-h1") == period::half(2025, 1));
    CHECK(parse_period("2025-s2") == period::half(2025, 2));
    CHECK(parse_period("2025-q4") == period::quarter(2025, 4));
    CHECK(parse_period("h1 2025") == period::half(2025, 1));
    CHECK(parse_period("  2025-H1 ") == period::half(2025, 1));
    CHECK(parse_period("\t2024\t") == period::whole_year(2024));
}

TEST_CASE("French ordinal words read as halves and quarters") {
    CHECK(parse_period("premier semestre 2025") == period::half(2025, 1));
    CHECK(parse_period("second semestre 2025") == period::half(2025, 2));
    CHECK(parse_period("Premier Semestre 2025") == period::half(2025, 1));
    CHECK(parse_period("deuxi\u00e8me semestre 2024") == period::half(2024, 2));
    CHECK(parse_period("DEUXI\u00c8ME SEMESTRE 2024") == period::half(2024, 2));
    CHECK(parse_period("deuxieme semestre 2024") == period::half(2024, 2));
    CHECK(parse_period("1er semestre 2025") == period::half(2025, 1));
    CHECK(parse_period("2e semestre 2025") == period::half(2025, 2));
    CHECK(parse_period("1er trimestre 2025") == period::quarter(2025, 1));
    CHECK(parse_period("3e trimestre 2025") == period::quarter(2025, 3));
    CHECK(parse_period("troisi\u00e8me trimestre 2025") == period::quarter(2025, 3));
    CHECK(parse_period("quatri\u00e8me trimestre 2024") == period::quarter(2024, 4));
    CHECK(parse_period("4\u00e8me trimestre 2024") == period::quarter(2024, 4));
}

TEST_CASE("to_string writes the canonical form") {
    CHECK(to_string(period::whole_year(2024)) == "2024");
    CHECK(to_string(period::half(2025, 1)) == "2025-H1");
    CHECK(to_string(period::half(2025, 2)) == "2025-H2");
    CHECK(to_string(period::quarter(2025, 3)) == "2025-Q3");
    CHECK(to_string(period::month(2025, 3)) == "2025-03");
    CHECK(to_string(period::month(2025, 11)) == "2025-11");
    CHECK(to_string(period::whole_year(7)) == "0007");
    CHECK(to_string(period::half(999, 2)) == "0999-H2");
}

TEST_CASE("every period reads back from its text, for every kind over a range of years") {
    const std::array<int, 21> years{1,    9,    10,   99,   100,  999,  1000, 1899, 1900, 1999, 2000,
                                    2001, 2023, 2024, 2025, 2026, 2030, 2099, 2100, 9998, 9999};
    int checked = 0;
    for (int y : years) {
        std::vector<period> all{period::whole_year(y), period::half(y, 1), period::half(y, 2)};
        for (int q = 1; q <= 4; ++q)
            all.push_back(period::quarter(y, q));
        for (int m = 1; m <= 12; ++m)
            all.push_back(period::month(y, m));
        for (const period& p : all) {
            CAPTURE(to_string(p));
            CHECK(parse_period(to_string(p)) == p);
            CHECK(try_parse_period(to_string(p)) == p);
            ++checked;
        }
    }
    CHECK(checked == 21 * 19);
    for (int y = 1990; y <= 2040; ++y) {
        CHECK(parse_period(to_string(period::half(y, 2))) == period::half(y, 2));
        CHECK(parse_period(to_string(period::month(y, 10))) == period::month(y, 10));
    }
}

TEST_CASE("malformed periods are refused with the text, the position and the reason") {
    using E = parse_error;
    CHECK_THROWS_WITH_AS(
        parse_period(""),
        "offshoring::parse_period: cannot read \"\" at position 0: expected a period such as "
        "2024, 2025-H1, 2025-Q3 or 2025-03" SEE_PARSE_ERRORS,
        E);
    CHECK_THROWS_WITH_AS(
        parse_period("2025-"),
        "offshoring::parse_period: cannot read \"2025-\" at position 5: expected H1, S1, Q1 or "
        "a two-digit month after '-'" SEE_PARSE_ERRORS,
        E);
    CHECK_THROWS_WITH_AS(parse_period("2025-H3"),
                         "offshoring::parse_period: cannot read \"2025-H3\" at position 6: half must be 1 or "
                         "2" SEE_PARSE_ERRORS,
                         E);
    CHECK_THROWS_WITH_AS(parse_period("2025-Q0"),
                         "offshoring::parse_period: cannot read \"2025-Q0\" at position 6: quarter must be 1 "
                         "to 4" SEE_PARSE_ERRORS,
                         E);
    CHECK_THROWS_WITH_AS(parse_period("2025-13"),
                         "offshoring::parse_period: cannot read \"2025-13\" at position 5: month must be 01 "
                         "to 12" SEE_PARSE_ERRORS,
                         E);
    CHECK_THROWS_WITH_AS(parse_period("20x5"),
                         "offshoring::parse_period: cannot read \"20x5\" at position 2: a year has four "
                         "digits" SEE_PARSE_ERRORS,
                         E);
    CHECK_THROWS_WITH_AS(
        parse_period("x2025"),
        "offshoring::parse_period: cannot read \"x2025\" at position 0: expected a period such as "
        "2024, 2025-H1, 2025-Q3 or 2025-03" SEE_PARSE_ERRORS,
        E);
    CHECK_THROWS_WITH_AS(
        parse_period("2025-H1x"),
        "offshoring::parse_period: cannot read \"2025-H1x\" at position 7: unexpected text after "
        "the period" SEE_PARSE_ERRORS,
        E);
    CHECK_THROWS_WITH_AS(
        parse_period("2025x"),
        "offshoring::parse_period: cannot read \"2025x\" at position 4: expected '-' or the end "
        "after the year" SEE_PARSE_ERRORS,
        E);
    CHECK_THROWS_WITH_AS(parse_period("0000"),
                         "offshoring::parse_period: cannot read \"0000\" at position 0: year must be in "
                         "0001..9999" SEE_PARSE_ERRORS,
                         E);
    CHECK_THROWS_WITH_AS(
        parse_period("2025000000000000000000000000000000000000"),
        "offshoring::parse_period: cannot read \"2025000000000000000000000000000000000000\" at "
        "position 4: a year has four digits" SEE_PARSE_ERRORS,
        E);
}

TEST_CASE("the reported position is where reading stopped") {
    CHECK(failing_position("") == 0u);
    CHECK(failing_position("   ") == 3u);
    CHECK(failing_position("2025-") == 5u);
    CHECK(failing_position("2025-H") == 6u);
    CHECK(failing_position("2025-H3") == 6u);
    CHECK(failing_position("2025-H0") == 6u);
    CHECK(failing_position("2025-Q0") == 6u);
    CHECK(failing_position("2025-Q5") == 6u);
    CHECK(failing_position("2025-X1") == 5u);
    CHECK(failing_position("2025-13") == 5u);
    CHECK(failing_position("2025-00") == 5u);
    CHECK(failing_position("2025-3") == 6u);
    CHECK(failing_position("2025-123") == 7u);
    CHECK(failing_position("202") == 3u);
    CHECK(failing_position("20x5") == 2u);
    CHECK(failing_position("x2025") == 0u);
    CHECK(failing_position(" x2025") == 1u);
    CHECK(failing_position("2025 x") == 5u);
    CHECK(failing_position("2025-H1x") == 7u);
    CHECK(failing_position("2025x") == 4u);
    CHECK(failing_position("0000") == 0u);
    CHECK(failing_position("2025000000000000000000000000000000000000") == 4u);
    CHECK(failing_position("2025-H1 2025") == 8u);
    CHECK(failing_position("H3 2025") == 1u);
    CHECK(failing_position("H1 25") == 5u);
    CHECK(failing_position("H12025") == 2u);
    CHECK(failing_position("H1") == 2u);
    CHECK(failing_position("premier semestre") == 16u);
    CHECK(failing_position("premier mois 2025") == 8u);
    CHECK(failing_position("troisi\u00e8me semestre 2025") == 0u);
    CHECK(failing_position("premiers semestre 2025") == 0u);
}

TEST_CASE("over-long text is refused where it goes wrong, without overflow") {
    const std::string forty_digits(40, '9');
    CHECK(failing_position(forty_digits) == 4u);
    const std::string million_digits = "2025" + std::string(1000000, '7');
    CHECK(failing_position(million_digits) == 4u);
    const std::string far_junk = std::string(1000000, ' ') + "x";
    CHECK(failing_position(far_junk) == 1000000u);
    const std::string far_tail = "2025-Q1" + std::string(1000000, ' ') + "x";
    CHECK(failing_position(far_tail) == 1000007u);
}

TEST_CASE("the message cuts a long text but keeps the position") {
    const std::string text = "2025-H1" + std::string(100, '!');
    try {
        (void)parse_period(text);
        FAIL("parse_period accepted trailing junk");
    } catch (const parse_error& error) {
        CHECK(error.position() == 7u);
        CHECK(error.text() == text);
        // 24 bytes of function, 15 of ": cannot read \"", the quote cut to 64 and "...", 17 of "\" at position
        // 7: ", 32 of reason and 43 of pointer to docs/troubleshooting.md: 198; the whole text would make 238.
        CHECK(std::string(error.what()).size() < 220u);
    }
}

TEST_CASE("try_parse_period gives no value for malformed text and the period otherwise") {
    CHECK(try_parse_period("2025-H1") == period::half(2025, 1));
    CHECK(try_parse_period("H2 2025") == period::half(2025, 2));
    for (std::string_view bad : {"", "2025-", "2025-H3", "2025-Q0", "2025-13", "20x5", "x2025", "2025-H1x",
                                 "2025x", "0000", "2025000000000000000000000000000000000000"}) {
        CAPTURE(bad);
        CHECK_FALSE(try_parse_period(bad).has_value());
    }
}
