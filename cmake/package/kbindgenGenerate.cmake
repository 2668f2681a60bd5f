# kbindgen_generate(OUTPUT <file.rs> HEADER <header.h>
#                   [OPTIONS <kbindgen option>...] [CLANG_ARGS <clang arg>...]
#                   [DEPENDS <file or target>...])
#
# Adds a custom command writing Rust bindings for HEADER to OUTPUT (relative:
# to the current binary folder; HEADER relative: to the current source folder).
# kbindgen's --depfile lists every file the parse read, so the bindings are
# made again when any header HEADER includes changes. A target that lists
# OUTPUT among its sources or DEPENDS runs the command, e.g.
#   add_custom_target(bindings ALL DEPENDS ${CMAKE_CURRENT_BINARY_DIR}/out.rs)
#
# Needs KBINDGEN_EXECUTABLE (set by kbindgenConfig.cmake).

if(CMAKE_VERSION VERSION_LESS 3.20)
  message(FATAL_ERROR "kbindgen_generate needs CMake 3.20 or newer "
                      "(add_custom_command's DEPFILE with every generator)")
endif()

if(NOT TARGET kbindgen::kbindgen)
  add_executable(kbindgen::kbindgen IMPORTED)
  set_target_properties(kbindgen::kbindgen PROPERTIES
    IMPORTED_LOCATION "${KBINDGEN_EXECUTABLE}")
endif()

# A function runs with the policies of its definition: CMP0116 NEW makes
# Ninja read the depfile's relative paths from the command's working folder
# (the current binary folder), as make does.
cmake_policy(PUSH)
cmake_policy(SET CMP0116 NEW)
function(kbindgen_generate)
  cmake_parse_arguments(PARSE_ARGV 0 KBINDGEN "" "OUTPUT;HEADER"
                        "OPTIONS;CLANG_ARGS;DEPENDS")
  if(KBINDGEN_UNPARSED_ARGUMENTS)
    message(FATAL_ERROR "kbindgen_generate: unknown arguments: "
                        "${KBINDGEN_UNPARSED_ARGUMENTS}")
  endif()
  foreach(required OUTPUT HEADER)
    if(NOT KBINDGEN_${required})
      message(FATAL_ERROR "kbindgen_generate: ${required} is required")
    endif()
  endforeach()

  get_filename_component(output "${KBINDGEN_OUTPUT}" ABSOLUTE
                         BASE_DIR "${CMAKE_CURRENT_BINARY_DIR}")
  get_filename_component(header "${KBINDGEN_HEADER}" ABSOLUTE
                         BASE_DIR "${CMAKE_CURRENT_SOURCE_DIR}")
  set(depfile "${output}.d")
  # kbindgen writes its outputs atomically into their folder; make it exist.
  get_filename_component(output_dir "${output}" DIRECTORY)
  file(MAKE_DIRECTORY "${output_dir}")
  add_custom_command(
    OUTPUT "${output}"
    COMMAND kbindgen::kbindgen "${header}" -o "${output}" --depfile "${depfile}"
            ${KBINDGEN_OPTIONS} -- ${KBINDGEN_CLANG_ARGS}
    DEPENDS "${header}" kbindgen::kbindgen ${KBINDGEN_DEPENDS}
    DEPFILE "${depfile}"
    COMMENT "kbindgen: generating ${KBINDGEN_OUTPUT}"
    VERBATIM COMMAND_EXPAND_LISTS)
endfunction()
cmake_policy(POP)
