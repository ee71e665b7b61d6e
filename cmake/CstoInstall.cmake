# Install rules: headers, the csto::csto target, a relocatable CMake package and pkg-config file,
# the LICENSE (in the doc dir).
include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

install(DIRECTORY include/csto TYPE INCLUDE)
install(FILES LICENSE TYPE DOC)
install(TARGETS csto EXPORT cstoTargets)
install(EXPORT cstoTargets NAMESPACE csto:: DESTINATION ${CMAKE_INSTALL_DATADIR}/cmake/csto)

configure_package_config_file(cmake/cstoConfig.cmake.in
    ${CMAKE_CURRENT_BINARY_DIR}/cstoConfig.cmake
    INSTALL_DESTINATION ${CMAKE_INSTALL_DATADIR}/cmake/csto)
write_basic_package_version_file(${CMAKE_CURRENT_BINARY_DIR}/cstoConfigVersion.cmake
    COMPATIBILITY SameMinorVersion ARCH_INDEPENDENT)
install(FILES
    ${CMAKE_CURRENT_BINARY_DIR}/cstoConfig.cmake
    ${CMAKE_CURRENT_BINARY_DIR}/cstoConfigVersion.cmake
    DESTINATION ${CMAKE_INSTALL_DATADIR}/cmake/csto)

configure_file(cmake/csto.pc.in ${CMAKE_CURRENT_BINARY_DIR}/csto.pc @ONLY)
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/csto.pc DESTINATION ${CMAKE_INSTALL_DATADIR}/pkgconfig)
