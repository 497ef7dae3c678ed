// offshoring/detail/troubleshooting.hpp: where the library's error messages send their reader.
// SPDX-License-Identifier: MIT
#pragma once

// " (see docs/troubleshooting.md#<anchor>)", the end of every static_assert sentence and exception message,
// the anchor being the page's entry for that kind of error. A static_assert message must be a string
// literal, so the pointer is spliced in by the preprocessor, one definition for compile-time and run-time
// messages alike. (The two #error sentences of compiler_modes.hpp spell it out: #error expands no macro.)
#define OFFSHORING_SEE_TROUBLESHOOTING(anchor) " (see docs/troubleshooting.md#" anchor ")"
