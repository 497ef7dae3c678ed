// tests/support/troubleshooting.hpp: the end of every exception message, as the tests expect it.
// SPDX-License-Identifier: MIT
#pragma once

// Spelt out here rather than taken from the library, so that a test of a whole message also checks the
// pointer to docs/troubleshooting.md. Macros, to be spliced onto the expected message's string literal.
#define SEE_DOMAIN_ERRORS " (see docs/troubleshooting.md#domain-errors)"
#define SEE_PARSE_ERRORS " (see docs/troubleshooting.md#parse-errors)"
