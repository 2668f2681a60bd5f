//===- ProbedParse.cpp - The header parsed with its macro probes ----------===//

#include "Macros/ProbedParse.h"

#include "Diagnostics.h"

using namespace kbindgen;
using namespace kbindgen::frontend;

unsigned frontend::countLines(llvm::StringRef Text) {
  unsigned Lines = 0;
  for (size_t I = 0; I < Text.size(); ++I) {
    if (Text[I] == '\r' && I + 1 < Text.size() && Text[I + 1] == '\n')
      ++I;
    if (Text[I] == '\n' || Text[I] == '\r')
      ++Lines;
  }
  if (!Text.empty() && Text.back() != '\n' && Text.back() != '\r')
    ++Lines;
  return Lines;
}

namespace {

/// Whether a diagnostic's expansion location is in File at Line or later.
bool isAtOrAfter(CXDiagnostic Diagnostic, CXFile File, unsigned Line) {
  CXFile At = nullptr;
  unsigned AtLine = 0;
  clang_getExpansionLocation(clang_getDiagnosticLocation(Diagnostic), &At,
                             &AtLine, nullptr, nullptr);
  return At && clang_File_isEqual(At, File) && AtLine >= Line;
}

} // namespace

bool ProbedParse::parse(CXIndex Index, const std::string &Probes,
                        unsigned Options, llvm::raw_ostream &Diags) {
  Text = Input.Contents;
  if (!Text.empty() && Text.back() != '\n' && Text.back() != '\r')
    Text += '\n';
  // The region starts with a blank line, which ends a line continuation
  // the header may end with.
  RegionLine = countLines(Text) + 1;
  FirstProbeLine = RegionLine + 2;
  Text += "\n#pragma clang diagnostic ignored \"-Weverything\"\n";
  Text += Probes;
  if (!Probes.empty())
    // Many probes are no expressions and name undeclared identifiers;
    // clang's typo correction would search every declaration for each.
    Args.insert(Args.end(), {"-ferror-limit=0", "-fno-spell-checking"});
  CXUnsavedFile Unsaved{Input.Path.c_str(), Text.data(),
                        static_cast<unsigned long>(Text.size())};
  CXErrorCode Code = clang_parseTranslationUnit2(
      Index, Input.Path.c_str(), Args.data(), static_cast<int>(Args.size()),
      &Unsaved, 1, Options | CXTranslationUnit_SkipFunctionBodies, &TU);
  if (Code != CXError_Success || !TU)
    return false;
  MainFile = clang_getFile(TU, Input.Path.c_str());
  return MainFile && reportHeaderDiagnostics(Diags);
}

void ProbedParse::dispose() {
  if (TU)
    clang_disposeTranslationUnit(TU);
  TU = nullptr;
  MainFile = nullptr;
}

bool ProbedParse::reportHeaderDiagnostics(llvm::raw_ostream &Diags) {
  std::vector<CXDiagnostic> HeaderDiagnostics;
  bool HasError = false;
  unsigned NumDiagnostics = clang_getNumDiagnostics(TU);
  for (unsigned I = 0; I < NumDiagnostics; ++I) {
    CXDiagnostic Diagnostic = clang_getDiagnostic(TU, I);
    if (isAtOrAfter(Diagnostic, MainFile, RegionLine)) {
      clang_disposeDiagnostic(Diagnostic);
      continue;
    }
    HasError |= isError(Diagnostic);
    HeaderDiagnostics.push_back(Diagnostic);
  }
  for (CXDiagnostic Diagnostic : HeaderDiagnostics) {
    if (!HasError)
      printDiagnostic(Diagnostic, Diags);
    clang_disposeDiagnostic(Diagnostic);
  }
  Diags.flush();
  HeaderHasErrors = HasError;
  return !HasError;
}
