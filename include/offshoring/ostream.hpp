// offshoring/ostream.hpp: moved to <offshoring/text/ostream.hpp> in 0.2.0; this forwarding header will be removed.
// SPDX-License-Identifier: MIT
#pragma once

#ifndef OFFSHORING_NO_DEPRECATED_HEADER_MESSAGES
#pragma message( \
    "<offshoring/ostream.hpp> is deprecated: include <offshoring/text/ostream.hpp> (see CHANGELOG.md, 0.2.0)")
#endif
#include <offshoring/text/ostream.hpp>
