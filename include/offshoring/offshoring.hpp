// offshoring/offshoring.hpp: the whole library in one include; include a layer's header to pay for less.
// SPDX-License-Identifier: MIT
#pragma once

// One umbrella per layer (docs/architecture.md lists them, bottom to top).
#include <offshoring/calendar.hpp>
#include <offshoring/check.hpp>
#include <offshoring/check/dataset.hpp>
#include <offshoring/data.hpp>
#include <offshoring/metrics.hpp>
#include <offshoring/metrics/periods.hpp>
#include <offshoring/published.hpp>
#include <offshoring/quantity.hpp>
#include <offshoring/segment.hpp>
#include <offshoring/targets.hpp>
#include <offshoring/text.hpp>
