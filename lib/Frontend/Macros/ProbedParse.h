//===- ProbedParse.h - The header parsed with its macro probes -*- C++ -*-===//
//
// The macros' probe declarations (MacroEvaluator.cpp) are appended to the
// header's text, after a pragma that silences warnings, so that one parse
// gives both the declarations and the macro values. The result stands only
// when clang reports no error outside the probes: the probes change clang's
// options (no error limit, no typo correction) and add their own errors, so
// for a header with errors parseHeader parses again without them and
// reports what clang says of the header alone.
//
//===----------------------------------------------------------------------===//

#ifndef KBINDGEN_LIB_FRONTEND_MACROS_PROBEDPARSE_H
#define KBINDGEN_LIB_FRONTEND_MACROS_PROBEDPARSE_H

#include "kbindgen/Frontend/Frontend.h"

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/raw_ostream.h"

#include <clang-c/Index.h>

#include <string>
#include <vector>

namespace kbindgen::frontend {

/// The number of lines of Text as clang counts them (LF, CRLF or CR each
/// end one), an unterminated last line included.
unsigned countLines(llvm::StringRef Text);

class ProbedParse {
public:
  /// Input must hold the header's text (UseContents).
  ProbedParse(const FrontendInput &Input, std::vector<const char *> Args)
      : Input(Input), Args(std::move(Args)) {}
  ~ProbedParse() { dispose(); }
  ProbedParse(const ProbedParse &) = delete;
  ProbedParse &operator=(const ProbedParse &) = delete;

  /// Parses the header followed by Probes, with libclang's Options, and
  /// prints the diagnostics outside the probes. False, printing nothing,
  /// when libclang fails or clang reports an error outside the probes
  /// (then HeaderHasErrors).
  bool parse(CXIndex Index, const std::string &Probes, unsigned Options,
             llvm::raw_ostream &Diags);
  void dispose();

  CXTranslationUnit TU = nullptr;
  CXFile MainFile = nullptr;
  /// The first line after the header's own text.
  unsigned RegionLine = 0;
  /// The line of the first probe declaration.
  unsigned FirstProbeLine = 0;
  bool HeaderHasErrors = false;

private:
  bool reportHeaderDiagnostics(llvm::raw_ostream &Diags);

  const FrontendInput &Input;
  std::vector<const char *> Args;
  std::string Text;
};

} // namespace kbindgen::frontend

#endif // KBINDGEN_LIB_FRONTEND_MACROS_PROBEDPARSE_H
