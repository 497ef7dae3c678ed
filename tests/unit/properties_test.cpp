// Properties checked over generated inputs: text forms read back to what was printed, shares and
// contributions add up, targets are met in the year they were set for. The generator has a fixed seed so
// that a failure reproduces; CAPTURE shows the inputs of the failing case.
// SPDX-License-Identifier: MIT
#include <offshoring/calendar/period_text.hpp>
#include <offshoring/metrics.hpp>
#include <offshoring/metrics/periods.hpp>
#include <offshoring/published/number.hpp>
#include <offshoring/quantity/units.hpp>
#include <offshoring/segment.hpp>
#include <offshoring/segment/segment_text.hpp>
#include <offshoring/targets/projection.hpp>

#include <array>
#include <cmath>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <optional>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include <doctest/doctest.h>

using namespace offshoring;

namespace {

constexpr std::uint64_t seed = 20250601;
constexpr int cases = 4000;

int uniform_int(std::mt19937_64& random, int lo, int hi) {
    return std::uniform_int_distribution<int>(lo, hi)(random);
}

double uniform_real(std::mt19937_64& random, double lo, double hi) {
    return std::uniform_real_distribution<double>(lo, hi)(random);
}

// Amounts spread over many orders of magnitude, as a dataset in dirhams, thousands and billions would be.
double log_uniform(std::mt19937_64& random, double lo, double hi) {
    return std::exp(uniform_real(random, std::log(lo), std::log(hi)));
}

bool coin(std::mt19937_64& random) { return uniform_int(random, 0, 1) == 1; }

// Flips the case of ASCII letters at random, and of the two-byte Latin-1 letters (é <-> É) too.
std::string random_case(std::mt19937_64& random, std::string_view text) {
    std::string out(text);
    for (std::size_t i = 0; i < out.size(); ++i) {
        const auto c = static_cast<unsigned char>(out[i]);
        if (c >= 'a' && c <= 'z' && coin(random)) out[i] = static_cast<char>(c - 'a' + 'A');
        if (c >= 'A' && c <= 'Z' && coin(random)) out[i] = static_cast<char>(c - 'A' + 'a');
        if (c == 0xC3 && i + 1 < out.size()) {
            const auto d = static_cast<unsigned char>(out[i + 1]);
            // In UTF-8, U+00E0..U+00FE are C3 A0..BE and their capitals C3 80..9E.
            if (d >= 0xA0 && d <= 0xBE && d != 0xB7 && coin(random)) out[i + 1] = static_cast<char>(d - 0x20);
            ++i;
        }
    }
    return out;
}

std::string four_digits(int year) {
    std::string text = std::to_string(year);
    return std::string(4 - text.size(), '0') + text;
}

period random_period(std::mt19937_64& random) {
    // Both ends of the range are drawn often, the middle uniformly.
    const int pick = uniform_int(random, 0, 19);
    const int year = pick == 0   ? period::min_year
                     : pick == 1 ? period::max_year
                                 : uniform_int(random, 1, 9999);
    switch (uniform_int(random, 0, 3)) {
        case 0:
            return period::whole_year(year);
        case 1:
            return period::half(year, uniform_int(random, 1, 2));
        case 2:
            return period::quarter(year, uniform_int(random, 1, 4));
        default:
            return period::month(year, uniform_int(random, 1, 12));
    }
}

// The other spellings parse_period documents, built here from the period's parts rather than from
// to_string, so that a mistake shared by the printer and the reader does not cancel out.
std::vector<std::string> other_spellings(period p) {
    const std::string year = four_digits(p.year());
    const std::string index = std::to_string(p.index());
    switch (p.kind()) {
        case period_kind::year:
            return {year, " " + year + "\t"};
        case period_kind::half: {
            std::vector<std::string> forms{year + "-H" + index, year + "-S" + index, "H" + index + " " + year,
                                           "S" + index + " " + year};
            if (p.index() == 1) {
                forms.push_back("premier semestre " + year);
            } else {
                forms.push_back("second semestre " + year);
                forms.push_back("deuxi\u00e8me semestre " + year);
            }
            return forms;
        }
        case period_kind::quarter: {
            static constexpr std::array<std::string_view, 4> ordinals{"1er", "2e", "3eme", "quatri\u00e8me"};
            return {year + "-Q" + index, year + "-T" + index, "Q" + index + " " + year,
                    "T" + index + "  " + year,
                    std::string(ordinals[static_cast<std::size_t>(p.index() - 1)]) + " trimestre " + year};
        }
        case period_kind::month:
            return {year + "-" + (p.index() < 10 ? "0" : "") + index};
    }
    return {};
}

// A number with the given count of digits, the first one not zero (or zero itself for one digit).
long long random_digits(std::mt19937_64& random, int digits) {
    long long value = digits == 1 ? uniform_int(random, 0, 9) : uniform_int(random, 1, 9);
    for (int i = 1; i < digits; ++i)
        value = value * 10 + uniform_int(random, 0, 9);
    return value;
}

published_number random_published(std::mt19937_64& random) {
    const long long magnitude = random_digits(random, uniform_int(random, 1, published_number::max_digits));
    const int decimals = uniform_int(random, 0, published_number::max_decimals);
    const number_kind kind = coin(random) ? number_kind::percent : number_kind::plain;
    return published_number(coin(random) ? -magnitude : magnitude, decimals, kind);
}

// The figure as a newspaper would print it: thousands grouped by one of the separators the style allows,
// the minus sign sometimes typographic, a space sometimes before the percent sign.
std::string grouped_text(std::mt19937_64& random, const published_number& x, number_style style) {
    const bool french = style == number_style::french;
    static constexpr std::array<std::string_view, 4> french_groups{" ", "\u00a0", "\u202f", "."};
    static constexpr std::array<std::string_view, 4> english_groups{",", " ", "\u00a0", "\u202f"};
    const std::string_view group =
        (french ? french_groups : english_groups)[static_cast<std::size_t>(uniform_int(random, 0, 3))];

    const long long magnitude = x.scaled() < 0 ? -x.scaled() : x.scaled();
    std::string digits = std::to_string(magnitude);
    const auto decimals = static_cast<std::size_t>(x.decimals());
    if (digits.size() <= decimals) digits.insert(0, decimals + 1 - digits.size(), '0');
    const std::string whole = digits.substr(0, digits.size() - decimals);

    std::string text;
    if (x.scaled() < 0) text = coin(random) ? "-" : "\u2212";
    for (std::size_t i = 0; i < whole.size(); ++i) {
        if (i > 0 && (whole.size() - i) % 3 == 0) text.append(group);
        text.push_back(whole[i]);
    }
    if (decimals > 0) text.append(french ? "," : ".").append(digits, digits.size() - decimals, decimals);
    if (x.is_percent()) text.append(coin(random) ? " %" : "%");
    return text;
}

}  // namespace

