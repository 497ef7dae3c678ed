// offshoring/published.hpp: published figures, the metrics over their rounding, and verdicts.
// SPDX-License-Identifier: MIT
#pragma once

#include <offshoring/published/amount.hpp>
#include <offshoring/published/interval_arithmetic.hpp>
#include <offshoring/published/interval_metrics.hpp>
#include <offshoring/published/number.hpp>
#include <offshoring/published/printed.hpp>
#include <offshoring/published/reading.hpp>
#include <offshoring/published/verdict.hpp>
#include <offshoring/quantity/interval.hpp>
