// offshoring/published/amount.hpp: a printed figure with its unit, as an interval of quantities.
// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <string_view>
#include <type_traits>

#include <boost/units/conversion.hpp>
#include <boost/units/get_dimension.hpp>
#include <boost/units/quantity.hpp>
#include <boost/units/unit.hpp>

#include <offshoring/detail/deferred.hpp>
#include <offshoring/detail/error.hpp>
#include <offshoring/detail/troubleshooting.hpp>
#include <offshoring/published/number.hpp>
#include <offshoring/published/reading.hpp>
#include <offshoring/quantity/interval.hpp>
#include <offshoring/quantity/units.hpp>

namespace offshoring {
namespace detail::published {

// half_units / (2 * 10^decimals) printed units in base units, for a unit of `factor` base units and
// `place` = 10^decimals. For a power-of-ten unit the two powers of ten are divided first (an exact
// double), so the bound costs a single rounding.
constexpr double half_units_in_base_units(double half_units, double factor, double place) noexcept {
    return factor >= place ? half_units * (factor / place) * 0.5 : half_units / (place / factor) * 0.5;
}

}  // namespace detail::published

// A printed figure and the unit it was printed in: 26,2 with units::billion_dirhams, 48 with
// units::million_dirhams, 148 500 with units::job. The unit is a type, so a share of dirhams in jobs does
// not compile; the printed number keeps its decimals, so 26,2 and 26,22 stay two different figures.
template <class Unit>
class published_amount {
public:
    using unit_type = Unit;
    using base_unit_type = detail::published::base_unit_of<Unit>;
    // Stored in the base unit, like every quantity of the library: mad<> for any amount of dirhams.
    using quantity_type = boost::units::quantity<base_unit_type, double>;

    static_assert(
        !std::is_same_v<typename boost::units::get_dimension<Unit>::type, boost::units::dimensionless_type>,
        "published_amount: the unit must be an amount (dirhams, US dollars, jobs), not a pure number; "
        "use published_number for percentages and ratios" OFFSHORING_SEE_TROUBLESHOOTING(
            "published-figures"));

    // Throws offshoring::domain_error for a percentage: "40,3 % of a billion dirhams" is not an amount.
    constexpr published_amount(published_number number, Unit = Unit{}) : number_(number) {
        if (number.is_percent()) {
            detail::fail("offshoring::published_amount",
                         "an amount cannot be a percentage, got " + to_string(number, number_style::english));
        }
    }

    [[nodiscard]] constexpr const published_number& number() const noexcept { return number_; }

    // The printed value as a quantity: 2.62e10 MAD for 26,2 billion dirhams.
    [[nodiscard]] quantity_type value() const { return at(2 * number_.scaled(), place()); }

    // [v - ulp/2, v + ulp/2] as quantities to nearest: [2.615e10, 2.625e10] MAD for 26,2 billion dirhams;
    // the other conventions as claimed_range describes them.
    [[nodiscard, gnu::always_inline]] interval<quantity_type> rounding_interval(
        rounding convention = rounding::nearest) const {
        if (convention == rounding::nearest) {
            // Directly, as as_interval(published_number) does, and for the same reason.
            const long long twice = 2 * number_.scaled();
            const double p = place();
            return interval<quantity_type>(at(twice - 1, p), at(twice + 1, p));
        }
        return claimed_range(approximation::exact, reading{convention, {}, {}}).bounded();
    }

    // The bounded reading, as approximate_interval(published_number, ...) gives it.
    [[nodiscard]] interval<quantity_type> approximate_interval(
        approximation how, rounding convention = rounding::nearest) const {
        return claimed_range(how, reading{convention, bound_reading::within_one_unit, {}}).bounded();
    }

    // The values the hypotheses allow, as quantities; see claimed_range(published_number, ...).
    [[nodiscard]] claim_range<quantity_type> claimed_range(approximation how,
                                                           const reading& hypotheses = {}) const {
        // void named through Unit: a constexpr template named with fixed arguments is instantiated here, in
        // every translation unit that includes this header.
        const auto b = detail::published::bounds_of<detail::deferred<void, Unit>>(number_, how, hypotheses);
        const double p = place();
        if (b.lo && b.hi) return interval<quantity_type>(at(*b.lo, p), at(*b.hi, p));
        if (b.lo) return claim_range<quantity_type>::at_least(at(*b.lo, p));
        return claim_range<quantity_type>::at_most(at(b.hi.value_or(0), p));
    }

    friend constexpr bool operator==(const published_amount& a, const published_amount& b) noexcept {
        return a.number_ == b.number_;
    }
    friend constexpr bool operator!=(const published_amount& a, const published_amount& b) noexcept {
        return !(a == b);
    }

private:
    // A bound of half_units / (2 * 10^decimals) printed units, in base units.
    quantity_type at(long long half_units, double place) const {
        const double factor = boost::units::conversion_factor(Unit{}, base_unit_type{});
        const double base_value =
            detail::published::half_units_in_base_units(static_cast<double>(half_units), factor, place);
        return quantity_type::from_value(detail::require_finite("offshoring::published_amount", base_value));
    }

    // 10^decimals, worked out once for both bounds: the compiler does not merge the two loops that would
    // compute it for each.
    double place() const { return static_cast<double>(detail::published::power_of_ten(number_.decimals())); }

    published_number number_;
};

template <class Unit>
[[gnu::always_inline]] inline interval<typename published_amount<Unit>::quantity_type> as_interval(
    const published_amount<Unit>& x) {
    return x.rounding_interval();
}

// "près de 2,8 milliards de dollars": approximate_interval(amount, approximation::about) is
// [2.75e9, 2.85e9] USD. Same rules as for published_number.
template <class Unit>
interval<typename published_amount<Unit>::quantity_type> approximate_interval(
    const published_amount<Unit>& claim, approximation how, rounding convention = rounding::nearest) {
    return claim.approximate_interval(how, convention);
}

template <class Unit>
claim_range<typename published_amount<Unit>::quantity_type> claimed_range(const published_amount<Unit>& claim,
                                                                          approximation how,
                                                                          const reading& hypotheses = {}) {
    return claim.claimed_range(how, hypotheses);
}

// parse_published("26,2", number_style::french, units::billion_dirhams). Throws offshoring::parse_error as
// parse_published does, and for a percentage, which is not an amount.
template <class Unit>
published_amount<Unit> parse_published(std::string_view text, number_style style, Unit unit) {
    const detail::published::published_parse result = detail::published::parse_published_number(text, style);
    if (!result.ok) throw parse_error("offshoring::parse_published", text, result.position, result.why);
    if (result.number.is_percent()) {
        throw parse_error("offshoring::parse_published", text, result.position - 1,
                          "an amount cannot be a percentage");
    }
    return published_amount<Unit>(result.number, unit);
}

template <class Unit>
// NOLINTNEXTLINE(bugprone-exception-escape): the one refusal, a percentage, is turned away just before.
std::optional<published_amount<Unit>> try_parse_published(std::string_view text, number_style style,
                                                          Unit unit) noexcept {
    const detail::published::published_parse result = detail::published::parse_published_number(text, style);
    if (!result.ok || result.number.is_percent()) return std::nullopt;
    return published_amount<Unit>(result.number, unit);
}

}  // namespace offshoring
