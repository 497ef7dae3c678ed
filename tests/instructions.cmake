# tests/instructions.cmake: builds bench/kernel_twins with each compiler at each optimisation level, counts
# the instructions of every typed kernel and of its raw twin under callgrind, and fails unless each
# typed/raw ratio lies within TOLERANCE_PERMILLE thousandths of 1.
# SPDX-License-Identifier: MIT
#
# cmake -DSOURCE_DIR=<repository> -DWORK_DIR=<folder> -DGENERATOR=Ninja -DCOMPILERS=g++,clang++
#       -DLEVELS=-O2,-O3 -DVALGRIND=valgrind -DCALLGRIND_ANNOTATE=callgrind_annotate -DVALUES=100000
#       -DTOLERANCE_PERMILLE=2 [-DKNOWN_MISSES=twin,...] -P tests/instructions.cmake
#
# A twin in KNOWN_MISSES (comma-separated) is one whose typed kernel is known to lie further than the
# tolerance from its raw twin (docs/performance.md would say by how much and why): it is reported and
# does not fail the test, but it does fail it once it comes within tolerance everywhere, so that the list
# is kept true.
#
# Instruction counts are a property of the binary and its inputs (fixed seeds), not of the machine's load,
# so the verdict is the same on every run.

cmake_minimum_required(VERSION 3.25)

foreach(variable IN ITEMS SOURCE_DIR WORK_DIR GENERATOR COMPILERS LEVELS VALGRIND CALLGRIND_ANNOTATE VALUES
                          TOLERANCE_PERMILLE)
    if(NOT DEFINED ${variable} OR "${${variable}}" STREQUAL "")
        message(FATAL_ERROR "instructions.cmake: -D${variable}=... is required")
    endif()
endforeach()

# Comma-separated on the command line, where a semicolon would split the argument.
string(REPLACE "," ";" COMPILERS "${COMPILERS}")
string(REPLACE "," ";" LEVELS "${LEVELS}")
string(REPLACE "," ";" KNOWN_MISSES "${KNOWN_MISSES}")

