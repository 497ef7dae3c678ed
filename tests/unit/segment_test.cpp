// Tests of the segments: names, parsing, and values kept per segment.
// SPDX-License-Identifier: MIT
#include <offshoring/quantity/units.hpp>
#include <offshoring/segment.hpp>
#include <offshoring/segment/segment_text.hpp>

#include <doctest/doctest.h>

#include "../support/troubleshooting.hpp"

#include <string>
#include <string_view>
#include <utility>
#include <vector>

using offshoring::all_segments;
using offshoring::by_segment;
using offshoring::parse_error;
using offshoring::parse_segment;
using offshoring::segment;
using offshoring::try_parse_segment;
using namespace offshoring::literals;

static_assert(offshoring::acronym(segment::ito) == "ITO");
static_assert(offshoring::french_name(segment::crm) == "gestion de la relation client");
static_assert(all_segments.size() == offshoring::segment_count);
static_assert(by_segment<int>{1, 2, 3, 4, 5}.total() == 15);
static_assert(by_segment<int>{1, 2, 3, 4, 5}[segment::eso] == 3);
static_assert(try_parse_segment("  Ing\u00e9nierie ") == segment::eso);
static_assert(noexcept(try_parse_segment("ITO")));

TEST_CASE("all_segments lists the five segments in the order of the enumeration") {
    REQUIRE(all_segments.size() == 5u);
    CHECK(all_segments[0] == segment::ito);
    CHECK(all_segments[1] == segment::crm);
    CHECK(all_segments[2] == segment::eso);
    CHECK(all_segments[3] == segment::bpo);
    CHECK(all_segments[4] == segment::kpo);
}

TEST_CASE("each segment has its acronym") {
    CHECK(offshoring::acronym(segment::ito) == "ITO");
    CHECK(offshoring::acronym(segment::crm) == "CRM");
    CHECK(offshoring::acronym(segment::eso) == "ESO");
    CHECK(offshoring::acronym(segment::bpo) == "BPO");
    CHECK(offshoring::acronym(segment::kpo) == "KPO");
}

TEST_CASE("each segment has an English name") {
    CHECK(offshoring::english_name(segment::ito) == "IT services outsourcing");
    CHECK(offshoring::english_name(segment::crm) == "customer relationship management");
    CHECK(offshoring::english_name(segment::eso) == "engineering services outsourcing");
    CHECK(offshoring::english_name(segment::bpo) == "business process outsourcing");
    CHECK(offshoring::english_name(segment::kpo) == "knowledge process outsourcing");
}

TEST_CASE("each segment has its French name in UTF-8, as the press words it") {
    CHECK(offshoring::french_name(segment::ito) == "externalisation des services informatiques");
    CHECK(offshoring::french_name(segment::crm) == "gestion de la relation client");
    CHECK(offshoring::french_name(segment::eso) == "ing\xC3\xA9nierie");
    CHECK(offshoring::french_name(segment::bpo) == "externalisation des processus d'entreprise");
    CHECK(offshoring::french_name(segment::kpo) == "externalisation des processus de connaissance");
}

TEST_CASE("a value cast from outside the enumeration is refused by name") {
    const auto bogus = static_cast<segment>(7);
    CHECK_THROWS_WITH_AS(offshoring::acronym(bogus),
                         "offshoring::acronym: not a segment, got 7" SEE_DOMAIN_ERRORS,
                         offshoring::domain_error);
    CHECK_THROWS_WITH_AS(offshoring::english_name(static_cast<segment>(-1)),
                         "offshoring::english_name: not a segment, got -1" SEE_DOMAIN_ERRORS,
                         offshoring::domain_error);
    CHECK_THROWS_AS(offshoring::french_name(bogus), offshoring::domain_error);
    by_segment<int> values;
    CHECK_THROWS_WITH_AS(values.at(bogus),
                         "offshoring::by_segment::at: not a segment, got 7" SEE_DOMAIN_ERRORS,
                         offshoring::domain_error);
    CHECK_THROWS_AS(values[bogus], offshoring::domain_error);
}

