# The version is written in three places a user may read it from: project() here, the macros of
# detail/version.hpp (for code that vendors include/ without CMake) and the newest entry of CHANGELOG.md.
add_test(NAME "the version in the headers and in CHANGELOG.md is the project's"
    COMMAND ${CMAKE_COMMAND} -DVERSION=${PROJECT_VERSION} -DROOT=${PROJECT_SOURCE_DIR}
            -P ${CMAKE_CURRENT_SOURCE_DIR}/version_check.cmake)
