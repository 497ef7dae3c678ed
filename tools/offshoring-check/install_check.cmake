# cmake --install puts offshoring-check in bin/ of the prefix, and the installed tool runs.
# -DBUILD=<build dir> -DPREFIX=<scratch prefix>
cmake_minimum_required(VERSION 3.25)
file(REMOVE_RECURSE ${PREFIX})
execute_process(COMMAND ${CMAKE_COMMAND} --install ${BUILD} --prefix ${PREFIX} RESULT_VARIABLE status
                OUTPUT_QUIET ERROR_VARIABLE err)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "cmake --install failed: ${err}")
endif()
if(NOT EXISTS ${PREFIX}/bin/offshoring-check)
    message(FATAL_ERROR "${PREFIX}/bin/offshoring-check was not installed")
endif()
execute_process(COMMAND ${PREFIX}/bin/offshoring-check --help RESULT_VARIABLE status OUTPUT_VARIABLE out)
if(NOT status EQUAL 0 OR NOT out MATCHES "^usage: offshoring-check")
    message(FATAL_ERROR "the installed tool does not run: ${status}\n${out}")
endif()
