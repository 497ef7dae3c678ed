# Warnings for the project's own targets (tests, examples, bench). Users of the library keep their own flags.
option(OFFSHORING_WARNINGS_AS_ERRORS "Treat warnings as errors in the project's own targets" OFF)
add_library(offshoring_warnings INTERFACE)
target_compile_options(offshoring_warnings INTERFACE
    -Wall -Wextra -Wpedantic -Wconversion -Wshadow
    $<$<BOOL:${OFFSHORING_WARNINGS_AS_ERRORS}>:-Werror>)
