# Tests of the documentation against the repository: the map of pages is complete.
add_test(NAME "docs: every page in docs/ is listed in docs/README.md"
    COMMAND ${CMAKE_COMMAND} -DDOCS=${PROJECT_SOURCE_DIR}/docs -P ${CMAKE_CURRENT_SOURCE_DIR}/docs/index.cmake)
set_tests_properties("docs: every page in docs/ is listed in docs/README.md" PROPERTIES LABELS docs)
