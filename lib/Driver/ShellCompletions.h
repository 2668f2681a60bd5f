//===- ShellCompletions.h - bash, zsh and fish completions -----*- C++ -*-===//
//
// `kbindgen --generate-shell-completions SHELL` (bindgen's option) prints a
// completion script generated from the option and command tables: options
// by command, fixed values (--rust-edition 2021), file names where a value
// is a file, the subcommands as the first word, files after `--`.
//
//===----------------------------------------------------------------------===//

#ifndef KBINDGEN_LIB_DRIVER_SHELLCOMPLETIONS_H
#define KBINDGEN_LIB_DRIVER_SHELLCOMPLETIONS_H

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/raw_ostream.h"

namespace kbindgen::driver {

/// Prints the completions for Shell: "bash", "zsh" or "fish" (the option's
/// setter accepts no other).
void printShellCompletions(llvm::raw_ostream &OS, llvm::StringRef Shell);

} // namespace kbindgen::driver

#endif // KBINDGEN_LIB_DRIVER_SHELLCOMPLETIONS_H
