# tests/docs/troubleshooting.cmake: every sentence the headers stop a build with (static_assert, #error)
# stands word for word in docs/troubleshooting.md, so that a reader finds what the compiler printed, and
# ends with a pointer to an entry of that page that exists; so does every other pointer of the headers.
# SPDX-License-Identifier: MIT
#
# cmake -DINCLUDE_DIR=<repository>/include -DPAGE=<repository>/docs/troubleshooting.md [-DLIST=ON]
#       -P tests/docs/troubleshooting.cmake
#
# LIST=ON prints the sentences found and their anchors.
cmake_minimum_required(VERSION 3.25)

foreach(variable IN ITEMS INCLUDE_DIR PAGE)
    if(NOT DEFINED ${variable})
        message(FATAL_ERROR "troubleshooting.cmake: -D${variable}=... is required")
    endif()
endforeach()

get_filename_component(INCLUDE_DIR "${INCLUDE_DIR}" ABSOLUTE)
file(READ "${PAGE}" page)
file(GLOB_RECURSE headers "${INCLUDE_DIR}/*.hpp")

# The anchors of the page's headings, as a Markdown renderer makes them: lower case, spaces to hyphens,
# punctuation dropped.
string(REGEX MATCHALL "\n#+ [^\n]+" headings "${page}")
set(anchors "")
foreach(heading IN LISTS headings)
    string(REGEX REPLACE "^\n#+ " "" heading "${heading}")
    string(TOLOWER "${heading}" heading)
    string(REGEX REPLACE "[^a-z0-9 _-]" "" heading "${heading}")
    string(REPLACE " " "-" heading "${heading}")
    list(APPEND anchors "${heading}")
endforeach()

set(literal "\"([^\"\\\\]|\\\\.)*\"")
set(pointer_macro "OFFSHORING_SEE_TROUBLESHOOTING")
set(pointer_text " (see docs/troubleshooting.md#")
set(failures "")
set(count 0)

function(check_anchor where anchor)
    if(NOT anchor IN_LIST anchors)
        set(failures "${failures}  ${where}: the anchor #${anchor} is no heading of the page\n" PARENT_SCOPE)
    endif()
endfunction()

foreach(header IN LISTS headers)
    file(READ "${header}" code)
    file(RELATIVE_PATH where "${INCLUDE_DIR}" "${header}")
    # CMake lists split on ';': the code is read with it stood in for, and the sentences get it back.
    string(REPLACE ";" "<semicolon>" code "${code}")
    # static_assert(condition, "a" "b" OFFSHORING_SEE_TROUBLESHOOTING("anchor")): the condition holds no
    # double quote in these headers. #error \ and the literal on the next line, the pointer spelt out.
    string(REGEX MATCHALL
        "static_assert\\([^\"]*(${literal}[ \t\r\n]*)+(${pointer_macro}\\([ \t\r\n]*${literal}[ \t\r\n]*\\)[ \t\r\n]*)?\\)"
        asserts "${code}")
    string(REGEX MATCHALL "#error[ \t\\\\\r\n]*${literal}" errors "${code}")
    string(REGEX MATCHALL "static_assert\\(" opened "${code}")
    list(LENGTH opened opened_count)
    list(LENGTH asserts read_count)
    if(NOT opened_count EQUAL read_count)
        string(APPEND failures "  ${where}: ${opened_count} static_asserts, of which ${read_count} read as a "
                               "condition and string literals; write the message as literals\n")
    endif()
    foreach(statement IN LISTS asserts errors)
        # The macro as the preprocessor expands it: one more literal, the pointer spelt out.
        string(REGEX REPLACE "${pointer_macro}\\([ \t\r\n]*\"([^\"]*)\"[ \t\r\n]*\\)"
               "\"${pointer_text}\\1)\"" statement "${statement}")
        set(anchor "")
        string(REGEX MATCHALL "${literal}" pieces "${statement}")
        set(sentence "")
        foreach(piece IN LISTS pieces)
            string(REGEX REPLACE "^\"(.*)\"$" "\\1" piece "${piece}")
            string(APPEND sentence "${piece}")
        endforeach()
        string(REPLACE "<semicolon>" ";" sentence "${sentence}")
        string(FIND "${sentence}" "${pointer_text}" at)
        if(NOT at EQUAL -1)
            string(SUBSTRING "${sentence}" ${at} -1 tail)
            string(REGEX REPLACE "^ \\(see docs/troubleshooting\\.md#([^)]*)\\)$" "\\1" anchor "${tail}")
            string(SUBSTRING "${sentence}" 0 ${at} sentence)
        endif()
        math(EXPR count "${count} + 1")
        if(LIST)
            message("${where}: ${sentence} -> #${anchor}")
        endif()
        string(FIND "${page}" "\n`${sentence}`\n" found)
        if(found EQUAL -1)
            string(APPEND failures "  ${where}: the page has no entry, a line of its own in backquotes, for \"${sentence}\"\n")
        endif()
        if(anchor STREQUAL "")
            string(APPEND failures "  ${where}: \"${sentence}\" does not end with ${pointer_macro}(\"<anchor>\")\n")
        else()
            check_anchor("${where}" "${anchor}")
        endif()
    endforeach()
    # The exception messages' pointers, built from the same macro.
    string(REGEX MATCHALL "${pointer_macro}\\([ \t\r\n]*\"[^\"]*\"[ \t\r\n]*\\)" uses "${code}")
    foreach(use IN LISTS uses)
        string(REGEX REPLACE "^${pointer_macro}\\([ \t\r\n]*\"([^\"]*)\"[ \t\r\n]*\\)$" "\\1" anchor "${use}")
        check_anchor("${where}" "${anchor}")
    endforeach()
endforeach()

if(count EQUAL 0)
    message(FATAL_ERROR "no static_assert found under ${INCLUDE_DIR}: the reading of the headers is broken")
endif()
if(failures)
    message(FATAL_ERROR "${PAGE} and the headers disagree:\n${failures}")
endif()
message(STATUS "${count} sentences found in ${PAGE}, each pointing to an entry of it")
