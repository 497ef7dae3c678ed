# Compiles one file of tests/compiler_modes/ the way a user's build would, outside CMake's targets, so
# that any compiler and flags can be tried. Run with cmake -P, given COMPILER, STANDARD, FLAGS (a list),
# INCLUDE_DIR, SOURCE and OUTPUT; with EXPECT (a regex) the compilation must fail with a diagnostic that
# matches it, without it the compilation must succeed with no diagnostic at all.
execute_process(
    COMMAND ${COMPILER} -std=c++${STANDARD} ${FLAGS} -DONLY_C_LOCALE=1 -I${INCLUDE_DIR} -c ${SOURCE}
            -o ${OUTPUT}
    RESULT_VARIABLE result
    OUTPUT_VARIABLE output
    ERROR_VARIABLE output)
if(DEFINED EXPECT)
    if(result EQUAL 0)
        message(FATAL_ERROR "compiled, though it must fail with: ${EXPECT}")
    endif()
    if(NOT output MATCHES "${EXPECT}")
        message(FATAL_ERROR "failed, but not with ${EXPECT}:\n${output}")
    endif()
elseif(NOT result EQUAL 0 OR NOT output STREQUAL "")
    message(FATAL_ERROR "${COMPILER} -std=c++${STANDARD} ${FLAGS}:\n${output}")
endif()
