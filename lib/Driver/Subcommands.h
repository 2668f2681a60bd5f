//===- Subcommands.h - explain, layout, diff -------------------*- C++ -*-===//
//
// Besides bindgen's command line, kbindgen answers questions about the IR:
//
//   kbindgen explain ITEM...  (--ir FILE | --header HEADER) [OPTIONS] [--
//   CLANG] kbindgen layout [--json] TYPE... (--ir FILE | --header HEADER) [...]
//   kbindgen diff [--json] OLD NEW [OPTIONS] [-- CLANG]
//
// OPTIONS are bindgen's (allowlists, --opaque-type, ...): the question is
// answered for the bindings those options would produce. A subcommand name is
// only recognised as the first argument; a header of that name can be given
// as ./layout.
//
//===----------------------------------------------------------------------===//

#ifndef KBINDGEN_LIB_DRIVER_SUBCOMMANDS_H
#define KBINDGEN_LIB_DRIVER_SUBCOMMANDS_H

#include "Driver/CommandLine.h"

#include "kbindgen/Serialization/IRReader.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"

#include <optional>
#include <string>
#include <vector>

namespace kbindgen::driver {

/// Runs the subcommand Args[0] names, or returns nothing when Args[0] is not
/// a subcommand (the bindgen command line).
std::optional<int> runSubcommand(llvm::ArrayRef<std::string> Args);

/// What an inspection reads: the module and its analysis, from a header run
/// through the pipeline or from a saved IR, plus the remaining positionals
/// (the item names asked about).
struct InspectInput {
  AnalysedModule IR;
  CommandLine CL;
};

/// Removes every `Flag` before `--` from Args; true when there was one.
bool takeFlag(std::vector<std::string> &Args, llvm::StringRef Flag);

/// Loads the input of an inspection from Args: `--ir FILE` reads a saved IR;
/// `--header HEADER` parses the header with the bindgen options in Args.
/// Clang's diagnostics go to standard error.
llvm::Expected<InspectInput> loadInspectInput(llvm::ArrayRef<std::string> Args);

/// Loads one side of a diff: a saved IR when Path ends in .json, else a
/// header parsed with the options in CL.
llvm::Expected<AnalysedModule> loadModule(llvm::StringRef Path,
                                          const CommandLine &CL);

// Each returns the process exit code; Args exclude the subcommand name.
int runExplainCommand(llvm::ArrayRef<std::string> Args);
int runLayoutCommand(llvm::ArrayRef<std::string> Args);
int runDiffCommand(llvm::ArrayRef<std::string> Args);

} // namespace kbindgen::driver

#endif // KBINDGEN_LIB_DRIVER_SUBCOMMANDS_H
