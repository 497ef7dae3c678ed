// offshoring/detail/version.hpp: the library's version, for code that vendors the headers without CMake.
// SPDX-License-Identifier: MIT
#pragma once

// Equal to the VERSION of project() in CMakeLists.txt and to the newest entry of CHANGELOG.md
// (tests/version.cmake checks both).
#define OFFSHORING_VERSION_MAJOR 0
#define OFFSHORING_VERSION_MINOR 2
#define OFFSHORING_VERSION_PATCH 0
// One number that grows with each release: 10000 * major + 100 * minor + patch.
#define OFFSHORING_VERSION \
    (OFFSHORING_VERSION_MAJOR * 10000 + OFFSHORING_VERSION_MINOR * 100 + OFFSHORING_VERSION_PATCH)
