// offshoring/quantity.hpp: the quantity layer: dirhams, US dollars and jobs, intervals of them, and dated exchange rates.
// SPDX-License-Identifier: MIT
#pragma once

#include <offshoring/quantity/exchange_rate.hpp>
#include <offshoring/quantity/interval.hpp>
#include <offshoring/quantity/units.hpp>
