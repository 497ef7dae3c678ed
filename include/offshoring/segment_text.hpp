// offshoring/segment_text.hpp: moved to <offshoring/segment/segment_text.hpp> in 0.2.0; this forwarding header will be removed.
// SPDX-License-Identifier: MIT
#pragma once

#ifndef OFFSHORING_NO_DEPRECATED_HEADER_MESSAGES
#pragma message( \
    "<offshoring/segment_text.hpp> is deprecated: include <offshoring/segment/segment_text.hpp> (see CHANGELOG.md, 0.2.0)")
#endif
#include <offshoring/segment/segment_text.hpp>
