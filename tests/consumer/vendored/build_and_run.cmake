# Vendoring: copy include/ into a project of one's own and compile with plain flags, no CMake package.
# Boost and date come from the system include path; ONLY_C_LOCALE is what date's own target would add.
file(REMOVE_RECURSE ${WORK_DIR})
file(COPY ${INCLUDE_DIR}/ DESTINATION ${WORK_DIR}/third_party/include)
execute_process(
    COMMAND ${COMPILER} -std=c++17 -DONLY_C_LOCALE=1 -I${WORK_DIR}/third_party/include
            ${SOURCE} -o ${WORK_DIR}/consumer
    RESULT_VARIABLE compile_result)
if(NOT compile_result EQUAL 0)
    message(FATAL_ERROR "the vendored copy did not compile")
endif()
execute_process(COMMAND ${WORK_DIR}/consumer RESULT_VARIABLE run_result)
if(NOT run_result EQUAL 0)
    message(FATAL_ERROR "the vendored consumer exited with ${run_result}")
endif()
