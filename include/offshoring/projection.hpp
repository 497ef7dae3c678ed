// offshoring/projection.hpp: moved to <offshoring/targets/projection.hpp> in 0.2.0; this forwarding header will be removed.
// SPDX-License-Identifier: MIT
#pragma once

#ifndef OFFSHORING_NO_DEPRECATED_HEADER_MESSAGES
#pragma message( \
    "<offshoring/projection.hpp> is deprecated: include <offshoring/targets/projection.hpp> (see CHANGELOG.md, 0.2.0)")
#endif
#include <offshoring/targets/projection.hpp>
