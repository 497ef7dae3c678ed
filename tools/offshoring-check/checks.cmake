# The tool's behaviour, as a user sees it: exit statuses, formats, languages, the SVG, bad input.
set(check_script ${CMAKE_CURRENT_SOURCE_DIR}/run_check.cmake)
set(shipped ${PROJECT_SOURCE_DIR}/data/figures.csv)
set(scratch ${CMAKE_CURRENT_BINARY_DIR}/check_inputs)
file(MAKE_DIRECTORY ${scratch})
# Two errors on two lines: both must be reported, with line and column.
file(WRITE ${scratch}/bad.csv "id,source,measure,scope,period,printed\nok_1,a,exports,total,2024,\"26,2 milliards\"\nBad Id,a,exports,total,2024,\"26,2 milliards\"\nbad_2,a,nonsense,total,2024,\"1 %\"\n")
# A new article checked against the shipped dataset: its 27 milliards for 2024 contradicts 26,22.
file(WRITE ${scratch}/new_article.csv "id,source,measure,scope,period,printed\ntotal_2024_new,made-up article,exports,total,2024,\"27 milliards de dirhams\"\n")
file(WRITE ${scratch}/agreeing.csv "id,source,measure,scope,period,printed\ntotal_2024_new,made-up article,exports,total,2024,\"26,2 milliards de dirhams\"\n")
find_program(XMLLINT xmllint)

function(offshoring_check_test name exit)
    cmake_parse_arguments(PARSE_ARGV 2 arg "JSON" "OUT;ERR;SVG" "ARGS")
    # A CMake list would be split into separate words on the command line: the arguments travel joined by |.
    list(JOIN arg_ARGS "|" joined)
    set(defines -DTOOL=$<TARGET_FILE:offshoring-check> "-DARGS=${joined}" -DEXPECT_EXIT=${exit})
    if(DEFINED arg_OUT)
        list(APPEND defines "-DEXPECT_OUT=${arg_OUT}")
    endif()
    if(DEFINED arg_ERR)
        list(APPEND defines "-DEXPECT_ERR=${arg_ERR}")
    endif()
    if(arg_JSON)
        list(APPEND defines -DJSON_CHECKS=ON)
    endif()
    if(DEFINED arg_SVG)
        list(APPEND defines -DSVG=${arg_SVG} -DXMLLINT=${XMLLINT})
    endif()
    add_test(NAME "offshoring-check: ${name}" COMMAND ${CMAKE_COMMAND} ${defines} -P ${check_script})
    set_tests_properties("offshoring-check: ${name}" PROPERTIES LABELS tool)
endfunction()

offshoring_check_test("the shipped dataset has inconsistent figures, exit 1" 1 ARGS ${shipped}
    OUT "eso_h1_2025_000.*inconsistent.*It agrees with the others if truncated")
offshoring_check_test("in French" 1 ARGS --lang fr ${shipped} OUT "incohérent.*s'il est tronqué")
offshoring_check_test("JSON has the documented fields" 1 ARGS --format json ${shipped} JSON)
offshoring_check_test("CSV has one row per figure" 1 ARGS --format csv ${shipped}
    OUT "^id,source,key,verdict.*\neso_h1_2025_000,seeds/000_c4b54ad8dda15ae4.txt,exports/ESO/2025-H1,inconsistent,nearest,")
offshoring_check_test("read truncated, 2,5 agrees" 1 ARGS --convention truncation --format csv ${shipped}
    OUT "\neso_h1_2025_000,[^\n]*,consistent,truncation,")
offshoring_check_test("inferred conventions read seeds/000's amounts truncated, and all agree: exit 0" 0 ARGS --convention infer --format csv ${shipped}
    OUT "\neso_h1_2025_000,[^\n]*,consistent,truncation,")
if(XMLLINT)
    offshoring_check_test("the SVG is valid" 1 ARGS --svg ${scratch}/figures.svg ${shipped} SVG ${scratch}/figures.svg)
endif()
offshoring_check_test("a new article merged with the shipped dataset" 1 ARGS ${shipped} ${scratch}/new_article.csv
    OUT "total_2024_new")
offshoring_check_test("a file with errors: all of them, with line and column, exit 2" 2 ARGS ${scratch}/bad.csv
    ERR "bad.csv:3:[0-9]+:.*bad.csv:4:[0-9]+:.*nothing was checked \\(see docs/troubleshooting\\.md#csv-errors\\)")
offshoring_check_test("an id in two files is refused" 2 ARGS ${scratch}/agreeing.csv ${scratch}/agreeing.csv
    ERR "also in")
offshoring_check_test("a missing file is refused" 2 ARGS ${scratch}/no_such_file.csv ERR "cannot open")
offshoring_check_test("no file is a usage error" 2 ERR "usage: offshoring-check")
offshoring_check_test("an unknown option is a usage error" 2 ARGS --colour ${shipped} ERR "unknown option")
offshoring_check_test("an unknown convention is a usage error" 2 ARGS --convention sideways ${shipped}
    ERR "--convention is nearest")
offshoring_check_test("one figure alone is not checkable, exit 0" 0 ARGS ${scratch}/agreeing.csv
    OUT "1 not checkable")
if(OFFSHORING_INSTALL)
    add_test(NAME "offshoring-check: cmake --install puts it in bin/"
        COMMAND ${CMAKE_COMMAND} -DBUILD=${PROJECT_BINARY_DIR} -DPREFIX=${scratch}/prefix
                -P ${CMAKE_CURRENT_SOURCE_DIR}/install_check.cmake)
    set_tests_properties("offshoring-check: cmake --install puts it in bin/" PROPERTIES LABELS tool)
endif()

# The how-to on Python and spreadsheets names the JSON fields and CSV columns of the tool's output.
set(howto_fields_test "docs: every field the Python and spreadsheet how-to names is in the tool's output")
add_test(NAME "${howto_fields_test}"
    COMMAND ${CMAKE_COMMAND} -DTOOL=$<TARGET_FILE:offshoring-check> -DDATA=${shipped}
            -DPAGE=${PROJECT_SOURCE_DIR}/docs/howto/use-results-from-python-or-a-spreadsheet.md
            -P ${PROJECT_SOURCE_DIR}/tests/docs/howto_fields.cmake)
set_tests_properties("${howto_fields_test}" PROPERTIES LABELS docs)
