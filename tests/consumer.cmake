# Consumer tests: the library used from another project the four ways the README describes
# (installed package, add_subdirectory, FetchContent, vendored include/).
# They build outside this tree with the same compiler, as fixtures that run in order.
set(consumer_dir ${CMAKE_CURRENT_SOURCE_DIR}/consumer)
set(consumer_work ${CMAKE_CURRENT_BINARY_DIR}/consumer)
set(staging_prefix ${consumer_work}/staging)

if(OFFSHORING_INSTALL)
    add_test(NAME "consumer: install into a staging prefix"
        COMMAND ${CMAKE_COMMAND} --install ${PROJECT_BINARY_DIR} --prefix ${staging_prefix})
    set_tests_properties("consumer: install into a staging prefix" PROPERTIES
        LABELS consumer FIXTURES_SETUP offshoring_staged)

    add_test(NAME "consumer: find_package from the staging prefix"
        COMMAND ${CMAKE_CTEST_COMMAND}
            --build-and-test ${consumer_dir}/find_package ${consumer_work}/find_package
            --build-generator ${CMAKE_GENERATOR}
            --build-options -DCMAKE_CXX_COMPILER=${CMAKE_CXX_COMPILER}
                            -DCMAKE_PREFIX_PATH=${staging_prefix}
                            -DOFFSHORING_EXPECTED_CONFIG_DIR=${staging_prefix}/share/cmake/offshoring
            --test-command consumer)
    set_tests_properties("consumer: find_package from the staging prefix" PROPERTIES
        LABELS consumer FIXTURES_REQUIRED offshoring_staged PASS_REGULAR_EXPRESSION "consumer: ok")
endif()

add_test(NAME "consumer: add_subdirectory"
    COMMAND ${CMAKE_CTEST_COMMAND}
        --build-and-test ${consumer_dir}/add_subdirectory ${consumer_work}/add_subdirectory
        --build-generator ${CMAKE_GENERATOR}
        --build-options -DCMAKE_CXX_COMPILER=${CMAKE_CXX_COMPILER}
                        -DOFFSHORING_SOURCE_DIR=${PROJECT_SOURCE_DIR}
        --test-command consumer)
set_tests_properties("consumer: add_subdirectory" PROPERTIES
    LABELS consumer PASS_REGULAR_EXPRESSION "consumer: ok")

add_test(NAME "consumer: FetchContent"
    COMMAND ${CMAKE_CTEST_COMMAND}
        --build-and-test ${consumer_dir}/fetch_content ${consumer_work}/fetch_content
        --build-generator ${CMAKE_GENERATOR}
        --build-options -DCMAKE_CXX_COMPILER=${CMAKE_CXX_COMPILER}
                        -DOFFSHORING_SOURCE_DIR=${PROJECT_SOURCE_DIR}
        --test-command consumer)
set_tests_properties("consumer: FetchContent" PROPERTIES
    LABELS consumer PASS_REGULAR_EXPRESSION "consumer: ok")

add_test(NAME "consumer: a vendored copy of include/ with plain compiler flags"
    COMMAND ${CMAKE_COMMAND}
        -DCOMPILER=${CMAKE_CXX_COMPILER}
        -DINCLUDE_DIR=${PROJECT_SOURCE_DIR}/include
        -DSOURCE=${consumer_dir}/consumer.cpp
        -DWORK_DIR=${consumer_work}/vendored
        -P ${consumer_dir}/vendored/build_and_run.cmake)
set_tests_properties("consumer: a vendored copy of include/ with plain compiler flags" PROPERTIES
    LABELS consumer PASS_REGULAR_EXPRESSION "consumer: ok")
