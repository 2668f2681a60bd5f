//===- MacroCalls.cpp - Function-like macros that are one call ------------===//
//
// The probe of a macro NAME whose tokens propose a call of CALLEE is the
// wrapper itself, on one line after the header's #include:
//
//   static R __kbindgen_macro_call_NAME(T0 __kbindgen_arg_0, ...) {
//     _Static_assert(__builtin_types_compatible_p(
//         __typeof__(NAME(__kbindgen_arg_0, ...)),
//         __typeof__(__kbindgen_macro_call_NAME(__kbindgen_arg_0, ...))), "");
//     return NAME(__kbindgen_arg_0, ...); }
//
// with R and Ti the callee's result and parameter types. It stands when it
// has no error, and when its body calls CALLEE with each parameter, as such,
// at the argument position the tokens gave. Function bodies are parsed
// (unlike the other parses), since wrapper macros are statement
// expressions.
//
//===----------------------------------------------------------------------===//

#include "Macros/MacroCalls.h"

#include "CXStringRef.h"
#include "Diagnostics.h"
#include "Macros/MacroProbes.h"
#include "TypeTranslator.h"

#include "kbindgen/IR/CDeclarator.h"

#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/StringSet.h"

#include <fmt/format.h>

using namespace kbindgen;
using namespace kbindgen::frontend;

