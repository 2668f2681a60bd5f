# Finds libclang and LLVM Support through llvm-config.
#
#   KBINDGEN_LLVM_CONFIG  the llvm-config to ask (default: llvm-config-19)
#                         for LLVM Support (the code uses LLVM 19's ADT API)
#   KBINDGEN_LIBCLANG_LLVM_CONFIG  the llvm-config whose libclang to link
#                         (default: KBINDGEN_LLVM_CONFIG); e.g. llvm-config-22
#                         to run on libclang 22 (17 or newer).
#                         libclang's C API is stable and Debian's libLLVM
#                         versions its symbols, so LLVM 19's Support and
#                         libclang 22 (with its own libLLVM-22) live together.
#
# Defines the imported targets kbindgen::libclang and kbindgen::LLVMSupport,
# and KBINDGEN_LLVM_VERSION, KBINDGEN_LLVM_BINDIR (of LLVM Support), and
# KBINDGEN_LIBCLANG_VERSION, KBINDGEN_LIBCLANG_BINDIR (of libclang).

set(KBINDGEN_LLVM_CONFIG "llvm-config-19" CACHE STRING
    "llvm-config of the LLVM/libclang to build against")

find_program(KBINDGEN_LLVM_CONFIG_EXE NAMES ${KBINDGEN_LLVM_CONFIG})
if(NOT KBINDGEN_LLVM_CONFIG_EXE)
  message(FATAL_ERROR "${KBINDGEN_LLVM_CONFIG} not found; install libclang-19-dev "
                      "and llvm-19-dev, or set -DKBINDGEN_LLVM_CONFIG=llvm-config-NN")
endif()

function(_kbindgen_llvm_config out)
  execute_process(COMMAND ${KBINDGEN_LLVM_CONFIG_EXE} ${ARGN}
                  OUTPUT_VARIABLE value OUTPUT_STRIP_TRAILING_WHITESPACE
                  RESULT_VARIABLE status)
  if(NOT status EQUAL 0)
    message(FATAL_ERROR "${KBINDGEN_LLVM_CONFIG_EXE} ${ARGN} failed")
  endif()
  set(${out} "${value}" PARENT_SCOPE)
endfunction()

_kbindgen_llvm_config(KBINDGEN_LLVM_VERSION --version)
_kbindgen_llvm_config(_llvm_includedir --includedir)
_kbindgen_llvm_config(_llvm_libdir --libdir)
_kbindgen_llvm_config(KBINDGEN_LLVM_BINDIR --bindir)
_kbindgen_llvm_config(_llvm_libs --libs support)
_kbindgen_llvm_config(_llvm_system_libs --system-libs)

if(KBINDGEN_LLVM_VERSION VERSION_LESS 14)
  message(FATAL_ERROR "LLVM ${KBINDGEN_LLVM_VERSION} is too old; kbindgen needs 14 or newer")
endif()

set(KBINDGEN_LIBCLANG_LLVM_CONFIG "${KBINDGEN_LLVM_CONFIG}" CACHE STRING
    "llvm-config of the libclang to link (default: KBINDGEN_LLVM_CONFIG)")
if(KBINDGEN_LIBCLANG_LLVM_CONFIG STREQUAL KBINDGEN_LLVM_CONFIG)
  set(KBINDGEN_LIBCLANG_VERSION "${KBINDGEN_LLVM_VERSION}")
  set(KBINDGEN_LIBCLANG_BINDIR "${KBINDGEN_LLVM_BINDIR}")
  set(_clang_includedir "${_llvm_includedir}")
  set(_clang_libdir "${_llvm_libdir}")
