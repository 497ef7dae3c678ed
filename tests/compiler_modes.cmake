# Compiler modes: the flags the library refuses, each with its sentence, and a user's file that includes
# the whole library under the strictest common warnings, with every compiler found, in C++17 and C++20.
set(mode_dir ${CMAKE_CURRENT_SOURCE_DIR}/compiler_modes)
set(mode_work ${CMAKE_CURRENT_BINARY_DIR}/compiler_modes)
file(MAKE_DIRECTORY ${mode_work})

function(offshoring_mode_test name compiler standard flags)
    string(MAKE_C_IDENTIFIER "${name}" stem)
    add_test(NAME "compiler modes: ${name}"
        COMMAND ${CMAKE_COMMAND} -DCOMPILER=${compiler} -DSTANDARD=${standard} "-DFLAGS=${flags}"
                -DINCLUDE_DIR=${PROJECT_SOURCE_DIR}/include -DSOURCE=${mode_dir}/strict_user.cpp
                -DOUTPUT=${mode_work}/${stem}.o ${ARGN} -P ${mode_dir}/compile.cmake)
    set_tests_properties("compiler modes: ${name}" PROPERTIES LABELS compiler-modes)
endfunction()

# The modes in which the library cannot keep its promises stop the compilation with a sentence.
offshoring_mode_test("-ffast-math is refused with a sentence" ${CMAKE_CXX_COMPILER} 17 "-ffast-math"
    "-DEXPECT=offshoring: -ffast-math and -ffinite-math-only let the compiler assume")
offshoring_mode_test("-ffinite-math-only is refused with a sentence" ${CMAKE_CXX_COMPILER} 17
    "-ffinite-math-only" "-DEXPECT=offshoring: -ffast-math and -ffinite-math-only let the compiler assume")
if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
    # clang++ 14 defines no macro for these flags; g++ does.
    offshoring_mode_test("-ffast-math -fno-finite-math-only is refused by g++ with a sentence"
        ${CMAKE_CXX_COMPILER} 17 "-ffast-math;-fno-finite-math-only"
        "-DEXPECT=offshoring: -fassociative-math and -freciprocal-math let the compiler reorder")
    offshoring_mode_test("-freciprocal-math is refused by g++ with a sentence" ${CMAKE_CXX_COMPILER} 17
        "-freciprocal-math" "-DEXPECT=offshoring: -fassociative-math and -freciprocal-math let the compiler reorder")
endif()
offshoring_mode_test("-fno-exceptions is refused with a sentence" ${CMAKE_CXX_COMPILER} 17 "-fno-exceptions"
    "-DEXPECT=offshoring: reports bad input by throwing")

# The same file compiles with no diagnostic under the warnings of the project's own build and more.
set(strict_warnings -Wall -Wextra -Wpedantic -Wconversion -Wshadow -Wold-style-cast -Wdouble-promotion -Werror)
find_program(OFFSHORING_GXX NAMES g++)
find_program(OFFSHORING_CLANGXX NAMES clang++)
foreach(standard IN ITEMS 17 20)
    if(OFFSHORING_GXX)
        offshoring_mode_test("a user's file with strict warnings compiles with g++, C++${standard}"
            ${OFFSHORING_GXX} ${standard} "${strict_warnings};-Wuseless-cast")
    endif()
    if(OFFSHORING_CLANGXX)
        # clang++ has no -Wuseless-cast.
        offshoring_mode_test("a user's file with strict warnings compiles with clang++, C++${standard}"
            ${OFFSHORING_CLANGXX} ${standard} "${strict_warnings}")
    endif()
endforeach()
