// Tests for offshoring/detail/xml_escape.hpp: the text the SVG charts of the tool and the examples write.
// SPDX-License-Identifier: MIT
#include <doctest/doctest.h>

#include <offshoring/detail/xml_escape.hpp>

TEST_CASE("the five characters XML reserves are escaped and UTF-8 passes through") {
    using offshoring::detail::xml_escape;
    CHECK(xml_escape("a<b & \"c\" 'd'>") == "a&lt;b &amp; &quot;c&quot; &apos;d&apos;&gt;");
    CHECK(xml_escape("déjà 2,5 « milliards »") == "déjà 2,5 « milliards »");
    CHECK(xml_escape("&amp;") == "&amp;amp;");
    CHECK(xml_escape("").empty());
}
