// offshoring/published/printed.hpp: a figure in the press's own words ("près de 2,8 milliards de dollars",
// "26,22 Mds DH", "plus des trois quarts"), read into its approximation, its number and its unit.
// SPDX-License-Identifier: MIT
#pragma once

#include <array>
#include <cmath>
#include <cstddef>
#include <limits>
#include <optional>
#include <string>
#include <string_view>

#include <offshoring/detail/deferred.hpp>
#include <offshoring/detail/error.hpp>
#include <offshoring/published/number.hpp>
#include <offshoring/published/reading.hpp>
#include <offshoring/quantity/interval.hpp>

namespace offshoring {

// What a printed number counts. pure: a plain number or a percentage (the number says which); the two
// rates are revenue per job and an exchange rate.
enum class printed_dimension { pure, dirhams, us_dollars, jobs, dirhams_per_job, dirhams_per_us_dollar };

// The dimension and the power of ten of its printed scale: billions of dirhams are {dirhams, 9}.
struct printed_unit {
    printed_dimension dimension = printed_dimension::pure;
    int power = 0;

    friend constexpr bool operator==(printed_unit a, printed_unit b) noexcept {
        return a.dimension == b.dimension && a.power == b.power;
    }
    friend constexpr bool operator!=(printed_unit a, printed_unit b) noexcept { return !(a == b); }
};

// "les trois quarts" is 3/4 of a whole: a share written in words.
struct fraction_word {
    int numerator;
    int denominator;
};

// A printed figure, read: "déjà près de 75 %" is {about, already, 75 %}; "plus des trois quarts" is
// {more_than, 3/4}. For a fraction word, `number` is unused and `fraction` holds it.
struct printed_figure {
    approximation approx = approximation::exact;
    bool already = false;  // "déjà" / "already" before the figure: a word about time, see already_reading
    std::optional<fraction_word> fraction;
    published_number number{0, 0};
    printed_unit unit{};
};

namespace detail::printed {

// The literal operator hands each word its length: a std::string_view from a pointer would count the
// characters one by one in the constant evaluation of every translation unit that includes this.
using std::string_view_literals::operator""sv;

struct unit_word {
    std::string_view word;
    printed_unit unit;
};

constexpr printed_unit mad(int power) noexcept { return {printed_dimension::dirhams, power}; }
constexpr printed_unit usd(int power) noexcept { return {printed_dimension::us_dollars, power}; }
inline constexpr printed_unit per_job{printed_dimension::dirhams_per_job, 0};
inline constexpr printed_unit per_usd{printed_dimension::dirhams_per_us_dollar, 0};

// The unit words after the number (the reader takes the longest that ends the text): the press's
// ("MMDH", "milliards de DH") and the library's own (format_amount, format_jobs, the rates). "milliards"
// and "millions" alone are dirhams, as the Moroccan press writes them.
inline constexpr std::array<unit_word, 66> suffixes{{
    {"milliards de dirhams"sv, mad(9)},
    {"milliard de dirhams"sv, mad(9)},
    {"milliards de DH"sv, mad(9)},
    {"milliard de DH"sv, mad(9)},
    {"Mds de DH"sv, mad(9)},
    {"Mds DH"sv, mad(9)},
    {"Md DH"sv, mad(9)},
    {"MMDH"sv, mad(9)},
    {"milliards"sv, mad(9)},
    {"milliard"sv, mad(9)},
    {"Mds"sv, mad(9)},
    {"millions"sv, mad(6)},
    {"million"sv, mad(6)},
    {"millions de dirhams"sv, mad(6)},
    {"million de dirhams"sv, mad(6)},
    {"millions de DH"sv, mad(6)},
    {"MDH"sv, mad(6)},
    {"M DH"sv, mad(6)},
    {"milliers de dirhams"sv, mad(3)},
    {"millier de dirhams"sv, mad(3)},
    {"k DH"sv, mad(3)},
    {"dirhams"sv, mad(0)},
    {"dirham"sv, mad(0)},
    {"DH"sv, mad(0)},
    {"billion dirhams"sv, mad(9)},
    {"million dirhams"sv, mad(6)},
    {"thousand dirhams"sv, mad(3)},
    {"milliards de dollars"sv, usd(9)},
    {"milliard de dollars"sv, usd(9)},
    {"Mds USD"sv, usd(9)},
    {"Md USD"sv, usd(9)},
    {"millions de dollars"sv, usd(6)},
    {"million de dollars"sv, usd(6)},
    {"M USD"sv, usd(6)},
    {"milliers de dollars"sv, usd(3)},
    {"millier de dollars"sv, usd(3)},
    {"k USD"sv, usd(3)},
    {"dollars"sv, usd(0)},
    {"dollar"sv, usd(0)},
    {"USD"sv, usd(0)},
    {"billion dollars"sv, usd(9)},
    {"million dollars"sv, usd(6)},
    {"thousand dollars"sv, usd(3)},
    {"emplois"sv, {printed_dimension::jobs, 0}},
    {"emploi"sv, {printed_dimension::jobs, 0}},
    {"jobs"sv, {printed_dimension::jobs, 0}},
    {"job"sv, {printed_dimension::jobs, 0}},
    {"personnes"sv, {printed_dimension::jobs, 0}},
    {"dirhams par emploi"sv, per_job},
    {"dirham par emploi"sv, per_job},
    {"DH par emploi"sv, per_job},
    {"dirhams per job"sv, per_job},
    {"dirham per job"sv, per_job},
    {"per job"sv, per_job},
    {"dirhams par dollar"sv, per_usd},
    {"dirham par dollar"sv, per_usd},
    {"DH par USD"sv, per_usd},
    {"dirhams per dollar"sv, per_usd},
    {"dirham per dollar"sv, per_usd},
    {"per USD"sv, per_usd},
    {"bn"sv, mad(9)},
    {"mn"sv, mad(6)},
    {"k"sv, mad(3)},
    {"billion"sv, mad(9)},
    {"million"sv, mad(6)},
    {"thousand"sv, mad(3)},
}};

struct qualifier_word {
    std::string_view word;
    approximation approx;
};

// Each with the contractions a fraction word brings ("plus des trois quarts", "près d'un tiers"sv).
inline constexpr std::array<qualifier_word, 35> qualifiers{{
    {"près de "sv, approximation::about},
    {"près d'"sv, approximation::about},
    {"près d\xE2\x80\x99"sv, approximation::about},
    {"près des "sv, approximation::about},
    {"environ "sv, approximation::about},
    {"quelque "sv, approximation::about},
    {"l'équivalent de "sv, approximation::about},
    {"l\xE2\x80\x99équivalent de "sv, approximation::about},
    {"l'équivalent d'"sv, approximation::about},
    {"l\xE2\x80\x99équivalent d\xE2\x80\x99"sv, approximation::about},
    {"plus de "sv, approximation::more_than},
    {"plus d'"sv, approximation::more_than},
    {"plus d\xE2\x80\x99"sv, approximation::more_than},
    {"plus des "sv, approximation::more_than},
    {"au moins "sv, approximation::more_than},
    {"dépasse "sv, approximation::more_than},
    {"moins de "sv, approximation::less_than},
    {"moins d'"sv, approximation::less_than},
    {"moins d\xE2\x80\x99"sv, approximation::less_than},
    {"moins des "sv, approximation::less_than},
    {"jusqu'à "sv, approximation::less_than},
    {"jusqu\xE2\x80\x99à "sv, approximation::less_than},
    {"about "sv, approximation::about},
    {"nearly "sv, approximation::about},
    {"almost "sv, approximation::about},
    {"some "sv, approximation::about},
    {"around "sv, approximation::about},
    {"the equivalent of "sv, approximation::about},
    {"more than "sv, approximation::more_than},
    {"over "sv, approximation::more_than},
    {"at least "sv, approximation::more_than},
    {"exceeds "sv, approximation::more_than},
    {"less than "sv, approximation::less_than},
    {"under "sv, approximation::less_than},
    {"up to "sv, approximation::less_than},
}};

struct fraction_text {
    std::string_view word;
    fraction_word value;
};

inline constexpr std::array<fraction_text, 16> fractions{{
    {"la moitié"sv, {1, 2}},
    {"moitié"sv, {1, 2}},
    {"un tiers"sv, {1, 3}},
    {"deux tiers"sv, {2, 3}},
    {"un quart"sv, {1, 4}},
    {"trois quarts"sv, {3, 4}},
    {"les trois quarts"sv, {3, 4}},
    {"les deux tiers"sv, {2, 3}},
    {"half"sv, {1, 2}},
    {"a half"sv, {1, 2}},
    {"a third"sv, {1, 3}},
    {"one third"sv, {1, 3}},
    {"two thirds"sv, {2, 3}},
    {"a quarter"sv, {1, 4}},
    {"one quarter"sv, {1, 4}},
    {"three quarters"sv, {3, 4}},
}};

inline constexpr std::array<std::string_view, 2> already_words{{"déjà "sv, "already "sv}};

struct printed_parse {
    bool ok;
    printed_figure figure;
    std::size_t position;
    std::string_view why;
};

constexpr bool starts_with(std::string_view text, std::string_view prefix) noexcept {
    return text.substr(0, prefix.size()) == prefix;
}

// The length of a space (ASCII, U+00A0, U+202F) that ends `text`, or 0.
constexpr std::size_t trailing_space(std::string_view text) noexcept {
    if (!text.empty() && text.back() == ' ') return 1;
    if (text.size() >= 2 && text.substr(text.size() - 2) == "\xC2\xA0") return 2;
    if (text.size() >= 3 && text.substr(text.size() - 3) == "\xE2\x80\xAF") return 3;
    return 0;
}

// The whole grammar, in one place that cannot throw, so that the throwing reader and its try_ twin agree.
template <class Void = void>
// NOLINTNEXTLINE(bugprone-exception-escape): published numbers are built only from a successful parse.
constexpr printed_parse parse_printed_figure(std::string_view text, number_style style,
                                             printed_unit bare_unit) noexcept {
    printed_figure result;
    std::size_t at = 0;
    const auto failure = [](std::size_t where, std::string_view why) {
        return printed_parse{false, printed_figure{}, where, why};
    };
    if (text.empty()) return failure(0, "the text is empty");

    for (const std::string_view word : already_words) {
        if (starts_with(text, word)) {
            result.already = true;
            at += word.size();
            break;
        }
    }
    for (const qualifier_word& q : qualifiers) {
        if (starts_with(text.substr(at), q.word)) {
            result.approx = q.approx;
            at += q.word.size();
            break;
        }
    }
    for (const fraction_text& f : fractions) {
        if (text.substr(at) == f.word) {
            result.fraction = f.value;
            result.number = published_number(0, 0, number_kind::percent);
            return {true, result, text.size(), {}};
        }
    }

    // English abbreviations put the currency before the number: "MAD 26.2 bn", "USD 2.8 bn".
    std::string_view body = text.substr(at);
    deferred<std::optional<printed_dimension>, Void> currency_before;
    if (starts_with(body, "MAD ")) currency_before = printed_dimension::dirhams;
    if (starts_with(body, "USD ")) currency_before = printed_dimension::us_dollars;
    if (currency_before) {
        at += 4;
        body = text.substr(at);
    }

    // The longest unit word that ends the text after a space: "26.2 billion dirhams" is billions, not dirhams.
    deferred<std::optional<printed_unit>, Void> unit;
    std::string_view unit_text;
    for (const unit_word& u : suffixes) {
        if (u.word.size() <= unit_text.size() || body.size() <= u.word.size()) continue;
        if (body.substr(body.size() - u.word.size()) != u.word) continue;
        const std::string_view before = body.substr(0, body.size() - u.word.size());
        if (trailing_space(before) == 0) continue;
        unit = u.unit;
        unit_text = u.word;
    }
    if (unit) {
        const std::string_view before = body.substr(0, body.size() - unit_text.size());
        body = before.substr(0, before.size() - trailing_space(before));
    }
    if (currency_before) {
        // After "MAD" or "USD" only a scale may follow ("MAD 26.2 bn", not "MAD 26.2 dollars"), or after
        // "MAD" a rate's "per job" or "per USD".
        const bool scale_word = unit_text == "bn" || unit_text == "mn" || unit_text == "k" ||
                                unit_text == "billion" || unit_text == "million" || unit_text == "thousand";
        const bool rate_word = unit_text == "per job" || unit_text == "per USD";
        if (unit && !scale_word && !(rate_word && *currency_before == printed_dimension::dirhams))
            return failure(at + body.size(), "after a currency code only a scale may follow");
        if (!rate_word) unit = printed_unit{*currency_before, unit ? unit->power : 0};
    } else if (unit_text == "per job" || unit_text == "per USD") {
        return failure(at + body.size(), "a rate per job or per USD needs MAD before the number");
    }

    const detail::published::published_parse n = detail::published::parse_published_number(body, style);
    if (!n.ok) return failure(at + n.position, n.why);
    result.number = n.number;
    if (unit) {
        if (n.number.is_percent()) return failure(at + n.position - 1, "a percentage cannot have a unit");
        result.unit = *unit;
    } else if (!n.number.is_percent()) {
        result.unit = bare_unit;
    }
    return {true, result, text.size(), {}};
}

// 10^e as a double for e >= 0, exact for the exponents printed figures reach (e <= 22).
constexpr double power_of_ten(int e) noexcept {
    double p = 1.0;
    for (int i = 0; i < e; ++i)
        p *= 10.0;
    return p;
}

// half_units / (2 * 10^decimals) printed units in base units (a percentage as a fraction), with a single
// rounding: the two powers of ten are combined first, exactly.
constexpr double base_value(long long half_units, const published_number& n, printed_unit unit) noexcept {
    const int exponent = unit.power - n.decimals() - (n.is_percent() ? 2 : 0);
    const double h = static_cast<double>(half_units);
    return exponent >= 0 ? h * power_of_ten(exponent) * 0.5 : h / power_of_ten(-exponent) * 0.5;
}

inline double outward(double x, bool up) noexcept {
    return std::nextafter(
        x, up ? std::numeric_limits<double>::infinity() : -std::numeric_limits<double>::infinity());
}

}  // namespace detail::printed

// Reads a figure as the press prints it, in the given number style: "26,2 milliards de dirhams", "26,22 Mds
// DH", "48 MDH", "près de 2,8 milliards de dollars", "plus de 140.000", "40,3 %", "plus des trois quarts",
// "déjà 2,5 milliards", and in English "MAD 26.2 bn", "about USD 2.8 bn", "148,500 jobs". A number with no
// unit word takes bare_unit (a count of jobs when the caller knows it counts jobs). The words accepted are
// listed in docs/data.md. Throws offshoring::parse_error with the position where reading failed.
template <class Void = void>
printed_figure parse_printed(std::string_view text, number_style style, printed_unit bare_unit = {}) {
    const detail::printed::printed_parse r =
        detail::printed::parse_printed_figure<Void>(text, style, bare_unit);
    if (!r.ok) throw parse_error("offshoring::parse_printed", text, r.position, r.why);
    return r.figure;
}

// As parse_printed, std::nullopt instead of an exception.
template <class Void = void>
// NOLINTNEXTLINE(bugprone-exception-escape): parse_printed_figure cannot throw.
constexpr detail::deferred<std::optional<printed_figure>, Void> try_parse_printed(
    std::string_view text, number_style style, printed_unit bare_unit = {}) noexcept {
    const detail::printed::printed_parse r =
        detail::printed::parse_printed_figure<Void>(text, style, bare_unit);
    if (!r.ok) return std::nullopt;
    return r.figure;
}

// The approximation a reading gives the figure: "déjà X" is X itself, or "at least X" under
// already_reading::at_least.
constexpr approximation effective_approximation(const printed_figure& f, const reading& hypotheses) noexcept {
    if (f.already && f.approx == approximation::exact && hypotheses.already == already_reading::at_least)
        return approximation::more_than;
    return f.approx;
}

// The true values the printed figure allows under the hypotheses, in base units: dirhams, US dollars,
// jobs, or a fraction for a percentage or a fraction word ("26,2 milliards de dirhams" is [2.615e10,
// 2.625e10]). A fraction word n/d is read like a number printed in units of 1/d: to nearest
// [(n - 1/2)/d, (n + 1/2)/d], so "les trois quarts" is [0.625, 0.875] and "plus des trois quarts"
// [0.75, +inf); its bounds are rounded outward, as thirds have no exact double.
template <class Void = void>
detail::deferred<claim_range<double>, Void> claimed_range(const detail::deferred<printed_figure, Void>& f,
                                                          const reading& hypotheses = {}) {
    using range = detail::deferred<claim_range<double>, Void>;
    using both_bounds = detail::deferred<interval<double>, Void>;
    const approximation how = effective_approximation(f, hypotheses);
    if (f.fraction) {
        const published_number units_of_d(f.fraction->numerator, 0);
        const auto b = detail::published::bounds_of<Void>(units_of_d, how, hypotheses);
        const auto bound = [&](long long half_units, bool up) {
            return detail::printed::outward(static_cast<double>(half_units) / (2.0 * f.fraction->denominator),
                                            up);
        };
        if (b.lo && b.hi) return both_bounds(bound(*b.lo, false), bound(*b.hi, true));
        if (b.lo) return range::at_least(bound(*b.lo, false));
        return range::at_most(bound(b.hi.value_or(0), true));
    }
    const auto b = detail::published::bounds_of<Void>(f.number, how, hypotheses);
    const auto bound = [&](long long half_units) {
        return detail::require_finite("offshoring::claimed_range",
                                      detail::printed::base_value(half_units, f.number, f.unit));
    };
    if (b.lo && b.hi) return both_bounds(bound(*b.lo), bound(*b.hi));
    if (b.lo) return range::at_least(bound(*b.lo));
    return range::at_most(bound(b.hi.value_or(0)));
}

// The printed value in base units ("26,2 Mds DH" is 2.62e10; "40,3 %" is 0.403); a fraction word is n/d.
inline double printed_value(const printed_figure& f) {
    if (f.fraction) return static_cast<double>(f.fraction->numerator) / f.fraction->denominator;
    return detail::printed::base_value(2 * f.number.scaled(), f.number, f.unit);
}

}  // namespace offshoring
