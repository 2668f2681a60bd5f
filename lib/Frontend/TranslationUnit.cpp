//===- TranslationUnit.cpp - Parsing, diagnostics, target
//------------------===//
//
// parseHeader: runs libclang on the input with the caller's clang arguments,
// forwards every diagnostic in clang's own format, and walks the result.
//
//===----------------------------------------------------------------------===//

#include "ModuleBuilder.h"

#include "CXStringRef.h"

#include "kbindgen/Frontend.h"

#include "llvm/ADT/SmallString.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

#include <fmt/format.h>

#include <chrono>

using namespace kbindgen;
using namespace kbindgen::frontend;

namespace {

llvm::Error makeError(std::string Message) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(), Message);
}

/// Owns the libclang index and translation unit of one parse.
class ParsedUnit {
public:
  ParsedUnit() : Index(clang_createIndex(0, 0)) {}
  ~ParsedUnit() {
    if (TU)
      clang_disposeTranslationUnit(TU);
    clang_disposeIndex(Index);
  }
  ParsedUnit(const ParsedUnit &) = delete;
  ParsedUnit &operator=(const ParsedUnit &) = delete;

  void disposeUnit() {
    if (TU)
      clang_disposeTranslationUnit(TU);
    TU = nullptr;
  }

  CXIndex Index;
  CXTranslationUnit TU = nullptr;
};

void printDiagnostic(CXDiagnostic Diagnostic, llvm::raw_ostream &Diags) {
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

/// Prints all diagnostics; returns the number of errors among them.
unsigned reportDiagnostics(CXTranslationUnit TU, llvm::raw_ostream &Diags) {
  unsigned Errors = 0;
  unsigned NumDiagnostics = clang_getNumDiagnostics(TU);
  for (unsigned I = 0; I < NumDiagnostics; ++I) {
    CXDiagnostic Diagnostic = clang_getDiagnostic(TU, I);
    CXDiagnosticSeverity Severity = clang_getDiagnosticSeverity(Diagnostic);
    if (Severity == CXDiagnostic_Error || Severity == CXDiagnostic_Fatal)
      ++Errors;
    printDiagnostic(Diagnostic, Diags);
    clang_disposeDiagnostic(Diagnostic);
  }
  Diags.flush();
  return Errors;
}

const char *describe(CXErrorCode Code) {
  switch (Code) {
  case CXError_Crashed:
    return "libclang crashed";
  case CXError_InvalidArguments:
    return "invalid arguments to libclang";
  case CXError_ASTReadError:
    return "libclang could not read an AST file";
  default:
    return "libclang failed to parse";
  }
}

/// libclang parses any input as C unless told otherwise, whereas the clang
/// driver takes a `.h` for a header (no unused-static-function warnings, and
/// the kernel builds with -Werror). Make libclang agree with the driver.
bool parsesAsHeader(const FrontendInput &Input) {
  if (!llvm::StringRef(Input.Path).ends_with(".h"))
    return false;
  for (const std::string &Arg : Input.ClangArgs)
    if (Arg == "-x" || llvm::StringRef(Arg).starts_with("-x"))
      return false;
  return true;
}

void recordFiles(CXTranslationUnit TU, FileTable &Files) {
  // The main file first, then every inclusion in the order clang met it.
  CXFile Main = clang_getFile(
      TU, CXStringRef(clang_getTranslationUnitSpelling(TU)).string().c_str());
  if (Main)
    Files.indexOf(Main);
  clang_getInclusions(
      TU,
      [](CXFile Included, CXSourceLocation *, unsigned, CXClientData Data) {
        static_cast<FileTable *>(Data)->indexOf(Included);
      },
      &Files);
}

void recordTarget(CXTranslationUnit TU, ir::TargetInfo &Target) {
  CXTargetInfo Info = clang_getTranslationUnitTargetInfo(TU);
  Target.Triple = CXStringRef(clang_TargetInfo_getTriple(Info)).string();
  int PointerBits = clang_TargetInfo_getPointerWidth(Info);
  if (PointerBits > 0)
    Target.PointerBytes = static_cast<uint32_t>(PointerBits) / 8;
  clang_TargetInfo_dispose(Info);
  Target.ClangVersion = libclangVersion();
}

/// Appends the wall time since the previous step to the caller's list.
class StepClock {
public:
  explicit StepClock(std::vector<std::pair<std::string, double>> *Times)
      : Times(Times), Last(std::chrono::steady_clock::now()) {}
  void step(const char *Name) {
    if (!Times)
      return;
    auto Now = std::chrono::steady_clock::now();
    Times->emplace_back(Name,
                        std::chrono::duration<double>(Now - Last).count());
    Last = Now;
  }

private:
  std::vector<std::pair<std::string, double>> *Times;
  std::chrono::steady_clock::time_point Last;
};

} // namespace

