# Installs the headers and a CMake package, so that find_package(offshoring CONFIG) works elsewhere.
include(CMakePackageConfigHelpers)

install(TARGETS offshoring EXPORT offshoringTargets)
install(DIRECTORY include/offshoring DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})

set(OFFSHORING_CMAKE_DIR ${CMAKE_INSTALL_DATADIR}/cmake/offshoring)
install(EXPORT offshoringTargets NAMESPACE offshoring:: DESTINATION ${OFFSHORING_CMAKE_DIR})

configure_package_config_file(cmake/offshoringConfig.cmake.in
    ${CMAKE_CURRENT_BINARY_DIR}/offshoringConfig.cmake
    INSTALL_DESTINATION ${OFFSHORING_CMAKE_DIR})
write_basic_package_version_file(${CMAKE_CURRENT_BINARY_DIR}/offshoringConfigVersion.cmake
    COMPATIBILITY SameMinorVersion
    ARCH_INDEPENDENT)
install(FILES
    ${CMAKE_CURRENT_BINARY_DIR}/offshoringConfig.cmake
    ${CMAKE_CURRENT_BINARY_DIR}/offshoringConfigVersion.cmake
    DESTINATION ${OFFSHORING_CMAKE_DIR})
