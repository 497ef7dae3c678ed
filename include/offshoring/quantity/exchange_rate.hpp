// offshoring/quantity/exchange_rate.hpp: a dirham per US dollar rate for a given period, and conversions with it.
// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <string_view>

#include <offshoring/calendar/period.hpp>
#include <offshoring/detail/error.hpp>
#include <offshoring/quantity/units.hpp>

namespace offshoring {

namespace detail {

template <class T>
std::string describe_rate(const mad_per_usd<T>& rate) {
    return describe_value(rate.value()) + " MAD per USD";
}

[[noreturn]] inline void bad_rate(std::string_view function, const std::string& shown) {
    fail(function, "rate must be positive and finite, got " + shown);
}

[[noreturn]] inline void bad_amount(std::string_view function, const std::string& what,
                                    const std::string& shown) {
    fail(function, what + " must be finite, got " + shown);
}

[[noreturn]] inline void conversion_overflow(std::string_view function, const std::string& amount,
                                             const std::string& rate) {
    fail(function, "the result overflows a double, converting " + amount + " at " + rate);
}

[[noreturn]] inline void rate_period_mismatch(std::string_view function, period rate_period,
                                              period amount_period) {
    fail(function, "the rate applies to " + period_label(rate_period) +
                       ", which does not contain the amount's period " + period_label(amount_period));
}

}  // namespace detail

// A rate is dated data, not a constant of nature: the dirham per dollar rate of 2024 is not that of
// 2025-H1. So each rate carries the period it applies to, is passed explicitly to the conversions, and is
// never a Boost.Units conversion factor between the two currencies (which would make MAD + USD compile).
//
// Invariant: rate() is positive and finite, so converting a finite amount never divides by zero.
template <class T = double>
class exchange_rate {
public:
    using value_type = T;

    // Throws offshoring::domain_error "offshoring::exchange_rate: rate must be positive and finite, got
    // -1 MAD per USD" for a zero, negative, NaN or infinite rate.
    constexpr exchange_rate(period applies_to, mad_per_usd<T> rate) : applies_to_(applies_to), rate_(rate) {
        if (!(detail::is_finite(rate.value()) && rate.value() > T(0)))
            detail::bad_rate("offshoring::exchange_rate", detail::describe_rate(rate));
    }

    // The rate implied by one amount published in both currencies, such as 26.2 bn MAD "près de 2,8
    // milliards de dollars". Both amounts must be positive and finite.
    static constexpr exchange_rate implied_by(period applies_to, mad<T> in_dirhams, usd<T> in_us_dollars) {
        constexpr std::string_view function = "offshoring::exchange_rate::implied_by";
        if (!(detail::is_finite(in_dirhams.value()) && in_dirhams.value() > T(0)))
            detail::fail(function, "the amount in dirhams must be positive and finite, got " +
                                       detail::describe_value(in_dirhams.value()) + " MAD");
        if (!(detail::is_finite(in_us_dollars.value()) && in_us_dollars.value() > T(0)))
            detail::fail(function, "the amount in US dollars must be positive and finite, got " +
                                       detail::describe_value(in_us_dollars.value()) + " USD");
        const mad_per_usd<T> rate = in_dirhams / in_us_dollars;
        // A huge amount over a tiny one can still overflow or round to zero.
        if (!(detail::is_finite(rate.value()) && rate.value() > T(0)))
            detail::bad_rate(function, detail::describe_rate(rate));
        return exchange_rate(applies_to, rate);
    }

    constexpr period applies_to() const noexcept { return applies_to_; }
    constexpr mad_per_usd<T> rate() const noexcept { return rate_; }

    friend constexpr bool operator==(const exchange_rate& a, const exchange_rate& b) noexcept {
        return a.applies_to_ == b.applies_to_ && a.rate_ == b.rate_;
    }
    friend constexpr bool operator!=(const exchange_rate& a, const exchange_rate& b) noexcept {
        return !(a == b);
    }

private:
    period applies_to_;
    mad_per_usd<T> rate_;
};

template <class T>
exchange_rate(period, mad_per_usd<T>) -> exchange_rate<T>;

// amount x rate. Throws offshoring::domain_error for a NaN or infinite amount, or a result that
// overflows.
template <class T>
constexpr mad<T> to_mad(usd<T> amount, const exchange_rate<T>& rate) {
    constexpr std::string_view function = "offshoring::to_mad";
    if (!detail::is_finite(amount.value()))
        detail::bad_amount(function, "amount", detail::describe_value(amount.value()) + " USD");
    const mad<T> result = amount * rate.rate();
    if (!detail::is_finite(result.value()))
        detail::conversion_overflow(function, detail::describe_value(amount.value()) + " USD",
                                    detail::describe_rate(rate.rate()));
    return result;
}

// amount / rate. Throws offshoring::domain_error for a NaN or infinite amount, or a result that
// overflows (a huge amount at a rate below 1).
template <class T>
constexpr usd<T> to_usd(mad<T> amount, const exchange_rate<T>& rate) {
    constexpr std::string_view function = "offshoring::to_usd";
    if (!detail::is_finite(amount.value()))
        detail::bad_amount(function, "amount", detail::describe_value(amount.value()) + " MAD");
    const usd<T> result = amount / rate.rate();
    if (!detail::is_finite(result.value()))
        detail::conversion_overflow(function, detail::describe_value(amount.value()) + " MAD",
                                    detail::describe_rate(rate.rate()));
    return result;
}

// The same conversions, also checking that the rate is the one for the amount's period: an amount of
// 2025-H1 converts at a rate for 2025-H1, for 2025, or for a longer period that contains it.
template <class T>
constexpr mad<T> to_mad(usd<T> amount, period amount_period, const exchange_rate<T>& rate) {
    if (!rate.applies_to().contains(amount_period))
        detail::rate_period_mismatch("offshoring::to_mad", rate.applies_to(), amount_period);
    return to_mad(amount, rate);
}

template <class T>
constexpr usd<T> to_usd(mad<T> amount, period amount_period, const exchange_rate<T>& rate) {
    if (!rate.applies_to().contains(amount_period))
        detail::rate_period_mismatch("offshoring::to_usd", rate.applies_to(), amount_period);
    return to_usd(amount, rate);
}

}  // namespace offshoring
