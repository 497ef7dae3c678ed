// offshoring/metrics/checks.hpp: the domain checks every metric runs, reusable by layers built on them.
// SPDX-License-Identifier: MIT
#pragma once

#include <string>
#include <type_traits>

#include <offshoring/detail/error.hpp>
#include <offshoring/detail/troubleshooting.hpp>
#include <offshoring/quantity/units.hpp>

// Every check takes the qualified name of the public function it guards, so that a layer built on the
// metrics (published figures, say) can run the same check and still name its own function in the
// message. The checks are constexpr and build no string unless they throw: a metric called with good
// values allocates nothing.
namespace offshoring::detail {

// Lets a year count or a rate take the value type of the quantities beside it without deducing it
// (std::type_identity is C++20): cagr(a, b, 6) with mad<float> must not fail to deduce T.
template <class T>
struct non_deduced {
    using type = T;
};
template <class T>
using non_deduced_t = typename non_deduced<T>::type;

template <class T>
constexpr bool is_positive(const T& value) noexcept {
    return is_finite(value) && T(0) < value;
}

template <class T>
constexpr bool is_non_negative(const T& value) noexcept {
    return is_finite(value) && !(value < T(0));
}

// "<function>: <name> must be <requirement>, got <value>"
[[noreturn]] inline void refuse(const char* function, const char* name, const char* requirement,
                                const std::string& shown) {
    std::string what(name);
    what.append(" must be ").append(requirement).append(", got ").append(shown);
    fail(function, what);
}

// Every failure path takes the refused values themselves and builds its text out of line. Built in the
// caller, the message's std::string (made, then destroyed on unwinding) would give every metric, and
// every loop that calls one, a stack frame and fewer registers on the path that does not fail. `cold`
// moves these functions and the branches to them away from the good path; `noinline` keeps them there.
//
// The texts (function, argument name, requirement) are `const char*`, one register each, rather than
// std::string_view, two: every call to a failure path is set up inside the caller's loop, and with twice
// the arguments g++ -O3 no longer unswitched a loop on a check that does not change in it (the years of
// cagr, the months of annualisation), or did so with the arguments' addresses computed on the good path.
// All these texts are string literals.
//
// clang++ counts the set-up of each failure call, never taken, as work when it decides what to inline:
// at -O2 it left cagr (cost 325 against a threshold of 225), contribution_to_growth, projected_value and
// check_share out of line, and a loop over them paid a call per value. Those functions, and the *_value,
// require_* and interval readings under them, are therefore [[gnu::always_inline]]; g++ inlines them on its
// own, and the instruction test (tests/instructions.cmake) shows both compilers at the count of code on
// doubles.
template <class T>
[[noreturn, gnu::cold, gnu::noinline]] void refuse_value(const char* function, const char* name,
                                                         const char* requirement, T value) {
    refuse(function, name, requirement, describe_value(value));
}

template <class T>
constexpr const T& require_finite_input(const char* function, const char* name, const T& value) {
    if (!is_finite(value)) refuse_value(function, name, "finite", value);
    return value;
}

template <class T>
constexpr const T& require_positive(const char* function, const char* name, const T& value) {
    if (!is_positive(value)) refuse_value(function, name, "positive and finite", value);
    return value;
}

template <class T>
constexpr const T& require_non_negative(const char* function, const char* name, const T& value) {
    if (!is_non_negative(value)) refuse_value(function, name, "non-negative and finite", value);
    return value;
}

// A share written in points (40.3) where a fraction (0.403) is expected is the slip this catches.
template <class T>
constexpr const T& require_fraction(const char* function, const char* name, const T& value) {
    if (!(is_finite(value) && !(value < T(0)) && !(T(1) < value)))
        refuse_value(function, name, "a fraction in [0, 1]", value);
    return value;
}

// A level cannot fall by more than all of itself; below -1 a compound rate would take the root of a
// negative number.
template <class T>
constexpr const T& require_change(const char* function, const char* name, const T& value) {
    if (!(is_finite(value) && !(value < T(-1))))
        refuse_value(function, name, "at least -1 (a fall of 100 %) and finite", value);
    return value;
}

template <class T>
[[noreturn, gnu::cold, gnu::noinline]] void part_exceeds_whole(const char* function, const char* part_name,
                                                               const char* whole_name, T part, T whole) {
    std::string what(part_name);
    what.append(" must not exceed ")
        .append(whole_name)
        .append(", got ")
        .append(describe_value(part))
        .append(" and ")
        .append(describe_value(whole));
    fail(function, what);
}

template <class T>
constexpr void require_part_of(const char* function, const char* part_name, const T& part,
                               const char* whole_name, const T& whole) {
    if (whole < part) part_exceeds_whole(function, part_name, whole_name, part, whole);
}

// The inputs of a result are shown as text pieces (string literals, kept as they are) between the
// values (shown as describe_value shows them): "base ", from, " and final value ", to.
template <class T, class... Pieces>
[[noreturn, gnu::cold, gnu::noinline]] void result_not_finite(const char* function, T result,
                                                              Pieces... pieces) {
    std::string what("result is not finite (");
    what.append(describe_value(result)).append(") for ");
    const auto append = [&what](const auto& piece) {
        if constexpr (std::is_same_v<std::decay_t<decltype(piece)>, const char*>)
            what.append(piece);
        else
            what.append(describe_value(piece));
    };
    (append(pieces), ...);
    fail(function, what);
}

// Overflow in a division or in pow is caught on the way out. The inputs are passed as they are, text
// pieces and values, and become a message only if the result is refused.
template <class T, class... Pieces>
constexpr T require_finite_result(const char* function, T result, const Pieces&... inputs) {
    if (!is_finite(result)) result_not_finite(function, result, inputs...);
    return result;
}

[[noreturn, gnu::cold, gnu::noinline]] inline void months_not_sub_annual(const char* function, int months) {
    refuse(function, "months", "in 1..11 (a span shorter than a year)", describe(months));
}

constexpr void require_sub_annual_months(const char* function, int months) {
    if (months < 1 || months > 11) months_not_sub_annual(function, months);
}

// Both quantities of a metric must be in one unit. Two static_asserts so that the message says which
// mistake it is: dirhams against jobs, or billions of dirhams against dirhams.
template <class UnitA, class UnitB>
constexpr void require_same_unit() noexcept {
    static_assert(same_dimension<UnitA, UnitB>,
                  "offshoring: the quantities given to a metric must have the same dimension (dirhams with "
                  "dirhams, US dollars with US dollars, jobs with jobs)" OFFSHORING_SEE_TROUBLESHOOTING(
                      "dimensions-and-units"));
    static_assert(!same_dimension<UnitA, UnitB> || std::is_same_v<UnitA, UnitB>,
                  "offshoring: the quantities given to a metric must be in the same unit; convert a scaled "
                  "quantity first, e.g. mad<>(26.22 * units::billion_dirhams)" OFFSHORING_SEE_TROUBLESHOOTING(
                      "dimensions-and-units"));
}

}  // namespace offshoring::detail
