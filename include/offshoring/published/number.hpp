// offshoring/published/number.hpp: a figure as printed, with its decimals, read from and written to text.
// SPDX-License-Identifier: MIT
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include <offshoring/detail/deferred.hpp>
#include <offshoring/detail/error.hpp>
#include <offshoring/quantity/interval.hpp>

namespace offshoring {

// Which convention a text follows. French: decimal comma, thousands grouped by a space, a no-break space
// (U+00A0), a narrow no-break space (U+202F) or a point ("148.500" is 148 500). English: decimal point,
// thousands grouped by a comma or one of the three spaces ("148,500" is 148 500). The same text can mean
// two numbers, so the caller always says which.
enum class number_style { french, english };

// Whether the text ended in a percent sign.
enum class number_kind { plain, percent };

namespace detail::published {

constexpr long long power_of_ten(int exponent) noexcept {
    long long result = 1;
    for (int i = 0; i < exponent; ++i)
        result *= 10;
    return result;
}

}  // namespace detail::published

// A number as it was printed: 26,2 and 26,20 are different figures (one and two decimals), so the value
// is kept as an integer count of units in the last place plus the count of decimals, and equality is
// exact. A percentage keeps its printed value (40.3 for "40,3 %") and its kind.
class published_number {
public:
    // Enough for the per-mille precision of any statistic; more is a typo, not a figure.
    static constexpr int max_decimals = 9;
    // 15 digits keep twice the scaled value plus one below 2^53, so every bound is an exact double.
    static constexpr int max_digits = 15;
    static constexpr long long max_scaled = 999'999'999'999'999;

    // published_number(2620, 2) is 26,20; published_number(403, 1, number_kind::percent) is 40,3 %.
    // Throws offshoring::domain_error when decimals is outside [0, 9] or |scaled| has more than 15 digits.
    constexpr published_number(long long scaled, int decimals, number_kind kind = number_kind::plain)
        : scaled_(scaled), decimals_(decimals), kind_(kind) {
        if (decimals < 0 || decimals > max_decimals) {
            detail::fail("offshoring::published_number",
                         "decimals must lie in [0, 9], got " + detail::describe(decimals));
        }
        if (scaled > max_scaled || scaled < -max_scaled) {
            detail::fail("offshoring::published_number",
                         "the value must have at most 15 digits, got " + detail::describe(scaled));
        }
        if (kind != number_kind::plain && kind != number_kind::percent) {
            detail::fail("offshoring::published_number",
                         "not a number kind, got " + detail::describe(static_cast<int>(kind)));
        }
    }

    // The units in the last place: 2620 for 26,20.
    [[nodiscard]] constexpr long long scaled() const noexcept { return scaled_; }
    [[nodiscard]] constexpr int decimals() const noexcept { return decimals_; }
    [[nodiscard]] constexpr number_kind kind() const noexcept { return kind_; }
    [[nodiscard]] constexpr bool is_percent() const noexcept { return kind_ == number_kind::percent; }

    // The printed value: 26.2 for 26,20, 40.3 for 40,3 % (not 0.403; see as_interval for fractions).
    [[nodiscard]] constexpr double value() const noexcept {
        return static_cast<double>(scaled_) / static_cast<double>(detail::published::power_of_ten(decimals_));
    }

    // One unit in the last printed place: 0.1 for 26,2, 0.01 for 26,20, 1 for 148 500.
    [[nodiscard]] constexpr double ulp() const noexcept {
        return 1.0 / static_cast<double>(detail::published::power_of_ten(decimals_));
    }

    // One unit in the place of the last significant digit. Printed decimals are all significant, trailing
    // zeros included (2,80 has 0.01); in a whole number the trailing zeros are not (140 000 has 10 000,
    // 80 has 10, 75 has 1). Zero has 1. Approximate claims are read at this place.
    [[nodiscard]] constexpr double significant_unit() const noexcept {
        if (decimals_ > 0) return ulp();
        return static_cast<double>(detail::published::power_of_ten(trailing_zeros()));
    }

    // [v - ulp/2, v + ulp/2] in the printed scale: [26.15, 26.25] for 26,2; [40.25, 40.35] for 40,3 %.
    // Closed, since publishers differ on how they round a half.
    // NOLINTNEXTLINE(bugprone-exception-escape): the bounds are finite and ordered by construction.
    [[nodiscard]] constexpr interval<double> rounding_interval() const noexcept {
        const double denominator = 2.0 * static_cast<double>(detail::published::power_of_ten(decimals_));
        // Finite and ordered by construction: the interval's check cannot fail here.
        return interval<double>(static_cast<double>(2 * scaled_ - 1) / denominator,
                                static_cast<double>(2 * scaled_ + 1) / denominator);
    }

