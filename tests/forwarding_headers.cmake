# Include paths that moved in 0.2.0 keep working through forwarding headers, each of which names its new
# path in a message; a build that defines OFFSHORING_NO_DEPRECATED_HEADER_MESSAGES hears nothing.
set(forwarding_work ${CMAKE_CURRENT_BINARY_DIR}/forwarding_headers)
foreach(quiet IN ITEMS OFF ON)
    if(quiet)
        set(name "forwarding headers: the old include paths compile in silence when asked")
    else()
        set(name "forwarding headers: every old include path compiles and names its new path")
    endif()
    add_test(NAME "${name}"
        COMMAND ${CMAKE_COMMAND} -DCOMPILER=${CMAKE_CXX_COMPILER} -DINCLUDE_DIR=${PROJECT_SOURCE_DIR}/include
                -DWORK_DIR=${forwarding_work} -DQUIET=${quiet}
                -P ${CMAKE_CURRENT_SOURCE_DIR}/forwarding_headers/check.cmake)
endforeach()