namespace {

constexpr llvm::StringLiteral ProbeFunctionPrefix = "__kbindgen_macro_call_";
constexpr llvm::StringLiteral FunctionLikeReason = "function-like";

/// Reserved names, which no header macro can expand.
std::string probeParamName(size_t Index) {
  return fmt::format("__kbindgen_arg_{}", Index);
}

struct Candidate {
  const FunctionMacro *Macro = nullptr;
  MacroCallShape Shape;
  /// Into M.Items, which addFunction grows: valid until the first one.
  const ir::Item *Callee = nullptr;
  /// The wrapper's signature and parameter names.
  ir::FunctionSignature Sig;
  std::vector<std::string> ParamNames;
  /// Per wrapper parameter, the callee argument it must be.
  std::vector<unsigned> CalleeArgOfParam;
  std::string Refusal;
  bool CallFound = false;
};

bool returnsVoid(const ir::Module &M, ir::TypeId Result) {
  ir::TypeId Resolved = M.resolveTypedefs(Result);
  return Resolved.isValid() && Resolved.Index < M.Types.size() &&
         M.type(Resolved).Kind == ir::TypeKind::Void;
}

/// The wrapper's signature from the callee's; empty, or why not.
std::string prepare(Candidate &C, const ir::Module &M) {
  const ir::Function &Callee = C.Callee->as<ir::Function>();
  if (!Callee.Type.isValid() || Callee.Type.Index >= M.Types.size() ||
      M.type(Callee.Type).Kind != ir::TypeKind::Function ||
      M.type(Callee.Type).Signature >= M.Signatures.size())
    return "calls " + C.Callee->Name + ", which has no function type";
  const ir::FunctionSignature &CalleeSig = M.signature(M.type(Callee.Type));
  if (CalleeSig.IsVariadic)
    return "calls " + C.Callee->Name + ", which is variadic";
  if (!CalleeSig.HasPrototype && !CalleeSig.Params.empty())
    return "calls " + C.Callee->Name + ", which has no prototype";
  size_t CalleeParams = CalleeSig.Params.size();
  if (!C.Shape.ForwardsAllArgs && C.Shape.ArgCount != CalleeParams)
    return fmt::format("passes {} arguments to {}, which takes {}",
                       C.Shape.ArgCount, C.Callee->Name, CalleeParams);

  C.Sig.Result = CalleeSig.Result;
  C.Sig.IsNoReturn = CalleeSig.IsNoReturn;
  if (C.Shape.ForwardsAllArgs) {
    for (unsigned I = 0; I < CalleeParams; ++I)
      C.CalleeArgOfParam.push_back(I);
    for (unsigned I = 0; I < CalleeParams; ++I)
      C.ParamNames.push_back(I < Callee.ParamNames.size() ? Callee.ParamNames[I]
                                                          : std::string());
  } else {
    C.CalleeArgOfParam = C.Shape.ArgOfParam;
    C.ParamNames = C.Macro->Params;
  }
  for (unsigned Arg : C.CalleeArgOfParam)
    C.Sig.Params.push_back(CalleeSig.Params[Arg]);
  return "";
}

/// The probe of C on one line, or why it cannot be written.
llvm::Expected<std::string> probeLine(const ir::Module &M, const Candidate &C) {
  std::vector<std::string> Names;
  std::string Args;
  for (size_t I = 0; I < C.Sig.Params.size(); ++I) {
    Names.push_back(probeParamName(I));
    Args += (I ? ", " : "") + Names.back();
  }
  std::string ProbeName = (ProbeFunctionPrefix + C.Macro->Name).str();
  llvm::Expected<std::string> Declaration =
      ir::writeCFunctionDeclaration(M, C.Sig, ProbeName, Names);
  if (!Declaration)
    return Declaration.takeError();
  std::string Invocation = C.Macro->Name + "(" + Args + ")";
  std::string ResultType = returnsVoid(M, C.Sig.Result)
                               ? std::string("void")
                               : "__typeof__(" + ProbeName + "(" + Args + "))";
  std::string Body = returnsVoid(M, C.Sig.Result)
                         ? Invocation + ";"
                         : "return " + Invocation + ";";
  return fmt::format("static {} {{ _Static_assert(__builtin_types_compatible_p("
                     "__typeof__({}), {}), \"result type\"); {} }}\n",
                     *Declaration, Invocation, ResultType, Body);
}

CXCursor onlyChild(CXCursor Parent, bool &Single) {
  struct Data {
    CXCursor Child;
    unsigned Count = 0;
  } D{clang_getNullCursor()};
  clang_visitChildren(
      Parent,
      [](CXCursor Child, CXCursor, CXClientData Raw) {
        auto &D = *static_cast<Data *>(Raw);
        D.Child = Child;
        return ++D.Count > 1 ? CXChildVisit_Break : CXChildVisit_Continue;
      },
      &D);
  Single = D.Count == 1;
  return D.Child;
}

/// Whether Arg is the probe's parameter Index, implicit conversions aside.
bool isProbeParam(CXCursor Arg, unsigned Index) {
  while (clang_getCursorKind(Arg) == CXCursor_UnexposedExpr ||
         clang_getCursorKind(Arg) == CXCursor_ParenExpr) {
    bool Single = false;
    Arg = onlyChild(Arg, Single);
    if (!Single)
      return false;
  }
  if (clang_getCursorKind(Arg) != CXCursor_DeclRefExpr)
    return false;
  CXCursor Decl = clang_getCursorReferenced(Arg);
  return clang_getCursorKind(Decl) == CXCursor_ParmDecl &&
         CXStringRef(clang_getCursorSpelling(Decl)).str() ==
             probeParamName(Index);
}

/// Whether Call calls C's callee with each wrapper parameter at its place.
bool isTheCall(CXCursor Call, const Candidate &C) {
  CXCursor Callee = clang_getCursorReferenced(Call);
  if (clang_getCursorKind(Callee) != CXCursor_FunctionDecl ||
      CXStringRef(clang_getCursorSpelling(Callee)).str() != C.Callee->Name)
    return false;
  int NumArgs = clang_Cursor_getNumArguments(Call);
  for (unsigned Param = 0; Param < C.CalleeArgOfParam.size(); ++Param) {
    unsigned Arg = C.CalleeArgOfParam[Param];
    if (NumArgs < 0 || Arg >= static_cast<unsigned>(NumArgs) ||
        !isProbeParam(clang_Cursor_getArgument(Call, Arg), Param))
      return false;
  }
  return true;
}

void findCall(CXCursor Probe, Candidate &C) {
  clang_visitChildren(
      Probe,
      [](CXCursor Cursor, CXCursor, CXClientData Raw) {
        auto &C = *static_cast<Candidate *>(Raw);
        if (clang_getCursorKind(Cursor) == CXCursor_CallExpr &&
            isTheCall(Cursor, C)) {
          C.CallFound = true;
          return CXChildVisit_Break;
        }
        return CXChildVisit_Recurse;
      },
      &C);
}

unsigned lineIn(CXSourceLocation Loc, CXFile File) {
  CXFile At = nullptr;
  unsigned Line = 0;
  clang_getExpansionLocation(Loc, &At, &Line, nullptr, nullptr);
  return At && clang_File_isEqual(At, File) ? Line : 0;
}

/// Parses the probes (ByLine: the candidate on each line of the probe file)
/// and records in each candidate whether it stands.
void runProbes(const ProbeSetup &Setup, const std::string &Probes,
               llvm::DenseMap<unsigned, Candidate *> &ByLine) {
  ProbeParse Probe = parseProbeFile(Setup, "__kbindgen_macro_calls.c", Probes,
                                    CXTranslationUnit_None);
  CXTranslationUnit TU = Probe.TU;
  if (!TU) {
    for (auto &[Line, C] : ByLine)
      C->Refusal = "libclang could not parse the probe";
    return;
  }
  CXFile ProbeFile = clang_getFile(TU, Probe.Path.c_str());
  unsigned NumDiagnostics = clang_getNumDiagnostics(TU);
  for (unsigned I = 0; I < NumDiagnostics; ++I) {
    CXDiagnostic Diagnostic = clang_getDiagnostic(TU, I);
    if (isError(Diagnostic)) {
      auto It = ByLine.find(
          lineIn(clang_getDiagnosticLocation(Diagnostic), ProbeFile));
      if (It != ByLine.end() && It->second->Refusal.empty())
        It->second->Refusal =
            "the probe does not compile: " +
            CXStringRef(clang_getDiagnosticSpelling(Diagnostic)).string();
    }
    clang_disposeDiagnostic(Diagnostic);
  }
  struct Context {
    CXFile File;
    llvm::DenseMap<unsigned, Candidate *> &ByLine;
  } Data{ProbeFile, ByLine};
  clang_visitChildren(
      clang_getTranslationUnitCursor(TU),
      [](CXCursor Cursor, CXCursor, CXClientData Raw) {
        auto &D = *static_cast<Context *>(Raw);
        if (clang_getCursorKind(Cursor) != CXCursor_FunctionDecl)
          return CXChildVisit_Continue;
        auto It =
            D.ByLine.find(lineIn(clang_getCursorLocation(Cursor), D.File));
        if (It != D.ByLine.end())
          findCall(Cursor, *It->second);
        return CXChildVisit_Continue;
      },
      &Data);
  clang_disposeTranslationUnit(TU);
  for (auto &[Line, C] : ByLine)
    if (C->Refusal.empty() && !C->CallFound)
      C->Refusal = "its expansion does not pass each parameter, as such, "
                   "to " +
                   C->Callee->Name;
}

void addFunction(const Candidate &C, const std::string &CalleeName,
                 bool WarnUnusedResult, ir::Module &M, TypeInterner &Interner) {
  ir::Type FnType;
  FnType.Kind = ir::TypeKind::Function;
  llvm::Expected<std::string> Spelling =
      ir::writeCFunctionDeclaration(M, C.Sig, "", {});
  FnType.Spelling = Spelling ? *Spelling : C.Macro->Name;
  if (!Spelling)
    llvm::consumeError(Spelling.takeError());
  FnType.Signature = Interner.internSignature(C.Sig);

  ir::Function Function;
  Function.Type = Interner.intern(std::move(FnType));
  Function.ParamNames = C.ParamNames;
  // No symbol, like a static inline function: only a wrapper can call it.
  Function.IsStatic = true;
  Function.IsDefinition = true;
  Function.WarnUnusedResult = WarnUnusedResult;
  Function.MacroCallee = CalleeName;
  ir::Item NewItem;
  NewItem.Name = C.Macro->Name;
  NewItem.Loc = C.Macro->Loc;
  NewItem.Data = std::move(Function);
  M.addItem(std::move(NewItem));
}

} // namespace

