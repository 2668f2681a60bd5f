//===- Subcommands.h - explain, layout, diff -------------------*- C++ -*-===//
//
// Besides bindgen's command line, kbindgen answers questions about the IR:
//
//   kbindgen explain [--json] ITEM... (--ir FILE | --header HEADER) [OPTIONS]
//                    [-- CLANG]
//   kbindgen layout [--json] TYPE... (--ir FILE | --header HEADER) [OPTIONS]
//                   [-- CLANG]
//   kbindgen diff [--json] OLD NEW [OPTIONS] [-- CLANG]
//   kbindgen help [COMMAND]
//
// OPTIONS are bindgen's (allowlists, --opaque-type, ...): the question is
// answered for the bindings those options would produce. The option table
// parses the whole command line, the subcommands' own options included. A
// subcommand name is only recognised as the first argument; a header of that
// name can be given as ./layout. Exit codes are Errors.h's: a usage error is
// 2 in every subcommand.
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

namespace kbindgen::driver {

/// Runs the subcommand Args[0] names, or returns nothing when Args[0] is not
/// a subcommand (the bindgen command line).
std::optional<int> runSubcommand(llvm::ArrayRef<std::string> Args);

/// `kbindgen help [CMD]`: the help of kbindgen or of CMD on standard output.
int runHelpCommand(llvm::ArrayRef<std::string> Args);

/// For a subcommand's parsed command line with --help or --version, prints
/// the answer and returns the exit code; otherwise returns nothing.
std::optional<int> answerHelpOrVersion(const CommandLine &CL, Command For);

/// Parses the command line of explain or layout (For); a usage failure
/// unless exactly one of --ir and --header is given (or --help/--version).
llvm::Expected<CommandLine>
parseInspectionCommandLine(llvm::ArrayRef<std::string> Args, Command For);

/// What explain or layout reads: the saved IR of --ir, or the header of
/// --header parsed and analysed with the options.
llvm::Expected<AnalysedModule> loadInspected(const CommandLine &CL);

/// Loads one side of a diff: a saved IR when Path ends in .json, else a
/// header parsed and analysed with the options in CL.
llvm::Expected<AnalysedModule> loadModule(llvm::StringRef Path,
                                          const CommandLine &CL);

// Each returns the process exit code; Args exclude the subcommand name.
int runExplainCommand(llvm::ArrayRef<std::string> Args);
int runLayoutCommand(llvm::ArrayRef<std::string> Args);
int runDiffCommand(llvm::ArrayRef<std::string> Args);

} // namespace kbindgen::driver

#endif // KBINDGEN_LIB_DRIVER_SUBCOMMANDS_H
