// offshoring/offshoring.hpp: the whole library in one include; include a layer's header to pay for less.
// SPDX-License-Identifier: MIT
#pragma once

#include <offshoring/calendar.hpp>
#include <offshoring/check.hpp>
#include <offshoring/check/dataset.hpp>
#include <offshoring/data/csv.hpp>
#include <offshoring/data/csv_reader.hpp>
#include <offshoring/data/figure.hpp>
#include <offshoring/data/figures.hpp>
#include <offshoring/error.hpp>
#include <offshoring/exchange_rate.hpp>
#include <offshoring/format.hpp>
#include <offshoring/interval.hpp>
#include <offshoring/metrics.hpp>
#include <offshoring/metrics/periods.hpp>
#include <offshoring/ostream.hpp>
#include <offshoring/period.hpp>
#include <offshoring/period_text.hpp>
#include <offshoring/projection.hpp>
#include <offshoring/published.hpp>
#include <offshoring/segment.hpp>
#include <offshoring/segment_text.hpp>
#include <offshoring/targets.hpp>
#include <offshoring/units.hpp>