else()
  find_program(KBINDGEN_LIBCLANG_LLVM_CONFIG_EXE NAMES ${KBINDGEN_LIBCLANG_LLVM_CONFIG})
  if(NOT KBINDGEN_LIBCLANG_LLVM_CONFIG_EXE)
    message(FATAL_ERROR "${KBINDGEN_LIBCLANG_LLVM_CONFIG} not found")
  endif()
  set(KBINDGEN_LLVM_CONFIG_EXE_SAVED "${KBINDGEN_LLVM_CONFIG_EXE}")
  set(KBINDGEN_LLVM_CONFIG_EXE "${KBINDGEN_LIBCLANG_LLVM_CONFIG_EXE}")
  _kbindgen_llvm_config(KBINDGEN_LIBCLANG_VERSION --version)
  _kbindgen_llvm_config(_clang_llvm_includedir --includedir)
  _kbindgen_llvm_config(_clang_libdir --libdir)
  _kbindgen_llvm_config(KBINDGEN_LIBCLANG_BINDIR --bindir)
  set(KBINDGEN_LLVM_CONFIG_EXE "${KBINDGEN_LLVM_CONFIG_EXE_SAVED}")
  # Only clang-c/ of the other LLVM: its llvm/ headers must not shadow the
  # Support headers kbindgen is compiled against.
  set(_clang_includedir "${CMAKE_BINARY_DIR}/libclang-include")
  file(MAKE_DIRECTORY "${_clang_includedir}")
  file(CREATE_LINK "${_clang_llvm_includedir}/clang-c" "${_clang_includedir}/clang-c"
       SYMBOLIC)
endif()

# libclang 17 (CINDEX 0.64) added the operator kinds of expressions
# (clang_getCursorBinaryOperatorKind), which the strict C constant-expression
# rules for macro constants need: without them a comma or an assignment
# folded by clang would pass as a constant. Debian 12 offers 13-16, 19, 22;
# 19 and 22 are tested (scripts/libclang-versions.sh).
if(KBINDGEN_LIBCLANG_VERSION VERSION_LESS 17)
  message(FATAL_ERROR "libclang ${KBINDGEN_LIBCLANG_VERSION} is too old; kbindgen needs "
                      "libclang 17 or newer (the operator kinds of expressions)")
endif()

find_library(KBINDGEN_LIBCLANG NAMES clang libclang PATHS ${_clang_libdir} NO_DEFAULT_PATH)
if(NOT KBINDGEN_LIBCLANG OR NOT EXISTS "${_clang_includedir}/clang-c/Index.h")
  string(REGEX MATCH "^[0-9]+" _major "${KBINDGEN_LIBCLANG_VERSION}")
  message(FATAL_ERROR "libclang not found under ${_clang_libdir}; install libclang-${_major}-dev")
endif()

add_library(kbindgen::libclang UNKNOWN IMPORTED)
set_target_properties(kbindgen::libclang PROPERTIES
  IMPORTED_LOCATION "${KBINDGEN_LIBCLANG}"
  INTERFACE_INCLUDE_DIRECTORIES "${_clang_includedir}")

# LLVM's headers are included as system headers so their warnings stay theirs.
# With a libclang of another LLVM, its clang-c/ comes first: LLVM's include
# directory has a clang-c/ of its own.
set(_support_includedirs "${_llvm_includedir}")
if(NOT _clang_includedir STREQUAL _llvm_includedir)
  set(_support_includedirs "${_clang_includedir};${_llvm_includedir}")
endif()
separate_arguments(_llvm_libs_list UNIX_COMMAND "${_llvm_libs} ${_llvm_system_libs}")
add_library(kbindgen::LLVMSupport INTERFACE IMPORTED)
set_target_properties(kbindgen::LLVMSupport PROPERTIES
  INTERFACE_SYSTEM_INCLUDE_DIRECTORIES "${_support_includedirs}"
  INTERFACE_INCLUDE_DIRECTORIES "${_support_includedirs}"
  INTERFACE_LINK_DIRECTORIES "${_llvm_libdir}"
  INTERFACE_LINK_LIBRARIES "${_llvm_libs_list}")

message(STATUS "kbindgen: LLVM ${KBINDGEN_LLVM_VERSION} from ${KBINDGEN_LLVM_CONFIG_EXE}, "
               "libclang ${KBINDGEN_LIBCLANG_VERSION} (${KBINDGEN_LIBCLANG})")
