// offshoring/period_text.hpp: moved to <offshoring/calendar/period_text.hpp> in 0.2.0; this forwarding header will be removed.
// SPDX-License-Identifier: MIT
#pragma once

#ifndef OFFSHORING_NO_DEPRECATED_HEADER_MESSAGES
#pragma message( \
    "<offshoring/period_text.hpp> is deprecated: include <offshoring/calendar/period_text.hpp> (see CHANGELOG.md, 0.2.0)")
#endif
#include <offshoring/calendar/period_text.hpp>
