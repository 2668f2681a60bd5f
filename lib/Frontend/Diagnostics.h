//===- Diagnostics.h - clang diagnostics in clang's format -----*- C++ -*-===//

#ifndef KBINDGEN_LIB_FRONTEND_DIAGNOSTICS_H
#define KBINDGEN_LIB_FRONTEND_DIAGNOSTICS_H

#include "llvm/Support/raw_ostream.h"

#include <clang-c/Index.h>

namespace kbindgen::frontend {

/// Prints one diagnostic and its notes as `file:line:col: severity: text`.
void printDiagnostic(CXDiagnostic Diagnostic, llvm::raw_ostream &Diags);

/// Prints all diagnostics of TU; returns the number of errors among them.
unsigned reportDiagnostics(CXTranslationUnit TU, llvm::raw_ostream &Diags);

/// Whether the error or fatal severity.
inline bool isError(CXDiagnostic Diagnostic) {
  CXDiagnosticSeverity Severity = clang_getDiagnosticSeverity(Diagnostic);
  return Severity == CXDiagnostic_Error || Severity == CXDiagnostic_Fatal;
}

} // namespace kbindgen::frontend

#endif // KBINDGEN_LIB_FRONTEND_DIAGNOSTICS_H