std::string kbindgen::libclangVersion() {
  return CXStringRef(clang_getClangVersion()).string();
}

llvm::Expected<ir::Module> kbindgen::parseHeader(const FrontendInput &Input,
                                                 llvm::raw_ostream &Diags) {
  if (!Input.UseContents && !llvm::sys::fs::exists(Input.Path))
    return makeError(
        fmt::format("{}: error: no such file or directory", Input.Path));
  if (!Input.UseContents && llvm::sys::fs::is_directory(Input.Path))
    return makeError(fmt::format("{}: error: is a directory", Input.Path));

  std::vector<const char *> Args;
  Args.reserve(Input.ClangArgs.size() + 5);
  if (parsesAsHeader(Input))
    Args.insert(Args.end(), {"-x", "c-header"});
  for (const std::string &Arg : Input.ClangArgs)
    Args.push_back(Arg.c_str());
  // With function bodies skipped, clang no longer sees the calls inside
  // them, and would call static functions and variables used only there
  // unused (errors under the kernel's -Werror). Those warnings are artifacts
  // of the skipping; `clang -fsyntax-only` does not emit them.
  Args.insert(Args.end(), {"-Wno-unused-function", "-Wno-unused-variable",
                           "-Wno-unused-const-variable"});

  StepClock Clock(Input.StepTimes);
  CXUnsavedFile Unsaved{Input.Path.c_str(), Input.Contents.data(),
                        static_cast<unsigned long>(Input.Contents.size())};
  ParsedUnit Unit;
  unsigned Options = CXTranslationUnit_DetailedPreprocessingRecord |
                     CXTranslationUnit_SkipFunctionBodies;
  CXErrorCode Code = clang_parseTranslationUnit2(
      Unit.Index, Input.Path.c_str(), Args.data(),
      static_cast<int>(Args.size()), Input.UseContents ? &Unsaved : nullptr,
      Input.UseContents ? 1 : 0, Options, &Unit.TU);
  if (Code != CXError_Success || !Unit.TU)
    return makeError(fmt::format("{}: error: {} (error code {})", Input.Path,
                                 describe(Code), static_cast<int>(Code)));

  unsigned Errors = reportDiagnostics(Unit.TU, Diags);
  if (Errors)
    return makeError(
        fmt::format("{} error{} generated.", Errors, Errors == 1 ? "" : "s"));

  Clock.step("clang");
  ir::Module M;
  recordTarget(Unit.TU, M.Target);
  ModuleBuilder Builder(Unit.TU, M, Input);
  recordFiles(Unit.TU, Builder.Files);
  Builder.walk();
  int CharSigned = Builder.Types.charSignedness();
  M.Target.CharIsSigned =
      CharSigned >= 0 ? CharSigned == 1 : !Builder.Macros.charIsUnsigned();

  ProbeSetup Setup;
  Setup.Index = Unit.Index;
  Setup.Input = &Input;
  llvm::SmallString<256> Absolute(Input.Path);
  llvm::sys::fs::make_absolute(Absolute);
  llvm::sys::path::remove_dots(Absolute);
  Setup.AbsolutePath = Absolute.str().str();
  // The probe parse does not need the first unit any more.
  Unit.disposeUnit();
  Clock.step("ir");
  Builder.Macros.finish(Setup, M, Builder.Interner);
  Clock.step("macros");
  return M;
}