function(run_or_stop what)
    execute_process(COMMAND ${ARGN} RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(NOT status EQUAL 0)
        message(FATAL_ERROR "instructions: ${what} failed (${status}):\n${out}\n${err}")
    endif()
    set(run_output "${out}" PARENT_SCOPE)
endfunction()

# numerator / denominator rounded to `digits` decimals, in integer arithmetic (math(EXPR) has no
# fractions): "1.0123" for a ratio to 4 decimals, "153.43" for instructions per value to 2.
function(format_quotient numerator denominator digits result)
    set(unit 1)
    foreach(each RANGE 1 ${digits})
        math(EXPR unit "${unit} * 10")
    endforeach()
    math(EXPR scaled "(${numerator} * ${unit} + ${denominator} / 2) / ${denominator}")
    math(EXPR whole "${scaled} / ${unit}")
    math(EXPR fraction "${scaled} % ${unit}")
    string(LENGTH "${fraction}" length)
    while(length LESS digits)
        string(PREPEND fraction "0")
        math(EXPR length "${length} + 1")
    endwhile()
    set(${result} "${whole}.${fraction}" PARENT_SCOPE)
endfunction()

set(failures "")
set(report "")
set(missed_known "")
set(builds "")
set(twins "")
foreach(compiler IN LISTS COMPILERS)
    get_filename_component(compiler_name "${compiler}" NAME)
    foreach(level IN LISTS LEVELS)
        set(build "${WORK_DIR}/${compiler_name}${level}")
        list(APPEND builds "${compiler_name} ${level}")
        list(LENGTH builds column)
        run_or_stop("configuring ${compiler_name} ${level}"
            ${CMAKE_COMMAND} -S ${SOURCE_DIR} -B ${build} -G ${GENERATOR}
                -DCMAKE_CXX_COMPILER=${compiler} -DCMAKE_BUILD_TYPE=Release
                "-DCMAKE_CXX_FLAGS_RELEASE=${level} -DNDEBUG" -DOFFSHORING_WARNINGS_AS_ERRORS=ON
                -DOFFSHORING_BUILD_BENCH=ON -DOFFSHORING_BUILD_TESTS=OFF -DOFFSHORING_BUILD_EXAMPLES=OFF
                -DOFFSHORING_INSTALL=OFF)
        run_or_stop("building kernel_twins with ${compiler_name} ${level}"
            ${CMAKE_COMMAND} --build ${build} --target kernel_twins)
        # kernel_twins exits 1 when a typed kernel and its twin compute different numbers.
        run_or_stop("kernel_twins under callgrind (${compiler_name} ${level})"
            ${VALGRIND} --tool=callgrind --callgrind-out-file=${build}/callgrind.out
                ${build}/bench/kernel_twins ${VALUES})
        string(REGEX MATCHALL "[a-z_]+ +[0-9]+ values, typed == raw" compared "${run_output}")
        run_or_stop("callgrind_annotate (${compiler_name} ${level})"
            ${CALLGRIND_ANNOTATE} --inclusive=yes --threshold=100 ${build}/callgrind.out)
        set(annotated "${run_output}")
        if(NOT compared)
            list(APPEND failures "${compiler_name} ${level}: kernel_twins compared no twin")
        endif()
        foreach(line IN LISTS compared)
            string(REGEX REPLACE " .*" "" twin "${line}")
            foreach(side IN ITEMS typed raw)
                # An inclusive count, then the function: " 2,100,012 (0.73%)  ???:kernels::share_typed(".
                if(annotated MATCHES "([0-9,]+) [^\n]*kernels::${twin}_${side}\\(")
                    string(REPLACE "," "" ${side} "${CMAKE_MATCH_1}")
                else()
                    set(${side} "")
                endif()
            endforeach()
            if(typed STREQUAL "" OR raw STREQUAL "")
                list(APPEND failures "${compiler_name} ${level} ${twin}: no count in callgrind's output")
                continue()
            endif()
            format_quotient(${typed} ${raw} 4 ratio)
            format_quotient(${typed} ${VALUES} 2 typed_per_value)
            format_quotient(${raw} ${VALUES} 2 raw_per_value)
            if(NOT twin IN_LIST twins)
                list(APPEND twins ${twin})
            endif()
            set(cell_${twin}_${column} "${typed_per_value} / ${raw_per_value} = **${ratio}**")
            math(EXPR distance "${typed} - ${raw}")
            if(distance LESS 0)
                math(EXPR distance "-(${distance})")
            endif()
            string(APPEND report "  ${compiler_name} ${level} ${twin}: typed ${typed}, raw ${raw}, ratio ${ratio}\n")
            # |typed - raw| / raw <= TOLERANCE_PERMILLE / 1000, multiplied out.
            math(EXPR allowed "${raw} * ${TOLERANCE_PERMILLE}")
            math(EXPR distance "${distance} * 1000")
            if(distance GREATER allowed)
                if(twin IN_LIST KNOWN_MISSES)
                    list(APPEND missed_known ${twin})
                    string(APPEND report "    (a known miss)\n")
                else()
                    list(APPEND failures "${compiler_name} ${level} ${twin}: typed/raw ${ratio}")
                endif()
            endif()
        endforeach()
    endforeach()
endforeach()

foreach(twin IN LISTS KNOWN_MISSES)
    if(NOT twin IN_LIST missed_known)
        list(APPEND failures "${twin} is within tolerance everywhere: remove it from KNOWN_MISSES")
    endif()
endforeach()

message("instructions over ${VALUES} values, typed/raw within ${TOLERANCE_PERMILLE} per mille of 1:\n${report}")

# The same counts per value, as the table of docs/performance.md.
set(table "| twin |")
set(rule "| --- |")
foreach(each IN LISTS builds)
    string(APPEND table " ${each}: typed / raw |")
    string(APPEND rule " ---: |")
endforeach()
string(APPEND table "\n${rule}\n")
list(LENGTH builds columns)
foreach(twin IN LISTS twins)
    string(APPEND table "| ${twin} |")
    foreach(column RANGE 1 ${columns})
        string(APPEND table " ${cell_${twin}_${column}} |")
    endforeach()
    string(APPEND table "\n")
endforeach()
message("instructions per value (typed / raw = typed/raw):\n${table}")
if(failures)
    list(JOIN failures "\n  " failure_text)
    message(FATAL_ERROR "instructions: more than ${TOLERANCE_PERMILLE} per mille from 1:\n  ${failure_text}")
endif()
if(KNOWN_MISSES)
    list(JOIN KNOWN_MISSES ", " known_text)
    message("instructions: every twin within tolerance but the known misses (${known_text})")
else()
    message("instructions: every twin within tolerance")
endif()
