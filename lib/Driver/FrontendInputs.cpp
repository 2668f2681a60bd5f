//===- FrontendInputs.cpp - What the options give the frontend -----------===//

#include "FrontendInputs.h"

#include "llvm/ADT/SmallString.h"
#include "llvm/Support/Path.h"

#include <cstdlib>

std::string kbindgen::macroCacheDirectory() {
  if (const char *Explicit = std::getenv("KBINDGEN_CACHE_DIR"))
    return Explicit;
  llvm::SmallString<256> Directory;
  const char *Xdg = std::getenv("XDG_CACHE_HOME");
  const char *Home = std::getenv("HOME");
  // The XDG base directory rules: a relative XDG_CACHE_HOME is ignored.
  if (Xdg && llvm::sys::path::is_absolute(Xdg))
    llvm::sys::path::append(Directory, Xdg, "kbindgen");
  else if (Home && *Home)
    llvm::sys::path::append(Directory, Home, ".cache", "kbindgen");
  else
    return std::string();
  llvm::sys::path::append(Directory, "macros");
  return Directory.str().str();
}

kbindgen::FrontendInput kbindgen::frontendInputFor(const Options &Opts) {
  FrontendInput Input;
  Input.Path = Opts.HeaderPath;
  Input.ClangArgs = Opts.ClangArgs;
  Input.ParseDocComments = Opts.DocComments;
  // --macro-c-types writes every macro's C type: the frontend must record it.
  Input.RecordAllMacroCTypes = Opts.MacroCTypes;
  Input.PredefinedMacros = Opts.Builtins;
  Input.WrapMacroCalls = Opts.WrapStaticFns;
  if (Opts.MacroCache)
    Input.MacroCacheDir = macroCacheDirectory();
  return Input;
}
