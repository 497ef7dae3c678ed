// offshoring/units.hpp: moved to <offshoring/quantity/units.hpp> in 0.2.0; this forwarding header will be removed.
// SPDX-License-Identifier: MIT
#pragma once

#ifndef OFFSHORING_NO_DEPRECATED_HEADER_MESSAGES
#pragma message( \
    "<offshoring/units.hpp> is deprecated: include <offshoring/quantity/units.hpp> (see CHANGELOG.md, 0.2.0)")
#endif
#include <offshoring/quantity/units.hpp>
