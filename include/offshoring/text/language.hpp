// offshoring/text/language.hpp: the two languages the library writes, on their own for code that only names one.
// SPDX-License-Identifier: MIT
#pragma once

namespace offshoring {

// Always passed explicitly: text never depends on a locale or on any global setting, so the same call
// prints the same bytes on every machine.
enum class language { fr, en };

}  // namespace offshoring
