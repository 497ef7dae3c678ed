# Builds and runs the first C++ block of README.md as a vendoring user would, so that the README's
# example cannot drift from the library. Run with cmake -P; COMPILER, INCLUDE_DIR, README and WORK_DIR
# are given by the test.
file(READ ${README} readme)
string(FIND "${readme}" "```cpp\n" start)
if(start EQUAL -1)
    message(FATAL_ERROR "${README} has no ```cpp block")
endif()
math(EXPR start "${start} + 7")
string(SUBSTRING "${readme}" ${start} -1 rest)
string(FIND "${rest}" "```" end)
string(SUBSTRING "${rest}" 0 ${end} code)
set(SOURCE ${WORK_DIR}.cpp)
file(WRITE ${SOURCE} "${code}")
include(${CMAKE_CURRENT_LIST_DIR}/consumer/vendored/build_and_run.cmake)
