// tests/support/values.hpp: values that tests in several files share.
// SPDX-License-Identifier: MIT
#pragma once

#include <limits>

#include <offshoring/quantity/units.hpp>

namespace offshoring::testing {

inline constexpr double not_a_number = std::numeric_limits<double>::quiet_NaN();
inline constexpr double infinity = std::numeric_limits<double>::infinity();

// An amount built around the checked makers, to hand a metric the values it must refuse.
inline mad<> raw_mad(double value) { return mad<>::from_value(value); }

}  // namespace offshoring::testing
