//===- MacroScan.cpp - The header's macros from a preprocessing pass ------===//
//
// The probe declarations that evaluate macros (MacroEvaluator.cpp) must be
// known before the main parse to be parsed with it, so the macros are read
// first from a cheaper unit: the header is included inside the body of a
// function, and libclang skips function bodies. The preprocessor still
// handles every directive and expands every macro of the skipped tokens, so
// the unit defines the same macros, but declarations get no semantic
// analysis; for the kernel's bindings_helper.h this pass costs about 40 % of
// a parse.
//
//===----------------------------------------------------------------------===//

#include "Macros/MacroScan.h"

#include "FileTable.h"
#include "Macros/MacroProbes.h"
#include "Macros/MacroTranslator.h"

#include "llvm/ADT/SmallString.h"
#include "llvm/Support/Path.h"

using namespace kbindgen;
using namespace kbindgen::frontend;

bool frontend::scanMacros(CXIndex Index, const FrontendInput &Input,
                          llvm::StringRef AbsolutePath, MacroTranslator &Macros,
                          FileTable &Files) {
  llvm::SmallString<256> ScanPath(AbsolutePath);
  llvm::sys::path::remove_filename(ScanPath);
  llvm::sys::path::append(ScanPath, "__kbindgen_macro_scan.c");
  std::string Source = "void __kbindgen_macro_scan(void) {\n" +
                       includeLine(AbsolutePath) + "}\n";

  std::vector<std::string> Args = probeArguments(Input.ClangArgs);
  std::vector<const char *> ArgPointers;
  ArgPointers.reserve(Args.size());
  for (const std::string &Arg : Args)
    ArgPointers.push_back(Arg.c_str());
  std::string ScanPathText = ScanPath.str().str();
  std::string HeaderPath = AbsolutePath.str();
  std::vector<CXUnsavedFile> Unsaved;
  Unsaved.push_back(CXUnsavedFile{ScanPathText.c_str(), Source.data(),
                                  static_cast<unsigned long>(Source.size())});
  if (Input.UseContents)
    Unsaved.push_back(
        CXUnsavedFile{HeaderPath.c_str(), Input.Contents.data(),
                      static_cast<unsigned long>(Input.Contents.size())});

  CXTranslationUnit TU = nullptr;
  CXErrorCode Code = clang_parseTranslationUnit2(
      Index, ScanPathText.c_str(), ArgPointers.data(),
      static_cast<int>(ArgPointers.size()), Unsaved.data(),
      static_cast<unsigned>(Unsaved.size()),
      CXTranslationUnit_DetailedPreprocessingRecord |
          CXTranslationUnit_SkipFunctionBodies,
      &TU);
  if (Code != CXError_Success || !TU)
    return false;

  // A fatal error (a missing include) ends preprocessing early; the main
  // parse reports it.
  bool Complete = true;
  unsigned NumDiagnostics = clang_getNumDiagnostics(TU);
  for (unsigned I = 0; I < NumDiagnostics && Complete; ++I) {
    CXDiagnostic Diagnostic = clang_getDiagnostic(TU, I);
    Complete = clang_getDiagnosticSeverity(Diagnostic) != CXDiagnostic_Fatal;
    clang_disposeDiagnostic(Diagnostic);
  }
  if (Complete) {
    struct Context {
      CXTranslationUnit TU;
      MacroTranslator &Macros;
      FileTable &Files;
    } Data{TU, Macros, Files};
    clang_visitChildren(
        clang_getTranslationUnitCursor(TU),
        [](CXCursor C, CXCursor, CXClientData Raw) {
          if (clang_getCursorKind(C) == CXCursor_MacroDefinition) {
            auto &D = *static_cast<Context *>(Raw);
            D.Macros.add(D.TU, C, D.Files);
          }
          return CXChildVisit_Continue;
        },
        &Data);
  }
  clang_disposeTranslationUnit(TU);
  return Complete;
}