    friend constexpr bool operator==(const published_number& a, const published_number& b) noexcept {
        return a.scaled_ == b.scaled_ && a.decimals_ == b.decimals_ && a.kind_ == b.kind_;
    }
    friend constexpr bool operator!=(const published_number& a, const published_number& b) noexcept {
        return !(a == b);
    }

private:
    constexpr int trailing_zeros() const noexcept {
        if (scaled_ == 0) return 0;
        int count = 0;
        for (long long s = scaled_; s % 10 == 0; s /= 10)
            ++count;
        return count;
    }

    long long scaled_;
    int decimals_;
    number_kind kind_;
};

namespace detail::published {

struct published_parse {
    bool ok;
    published_number number;
    std::size_t position;
    std::string_view why;
};

constexpr bool is_digit(char c) noexcept { return c >= '0' && c <= '9'; }

constexpr bool starts_at(std::string_view text, std::size_t position, std::string_view what) noexcept {
    return position <= text.size() && text.substr(position, what.size()) == what;
}

// Length of a space that may group thousands or stand before a percent sign: a space, U+00A0, U+202F.
constexpr std::size_t space_at(std::string_view text, std::size_t position) noexcept {
    if (starts_at(text, position, " ")) return 1;
    if (starts_at(text, position, "\xC2\xA0")) return 2;
    if (starts_at(text, position, "\xE2\x80\xAF")) return 3;
    return 0;
}

// NOLINTNEXTLINE(bugprone-exception-escape): published_number(0, 0) is valid.
constexpr published_parse parse_failure(std::size_t position, std::string_view why) noexcept {
    return {false, published_number(0, 0), position, why};
}

// The whole grammar, in one place that cannot throw, so that the throwing parser and its try_ twin
// agree on every input and both are usable in constant expressions.
// NOLINTNEXTLINE(bugprone-exception-escape): digits and decimals are bounded before a number is built.
constexpr published_parse parse_published_number(std::string_view text, number_style style) noexcept {
    const bool french = style == number_style::french;
    const char decimal_mark = french ? ',' : '.';
    const char group_mark = french ? '.' : ',';
    const std::string_view bad_group =
        french
            ? "a group of thousands must have exactly three digits (in French style the decimal separator "
              "is ',' and '.' groups thousands)"
            : "a group of thousands must have exactly three digits (in English style the decimal separator "
              "is '.' and ',' groups thousands)";

    if (text.empty()) return parse_failure(0, "the text is empty");

    std::size_t pos = 0;
    bool negative = false;
    if (text[0] == '+') {
        pos = 1;
    } else if (text[0] == '-') {
        negative = true;
        pos = 1;
    } else if (starts_at(text, 0, "\xE2\x88\x92")) {  // U+2212 MINUS SIGN
        negative = true;
        pos = 3;
    }
    if (pos >= text.size() || !is_digit(text[pos])) return parse_failure(pos, "expected a digit");

    // Every digit written counts, leading zeros too: "0000000000000000000001" has 22 digits, not one.
    const std::size_t first_digit = pos;
    long long scaled = 0;
    int digits = 0;
    bool too_long = false;
    const auto take_digit = [&](char c) {
        if (++digits > published_number::max_digits) {
            too_long = true;
            return;
        }
        scaled = scaled * 10 + (c - '0');
    };

    // Integer part, with optional groups of thousands all marked by the same separator.
    std::string_view separator{};
    std::size_t separator_at = 0;  // where the group being read began, for the error position
    std::size_t in_group = 0;
    bool grouped = false;
    while (pos < text.size()) {
        const char c = text[pos];
        if (is_digit(c)) {
            take_digit(c);
            if (too_long) return parse_failure(pos, "more than 15 digits");
            ++in_group;
            ++pos;
            continue;
        }
        std::size_t length = space_at(text, pos);
        if (length == 0 && c == group_mark) length = 1;
        // A separator counts as a group mark only when a digit follows: "75 %" has a space before the sign.
        if (length == 0 || pos + length >= text.size() || !is_digit(text[pos + length])) break;
        // "0.005" in French or "0,005" in English is five thousandths in the other style: read as 5, a
        // slip of style would pass unseen, so a grouped number must begin with a non-zero digit.
        if (!grouped && text[first_digit] == '0')
            return parse_failure(pos, "a number grouped by thousands cannot begin with 0");
        const std::string_view this_separator = text.substr(pos, length);
        if (grouped && this_separator != separator) {
            return parse_failure(pos, "two different separators group the thousands");
        }
        if (grouped && in_group != 3) return parse_failure(separator_at, bad_group);
        if (!grouped && in_group > 3) return parse_failure(pos, bad_group);
        separator = this_separator;
        separator_at = pos;
        grouped = true;
        in_group = 0;
        pos += length;
    }
    if (grouped && in_group != 3) return parse_failure(separator_at, bad_group);

    // Decimal part: digits only, every one of them kept.
    int decimals = 0;
    if (pos < text.size() && text[pos] == decimal_mark) {
        ++pos;
        if (pos >= text.size() || !is_digit(text[pos])) {
            return parse_failure(pos, "expected a digit after the decimal separator");
        }
        while (pos < text.size() && is_digit(text[pos])) {
            if (decimals == published_number::max_decimals) return parse_failure(pos, "more than 9 decimals");
            take_digit(text[pos]);
            if (too_long) return parse_failure(pos, "more than 15 digits");
            ++decimals;
            ++pos;
        }
    }

    // Optional percent sign, directly or after one space.
    number_kind kind = number_kind::plain;
    if (pos < text.size()) {
        const std::size_t space = space_at(text, pos);
        if (starts_at(text, pos + space, "%")) {
            kind = number_kind::percent;
            pos += space + 1;
        }
    }

    if (pos < text.size()) {
        const char c = text[pos];
        if (c == 'e' || c == 'E') return parse_failure(pos, "exponent notation is not a published figure");
        if (c == decimal_mark || c == group_mark) return parse_failure(pos, "misplaced separator");
        return parse_failure(pos, "unexpected character");
    }
    return {true, published_number(negative ? -scaled : scaled, decimals, kind), pos, {}};
}

}  // namespace detail::published

// Reads "26,2", "26,20", "+3,5 %", "148 500", "148.500" (French) or "26.2", "148,500" (English).
// Grammar: [+ | - | U+2212] digits [groups] [decimal-mark digits] [[space] %]; groups of exactly three
// digits after a first group of one to three that does not begin with 0, all with the same separator; at
// most 15 digits (leading zeros count) and 9 decimals; no surrounding spaces, no exponent.
// Throws offshoring::parse_error with the position where reading failed.
template <class Void = void>
published_number parse_published(std::string_view text, number_style style) {
    const detail::published::published_parse result = detail::published::parse_published_number(text, style);
    if (!result.ok) throw parse_error("offshoring::parse_published", text, result.position, result.why);
    return result.number;
}

// As parse_published, std::nullopt instead of an exception.
template <class Void = void>
// NOLINTNEXTLINE(bugprone-exception-escape): parse_published_number cannot throw (see there).
constexpr detail::deferred<std::optional<published_number>, Void> try_parse_published(
    std::string_view text, number_style style) noexcept {
    const detail::published::published_parse result = detail::published::parse_published_number(text, style);
    if (!result.ok) return std::nullopt;
    return result.number;
}

// The canonical text, every decimal kept and no grouping: "26,20", "-0,2 %" (French) or "26.20", "-0.2%"
// (English). parse_published(to_string(x, s), s) == x for every x and style.
template <class Void = void>
detail::deferred<std::string, Void> to_string(const detail::deferred<published_number, Void>& x,
                                              number_style style) {
    const bool french = style == number_style::french;
    const long long scaled = x.scaled();
    detail::deferred<std::string, Void> digits = std::to_string(scaled < 0 ? -scaled : scaled);
    const auto decimals = static_cast<std::size_t>(x.decimals());
    if (digits.size() <= decimals) digits.insert(0, decimals + 1 - digits.size(), '0');
    detail::deferred<std::string, Void> text = scaled < 0 ? "-" : "";
    text.append(digits, 0, digits.size() - decimals);
    if (decimals > 0) {
        text.push_back(french ? ',' : '.');
        text.append(digits, digits.size() - decimals, decimals);
    }
    if (x.is_percent()) text.append(french ? " %" : "%");
    return text;
}

}  // namespace offshoring

// The readings of a published number (approximations, rounding conventions, as_interval) build on the
// class above; included here so that this header keeps offering them.
#include <offshoring/published/reading.hpp>  // IWYU pragma: export
