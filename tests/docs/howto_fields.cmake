# tests/docs/howto_fields.cmake: the fields docs/howto/use-results-from-python-or-a-spreadsheet.md names
# are those offshoring-check writes, so that the page cannot go stale.
# SPDX-License-Identifier: MIT
#
# cmake -DTOOL=<offshoring-check> -DDATA=data/figures.csv -DPAGE=<the page> -P tests/docs/howto_fields.cmake
#
# The page's table headed "| JSON field |" lists paths (`figures[].verdict`, `summary.inconsistent`): each
# must be in the JSON of the shipped dataset, and each member of the top-level object, of its first
# figure, quantity, source and target and of its summary must be listed. The table headed "| CSV column |"
# must list exactly the columns of the CSV's first line. Every `["name"]` the page's Python reads must be
# the last part of a listed field or column.
cmake_minimum_required(VERSION 3.25)

foreach(variable IN ITEMS TOOL DATA PAGE)
    if(NOT DEFINED ${variable})
        message(FATAL_ERROR "howto_fields.cmake: -D${variable}=... is required")
    endif()
endforeach()

file(READ "${PAGE}" page)

# The first-column names of the table whose header row starts with `| ${header} |`.
function(table_names header result)
    string(FIND "${page}" "| ${header} |" start)
    if(start EQUAL -1)
        message(FATAL_ERROR "${PAGE} has no table headed \"${header}\"")
    endif()
    string(SUBSTRING "${page}" ${start} -1 rest)
    string(FIND "${rest}" "\n\n" end)
    string(SUBSTRING "${rest}" 0 ${end} table)
    string(REGEX MATCHALL "\n\\| `[^`]+`" cells "${table}")
    set(names "")
    foreach(cell IN LISTS cells)
        string(REGEX REPLACE "^\n\\| `([^`]+)`$" "\\1" name "${cell}")
        list(APPEND names "${name}")
    endforeach()
    set(${result} "${names}" PARENT_SCOPE)
endfunction()

function(run_tool format result)
    execute_process(COMMAND ${TOOL} --format ${format} ${DATA} RESULT_VARIABLE status OUTPUT_VARIABLE out
                    ERROR_VARIABLE err)
    # The page says the shipped dataset exits with 1: one figure is inconsistent.
    if(NOT status EQUAL 1)
        message(FATAL_ERROR "offshoring-check --format ${format} exited with ${status}, the page says 1:\n${err}")
    endif()
    set(${result} "${out}" PARENT_SCOPE)
endfunction()

set(failures "")

# JSON: every listed path is in the output; `a[].b` is member b of the first element of array a.
table_names("JSON field" json_fields)
run_tool(json json)
foreach(field IN LISTS json_fields)
    string(REPLACE "[]" ".0" path "${field}")
    string(REPLACE "." ";" path "${path}")
    string(JSON type ERROR_VARIABLE missing TYPE "${json}" ${path})
    if(missing)
        string(APPEND failures "  the page names the JSON field ${field}; the output has none\n")
    endif()
endforeach()

# ...and every member the output has at these places is listed: a field added to the tool is documented.
foreach(place IN ITEMS "" "figures[]" "quantities[]" "sources[]" "targets[]" "summary")
    string(REPLACE "[]" ".0" path "${place}")
    string(REPLACE "." ";" path "${path}")
    string(JSON count LENGTH "${json}" ${path})
    math(EXPR last "${count} - 1")
    foreach(i RANGE ${last})
        string(JSON member MEMBER "${json}" ${path} ${i})
        if(place STREQUAL "")
            set(field "${member}")
        else()
            set(field "${place}.${member}")
        endif()
        if(NOT field IN_LIST json_fields)
            string(APPEND failures "  the output has the JSON field ${field}; the page does not list it\n")
        endif()
    endforeach()
endforeach()

# CSV: the listed columns are the header line's, in its order.
table_names("CSV column" csv_columns)
run_tool(csv csv)
string(REGEX MATCH "^[^\r\n]*" header "${csv}")
string(REPLACE "," ";" header_columns "${header}")
if(NOT csv_columns STREQUAL header_columns)
    string(APPEND failures "  the page lists the CSV columns ${csv_columns}; the output's are ${header_columns}\n")
endif()

# The Python on the page reads only names of the two tables.
set(known "")
foreach(field IN LISTS json_fields csv_columns)
    string(REGEX REPLACE "^.*[.]" "" last_part "${field}")
    list(APPEND known "${last_part}")
endforeach()
string(REGEX MATCHALL "\\[\"[a-z_]+\"\\]" subscripts "${page}")
foreach(subscript IN LISTS subscripts)
    string(REGEX REPLACE "^\\[\"([a-z_]+)\"\\]$" "\\1" name "${subscript}")
    if(NOT name IN_LIST known)
        string(APPEND failures "  the page's Python reads [\"${name}\"], which neither table lists\n")
    endif()
endforeach()

list(LENGTH json_fields json_count)
list(LENGTH csv_columns csv_count)
list(LENGTH subscripts subscript_count)
if(json_count EQUAL 0 OR csv_count EQUAL 0 OR subscript_count EQUAL 0)
    string(APPEND failures "  read ${json_count} JSON fields, ${csv_count} CSV columns and ${subscript_count} "
                           "subscripts from the page: its tables or code changed shape\n")
endif()

if(failures)
    message(FATAL_ERROR "${PAGE} and offshoring-check disagree:\n${failures}")
endif()
message(STATUS "${json_count} JSON fields, ${csv_count} CSV columns and ${subscript_count} subscripts checked")
