//===- CommandLine.h - bindgen's command line into Options -----*- C++ -*-===//
//
// `kbindgen HEADER [options] -- [clang args]`, with bindgen's option names and
// meanings. Options may come before or after the header; `--opt value` and
// `--opt=value` both work; everything after `--` goes to clang unchanged.
// The subcommands' command lines (Subcommands.h) are parsed the same way, with
// bindgen's options plus their own.
//
//===----------------------------------------------------------------------===//

#ifndef KBINDGEN_LIB_DRIVER_COMMANDLINE_H
#define KBINDGEN_LIB_DRIVER_COMMANDLINE_H

#include "kbindgen/Analysis/Options.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"

#include <string>
#include <vector>

namespace kbindgen::driver {

/// The command a command line is for: bindgen's (write bindings) or one of
/// the subcommands. Each option of the table names the commands that take it.
enum class Command : uint8_t { Generate, Explain, Layout, Diff };

/// Everything the command line said: the Options for the pipeline plus what
/// only the driver itself acts on.
struct CommandLine {
  Options Opts;
  /// Arguments that are not options, before `--`. A run needs exactly one
  /// (the header); `--version` and `--help` ignore them.
  std::vector<std::string> Positionals;
  bool ShowHelp = false;
  bool ShowVersion = false;
  bool Verbose = false;
  /// `--generate-shell-completions SHELL`: print that shell's completions.
  std::string CompletionShell;
  /// `--generate-man-page`: print kbindgen(1) as roff.
  bool ShowManPage = false;

  // The subcommands' own options.
  /// `--ir FILE` (explain, layout): the saved IR to read.
  std::string InputIR;
  /// `--header HEADER` (explain, layout): the header to parse.
  std::string InputHeader;
  /// `--json` (explain, layout, diff): JSON instead of text.
  bool Json = false;
};

/// Parses the arguments of command For (without the program and subcommand
/// names). Every error is a usage failure (Errors.h) with a one-line message
/// naming the offending option.
llvm::Expected<CommandLine> parseCommandLine(llvm::ArrayRef<std::string> Args,
                                             Command For = Command::Generate);

} // namespace kbindgen::driver

#endif // KBINDGEN_LIB_DRIVER_COMMANDLINE_H
