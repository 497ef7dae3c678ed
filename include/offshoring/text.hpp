// offshoring/text.hpp: the text layer: French and English text for amounts, percentages, jobs, periods and segments.
// SPDX-License-Identifier: MIT
#pragma once

// Each part compiles alone, so that a program printing only numbers or periods need not include Boost.Units.
#include <offshoring/text/formatter.hpp>
#include <offshoring/text/language.hpp>
#include <offshoring/text/number.hpp>
#include <offshoring/text/ostream.hpp>
#include <offshoring/text/percent.hpp>
#include <offshoring/text/period.hpp>
#include <offshoring/text/quantity.hpp>
#include <offshoring/text/segment.hpp>
