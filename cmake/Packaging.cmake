# `cpack -G DEB` in the build directory: a Debian package of kbindgen that
# installs what `cmake --install` does, under /usr.
#
# Depends: the runtime packages of the libraries the binary links. With
# dpkg-shlibdeps (dpkg-dev) they are computed from the binary; without it,
# the ones Debian 12 ships them in are stated: libclang1-N, libllvmN (N the
# major version of the libclang and LLVM found), libfmt9, libstdc++6,
# libgcc-s1, libc6. No -dev package: libclang-common-N-dev (clang's own
# headers, stddef.h and the like, which a header including them needs) is
# recommended only.

string(REGEX MATCH "^[0-9]+" _kbindgen_clang_major "${KBINDGEN_LIBCLANG_VERSION}")
string(REGEX MATCH "^[0-9]+" _kbindgen_llvm_major "${KBINDGEN_LLVM_VERSION}")

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME kbindgen)
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_CONTACT "${KBINDGEN_PACKAGE_MAINTAINER}") # Install.cmake
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "Rust bindings for C headers, with bindgen's command line")
set(CPACK_PACKAGE_DESCRIPTION
    "kbindgen reads C headers through libclang and writes Rust bindings for
them. It takes bindgen's command line, writes bindgen's names and proves
every layout it writes with compile-time assertions; it is a drop-in
BINDGEN= for the Linux kernel's Rust build.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION devel)
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "libclang-common-${_kbindgen_clang_major}-dev")

find_program(KBINDGEN_DPKG_SHLIBDEPS dpkg-shlibdeps)
if(KBINDGEN_DPKG_SHLIBDEPS)
  set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
else()
  set(CPACK_DEBIAN_PACKAGE_DEPENDS
      "libclang1-${_kbindgen_clang_major}, libllvm${_kbindgen_llvm_major}, libfmt9, libstdc++6, libgcc-s1, libc6")
endif()

include(CPack)