TEST_CASE("every period prints to a text that reads back to it, in every documented spelling") {
    std::mt19937_64 random(seed);
    CAPTURE(seed);
    for (int i = 0; i < cases; ++i) {
        const period p = random_period(random);
        const std::string canonical = to_string(p);
        CAPTURE(canonical);
        REQUIRE(parse_period(canonical) == p);
        for (const std::string& form : other_spellings(p)) {
            const std::string text = random_case(random, form);
            CAPTURE(text);
            const std::optional<period> read = try_parse_period(text);
            REQUIRE(read.has_value());
            REQUIRE(*read == p);
        }
    }
}

TEST_CASE("every segment name reads back to its segment in any case and with blanks around") {
    std::mt19937_64 random(seed);
    CAPTURE(seed);
    static constexpr std::array<std::string_view, 5> blanks{"", " ", "\t", "\u00a0", " \u202f "};
    for (int i = 0; i < cases; ++i) {
        const segment s = all_segments[static_cast<std::size_t>(uniform_int(random, 0, 4))];
        const std::array<std::string_view, 3> names{acronym(s), english_name(s), french_name(s)};
        const std::string_view name = names[static_cast<std::size_t>(uniform_int(random, 0, 2))];
        const std::string text = std::string(blanks[static_cast<std::size_t>(uniform_int(random, 0, 4))]) +
                                 random_case(random, name) +
                                 std::string(blanks[static_cast<std::size_t>(uniform_int(random, 0, 4))]);
        CAPTURE(text);
        REQUIRE(parse_segment(text) == s);
    }
    // The press's other wordings, each once in any case: the reader must know all of them.
    for (const detail::segment_alias& alias : detail::segment_aliases) {
        const std::string text = random_case(random, alias.name);
        CAPTURE(text);
        CHECK(try_parse_segment(text) == alias.value);
    }
}

