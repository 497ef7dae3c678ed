// offshoring/format.hpp: French and English text for amounts, percentages, jobs, periods and segments.
// SPDX-License-Identifier: MIT
#pragma once

// Each part compiles alone, so that a program printing only numbers or periods need not include Boost.Units.
#include <offshoring/format/number.hpp>
#include <offshoring/format/percent.hpp>
#include <offshoring/format/period.hpp>
#include <offshoring/format/quantity.hpp>
#include <offshoring/format/segment.hpp>
