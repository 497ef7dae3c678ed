// offshoring/format/segment.hpp: moved to <offshoring/text/segment.hpp> in 0.2.0; this forwarding header will be removed.
// SPDX-License-Identifier: MIT
#pragma once

#ifndef OFFSHORING_NO_DEPRECATED_HEADER_MESSAGES
#pragma message( \
    "<offshoring/format/segment.hpp> is deprecated: include <offshoring/text/segment.hpp> (see CHANGELOG.md, 0.2.0)")
#endif
#include <offshoring/text/segment.hpp>
