//===- MacroEvaluator.cpp - Macro values computed by clang ----------------===//
//
// Macros that are not a plain literal (other macros, arithmetic, casts,
// sizeof, enum constants) are evaluated by clang, not by a hand-written
// evaluator: a probe declaration per macro,
//
//   #ifdef NAME
//   static const __typeof__((NAME)) __kbindgen_macro_NAME = (NAME);
//   _Static_assert(__builtin_choose_expr(!(NAME) | ..., 1, 1), "");
//   #endif
//
// follows the header; a macro that is not an expression merely makes its
// own line an error. Each variable is then read back with
// clang_Cursor_Evaluate, and the type of its initializer, which keeps
// typedef sugar, gives the constant's C type.
//
// A file-scope initializer is no integer-constant-expression context: clang
// folds `1L,3L,101L,112L` to 112 there. So an integer value stands only if
// the strict check on the next line (MacroProbes.cpp) has no error, and a
// floating one only if it keeps C's rules for arithmetic constant
// expressions (ConstantExpressionRules.h). A refused macro is recorded with
// the construct that made it fail.
//
// Normally the probes are appended to the header of the main parse
// (TranslationUnit.cpp), so the header is parsed once. When that parse
// cannot be used, a separate probe file includes the header and declares
// them, at the cost of a second parse.
//
//===----------------------------------------------------------------------===//

#include "Macros/MacroEvaluator.h"

#include "CXStringRef.h"
#include "InitializerValue.h"
#include "Macros/ConstantExpressionRules.h"
#include "Macros/MacroProbes.h"
#include "TypeTranslator.h"

#include "llvm/ADT/SmallString.h"
#include "llvm/Support/Path.h"

using namespace kbindgen;
using namespace kbindgen::frontend;

namespace {

/// Resolves the types of the probe unit to the items of the main unit by
/// name; it never creates items.
class ItemsByName final : public DeclResolver {
public:
  explicit ItemsByName(const ir::Module &M) {
    for (size_t I = 0; I < M.Items.size(); ++I) {
      const ir::Item &Item = M.Items[I];
      if (Item.isAnonymous())
        continue;
      ir::ItemId Id{static_cast<uint32_t>(I)};
      switch (Item.kind()) {
      case ir::ItemKind::Typedef:
        Typedefs.try_emplace(Item.Name, Id);
        break;
      case ir::ItemKind::Record:
      case ir::ItemKind::Enum:
        Tags.try_emplace(Item.Name, Id);
        break;
      default:
        break;
      }
    }
  }

  ir::ItemId itemForTypeDecl(CXCursor Decl) override {
    CXCursorKind Kind = clang_getCursorKind(Decl);
    CXStringRef Name(clang_getCursorSpelling(Decl));
    const llvm::StringMap<ir::ItemId> *Table = nullptr;
    if (Kind == CXCursor_TypedefDecl)
      Table = &Typedefs;
    else if (Kind == CXCursor_StructDecl || Kind == CXCursor_UnionDecl ||
             Kind == CXCursor_EnumDecl)
      Table = &Tags;
    if (!Table)
      return ir::ItemId();
    auto It = Table->find(Name.str());
    return It == Table->end() ? ir::ItemId() : It->second;
  }

private:
  llvm::StringMap<ir::ItemId> Typedefs;
  llvm::StringMap<ir::ItemId> Tags;
};

} // namespace