void frontend::wrapMacroCalls(const ProbeSetup &Setup,
                              const std::vector<FunctionMacro> &Macros,
                              ir::Module &M, TypeInterner &Interner) {
  llvm::StringMap<size_t> Skipped;
  for (size_t I = 0; I < M.SkippedMacros.size(); ++I)
    if (M.SkippedMacros[I].Reason == FunctionLikeReason)
      Skipped[M.SkippedMacros[I].Name] = I;
  MacroCallNames Names;
  // Ordinary identifiers (tags live apart) and the functions among them.
  llvm::StringSet<> Ordinary;
  llvm::StringMap<const ir::Item *> Functions;
  for (const ir::Item &Item : M.Items) {
    if (Item.isAnonymous() || Item.kind() == ir::ItemKind::Record ||
        Item.kind() == ir::ItemKind::Enum)
      continue;
    Ordinary.insert(Item.Name);
    if (Item.kind() == ir::ItemKind::Function) {
      Functions.try_emplace(Item.Name, &Item);
      Names.Functions[Item.Name] = true;
    }
  }
  for (const FunctionMacro &Macro : Macros)
    Names.Macros[Macro.Name] = &Macro;

  std::vector<Candidate> Candidates;
  Candidates.reserve(Macros.size());
  llvm::StringMap<std::string> Refusals;
  for (const FunctionMacro &Macro : Macros) {
    if (!Skipped.count(Macro.Name))
      continue; // redefined as an object-like macro
    if (Ordinary.contains(Macro.Name)) {
      Refusals[Macro.Name] =
          "the header also declares " + Macro.Name + ", which is bound instead";
      continue;
    }
    Candidate C;
    C.Macro = &Macro;
    C.Shape = findCallShape(Macro, Names);
    if (C.Shape.Refusal.empty()) {
      // findCallShape named a function of Names.Functions.
      C.Callee = Functions.lookup(C.Shape.Callee);
      C.Shape.Refusal = prepare(C, M);
    }
    if (!C.Shape.Refusal.empty()) {
      Refusals[Macro.Name] = std::move(C.Shape.Refusal);
      continue;
    }
    Candidates.push_back(std::move(C));
  }

  // Line 1 of the probe file includes the header.
  std::string Probes;
  unsigned Line = 2;
  llvm::DenseMap<unsigned, Candidate *> ByLine;
  for (Candidate &C : Candidates) {
    llvm::Expected<std::string> Probe = probeLine(M, C);
    if (!Probe) {
      C.Refusal = "its signature cannot be written in C: " +
                  llvm::toString(Probe.takeError());
      continue;
    }
    Probes += *Probe;
    ByLine[Line++] = &C;
  }
  if (!ByLine.empty())
    runProbes(Setup, Probes, ByLine);

  // Adding items moves M.Items: read the callees first.
  std::vector<std::pair<std::string, bool>> Callees;
  for (const Candidate &C : Candidates)
    Callees.emplace_back(C.Callee->Name,
                         C.Callee->as<ir::Function>().WarnUnusedResult);
  llvm::StringSet<> Wrapped;
  for (size_t I = 0; I < Candidates.size(); ++I) {
    Candidate &C = Candidates[I];
    if (!C.Refusal.empty()) {
      Refusals[C.Macro->Name] = std::move(C.Refusal);
      continue;
    }
    addFunction(C, Callees[I].first, Callees[I].second, M, Interner);
    Wrapped.insert(C.Macro->Name);
  }
  std::vector<ir::SkippedMacro> Kept;
  Kept.reserve(M.SkippedMacros.size());
  for (ir::SkippedMacro &Macro : M.SkippedMacros) {
    if (Wrapped.contains(Macro.Name))
      continue;
    auto Refusal = Refusals.find(Macro.Name);
    if (Refusal != Refusals.end() && Macro.Reason == FunctionLikeReason)
      Macro.Reason = FunctionLikeReason.str() +
                     "; not wrapped by --wrap-static-fns: " + Refusal->second;
    Kept.push_back(std::move(Macro));
  }
  M.SkippedMacros = std::move(Kept);
}
