//===- CommandLine.h - bindgen's command line into Options -----*- C++ -*-===//
//
// `kbindgen HEADER [options] -- [clang args]`, with bindgen's option names and
// meanings. Options may come before or after the header; `--opt value` and
// `--opt=value` both work; everything after `--` goes to clang unchanged.
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
};

/// Parses the arguments (without the program name). Every error is a usage
/// error with a one-line message naming the offending option.
llvm::Expected<CommandLine> parseCommandLine(llvm::ArrayRef<std::string> Args);

} // namespace kbindgen::driver

#endif // KBINDGEN_LIB_DRIVER_COMMANDLINE_H
