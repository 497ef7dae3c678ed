# Compile-fail tests. Each file in compile_fail/ starts with `// expect: REGEX` and guards its mistake
# with OFFSHORING_MUST_FAIL. Built without the macro it must compile (the control, so that a typo cannot
# pass as a correct failure); built with it, it must fail with a diagnostic matching REGEX.
file(GLOB compile_fail_sources CONFIGURE_DEPENDS ${CMAKE_CURRENT_SOURCE_DIR}/compile_fail/*.cpp)
foreach(source IN LISTS compile_fail_sources)
    get_filename_component(name ${source} NAME_WE)
    # The expected diagnostic is read here, at configure time: editing it must configure again.
    set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${source})
    file(STRINGS ${source} expect_line LIMIT_COUNT 1 REGEX "^// expect: ")
    if(NOT expect_line)
        message(FATAL_ERROR "${source}: the first line must be `// expect: REGEX`")
    endif()
    string(REGEX REPLACE "^// expect: " "" expected_diagnostic "${expect_line}")

    foreach(variant IN ITEMS control fail)
        set(target compile_fail_${name}_${variant})
        add_library(${target} OBJECT EXCLUDE_FROM_ALL ${source})
        target_link_libraries(${target} PRIVATE offshoring::offshoring offshoring_warnings)
        add_test(NAME "compile-fail: ${name} (${variant})"
            COMMAND ${CMAKE_COMMAND} --build ${CMAKE_BINARY_DIR} --target ${target})
        # Two builds of one tree at once would fight over its lock files.
        set_tests_properties("compile-fail: ${name} (${variant})" PROPERTIES
            LABELS compile-fail RESOURCE_LOCK build_tree)
    endforeach()
    target_compile_definitions(compile_fail_${name}_fail PRIVATE OFFSHORING_MUST_FAIL)
    set_tests_properties("compile-fail: ${name} (fail)" PROPERTIES
        PASS_REGULAR_EXPRESSION "${expected_diagnostic}")
endforeach()
