//===- TranslationUnit.cpp - Parsing, diagnostics, target ----------------===//
//
// parseHeader: runs libclang on the input with the caller's clang arguments,
// forwards every diagnostic in clang's own format, and walks the result.
// Normally the header is parsed once, with the probes that evaluate its
// macros appended (ProbedParse.h): the probes of the macros a preprocessing
// pass found, or, from the second run on, of those the previous run probed
// (MacroProbeCache.h). A header with errors is parsed alone, to report
// them, and so is one whose macros the preprocessing pass could not read.
// Input that is not C is refused before any parse when the command line
// tells, or from the parse (InputLanguage.h).
//
//===----------------------------------------------------------------------===//

#include "CXStringRef.h"
#include "Diagnostics.h"
#include "InputLanguage.h"
#include "Macros/MacroCalls.h"
#include "Macros/MacroProbeCache.h"
#include "Macros/MacroProbes.h"
#include "Macros/MacroScan.h"
#include "Macros/ProbedParse.h"
#include "ModuleBuilder.h"

#include "kbindgen/Frontend/Frontend.h"
#include "kbindgen/IR/Verifier.h"

#include "llvm/ADT/SmallString.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"

#include <fmt/format.h>

#include <chrono>
#include <optional>

using namespace kbindgen;
using namespace kbindgen::frontend;

namespace {

llvm::Error makeError(std::string Message) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(), Message);
}

llvm::Error notCError(std::string Message) {
  return llvm::make_error<UnsupportedLanguageError>(std::move(Message));
}

/// Owns the libclang index of the parses.
struct ParsedIndex {
  ParsedIndex() : Index(clang_createIndex(0, 0)) {}
  ~ParsedIndex() { clang_disposeIndex(Index); }
  ParsedIndex(const ParsedIndex &) = delete;
  ParsedIndex &operator=(const ParsedIndex &) = delete;
  CXIndex Index;
};

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

namespace {

std::vector<const char *> clangArguments(const FrontendInput &Input) {
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
  return Args;
}

std::string absolutePath(llvm::StringRef Path) {
  llvm::SmallString<256> Absolute(Path);
  llvm::sys::fs::make_absolute(Absolute);
  llvm::sys::path::remove_dots(Absolute);
  return Absolute.str().str();
}

void setCharSignedness(ModuleBuilder &Builder, bool CharUnsignedMacro) {
  int CharSigned = Builder.types().charSignedness();
  Builder.module().Target.CharIsSigned =
      CharSigned >= 0 ? CharSigned == 1 : !CharUnsignedMacro;
}

ProbeSetup probeSetup(CXIndex Index, const FrontendInput &Read) {
  ProbeSetup Setup;
  Setup.Index = Index;
  Setup.Input = &Read;
  Setup.AbsolutePath = absolutePath(Read.Path);
  return Setup;
}

/// --wrap-static-fns: the function-like macros that are one call become
/// functions (Macros/MacroCalls.h), in an extra parse, timed as `macro-calls`.
void wrapFunctionMacros(const ProbeSetup &Setup, MacroTranslator &Macros,
                        ir::Module &M, ModuleBuilder &Builder,
                        StepClock &Clock) {
  if (!Setup.Input->WrapMacroCalls)
    return;
  wrapMacroCalls(Setup, Macros.takeFunctionMacros(), M, Builder.interner());
  Clock.step("macro-calls");
}

/// The macros of the preprocessing pass (MacroScan.cpp).
struct ScannedMacros {
  MacroTranslator Macros;
  ir::Module FileNames; // holds only the names Files indexes
  FileTable Files{FileNames};
};

/// One parse of the header with the probes of Names appended. Scan holds
/// the macros of the preprocessing pass, Names being theirs; without it,
/// Names are the cache's and the walk collects the macros from the parse's
/// preprocessing record. Macros Names lack take an extra probe parse; the
/// cache entry is written when Names were not read from it, or are stale.
/// nullopt when the parse cannot stand for the header (ProbedParse.h);
/// then nothing was printed. nullopt with NotC set when the unit is not C.
std::optional<ir::Module> parseProbed(
    CXIndex Index, const FrontendInput &Read,
    const std::vector<const char *> &Args, llvm::ArrayRef<std::string> Names,
    ScannedMacros *Scan, const MacroProbeCache &Cache, llvm::raw_ostream &Diags,
    StepClock &Clock, bool &HeaderHasErrors, std::optional<std::string> &NotC) {
  ProbedParse Probed(Read, Args);
  unsigned Options = Scan ? 0 : CXTranslationUnit_DetailedPreprocessingRecord;
  if (!Probed.parse(Index, probeDeclarations(Names), Options, Diags)) {
    HeaderHasErrors = Probed.HeaderHasErrors;
    Clock.step("clang-probed");
    return std::nullopt;
  }
  Clock.step("clang");
  if ((NotC = firstNonCDeclaration(Probed.TU)))
    return std::nullopt;
  ir::Module M;
  recordTarget(Probed.TU, M.Target);
  ModuleBuilder Builder(Probed.TU, M, Read);
  recordFiles(Probed.TU, Builder.files());
  MacroTranslator &Macros = Scan ? Scan->Macros : Builder.macros();
  if (Scan)
    Macros.moveToFiles(Scan->Files, Builder.files());
  Builder.walk(Probed.MainFile, Probed.RegionLine);
  setCharSignedness(Builder, Macros.charIsUnsigned());
  Clock.step("ir");
  if (!Scan)
    Macros.decide(Read.RecordAllMacroCTypes);
  std::vector<std::string> ProbedNames = Macros.probedNames();
  bool Unprobed =
      Macros.readProbes(Probed.TU, Probed.MainFile, Probed.FirstProbeLine,
                        Names, M, Builder.interner());
  Probed.dispose();
  if (Unprobed)
    Macros.evaluateRest(probeSetup(Index, Read), M, Builder.interner());
  if (Scan || llvm::ArrayRef<std::string>(ProbedNames) != Names)
    Cache.store(ProbedNames);
  Macros.appendConstants(M);
  Clock.step("macros");
  wrapFunctionMacros(probeSetup(Index, Read), Macros, M, Builder, Clock);
  return M;
}

/// The header alone, reporting every diagnostic; its macros come from the
/// walk and are evaluated in a second parse.
llvm::Expected<ir::Module> parseThenProbe(CXIndex Index,
                                          const FrontendInput &Read,
                                          const std::vector<const char *> &Args,
                                          llvm::raw_ostream &Diags,
                                          StepClock &Clock) {
  CXUnsavedFile Unsaved{Read.Path.c_str(), Read.Contents.data(),
                        static_cast<unsigned long>(Read.Contents.size())};
  unsigned Options = CXTranslationUnit_DetailedPreprocessingRecord |
                     CXTranslationUnit_SkipFunctionBodies;
  CXTranslationUnit TU = nullptr;
  CXErrorCode Code = clang_parseTranslationUnit2(
      Index, Read.Path.c_str(), Args.data(), static_cast<int>(Args.size()),
      Read.UseContents ? &Unsaved : nullptr, Read.UseContents ? 1 : 0, Options,
      &TU);
  if (Code != CXError_Success || !TU)
    return makeError(fmt::format("{}: error: {} (error code {})", Read.Path,
                                 describe(Code), static_cast<int>(Code)));
  unsigned Errors = reportDiagnostics(TU, Diags);
  std::optional<std::string> NotC =
      Errors ? cxxKeywordAtError(TU) : firstNonCDeclaration(TU);
  if (Errors || NotC)
    clang_disposeTranslationUnit(TU);
  if (NotC)
    return notCError(std::move(*NotC));
  if (Errors)
    return makeError(
        fmt::format("{} error{} generated.", Errors, Errors == 1 ? "" : "s"));

  Clock.step("clang");
  ir::Module M;
  recordTarget(TU, M.Target);
  ModuleBuilder Builder(TU, M, Read);
  recordFiles(TU, Builder.files());
  Builder.walk();
  setCharSignedness(Builder, Builder.macros().charIsUnsigned());
  // The probe parse does not need the first unit any more.
  clang_disposeTranslationUnit(TU);
  Clock.step("ir");
  Builder.macros().finish(probeSetup(Index, Read), M, Builder.interner());
  Clock.step("macros");
  wrapFunctionMacros(probeSetup(Index, Read), Builder.macros(), M, Builder,
                     Clock);
  return M;
}

} // namespace

