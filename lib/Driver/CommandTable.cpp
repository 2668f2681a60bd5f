//===- CommandTable.cpp - The commands kbindgen knows ---------------------===//

#include "Driver/CommandTable.h"

namespace kbindgen::driver {

// clang-format off
static const CommandSpec Commands[] = {
  {Command::Generate, "", "HEADER [OPTIONS] [-- CLANG_ARGS...]",
   "Rust bindings for C headers, with bindgen's command line",
   "Reads HEADER through libclang and writes Rust bindings for it to standard "
   "output or to --output. Options may come before or after HEADER; '--opt "
   "VALUE' and '--opt=VALUE' are the same. Everything after '--' is passed to "
   "clang unchanged. Regexes match whole names. Flags are off unless given; "
   "options taking a REGEX may be repeated."},
  {Command::Explain, "explain",
   "[--json] ITEM... (--ir FILE | --header HEADER) [OPTIONS] [-- CLANG_ARGS...]",
   "Why an item is in the bindings, or why not",
   "Prints, for each ITEM (a C or Rust name), what the bindings hold for it "
   "and the chain of references from an allowlisted root that pulled it in, "
   "or the reason it was skipped. The bindgen OPTIONS (allowlists, "
   "--opaque-type, ...) are those of the run being explained. Exit status 1 "
   "when an ITEM names nothing."},
  {Command::Layout, "layout",
   "[--json] TYPE... (--ir FILE | --header HEADER) [OPTIONS] [-- CLANG_ARGS...]",
   "The memory layout of a struct or union, pahole-style",
   "Prints each field's offset, size and alignment, the holes and the "
   "padding, as clang laid TYPE out. Exit status 1 when a TYPE names no "
   "struct or union."},
  {Command::Diff, "diff", "[--json] OLD NEW [OPTIONS] [-- CLANG_ARGS...]",
   "API and ABI changes between two headers or saved IRs",
   "OLD and NEW are saved IRs (*.json, from --emit-ir) or headers parsed with "
   "the same OPTIONS. Exit status 3 when a change breaks the ABI."},
};
// clang-format on

llvm::ArrayRef<CommandSpec> commandTable() { return Commands; }

const CommandSpec &commandSpec(Command C) {
  for (const CommandSpec &Spec : Commands)
    if (Spec.Which == C)
      return Spec;
  return Commands[0];
}

const CommandSpec *findSubcommand(llvm::StringRef Name) {
  for (const CommandSpec &Spec : Commands)
    if (!Spec.Name.empty() && Spec.Name == Name)
      return &Spec;
  return nullptr;
}

std::string usageLine(Command C) {
  const CommandSpec &Spec = commandSpec(C);
  std::string Line = "usage: kbindgen ";
  if (!Spec.Name.empty())
    Line += Spec.Name.str() + " ";
  return Line + Spec.Arguments.str();
}

llvm::StringRef exitStatusText() {
  return "0 success, 1 bad input (header errors, missing header, unwritable "
         "output), 2 bad usage, 3 a breaking change (diff), 4 input that is "
         "not C (C++, Objective-C, CUDA, OpenCL, ...).";
}

llvm::ArrayRef<EnvironmentVariable> environmentVariables() {
  static const EnvironmentVariable Variables[] = {
      {"KBINDGEN_CACHE_DIR",
       "Where the names of probed macros are kept between runs; empty turns "
       "the cache off (see --no-macro-cache)."},
      {"XDG_CACHE_HOME", "Without KBINDGEN_CACHE_DIR, the cache is "
                         "XDG_CACHE_HOME/kbindgen/macros (else "
                         "~/.cache/kbindgen/macros)."},
      {"TMPDIR", "The default directory of --wrap-static-fns-path."},
  };
  return Variables;
}

} // namespace kbindgen::driver
