//===- Errors.h - Exit codes and error messages -----------------*- C++ -*-===//
//
// How a kbindgen command ends, the same for the bindgen command line and the
// subcommands: one exit-code enum, an error type that carries its exit code,
// and one printer (`kbindgen: error: ...`, then the command's usage line when
// the command line itself was wrong).
//
//===----------------------------------------------------------------------===//

#ifndef KBINDGEN_LIB_DRIVER_ERRORS_H
#define KBINDGEN_LIB_DRIVER_ERRORS_H

#include "llvm/ADT/StringRef.h"
#include "llvm/ADT/Twine.h"
#include "llvm/Support/Error.h"

#include <string>

namespace kbindgen::driver {

/// The process exit code of every kbindgen command.
enum ExitCode : int {
  Success = 0,
  /// A header or saved IR that cannot be read or parsed, an output that
  /// cannot be written, a name explain or layout asked about that names
  /// nothing.
  BadInput = 1,
  /// The command line: unknown option, missing or malformed value, an
  /// invalid regex, a missing or extra argument.
  BadUsage = 2,
  /// kbindgen diff: at least one ABI-breaking change.
  BreakingChange = 3,
  /// The header is not C: C++ (a `.hpp`, `-x c++`, `-std=c++17`, C++
  /// declarations), Objective-C, CUDA, OpenCL, ... kbindgen binds C only.
  NotCInput = 4,
};

/// An error that knows how the command ends. Errors of any other type are
/// bad input.
class CommandError : public llvm::ErrorInfo<CommandError> {
public:
  static char ID;
  CommandError(ExitCode Code, std::string Message, bool ShowUsage)
      : Code(Code), Message(std::move(Message)), ShowUsage(ShowUsage) {}

  void log(llvm::raw_ostream &OS) const override { OS << Message; }
  std::error_code convertToErrorCode() const override {
    return llvm::inconvertibleErrorCode();
  }

  ExitCode Code;
  /// Empty when the problem was already reported (clang's diagnostics).
  std::string Message;
  /// Whether the command's usage line follows the message.
  bool ShowUsage;
};

/// A mistake on the command line: BadUsage, followed by the usage line.
llvm::Error usageFailure(const llvm::Twine &Message);

/// A failure ending the command with Code; no usage line. An empty Message
/// means the problem is already on standard error.
llvm::Error commandFailure(ExitCode Code, const llvm::Twine &Message);

/// Prints `kbindgen: error: MESSAGE`.
void printError(const llvm::Twine &Message);

/// Prints Err (and UsageLine after a usage failure) and returns the exit
/// code it ends the command with.
int reportFailure(llvm::Error Err, llvm::StringRef UsageLine);

/// reportFailure(usageFailure(Message), UsageLine).
int usageError(const llvm::Twine &Message, llvm::StringRef UsageLine);

} // namespace kbindgen::driver

#endif // KBINDGEN_LIB_DRIVER_ERRORS_H
