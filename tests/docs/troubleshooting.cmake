# tests/docs/troubleshooting.cmake: every sentence the headers stop a build with (static_assert, #error)
# stands word for word in docs/troubleshooting.md, so that a reader finds what the compiler printed.
# SPDX-License-Identifier: MIT
#
# cmake -DINCLUDE_DIR=<repository>/include -DPAGE=<repository>/docs/troubleshooting.md [-DLIST=ON]
#       -P tests/docs/troubleshooting.cmake
#
# LIST=ON prints the sentences found instead of checking them.
cmake_minimum_required(VERSION 3.25)

foreach(variable IN ITEMS INCLUDE_DIR PAGE)
    if(NOT DEFINED ${variable})
        message(FATAL_ERROR "troubleshooting.cmake: -D${variable}=... is required")
    endif()
endforeach()

get_filename_component(INCLUDE_DIR "${INCLUDE_DIR}" ABSOLUTE)
file(READ "${PAGE}" page)
file(GLOB_RECURSE headers "${INCLUDE_DIR}/*.hpp")

set(literal "\"([^\"\\\\]|\\\\.)*\"")
set(missing "")
set(count 0)
foreach(header IN LISTS headers)
    file(READ "${header}" code)
    # CMake lists split on ';': the code is read with it stood in for, and the sentences get it back.
    string(REPLACE ";" "<semicolon>" code "${code}")
    # static_assert(condition, "a" "b"): the condition holds no double quote in these headers.
    string(REGEX MATCHALL "static_assert\\([^\"]*(${literal}[ \t\r\n]*)+\\)" asserts "${code}")
    # #error \ followed by the literal on the next line.
    string(REGEX MATCHALL "#error[ \t\\\\\r\n]*${literal}" errors "${code}")
    foreach(statement IN LISTS asserts errors)
        string(REGEX MATCHALL "${literal}" pieces "${statement}")
        set(sentence "")
        foreach(piece IN LISTS pieces)
            string(REGEX REPLACE "^\"(.*)\"$" "\\1" piece "${piece}")
            string(APPEND sentence "${piece}")
        endforeach()
        string(REPLACE "<semicolon>" ";" sentence "${sentence}")
        math(EXPR count "${count} + 1")
        file(RELATIVE_PATH where "${INCLUDE_DIR}" "${header}")
        if(LIST)
            message("${where}: ${sentence}")
        else()
            string(FIND "${page}" "${sentence}" at)
            if(at EQUAL -1)
                string(APPEND missing "  ${where}: ${sentence}\n")
            endif()
        endif()
    endforeach()
endforeach()

if(count EQUAL 0)
    message(FATAL_ERROR "no static_assert found under ${INCLUDE_DIR}: the reading of the headers is broken")
endif()
if(missing)
    message(FATAL_ERROR "${PAGE} lacks these sentences of the headers:\n${missing}")
endif()
message(STATUS "${count} sentences found in ${PAGE}")
