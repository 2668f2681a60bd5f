//===- OptionTable.h - The options kbindgen knows --------------*- C++ -*-===//
//
// One table lists every option: its names, how many values it takes, what it
// does, its help text and the commands that take it (bindgen's options: all of
// them; --ir, --header, --json: the subcommands). The parser and --help both
// read it, so an option cannot be accepted without being documented, or
// documented without being accepted.
//
//===----------------------------------------------------------------------===//

#ifndef KBINDGEN_LIB_DRIVER_OPTIONTABLE_H
#define KBINDGEN_LIB_DRIVER_OPTIONTABLE_H

#include "Driver/CommandLine.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/raw_ostream.h"

#include <string>

namespace kbindgen::driver {

enum class OptionStatus : uint8_t {
  Supported,   ///< Has its bindgen meaning.
  NoEffect,    ///< Accepted for compatibility; kbindgen needs nothing done.
  Unsupported, ///< A bindgen option kbindgen rejects with an error.
};

/// Applies an option's values (as many as OptionSpec::NumValues) to the
/// command line; fails when a value is malformed.
using OptionSetter = llvm::Error (*)(CommandLine &,
                                     llvm::ArrayRef<llvm::StringRef>);

/// A set of Commands, one bit each.
using CommandSet = uint8_t;
constexpr CommandSet commandBit(Command C) {
  return static_cast<CommandSet>(1u << static_cast<unsigned>(C));
}
constexpr CommandSet EveryCommand =
    commandBit(Command::Generate) | commandBit(Command::Explain) |
    commandBit(Command::Layout) | commandBit(Command::Diff);

struct OptionSpec {
  /// `|`-separated spellings, the preferred one first: "-o|--output",
  /// "--blocklist-type|--blacklist-type".
  llvm::StringRef Names;
  /// 0 for a flag; 1 or 2 values (`--module-raw-line MOD LINE`).
  unsigned NumValues;
  /// Placeholder(s) shown in --help, e.g. "REGEX" or "MODULE LINE".
  llvm::StringRef ValueName;
  OptionStatus Status;
  /// What the option does, or for Unsupported ones why it is rejected.
  llvm::StringRef Help;
  OptionSetter Apply;
  /// The commands that take the option.
  CommandSet Commands = EveryCommand;
  /// What applies when the option is not given, as --help shows it; empty
  /// for flags (off unless given) and lists (empty unless given).
  llvm::StringRef Default = "";
  /// `|`-separated values the option takes, when they are a fixed set
  /// (shown in --help, offered by the shell completions).
  llvm::StringRef Choices = "";

  bool takenBy(Command C) const { return Commands & commandBit(C); }
  /// A ValueName in brackets (`[FILE]`): the value may be left out.
  bool valueIsOptional() const { return ValueName.starts_with("["); }
  llvm::StringRef primaryName() const { return Names.split('|').first; }
  llvm::SmallVector<llvm::StringRef, 4> names() const;
  llvm::SmallVector<llvm::StringRef, 8> choices() const;
  /// Whether the value is a file name (FILE, HEADER, DIR), which the shell
  /// completions complete as such.
  bool takesFileName() const;
};

llvm::ArrayRef<OptionSpec> optionTable();

/// The entry with this spelling (e.g. "--blacklist-type") that command For
/// takes, or null.
const OptionSpec *findOption(llvm::StringRef Name,
                             Command For = Command::Generate);

/// The spelling command For takes closest to an unknown one, or empty when
/// none is close.
llvm::StringRef suggestOption(llvm::StringRef Unknown,
                              Command For = Command::Generate);

/// --help (bindgen's command line, and the subcommands' list), generated
/// from the table.
void printHelp(llvm::raw_ostream &OS);

/// `kbindgen CMD --help` and `kbindgen help CMD` for a subcommand.
void printCommandHelp(llvm::raw_ostream &OS, Command For);

/// The help text of Spec after its default and choices, one line.
std::string describeOption(const OptionSpec &Spec);

} // namespace kbindgen::driver

#endif // KBINDGEN_LIB_DRIVER_OPTIONTABLE_H
