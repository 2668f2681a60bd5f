//===- FrontendInputs.h - What the options give the frontend ----*- C++ -*-===//

#ifndef KBINDGEN_LIB_DRIVER_FRONTENDINPUTS_H
#define KBINDGEN_LIB_DRIVER_FRONTENDINPUTS_H

#include "kbindgen/Analysis/Options.h"
#include "kbindgen/Frontend/Frontend.h"

#include <string>

namespace kbindgen {

/// The frontend's input for Opts.HeaderPath: clang arguments, doc comments,
/// macro typing and the macro cache.
FrontendInput frontendInputFor(const Options &Opts);

/// The directory of the macro-name cache: $KBINDGEN_CACHE_DIR when set (an
/// empty value turns the cache off), else $XDG_CACHE_HOME/kbindgen/macros,
/// else $HOME/.cache/kbindgen/macros; "" when none applies.
std::string macroCacheDirectory();

} // namespace kbindgen

#endif // KBINDGEN_LIB_DRIVER_FRONTENDINPUTS_H