namespace {

/// The expression a probe variable is initialized with.
CXCursor initializerExpression(CXCursor Var) {
  CXCursor Found = clang_getNullCursor();
  clang_visitChildren(
      Var,
      [](CXCursor Child, CXCursor, CXClientData Data) {
        if (clang_isExpression(clang_getCursorKind(Child)))
          *static_cast<CXCursor *>(Data) = Child;
        return CXChildVisit_Continue;
      },
      &Found);
  return Found;
}

bool isSugar(CXTypeKind Kind) {
  return Kind == CXType_Typedef || Kind == CXType_Elaborated ||
         Kind == CXType_Enum || Kind == CXType_Record;
}

/// A macro whose probe variable clang accepted.
struct AcceptedProbe {
  size_t Macro;
  /// Whether the strict check line has no error.
  bool PassedStrictCheck;
};

struct ProbeWalk {
  llvm::MutableArrayRef<PendingMacro> Macros;
  llvm::StringMap<AcceptedProbe> ByName;
  TypeTranslator &Types;
  ir::Module &M;
};

/// The lines of ProbeFile with an error.
std::vector<bool> rejectedProbeLines(CXTranslationUnit TU, CXFile ProbeFile) {
  std::vector<bool> Rejected;
  unsigned NumDiagnostics = clang_getNumDiagnostics(TU);
  for (unsigned I = 0; I < NumDiagnostics; ++I) {
    CXDiagnostic Diagnostic = clang_getDiagnostic(TU, I);
    CXDiagnosticSeverity Severity = clang_getDiagnosticSeverity(Diagnostic);
    if (Severity == CXDiagnostic_Error || Severity == CXDiagnostic_Fatal) {
      CXFile File = nullptr;
      unsigned Line = 0;
      clang_getExpansionLocation(clang_getDiagnosticLocation(Diagnostic), &File,
                                 &Line, nullptr, nullptr);
      if (File && ProbeFile && clang_File_isEqual(File, ProbeFile)) {
        if (Rejected.size() <= Line)
          Rejected.resize(Line + 1, false);
        Rejected[Line] = true;
      }
    }
    clang_disposeDiagnostic(Diagnostic);
  }
  return Rejected;
}

/// Why C does not allow Value, the value clang folded Init to, as a
/// constant; "" when it does.
std::string refusalOfC(const ir::Constant &Value, CXCursor Init,
                       bool PassedStrictCheck) {
  std::string Culprit;
  switch (Value.Kind) {
  case ir::ConstantKind::Integer:
  case ir::ConstantKind::Char:
    if (PassedStrictCheck)
      return "";
    if (!clang_Cursor_isNull(Init))
      Culprit = integerConstantCulprit(Init);
    return "not an integer constant expression in C" +
           (Culprit.empty() ? std::string(" (clang folds it as an extension)")
                            : ": " + Culprit);
  case ir::ConstantKind::Float:
    if (!clang_Cursor_isNull(Init))
      Culprit = arithmeticConstantCulprit(Init);
    return Culprit.empty()
               ? ""
               : "not an arithmetic constant expression in C: " + Culprit;
  case ir::ConstantKind::String:
    return "";
  }
  return "";
}

void readProbeVariable(ProbeWalk &Walk, CXCursor Var) {
  CXStringRef Spelling(clang_getCursorSpelling(Var));
  llvm::StringRef Name = Spelling.str();
  if (!Name.consume_front(ProbePrefix))
    return;
  auto It = Walk.ByName.find(Name);
  if (It == Walk.ByName.end())
    return;
  PendingMacro &Macro = Walk.Macros[It->second.Macro];
  if (!Macro.NeedsClang) // its line had an error
    return;
  std::optional<ir::Constant> Value = evaluateInitializer(Var);
  if (!Value)
    return;
  CXCursor Init = initializerExpression(Var);
  Macro.SkipReason = refusalOfC(*Value, Init, It->second.PassedStrictCheck);
  if (!Macro.SkipReason.empty())
    return;
  if (!clang_Cursor_isNull(Init)) {
    CXType ExprType = clang_getCursorType(Init);
    if (isSugar(ExprType.kind) || Macro.RecordsCType) {
      ir::TypeId CType = Walk.Types.translate(ExprType);
      ir::TypeKind Kind = Walk.M.type(CType).Kind;
      if (Kind == ir::TypeKind::Named || Kind == ir::TypeKind::Integer ||
          Kind == ir::TypeKind::Float)
        Value->CType = CType;
    }
  }
  Macro.Value = std::move(Value);
}

} // namespace

