//===- Diagnostics.cpp - clang's diagnostics in clang's own format --------===//

#include "Diagnostics.h"

#include "CXStringRef.h"

using namespace kbindgen;
using namespace kbindgen::frontend;

void frontend::printDiagnostic(CXDiagnostic Diagnostic,
                               llvm::raw_ostream &Diags) {
  unsigned Options = CXDiagnostic_DisplaySourceLocation |
                     CXDiagnostic_DisplayColumn | CXDiagnostic_DisplayOption;
  Diags << CXStringRef(clang_formatDiagnostic(Diagnostic, Options)).str()
        << '\n';
  CXDiagnosticSet Notes = clang_getChildDiagnostics(Diagnostic);
  unsigned NumNotes = clang_getNumDiagnosticsInSet(Notes);
  for (unsigned I = 0; I < NumNotes; ++I) {
    CXDiagnostic Note = clang_getDiagnosticInSet(Notes, I);
    printDiagnostic(Note, Diags);
    clang_disposeDiagnostic(Note);
  }
}

unsigned frontend::reportDiagnostics(CXTranslationUnit TU,
                                     llvm::raw_ostream &Diags) {
  unsigned Errors = 0;
  unsigned NumDiagnostics = clang_getNumDiagnostics(TU);
  for (unsigned I = 0; I < NumDiagnostics; ++I) {
    CXDiagnostic Diagnostic = clang_getDiagnostic(TU, I);
    if (isError(Diagnostic))
      ++Errors;
    printDiagnostic(Diagnostic, Diags);
    clang_disposeDiagnostic(Diagnostic);
  }
  Diags.flush();
  return Errors;
}