TEST_CASE("acronyms read in any case") {
    CHECK(parse_segment("ITO") == segment::ito);
    CHECK(parse_segment("ito") == segment::ito);
    CHECK(parse_segment("Crm") == segment::crm);
    CHECK(parse_segment("eSo") == segment::eso);
    CHECK(parse_segment("bpo") == segment::bpo);
    CHECK(parse_segment("KPO") == segment::kpo);
}

TEST_CASE("every acronym, English and French name reads back as its segment") {
    for (segment s : all_segments) {
        CAPTURE(offshoring::acronym(s));
        CHECK(parse_segment(offshoring::acronym(s)) == s);
        CHECK(parse_segment(offshoring::english_name(s)) == s);
        CHECK(parse_segment(offshoring::french_name(s)) == s);
        CHECK(try_parse_segment(offshoring::french_name(s)) == s);
    }
}

TEST_CASE("French names read with or without accents and in any case") {
    CHECK(parse_segment("ing\u00e9nierie") == segment::eso);
    CHECK(parse_segment("ingenierie") == segment::eso);
    CHECK(parse_segment("ING\u00c9NIERIE") == segment::eso);
    CHECK(parse_segment("Ing\u00e8ni\u00eaRie") == segment::eso);
    CHECK(parse_segment("services d\u2019ing\u00e9nierie") == segment::eso);
    CHECK(parse_segment("Gestion de la relation client") == segment::crm);
    CHECK(parse_segment("services informatiques") == segment::ito);
    CHECK(parse_segment("services informatiques et technologiques") == segment::ito);
    CHECK(parse_segment("processus d'affaires") == segment::bpo);
    CHECK(parse_segment("processus de connaissance") == segment::kpo);
}

TEST_CASE("the typographic apostrophe of the articles reads like a plain one") {
    CHECK(parse_segment("externalisation des processus d\u2019entreprise") == segment::bpo);
    CHECK(parse_segment("externalisation des processus d'entreprise") == segment::bpo);
}

TEST_CASE("English names read in any case") {
    CHECK(parse_segment("IT outsourcing") == segment::ito);
    CHECK(parse_segment("it services outsourcing") == segment::ito);
    CHECK(parse_segment("Customer Relationship Management") == segment::crm);
    CHECK(parse_segment("ENGINEERING SERVICES OUTSOURCING") == segment::eso);
    CHECK(parse_segment("Business Process Outsourcing") == segment::bpo);
    CHECK(parse_segment("knowledge process outsourcing") == segment::kpo);
}

TEST_CASE("blanks around a name and runs of blanks inside it are tolerated") {
    CHECK(parse_segment("  crm  ") == segment::crm);
    CHECK(parse_segment("\tKPO\t") == segment::kpo);
    CHECK(parse_segment("gestion  de la\trelation client") == segment::crm);
    CHECK(parse_segment("gestion de la\u00a0relation client") == segment::crm);
    CHECK(parse_segment("\u00a0ESO\u202f") == segment::eso);
}

TEST_CASE("unknown segment names are refused with the text") {
    CHECK_THROWS_WITH_AS(
        parse_segment("ITOX"),
        "offshoring::parse_segment: cannot read \"ITOX\" at position 0: not a segment: expected "
        "ITO, CRM, ESO, BPO, KPO or an English or French segment name" SEE_PARSE_ERRORS,
        parse_error);
    CHECK_THROWS_WITH_AS(
        parse_segment(""),
        "offshoring::parse_segment: cannot read \"\" at position 0: expected a segment name" SEE_PARSE_ERRORS,
        parse_error);
    CHECK_THROWS_WITH_AS(
        parse_segment("services"),
        "offshoring::parse_segment: cannot read \"services\" at position 0: not a segment: "
        "expected ITO, CRM, ESO, BPO, KPO or an English or French segment name" SEE_PARSE_ERRORS,
        parse_error);
    CHECK_THROWS_WITH_AS(parse_segment("   "),
                         "offshoring::parse_segment: cannot read \"   \" at position 3: expected a segment "
                         "name" SEE_PARSE_ERRORS,
                         parse_error);
    CHECK_THROWS_AS(parse_segment("  IT"), parse_error);
    CHECK_THROWS_AS(parse_segment("ing\u00e9nieri"), parse_error);
    CHECK_THROWS_AS(parse_segment("ing\u00e9nierie s"), parse_error);
    CHECK_THROWS_AS(parse_segment("ing\xC3"), parse_error);
    CHECK_THROWS_AS(parse_segment("\xC3\x28"), parse_error);
}

