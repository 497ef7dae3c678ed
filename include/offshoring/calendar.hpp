// offshoring/calendar.hpp: the calendar layer: periods, their text, how they relate, and series keyed by them.
// SPDX-License-Identifier: MIT
#pragma once

#include <offshoring/calendar/lattice.hpp>
#include <offshoring/calendar/period.hpp>
#include <offshoring/calendar/period_text.hpp>
#include <offshoring/calendar/series.hpp>
