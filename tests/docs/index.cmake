# tests/docs/index.cmake: every page under docs/ is listed in docs/README.md, so that none is left out of
# the map of tutorial, how-to, reference and explanation, and every page it links to exists.
# SPDX-License-Identifier: MIT
#
# cmake -DDOCS=<repository>/docs -P tests/docs/index.cmake
cmake_minimum_required(VERSION 3.25)

if(NOT DEFINED DOCS)
    message(FATAL_ERROR "index.cmake: -DDOCS=... is required")
endif()
get_filename_component(DOCS "${DOCS}" ABSOLUTE)
file(READ "${DOCS}/README.md" index)
file(GLOB_RECURSE pages RELATIVE "${DOCS}" "${DOCS}/*.md")
list(REMOVE_ITEM pages README.md)
set(missing "")
foreach(page IN LISTS pages)
    string(FIND "${index}" "](${page})" at)
    if(at EQUAL -1)
        string(APPEND missing "  ${page}\n")
    endif()
endforeach()
# ...and every page it links to exists.
# A ']' in a list element would stop CMake from splitting the list there: links are matched without it.
string(REPLACE "](" "<link>(" linked "${index}")
string(REGEX MATCHALL "<link>\\([^)#]+\\.md\\)" links "${linked}")
set(broken "")
foreach(link IN LISTS links)
    string(REGEX REPLACE "^<link>\\((.*)\\)$" "\\1" target "${link}")
    if(NOT EXISTS "${DOCS}/${target}")
        string(APPEND broken "  ${target}\n")
    endif()
endforeach()
if(missing OR broken)
    message(FATAL_ERROR "${DOCS}/README.md does not list these pages:\n${missing}and links to these, which do not exist:\n${broken}")
endif()
list(LENGTH pages count)
message(STATUS "${count} pages listed")
