# The CMake package other projects find with find_package(kbindgen): a config
# file and a version file installed to <libdir>/cmake/kbindgen, and the same
# in the build folder (-Dkbindgen_DIR=<build folder>) for the uninstalled tool.
include(CMakePackageConfigHelpers)
set(KBINDGEN_PACKAGE_DIR ${CMAKE_INSTALL_LIBDIR}/cmake/kbindgen)

configure_package_config_file(
  ${CMAKE_CURRENT_LIST_DIR}/package/kbindgenConfig.cmake.in
  ${PROJECT_BINARY_DIR}/package/kbindgenConfig.cmake
  INSTALL_DESTINATION ${KBINDGEN_PACKAGE_DIR}
  PATH_VARS CMAKE_INSTALL_BINDIR)
# Before 1.0 a minor release may change the command line.
write_basic_package_version_file(
  ${PROJECT_BINARY_DIR}/kbindgenConfigVersion.cmake
  COMPATIBILITY SameMinorVersion)
install(FILES ${PROJECT_BINARY_DIR}/package/kbindgenConfig.cmake
              ${PROJECT_BINARY_DIR}/kbindgenConfigVersion.cmake
              ${CMAKE_CURRENT_LIST_DIR}/package/kbindgenGenerate.cmake
        DESTINATION ${KBINDGEN_PACKAGE_DIR})

file(GENERATE OUTPUT ${PROJECT_BINARY_DIR}/kbindgenConfig.cmake CONTENT
"# find_package(kbindgen) from kbindgen's build folder (not installed).
set(KBINDGEN_EXECUTABLE \"$<TARGET_FILE:kbindgen>\")
include(\"${CMAKE_CURRENT_LIST_DIR}/package/kbindgenGenerate.cmake\")
")
