// offshoring/metrics.hpp: share, growth, percentage points, contributions, revenue per job, CAGR, annualisation.
// SPDX-License-Identifier: MIT
#pragma once

// One header per job under metrics/; each compiles alone and can be included on its own.
#include <offshoring/metrics/annualisation.hpp>
#include <offshoring/metrics/cagr.hpp>
#include <offshoring/metrics/checks.hpp>
#include <offshoring/metrics/contributions.hpp>
#include <offshoring/metrics/growth.hpp>
#include <offshoring/metrics/revenue_per_job.hpp>
#include <offshoring/metrics/share.hpp>
