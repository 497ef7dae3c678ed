// The examples of docs/reference/segments.md, each checked against the result the page gives.
// SPDX-License-Identifier: MIT
#include <offshoring/offshoring.hpp>

#include <array>
#include <numeric>
#include <optional>
#include <string>

#include <doctest/doctest.h>

#include "../../support/troubleshooting.hpp"

#include "../../support/reference_examples.hpp"

using namespace offshoring;
using namespace offshoring::testing;
using doctest::Approx;

TEST_CASE("docs/reference/segments.md: the examples of segments give their documented results") {
    static_assert(acronym(segment::eso) == "ESO");
    static_assert(segment_count == 5);
    CHECK(all_segments ==
          std::array<segment, 5>{segment::ito, segment::crm, segment::eso, segment::bpo, segment::kpo});

    CHECK(acronym(segment::ito) == "ITO");
    CHECK(acronym(segment::crm) == "CRM");
    CHECK(acronym(segment::bpo) == "BPO");
    CHECK(acronym(segment::kpo) == "KPO");
    CHECK(english_name(segment::ito) == "IT services outsourcing");
    CHECK(english_name(segment::crm) == "customer relationship management");
    CHECK(english_name(segment::eso) == "engineering services outsourcing");
    CHECK(english_name(segment::bpo) == "business process outsourcing");
    CHECK(english_name(segment::kpo) == "knowledge process outsourcing");
    CHECK(french_name(segment::ito) == "externalisation des services informatiques");
    CHECK(french_name(segment::crm) == "gestion de la relation client");
    CHECK(french_name(segment::eso) == "ing\u00e9nierie");
    CHECK(french_name(segment::bpo) == "externalisation des processus d'entreprise");
    CHECK(french_name(segment::kpo) == "externalisation des processus de connaissance");
    CHECK_THROWS_WITH_AS((void)acronym(static_cast<segment>(7)),
                         "offshoring::acronym: not a segment, got 7" SEE_DOMAIN_ERRORS, domain_error);

    // by_segment
    const by_segment<double> shares;
    CHECK(shares.total() == 0.0);
    by_segment<int> n{10, 20, 30, 40, 50};
    CHECK(n[segment::crm] == 20);
    CHECK(n.at(segment::kpo) == 50);
    CHECK(std::accumulate(n.begin(), n.end(), 0) == 150);
    CHECK(n.size() == 5);
    CHECK(n.total() == 150);
    CHECK(n == by_segment<int>{10, 20, 30, 40, 50});
    int visited = 0;
    for (auto [s, v] : n.entries()) {
        if (s == segment::eso) CHECK(v == 30);
        ++visited;
    }
    CHECK(visited == 5);
    for (auto [s, v] : n.entries())
        if (s == segment::kpo) v = 0;
    CHECK(n[segment::kpo] == 0);
    CHECK_THROWS_AS((void)n[static_cast<segment>(5)], domain_error);

    // 10.6 + 9.8 + 3.4 + 2.3 + 0.048 = 26.148
    const by_segment<mad<>> exports_2024{10.6_bn_mad, 9.8_bn_mad, 3.4_bn_mad, 2.3_bn_mad, 48_m_mad};
    CHECK(in_billion_mad(exports_2024.total()) == Approx(26.148));

    // reading
    CHECK(parse_segment("Ing\u00e9nierie") == segment::eso);
    CHECK_FALSE(try_parse_segment("services").has_value());
    CHECK(parse_segment("ito") == segment::ito);
    CHECK(parse_segment("Ito") == segment::ito);
    CHECK(parse_segment("INGENIERIE") == segment::eso);
    CHECK(parse_segment("ING\u00c9NIERIE") == segment::eso);
    CHECK(parse_segment("processus d\u2019entreprise") == segment::bpo);
    CHECK(parse_segment("\u00a0gestion  de la\u202frelation client ") == segment::crm);
    CHECK(parse_segment("IT outsourcing") == segment::ito);
    CHECK(parse_segment("information technology outsourcing") == segment::ito);
    CHECK(parse_segment("services informatiques") == segment::ito);
    CHECK(parse_segment("services informatiques et technologiques") == segment::ito);
    CHECK(parse_segment("relation client") == segment::crm);
    CHECK(parse_segment("engineering outsourcing") == segment::eso);
    CHECK(parse_segment("services d'ing\u00e9nierie") == segment::eso);
    CHECK(parse_segment("externalisation des services d'ing\u00e9nierie") == segment::eso);
    CHECK(parse_segment("processus d'entreprise") == segment::bpo);
    CHECK(parse_segment("processus d'affaires") == segment::bpo);
    CHECK_FALSE(try_parse_segment("externalisation des processus d'affaires").has_value());
    CHECK(parse_segment("processus de connaissance") == segment::kpo);

    const std::string not_one =
        "not a segment: expected ITO, CRM, ESO, BPO, KPO or an English or French segment "
        "name" SEE_PARSE_ERRORS;
    CHECK_THROWS_WITH_AS(
        (void)parse_segment("ITOX"),
        ("offshoring::parse_segment: cannot read \"ITOX\" at position 0: " + not_one).c_str(), parse_error);
    CHECK_THROWS_WITH_AS(
        (void)parse_segment("services"),
        ("offshoring::parse_segment: cannot read \"services\" at position 0: " + not_one).c_str(),
        parse_error);
    CHECK_THROWS_WITH_AS(
        (void)parse_segment(""),
        "offshoring::parse_segment: cannot read \"\" at position 0: expected a segment name" SEE_PARSE_ERRORS,
        parse_error);
    CHECK_THROWS_WITH_AS((void)parse_segment("   "),
                         "offshoring::parse_segment: cannot read \"   \" at position 3: expected a segment "
                         "name" SEE_PARSE_ERRORS,
                         parse_error);
}
