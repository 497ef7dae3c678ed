// offshoring/segment.hpp: the segment layer: the five segments, their names, values kept per segment, and reading them.
// SPDX-License-Identifier: MIT
#pragma once

#include <offshoring/segment/segment.hpp>
#include <offshoring/segment/segment_text.hpp>
