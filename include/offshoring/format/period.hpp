// offshoring/format/period.hpp: moved to <offshoring/text/period.hpp> in 0.2.0; this forwarding header will be removed.
// SPDX-License-Identifier: MIT
#pragma once

#ifndef OFFSHORING_NO_DEPRECATED_HEADER_MESSAGES
#pragma message( \
    "<offshoring/format/period.hpp> is deprecated: include <offshoring/text/period.hpp> (see CHANGELOG.md, 0.2.0)")
#endif
#include <offshoring/text/period.hpp>
