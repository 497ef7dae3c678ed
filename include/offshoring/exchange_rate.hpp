// offshoring/exchange_rate.hpp: moved to <offshoring/quantity/exchange_rate.hpp> in 0.2.0; this forwarding header will be removed.
// SPDX-License-Identifier: MIT
#pragma once

#ifndef OFFSHORING_NO_DEPRECATED_HEADER_MESSAGES
#pragma message( \
    "<offshoring/exchange_rate.hpp> is deprecated: include <offshoring/quantity/exchange_rate.hpp> (see CHANGELOG.md, 0.2.0)")
#endif
#include <offshoring/quantity/exchange_rate.hpp>
