// offshoring/error.hpp: moved to <offshoring/detail/error.hpp> in 0.2.0; this forwarding header will be removed.
// SPDX-License-Identifier: MIT
#pragma once

#ifndef OFFSHORING_NO_DEPRECATED_HEADER_MESSAGES
#pragma message( \
    "<offshoring/error.hpp> is deprecated: include <offshoring/detail/error.hpp> (see CHANGELOG.md, 0.2.0)")
#endif
#include <offshoring/detail/error.hpp>
