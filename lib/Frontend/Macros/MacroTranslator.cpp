//===- MacroTranslator.cpp - Collecting object-like macros ----------------===//

#include "Macros/MacroTranslator.h"

#include "CXStringRef.h"
#include "FileTable.h"
#include "Macros/MacroLiterals.h"
#include "Macros/MacroProbes.h"
#include "Macros/MacroTyping.h"

#include <algorithm>

using namespace kbindgen;
using namespace kbindgen::frontend;

namespace {

/// The tokens of a macro definition, from its name on (after its name when
/// AfterName).
std::vector<MacroToken> macroBody(CXTranslationUnit TU, CXCursor C,
                                  bool AfterName = true) {
  CXToken *Tokens = nullptr;
  unsigned NumTokens = 0;
  clang_tokenize(TU, clang_getCursorExtent(C), &Tokens, &NumTokens);
  std::vector<MacroToken> Body;
  if (NumTokens > 1)
    Body.reserve(NumTokens - 1);
  for (unsigned I = AfterName ? 1 : 0; I < NumTokens; ++I)
    Body.push_back(MacroToken{
        clang_getTokenKind(Tokens[I]),
        CXStringRef(clang_getTokenSpelling(TU, Tokens[I])).string()});
  clang_disposeTokens(TU, Tokens, NumTokens);
  return Body;
}

std::string joinTokens(llvm::ArrayRef<MacroToken> Body) {
  std::string Text;
  for (const MacroToken &Token : Body) {
    if (!Text.empty())
      Text += ' ';
    Text += Token.Text;
  }
  return Text;
}

/// Moves the items from FirstMoved on to the front of the module, keeping
/// both groups' order, and renumbers every ItemId accordingly.
void moveItemsToFront(ir::Module &M, size_t FirstMoved) {
  size_t Total = M.Items.size();
  size_t Moved = Total - FirstMoved;
  if (Moved == 0 || FirstMoved == 0)
    return;
  auto Remap = [&](ir::ItemId &Id) {
    if (!Id.isValid() || Id.Index >= Total)
      return;
    Id.Index = Id.Index >= FirstMoved
                   ? static_cast<uint32_t>(Id.Index - FirstMoved)
                   : static_cast<uint32_t>(Id.Index + Moved);
  };
  std::rotate(M.Items.begin(), M.Items.begin() + FirstMoved, M.Items.end());
  for (ir::Item &Item : M.Items) {
    Remap(Item.Parent);
    Remap(Item.NamingTypedef);
  }
  for (ir::Type &Type : M.Types)
    if (Type.Kind == ir::TypeKind::Named)
      Remap(Type.Item);
}

} // namespace

void MacroTranslator::add(CXTranslationUnit TU, CXCursor C, FileTable &Files) {
  ir::SourceLoc Loc = Files.location(clang_getCursorLocation(C));
  // Predefined and command-line macros are the compiler's, not the
  // header's (bindgen does not emit them either).
  if (clang_Cursor_isMacroBuiltin(C) ||
      Loc.File == ir::SourceLoc::InvalidFile) {
    CXStringRef Name(clang_getCursorSpelling(C));
    if (Name.str() == "__CHAR_UNSIGNED__")
      CharIsUnsigned = true;
    if (!clang_Cursor_isMacroFunctionLike(C))
      CompilerMacros.insert(Name.str());
    // --builtins (bindgen's): the predefined ones too, as bindgen parses
    // every cursor without a file then.
    if (!KeepPredefined || clang_Cursor_isMacroBuiltin(C) ||
        clang_Cursor_isMacroFunctionLike(C))
      return;
  }

  PendingMacro Macro;
  Macro.Name = CXStringRef(clang_getCursorSpelling(C)).string();
  Macro.Loc = Loc;
  if (clang_Cursor_isMacroFunctionLike(C)) {
    Macro.SkipReason = "function-like";
    if (KeepFunctionMacros)
      keepFunctionMacro(macroBody(TU, C, /*AfterName=*/false), Macro.Name,
                        Macro.Loc);
  } else {
    std::vector<MacroToken> Body = macroBody(TU, C);
    Macro.Expansion = joinTokens(Body);
    if (Body.empty())
      Macro.SkipReason = "empty";
    else if ((Macro.Value = parseLiteralMacro(Body)))
      ;
    else if (!mayBeConstantExpression(Body))
      Macro.SkipReason = "not a constant expression";
    else
      Macro.NeedsClang = true;
    if (Macro.Value || Macro.NeedsClang) {
      Macro.PlainArithmetic = isPlainArithmetic(Body);
      for (const MacroToken &Token : Body)
        if (Token.Kind == CXToken_Identifier)
          Macro.Names.push_back(Token.Text);
    }
  }

  auto [It, Inserted] = ByName.try_emplace(Macro.Name, Macros.size());
  if (Inserted)
    Macros.push_back(std::move(Macro));
  else
    Macros[It->second] = std::move(Macro);
}

