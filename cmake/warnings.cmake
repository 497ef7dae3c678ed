# Warnings for the project's own targets (tests, examples, bench). Users of the library keep their own flags.
option(OFFSHORING_WARNINGS_AS_ERRORS "Treat warnings as errors in the project's own targets" OFF)
add_library(offshoring_warnings INTERFACE)
# The library's headers must also stay clean under the stricter flags a user's project may set:
# -Wold-style-cast, -Wdouble-promotion and, with g++ (clang++ has no such warning), -Wuseless-cast.
target_compile_options(offshoring_warnings INTERFACE
    -Wall -Wextra -Wpedantic -Wconversion -Wshadow -Wold-style-cast -Wdouble-promotion
    $<$<CXX_COMPILER_ID:GNU>:-Wuseless-cast>
    $<$<BOOL:${OFFSHORING_WARNINGS_AS_ERRORS}>:-Werror>)
