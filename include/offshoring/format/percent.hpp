// offshoring/format/percent.hpp: moved to <offshoring/text/percent.hpp> in 0.2.0; this forwarding header will be removed.
// SPDX-License-Identifier: MIT
#pragma once

#ifndef OFFSHORING_NO_DEPRECATED_HEADER_MESSAGES
#pragma message( \
    "<offshoring/format/percent.hpp> is deprecated: include <offshoring/text/percent.hpp> (see CHANGELOG.md, 0.2.0)")
#endif
#include <offshoring/text/percent.hpp>