TEST_CASE("every published figure prints to a text that reads back to it, grouped or not, in both styles") {
    std::mt19937_64 random(seed);
    CAPTURE(seed);
    for (int i = 0; i < cases; ++i) {
        const published_number x = random_published(random);
        CAPTURE(x.scaled());
        CAPTURE(x.decimals());
        CAPTURE(x.is_percent());
        for (const number_style style : {number_style::french, number_style::english}) {
            const std::string canonical = to_string(x, style);
            CAPTURE(canonical);
            REQUIRE(parse_published(canonical, style) == x);
            const std::string grouped = grouped_text(random, x, style);
            CAPTURE(grouped);
            const std::optional<published_number> read = try_parse_published(grouped, style);
            REQUIRE(read.has_value());
            REQUIRE(*read == x);
        }
    }
}

TEST_CASE("the shares of the segments in their total add up to one") {
    std::mt19937_64 random(seed);
    CAPTURE(seed);
    for (int i = 0; i < cases; ++i) {
        by_segment<mad<>> values;
        for (const segment s : all_segments)
            // A segment may be absent from a year's figures: zero is a valid part.
            values[s] =
                mad<>::from_value(uniform_int(random, 0, 9) == 0 ? 0.0 : log_uniform(random, 1e3, 1e12));
        if (values.total().value() == 0.0) continue;
        double sum = 0.0;
        for (const segment s : all_segments)
            sum += share(values[s], values.total());
        CAPTURE(values[segment::ito].value());
        CAPTURE(values[segment::kpo].value());
        CHECK(std::abs(sum - 1.0) <= 1e-12);
    }
}

TEST_CASE("the contributions of the segments add up to the growth of their total, in points") {
    std::mt19937_64 random(seed);
    CAPTURE(seed);
    for (int i = 0; i < cases; ++i) {
        by_segment<mad<>> from;
        by_segment<mad<>> to;
        for (const segment s : all_segments) {
            from[s] = mad<>::from_value(log_uniform(random, 1e6, 2e10));
            // From a halving to a doubling in a year: the spread of the published segments and more.
            to[s] = mad<>::from_value(from[s].value() * uniform_real(random, 0.5, 2.0));
        }
        const by_segment<double> points = contributions_to_growth(from, to);
        double sum = 0.0;
        for (const double p : points)
            sum += p;
        const double expected = 100.0 * growth(from.total(), to.total());
        CAPTURE(expected);
        CHECK(std::abs(sum - expected) <= 1e-9);
    }
}

TEST_CASE("growing at the required rate meets the target in the target year, not before") {
    std::mt19937_64 random(seed);
    CAPTURE(seed);
    for (int i = 0; i < cases; ++i) {
        const mad<> base = mad<>::from_value(log_uniform(random, 1e3, 1e12));
        // At least 0.1 % above the base: closer than met_tolerance a target counts as met at once.
        const mad<> target = mad<>::from_value(base.value() * log_uniform(random, 1.001, 100.0));
        const int base_year = uniform_int(random, 1900, 2100);
        const int target_year = base_year + uniform_int(random, 1, 60);
        CAPTURE(base.value());
        CAPTURE(target.value());
        CAPTURE(base_year);
        CAPTURE(target_year);
        const double rate = required_rate(base, base_year, target, target_year);
        CAPTURE(rate);
        const target_outcome outcome = first_year_met(base, base_year, target, rate);
        CHECK(outcome.kind == target_outcome_kind::met_in_year);
        CHECK(outcome.year == target_year);
    }
}

TEST_CASE("projecting one year at the growth between two amounts gives the second amount") {
    std::mt19937_64 random(seed);
    CAPTURE(seed);
    for (int i = 0; i < cases; ++i) {
        const mad<> from = mad<>::from_value(log_uniform(random, 1e-3, 1e15));
        const mad<> to =
            mad<>::from_value(uniform_int(random, 0, 19) == 0 ? 0.0 : log_uniform(random, 1e-3, 1e15));
        const int year = uniform_int(random, 1, 9998);
        CAPTURE(from.value());
        CAPTURE(to.value());
        const double rate = growth(from, to);
        const mad<> projected = projected_value(from, year, rate, year + 1);
        CAPTURE(projected.value());
        // to / from - 1 and back loses a few ulps of the larger of the two amounts, never more.
        const double tolerance = 8 * std::numeric_limits<double>::epsilon() * (from.value() + to.value());
        CHECK(std::abs(projected.value() - to.value()) <= tolerance);
    }
}
