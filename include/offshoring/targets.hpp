// offshoring/targets.hpp: the targets layer: required rate, projections, first year met, years to a target, gap to a path.
// SPDX-License-Identifier: MIT
#pragma once

#include <offshoring/targets/projection.hpp>
#include <offshoring/targets/years_to_target.hpp>
