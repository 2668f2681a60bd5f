# What `cmake --install` puts under the prefix besides the binary (installed
# by tools/kbindgen): the man page kbindgen(1) and the bash, zsh and fish
# completions, all written at build time by the built kbindgen from its
# option table, and the documentation with the Debian changelog and copyright
# files. The man page and the changelog are installed compressed with
# `gzip -9n` (no name, no date: the same bytes on every build), as Debian's
# policy asks and man(1) reads.
#
# The binary is installed without a run path: Debian's libclang-19.so.19 and
# libLLVM.so.19.1 are in the loader's standard directory. A libclang
# elsewhere needs -DCMAKE_INSTALL_RPATH=DIR.

set(_kbindgen_generated "${PROJECT_BINARY_DIR}/share")
set(_kbindgen_run "${PROJECT_SOURCE_DIR}/cmake/RunToFile.cmake")

# generated_by_kbindgen(OUTPUT ARGS...): OUTPUT is what `kbindgen ARGS...`
# prints, remade whenever kbindgen is.
function(generated_by_kbindgen output)
  set(_defines)
  set(_index 1)
  foreach(_arg ${ARGN})
    list(APPEND _defines "-DARG${_index}=${_arg}")
    math(EXPR _index "${_index} + 1")
  endforeach()
  get_filename_component(_dir "${output}" DIRECTORY)
  add_custom_command(
    OUTPUT "${output}"
    COMMAND ${CMAKE_COMMAND} -E make_directory "${_dir}"
    COMMAND ${CMAKE_COMMAND} -DPROGRAM=$<TARGET_FILE:kbindgen> ${_defines}
            -DOUTPUT=${output} -P ${_kbindgen_run}
    DEPENDS kbindgen ${_kbindgen_run}
    COMMENT "Generating ${output}"
    VERBATIM)
endfunction()

set(KBINDGEN_MAN_PAGE "${_kbindgen_generated}/man/man1/kbindgen.1")
set(KBINDGEN_BASH_COMPLETION "${_kbindgen_generated}/completions/kbindgen.bash")
set(KBINDGEN_ZSH_COMPLETION "${_kbindgen_generated}/completions/_kbindgen")
set(KBINDGEN_FISH_COMPLETION "${_kbindgen_generated}/completions/kbindgen.fish")
generated_by_kbindgen(${KBINDGEN_MAN_PAGE} --generate-man-page)
generated_by_kbindgen(${KBINDGEN_BASH_COMPLETION} --generate-shell-completions bash)
generated_by_kbindgen(${KBINDGEN_ZSH_COMPLETION} --generate-shell-completions zsh)
generated_by_kbindgen(${KBINDGEN_FISH_COMPLETION} --generate-shell-completions fish)

# gzipped(OUTPUT INPUT): OUTPUT is INPUT compressed by `gzip -9n`.
function(gzipped output input)
  add_custom_command(
    OUTPUT "${output}"
    COMMAND ${CMAKE_COMMAND} -DPROGRAM=${KBINDGEN_GZIP} -DARG1=-9nc
            -DARG2=${input} -DOUTPUT=${output} -P ${_kbindgen_run}
    DEPENDS "${input}" ${_kbindgen_run}
    COMMENT "Compressing ${output}"
    VERBATIM)
endfunction()

find_program(KBINDGEN_GZIP gzip REQUIRED)
set(KBINDGEN_MAN_PAGE_GZ "${KBINDGEN_MAN_PAGE}.gz")
gzipped(${KBINDGEN_MAN_PAGE_GZ} ${KBINDGEN_MAN_PAGE})
# A native Debian package's changelog: the entry of this version. Whoever
# publishes the package names themselves as its maintainer; the default is
# no address anyone can write to (lintian: bogus-mail-host).
set(KBINDGEN_PACKAGE_MAINTAINER "kbindgen developers <kbindgen@localhost>"
    CACHE STRING "The Maintainer of the Debian package and its changelog")
set(_kbindgen_changelog "${_kbindgen_generated}/doc/changelog")
configure_file("${PROJECT_SOURCE_DIR}/cmake/package/changelog.in"
               ${_kbindgen_changelog} @ONLY)
gzipped(${_kbindgen_changelog}.gz ${_kbindgen_changelog})

add_custom_target(kbindgen-docs ALL
  DEPENDS ${KBINDGEN_MAN_PAGE_GZ} ${KBINDGEN_BASH_COMPLETION}
          ${KBINDGEN_ZSH_COMPLETION} ${KBINDGEN_FISH_COMPLETION}
          ${_kbindgen_changelog}.gz)

install(FILES ${KBINDGEN_MAN_PAGE_GZ} DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES ${KBINDGEN_BASH_COMPLETION}
        DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions
        RENAME kbindgen)
install(FILES ${KBINDGEN_FISH_COMPLETION}
        DESTINATION ${CMAKE_INSTALL_DATADIR}/fish/vendor_completions.d)
# zsh reads /usr/local/share/zsh/site-functions, but a distribution's
# packages go to /usr/share/zsh/vendor-completions: decided when installing,
# since cpack installs the same build under /usr.
install(CODE "
  if(CMAKE_INSTALL_PREFIX MATCHES \"(^|/)usr/?$\")
    set(_kbindgen_zsh_dir vendor-completions)
  else()
    set(_kbindgen_zsh_dir site-functions)
  endif()
  file(INSTALL \"${KBINDGEN_ZSH_COMPLETION}\" DESTINATION
       \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_DATADIR}/zsh/\${_kbindgen_zsh_dir}\")
")

# docs/ stays a subdirectory, so the README's links to docs/X.md hold.
file(GLOB _kbindgen_docs "${PROJECT_SOURCE_DIR}/docs/*.md")
install(FILES "${PROJECT_SOURCE_DIR}/README.md" ${_kbindgen_changelog}.gz
              "${PROJECT_SOURCE_DIR}/cmake/package/copyright"
        DESTINATION ${CMAKE_INSTALL_DOCDIR})
install(FILES ${_kbindgen_docs} DESTINATION ${CMAKE_INSTALL_DOCDIR}/docs)