void MacroTranslator::keepFunctionMacro(
    const std::vector<MacroToken> &Definition, const std::string &Name,
    const ir::SourceLoc &Loc) {
  FunctionMacro Macro;
  Macro.Name = Name;
  Macro.Loc = Loc;
  if (!readFunctionMacro(Definition, Macro))
    return;
  auto [It, Inserted] =
      FunctionMacroByName.try_emplace(Name, FunctionMacros.size());
  if (Inserted)
    FunctionMacros.push_back(std::move(Macro));
  else
    FunctionMacros[It->second] = std::move(Macro);
}

std::vector<FunctionMacro> MacroTranslator::takeFunctionMacros() {
  FunctionMacroByName.clear();
  return std::move(FunctionMacros);
}

void MacroTranslator::decide(bool RecordAllCTypes) {
  markBindgenComputable(Macros, ByName, CompilerMacros);
  chooseRecordedCTypes(Macros, RecordAllCTypes);
}

std::vector<std::string> MacroTranslator::probedNames() const {
  return frontend::probedNames(Macros);
}

bool MacroTranslator::readProbes(CXTranslationUnit TU, CXFile MainFile,
                                 unsigned FirstProbeLine,
                                 llvm::ArrayRef<std::string> Names,
                                 ir::Module &M, TypeInterner &Interner) {
  return frontend::readProbes(TU, MainFile, FirstProbeLine, Names, Macros, M,
                              Interner);
}

void MacroTranslator::evaluateRest(const ProbeSetup &Setup, ir::Module &M,
                                   TypeInterner &Interner) {
  evaluateMacrosWithClang(Setup, Macros, M, Interner);
}

void MacroTranslator::moveToFiles(const FileTable &FromFiles,
                                  FileTable &Files) {
  for (PendingMacro &Macro : Macros)
    if (Macro.Loc.File != ir::SourceLoc::InvalidFile)
      Macro.Loc.File = Files.indexOfFileIn(FromFiles, Macro.Loc.File);
  for (FunctionMacro &Macro : FunctionMacros)
    if (Macro.Loc.File != ir::SourceLoc::InvalidFile)
      Macro.Loc.File = Files.indexOfFileIn(FromFiles, Macro.Loc.File);
}

void MacroTranslator::finish(const ProbeSetup &Setup, ir::Module &M,
                             TypeInterner &Interner) {
  decide(Setup.Input && Setup.Input->RecordAllMacroCTypes);
  evaluateMacrosWithClang(Setup, Macros, M, Interner);
  appendConstants(M);
}

void MacroTranslator::appendConstants(ir::Module &M) {
  size_t FirstConstant = M.Items.size();
  for (PendingMacro &Macro : Macros) {
    if (!Macro.Value) {
      M.SkippedMacros.push_back(ir::SkippedMacro{
          std::move(Macro.Name), Macro.Loc,
          Macro.SkipReason.empty() ? "not a constant expression"
                                   : std::move(Macro.SkipReason)});
      continue;
    }
    ir::Item NewItem;
    NewItem.Name = std::move(Macro.Name);
    NewItem.Loc = Macro.Loc;
    Macro.Value->Origin = ir::ConstantOrigin::Macro;
    Macro.Value->BindgenComputable = Macro.BindgenComputable;
    Macro.Value->Expansion = std::move(Macro.Expansion);
    NewItem.Data = std::move(*Macro.Value);
    M.addItem(std::move(NewItem));
  }
  // libclang visits a unit's macro definitions before its declarations
  // (bindgen's order too): so do the items.
  moveItemsToFront(M, FirstConstant);
  Macros.clear();
  ByName.clear();
  CompilerMacros.clear();
}
