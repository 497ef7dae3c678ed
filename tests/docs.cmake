# Tests of the documentation against the repository: the map of pages is complete, and the troubleshooting
# page has every sentence the headers stop a build with.
add_test(NAME "docs: every page in docs/ is listed in docs/README.md"
    COMMAND ${CMAKE_COMMAND} -DDOCS=${PROJECT_SOURCE_DIR}/docs -P ${CMAKE_CURRENT_SOURCE_DIR}/docs/index.cmake)
set_tests_properties("docs: every page in docs/ is listed in docs/README.md" PROPERTIES LABELS docs)

# Every sentence a header stops a build with is on the troubleshooting page, where a reader searches for it.
set(troubleshooting_test "docs: every static_assert sentence of the headers is in docs/troubleshooting.md")
add_test(NAME "${troubleshooting_test}"
    COMMAND ${CMAKE_COMMAND} -DINCLUDE_DIR=${PROJECT_SOURCE_DIR}/include
            -DPAGE=${PROJECT_SOURCE_DIR}/docs/troubleshooting.md -P ${CMAKE_CURRENT_SOURCE_DIR}/docs/troubleshooting.cmake)
set_tests_properties("${troubleshooting_test}" PROPERTIES LABELS docs)