TEST_CASE("the position of an unknown name is where the name starts") {
    try {
        (void)parse_segment("  ITOX ");
        FAIL("parse_segment accepted ITOX");
    } catch (const parse_error& error) {
        CHECK(error.position() == 2u);
        CHECK(error.text() == "  ITOX ");
    }
}

TEST_CASE("try_parse_segment gives no value for unknown names") {
    CHECK_FALSE(try_parse_segment("ITOX").has_value());
    CHECK_FALSE(try_parse_segment("").has_value());
    CHECK_FALSE(try_parse_segment("services").has_value());
    CHECK_FALSE(try_parse_segment("   ").has_value());
    CHECK(try_parse_segment("bpo") == segment::bpo);
}

TEST_CASE("a very long name is refused quickly") {
    const std::string long_text(1000000, 'a');
    CHECK_FALSE(try_parse_segment(long_text).has_value());
    const std::string long_blanks = std::string(1000000, ' ') + "ito" + std::string(1000000, ' ');
    CHECK(try_parse_segment(long_blanks) == segment::ito);
}

TEST_CASE("by_segment keeps one value per segment, indexed by segment") {
    by_segment<int> counts{10, 20, 30, 40, 50};
    CHECK(counts[segment::ito] == 10);
    CHECK(counts[segment::crm] == 20);
    CHECK(counts[segment::eso] == 30);
    CHECK(counts[segment::bpo] == 40);
    CHECK(counts.at(segment::kpo) == 50);
    counts[segment::bpo] = 41;
    counts.at(segment::kpo) += 1;
    CHECK(counts[segment::bpo] == 41);
    CHECK(counts[segment::kpo] == 51);
    CHECK(counts.size() == 5u);
}

TEST_CASE("a default by_segment holds zeros") {
    const by_segment<double> zeros;
    for (double v : zeros)
        CHECK(v == 0.0);
    CHECK(zeros.total() == 0.0);
}

TEST_CASE("iterating a by_segment visits the values in segment order") {
    const by_segment<int> values{1, 2, 3, 4, 5};
    std::vector<int> seen(values.begin(), values.end());
    CHECK(seen == std::vector<int>{1, 2, 3, 4, 5});
}

TEST_CASE("entries pair each segment with its value") {
    by_segment<int> values{1, 2, 3, 4, 5};
    std::vector<segment> keys;
    int sum = 0;
    for (auto [s, v] : std::as_const(values).entries()) {
        keys.push_back(s);
        sum += v * (static_cast<int>(s) + 1);
    }
    CHECK(keys == std::vector<segment>(all_segments.begin(), all_segments.end()));
    CHECK(sum == 1 * 1 + 2 * 2 + 3 * 3 + 4 * 4 + 5 * 5);
    for (auto [s, v] : values.entries())
        if (s == segment::kpo) v = 0;
    CHECK(values[segment::kpo] == 0);
    CHECK(values[segment::bpo] == 4);
}

TEST_CASE("by_segment compares value by value") {
    CHECK(by_segment<int>{1, 2, 3, 4, 5} == by_segment<int>{1, 2, 3, 4, 5});
    CHECK(by_segment<int>{1, 2, 3, 4, 5} != by_segment<int>{1, 2, 3, 4, 6});
}

TEST_CASE("the total of dirham amounts per segment is a dirham amount") {
    // 2024 segment amounts; ESO, BPO, KPO worked from the articles: 3.4 bn, 2.3 bn and 48 M MAD.
    const by_segment<offshoring::mad<>> exports_2024{10.6_bn_mad, 9.8_bn_mad, 3.4_bn_mad, 2.3_bn_mad,
                                                     48_m_mad};
    const offshoring::mad<> total = exports_2024.total();
    // 10.6 + 9.8 + 3.4 + 2.3 + 0.048 = 26.148 bn
    CHECK(offshoring::in_billion_mad(total) == doctest::Approx(26.148).epsilon(1e-12));
    const by_segment<offshoring::mad<>> none;
    CHECK(offshoring::in_mad(none.total()) == 0.0);
}
