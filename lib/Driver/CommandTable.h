//===- CommandTable.h - The commands kbindgen knows ------------*- C++ -*-===//
//
// bindgen's command line (write bindings) and the subcommands explain,
// layout and diff: their names, usage lines and what they do. --help,
// `kbindgen help CMD`, the man page and the shell completions all read this
// table and the option table, so none of them can drift from the parser.
//
//===----------------------------------------------------------------------===//

#ifndef KBINDGEN_LIB_DRIVER_COMMANDTABLE_H
#define KBINDGEN_LIB_DRIVER_COMMANDTABLE_H

#include "Driver/CommandLine.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"

#include <string>

namespace kbindgen::driver {

struct CommandSpec {
  Command Which;
  /// The subcommand's name; empty for bindgen's command line.
  llvm::StringRef Name;
  /// The arguments after `kbindgen` (and the name).
  llvm::StringRef Arguments;
  /// One line: what the command does.
  llvm::StringRef Summary;
  /// A paragraph: how it is used.
  llvm::StringRef Description;
};

/// Every command, bindgen's command line first.
llvm::ArrayRef<CommandSpec> commandTable();

const CommandSpec &commandSpec(Command C);

/// The subcommand called Name, or null.
const CommandSpec *findSubcommand(llvm::StringRef Name);

/// `usage: kbindgen explain [--json] ITEM... ...`.
std::string usageLine(Command C);

/// What `kbindgen help` itself does, for the help text and completions.
constexpr llvm::StringRef HelpCommandSummary =
    "Print the help of kbindgen or of one command";

/// What every exit status means, one paragraph.
llvm::StringRef exitStatusText();

/// The environment variables kbindgen reads, as NAME/meaning pairs.
struct EnvironmentVariable {
  llvm::StringRef Name;
  llvm::StringRef Meaning;
};
llvm::ArrayRef<EnvironmentVariable> environmentVariables();

} // namespace kbindgen::driver

#endif // KBINDGEN_LIB_DRIVER_COMMANDTABLE_H