bool frontend::readProbes(CXTranslationUnit TU, CXFile ProbeFile,
                          unsigned FirstProbeLine,
                          llvm::ArrayRef<std::string> Names,
                          llvm::MutableArrayRef<PendingMacro> Macros,
                          ir::Module &M, TypeInterner &Interner) {
  // The line of each macro's `#ifdef`.
  llvm::StringMap<unsigned> LineOf;
  for (size_t K = 0; K < Names.size(); ++K)
    LineOf.try_emplace(Names[K], FirstProbeLine + ProbeLinesPerMacro *
                                                      static_cast<unsigned>(K));
  // A probe line clang rejected (a literal too large, a type, a statement)
  // gives no value even if clang recovered one.
  std::vector<bool> RejectedLines = rejectedProbeLines(TU, ProbeFile);
  auto IsRejected = [&](unsigned Line) {
    return Line < RejectedLines.size() && RejectedLines[Line];
  };
  llvm::StringMap<AcceptedProbe> ByName;
  bool Unprobed = false;
  for (size_t I = 0; I < Macros.size(); ++I) {
    if (!Macros[I].NeedsClang)
      continue;
    auto It = LineOf.find(Macros[I].Name);
    if (It == LineOf.end()) {
      Unprobed = true;
      continue;
    }
    unsigned Line = It->second;
    if (!IsRejected(Line + ProbeValueLine))
      ByName.try_emplace(
          Macros[I].Name,
          AcceptedProbe{I, !IsRejected(Line + ProbeStrictCheckLine)});
  }

  if (!ByName.empty()) {
    ItemsByName Resolver(M);
    TypeTranslator Types(M, Interner, Resolver);
    ProbeWalk Context{Macros, std::move(ByName), Types, M};
    clang_visitChildren(
        clang_getTranslationUnitCursor(TU),
        [](CXCursor C, CXCursor, CXClientData Data) {
          if (clang_getCursorKind(C) == CXCursor_VarDecl)
            readProbeVariable(*static_cast<ProbeWalk *>(Data), C);
          return CXChildVisit_Continue;
        },
        &Context);
  }
  for (PendingMacro &Macro : Macros)
    if (Macro.NeedsClang && LineOf.count(Macro.Name))
      Macro.NeedsClang = false; // settled, with a value or without
  return Unprobed;
}

frontend::ProbeParse frontend::parseProbeFile(const ProbeSetup &Setup,
                                              llvm::StringRef FileName,
                                              llvm::StringRef Probes,
                                              unsigned ParseFlags) {
  ProbeParse Parse;
  llvm::SmallString<256> ProbePath(Setup.AbsolutePath);
  llvm::sys::path::remove_filename(ProbePath);
  llvm::sys::path::append(ProbePath, FileName);
  Parse.Path = ProbePath.str().str();
  std::string Source = includeLine(Setup.AbsolutePath) + Probes.str();
  std::vector<std::string> Args = probeArguments(Setup.Input->ClangArgs);
  std::vector<const char *> ArgPointers;
  for (const std::string &Arg : Args)
    ArgPointers.push_back(Arg.c_str());
  std::vector<CXUnsavedFile> Unsaved;
  Unsaved.push_back(CXUnsavedFile{Parse.Path.c_str(), Source.data(),
                                  static_cast<unsigned long>(Source.size())});
  if (Setup.Input->UseContents)
    Unsaved.push_back(CXUnsavedFile{
        Setup.AbsolutePath.c_str(), Setup.Input->Contents.data(),
        static_cast<unsigned long>(Setup.Input->Contents.size())});
  CXErrorCode Code = clang_parseTranslationUnit2(
      Setup.Index, Parse.Path.c_str(), ArgPointers.data(),
      static_cast<int>(ArgPointers.size()), Unsaved.data(),
      static_cast<unsigned>(Unsaved.size()), ParseFlags, &Parse.TU);
  if (Code != CXError_Success && Parse.TU) {
    clang_disposeTranslationUnit(Parse.TU);
    Parse.TU = nullptr;
  }
  return Parse;
}

void frontend::evaluateMacrosWithClang(
    const ProbeSetup &Setup, llvm::MutableArrayRef<PendingMacro> Macros,
    ir::Module &M, TypeInterner &Interner) {
  std::vector<std::string> Names = probedNames(Macros);
  if (Names.empty() || !Setup.Index || !Setup.Input)
    return;

  // Line 1 includes the header; the probes follow.
  ProbeParse Probe = parseProbeFile(Setup, "__kbindgen_macro_probe.c",
                                    probeDeclarations(Names),
                                    CXTranslationUnit_SkipFunctionBodies);
  if (!Probe.TU)
    return;
  readProbes(Probe.TU, clang_getFile(Probe.TU, Probe.Path.c_str()), 2, Names,
             Macros, M, Interner);
  clang_disposeTranslationUnit(Probe.TU);
}
