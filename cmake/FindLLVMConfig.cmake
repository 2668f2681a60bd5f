# Finds libclang and LLVM Support through llvm-config.
#
#   KBINDGEN_LLVM_CONFIG  the llvm-config to ask (default: llvm-config-19;
#                         any LLVM 14 or newer works, e.g. llvm-config-14)
#
# Defines the imported targets kbindgen::libclang and kbindgen::LLVMSupport,
# and KBINDGEN_LLVM_VERSION, KBINDGEN_LLVM_BINDIR.

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

find_library(KBINDGEN_LIBCLANG NAMES clang libclang PATHS ${_llvm_libdir} NO_DEFAULT_PATH)
if(NOT KBINDGEN_LIBCLANG OR NOT EXISTS "${_llvm_includedir}/clang-c/Index.h")
  string(REGEX MATCH "^[0-9]+" _major "${KBINDGEN_LLVM_VERSION}")
  message(FATAL_ERROR "libclang not found under ${_llvm_libdir}; install libclang-${_major}-dev")
endif()

add_library(kbindgen::libclang UNKNOWN IMPORTED)
set_target_properties(kbindgen::libclang PROPERTIES
  IMPORTED_LOCATION "${KBINDGEN_LIBCLANG}"
  INTERFACE_INCLUDE_DIRECTORIES "${_llvm_includedir}")

# LLVM's headers are included as system headers so their warnings stay theirs.
separate_arguments(_llvm_libs_list UNIX_COMMAND "${_llvm_libs} ${_llvm_system_libs}")
add_library(kbindgen::LLVMSupport INTERFACE IMPORTED)
set_target_properties(kbindgen::LLVMSupport PROPERTIES
  INTERFACE_SYSTEM_INCLUDE_DIRECTORIES "${_llvm_includedir}"
  INTERFACE_INCLUDE_DIRECTORIES "${_llvm_includedir}"
  INTERFACE_LINK_DIRECTORIES "${_llvm_libdir}"
  INTERFACE_LINK_LIBRARIES "${_llvm_libs_list}")

message(STATUS "kbindgen: LLVM ${KBINDGEN_LLVM_VERSION} from ${KBINDGEN_LLVM_CONFIG_EXE}")
