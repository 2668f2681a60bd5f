//===- Frontend.h - libclang to IR -----------------------------*- C++ -*-===//
//
// The only component that talks to libclang. It parses one header with the
// given clang arguments and records every C declaration in an ir::Module.
//
//===----------------------------------------------------------------------===//

#ifndef KBINDGEN_FRONTEND_FRONTEND_H
#define KBINDGEN_FRONTEND_FRONTEND_H

#include "kbindgen/IR/IR.h"

#include "llvm/Support/Error.h"
#include "llvm/Support/raw_ostream.h"

#include <string>
#include <utility>
#include <vector>

namespace kbindgen {

struct FrontendInput {
  /// Path of the header (or .c file) to parse.
  std::string Path;
  /// Arguments passed to clang unchanged (after bindgen's `--`).
  std::vector<std::string> ClangArgs;
  /// In-memory contents for Path, for tests; empty means read the file.
  std::string Contents;
  bool UseContents = false;
  /// Keep doc comments in the IR.
  bool ParseDocComments = true;
  /// Record the C type of every macro constant, literals included, which
  /// costs a probe per literal (for --macro-c-types). Otherwise a macro
  /// records it only where the typing may use it: a named type, or a macro
  /// bindgen does not compute (Macros/MacroTyping.h). The typing itself is
  /// the analysis' choice (Analysis::ConstantCTypes).
  bool RecordAllMacroCTypes = false;
  /// --builtins: the compiler's predefined macros (__INT_MAX__, ...) become
  /// constants too.
  bool PredefinedMacros = false;
  /// --wrap-static-fns: a function-like macro whose expansion is one call
  /// of a declared function becomes a Function item (Macros/MacroCalls.h),
  /// which an extra parse proves; otherwise every function-like macro stays
  /// a skipped macro.
  bool WrapMacroCalls = false;
  /// Where the names of the probed macros are kept between runs
  /// (MacroProbeCache.h); empty: no cache.
  std::string MacroCacheDir;
  /// When set, receives the wall time of each frontend step in order:
  /// `scan` (the preprocessing pass that lists the macros; absent when the
  /// macro cache has them), `clang` (libclang's parse), `ir` (the walk),
  /// `macros` (their evaluation), `macro-calls` (with WrapMacroCalls), for
  /// --time-phases. A parse that cannot be
  /// used (a header with errors) adds `clang-probed` before the retry.
  std::vector<std::pair<std::string, double>> *StepTimes = nullptr;
};

/// The input is not C: clang reads it as C++, Objective-C, CUDA, OpenCL, ...
/// (lib/Frontend/InputLanguage.h). Its own error type, so that the driver
/// ends the run with its own exit status.
class UnsupportedLanguageError
    : public llvm::ErrorInfo<UnsupportedLanguageError> {
public:
  static char ID;
  explicit UnsupportedLanguageError(std::string Message)
      : Message(std::move(Message)) {}
  void log(llvm::raw_ostream &OS) const override { OS << Message; }
  std::error_code convertToErrorCode() const override {
    return llvm::inconvertibleErrorCode();
  }
  /// `file[:line:col]: error: ...`.
  std::string Message;
};

/// Parses the input. clang's diagnostics (warnings and errors alike, in
/// clang's `file:line:col: severity: message` form) are written to Diags.
/// Returns an error when the file cannot be read or clang reports an error,
/// and an UnsupportedLanguageError, before any parse where the command line
/// tells, when the input is not C.
llvm::Expected<ir::Module> parseHeader(const FrontendInput &Input,
                                       llvm::raw_ostream &Diags);

/// libclang's version string ("clang version 19.1.7 ...").
std::string libclangVersion();

} // namespace kbindgen

#endif // KBINDGEN_FRONTEND_FRONTEND_H