static llvm::Expected<ir::Module> buildModule(const FrontendInput &Input,
                                              llvm::raw_ostream &Diags) {
  if (!Input.UseContents && !llvm::sys::fs::exists(Input.Path))
    return makeError(
        fmt::format("{}: error: no such file or directory", Input.Path));
  if (!Input.UseContents && llvm::sys::fs::is_directory(Input.Path))
    return makeError(fmt::format("{}: error: is a directory", Input.Path));

  // The header is read once: every parse sees the same text, even from a
  // pipe.
  FrontendInput Read = Input;
  if (!Read.UseContents) {
    if (auto Buffer = llvm::MemoryBuffer::getFile(Input.Path)) {
      Read.Contents = (*Buffer)->getBuffer().str();
      Read.UseContents = true;
    }
  }
  if (std::optional<std::string> NotC = nonCLanguageOfArguments(Read))
    return notCError(std::move(*NotC));
  std::vector<const char *> Args = clangArguments(Read);
  StepClock Clock(Input.StepTimes);
  ParsedIndex Index;
  if (Read.UseContents) {
    MacroProbeCache Cache(Read, absolutePath(Read.Path));
    bool HeaderHasErrors = false;
    std::optional<std::string> NotC;
    if (std::optional<std::vector<std::string>> Names = Cache.load())
      if (std::optional<ir::Module> M =
              parseProbed(Index.Index, Read, Args, *Names, nullptr, Cache,
                          Diags, Clock, HeaderHasErrors, NotC))
        return std::move(*M);
    if (NotC)
      return notCError(std::move(*NotC));
    if (!HeaderHasErrors) {
      ScannedMacros Scan;
      Scan.Macros.keepPredefined(Read.PredefinedMacros);
      Scan.Macros.keepFunctionMacros(Read.WrapMacroCalls);
      bool Scanned = scanMacros(Index.Index, Read, absolutePath(Read.Path),
                                Scan.Macros, Scan.Files);
      Clock.step("scan");
      if (Scanned) {
        Scan.Macros.decide(Read.RecordAllMacroCTypes);
        if (std::optional<ir::Module> M =
                parseProbed(Index.Index, Read, Args, Scan.Macros.probedNames(),
                            &Scan, Cache, Diags, Clock, HeaderHasErrors, NotC))
          return std::move(*M);
        if (NotC)
          return notCError(std::move(*NotC));
      }
    }
  }
  return parseThenProbe(Index.Index, Read, Args, Diags, Clock);
}

char UnsupportedLanguageError::ID = 0;

llvm::Expected<ir::Module> kbindgen::parseHeader(const FrontendInput &Input,
                                                 llvm::raw_ostream &Diags) {
  llvm::Expected<ir::Module> M = buildModule(Input, Diags);
  if (!M)
    return M.takeError();
  if (llvm::Error Malformed = ir::verifyModule(*M))
    return std::move(Malformed);
  return M;
}
