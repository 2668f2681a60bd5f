//===- Explain.cpp - Why an item is (not) in the bindings -----------------===//
//
// Finds the items a name denotes and follows each one's ReachedFrom links
// back to the allowlisted root; the analysis recorded them (and the field or
// parameter of each link) while selecting, so explain re-decides nothing.
//
//===----------------------------------------------------------------------===//

#include "kbindgen/Inspect/Explain.h"

#include "kbindgen/IR/Vocabulary.h"
#include "kbindgen/Inspect/NameSuggestion.h"

#include <algorithm>

namespace kbindgen {

namespace {

/// The item keyword, except that explain tells a macro from a constant.
llvm::StringRef explainKeyword(const ir::Item &It) {
  const auto *C = It.getIf<ir::Constant>();
  if (C && C->Origin == ir::ConstantOrigin::Macro)
    return "macro";
  return ir::itemKeyword(It);
}

bool nameMatches(const AnalysedModule &IR, uint32_t Index,
                 llvm::StringRef Query) {
  const ir::Item &It = IR.Module.Items[Index];
  if (!It.Name.empty() && It.Name == Query)
    return true;
  const std::string &RustName = IR.Decisions.RustNames[Index];
  if (RustName == Query)
    return true;
  // `struct foo`, `enum foo`, `function foo`: the keyword picks the kind.
  auto [Keyword, Name] = Query.split(' ');
  return !Name.empty() && Keyword == explainKeyword(It) &&
         (Name == It.Name || Name == RustName);
}

std::vector<ChainLink> chainOf(const AnalysedModule &IR, ir::ItemId Id) {
  std::vector<ChainLink> Chain;
  const std::vector<Decision> &Decisions = IR.Decisions.Decisions;
  ir::ItemId Current = Id;
  // ReachedFrom links form a tree, but a hand-edited IR might hold a cycle.
  while (Current.isValid() && Current.Index < Decisions.size() &&
         Chain.size() <= Decisions.size()) {
    const Decision &D = Decisions[Current.Index];
    Chain.push_back({Current, ""});
    if (!D.ReachedFrom.isValid())
      break;
    Chain.back().Via = D.Via;
    Current = D.ReachedFrom;
  }
  std::reverse(Chain.begin(), Chain.end());
  return Chain;
}

/// The name closest to an unknown Query among those explain takes: C names,
/// Rust names, enum variants and skipped macros, in item order.
std::string closestName(const AnalysedModule &IR, llvm::StringRef Query) {
  // `struct foo` is looked up as `foo`; the keyword stays out of the answer.
  auto [Keyword, Name] = Query.split(' ');
  NameSuggestion Suggestion(Name.empty() ? Keyword : Name);
  for (uint32_t I = 0; I < IR.Module.Items.size(); ++I) {
    const ir::Item &It = IR.Module.Items[I];
    Suggestion.consider(It.Name);
    Suggestion.consider(IR.Decisions.RustNames[I]);
    if (const ir::Enum *En = It.getIf<ir::Enum>())
      for (const ir::Enumerator &Variant : En->Enumerators)
        Suggestion.consider(Variant.Name);
  }
  for (const ir::SkippedMacro &Macro : IR.Module.SkippedMacros)
    Suggestion.consider(Macro.Name);
  return Suggestion.best().str();
}

} // namespace

std::string describeItem(const AnalysedModule &IR, ir::ItemId Id) {
  const ir::Item &It = IR.Module.item(Id);
  std::string Text = (explainKeyword(It) + " " +
                      ir::cNameOrRustName(It, IR.Decisions.rustName(Id)))
                         .str();
  return It.isAnonymous() ? Text + " (anonymous)" : Text;
}

Explanation explainItem(const AnalysedModule &IR, llvm::StringRef Query) {
  Explanation E;
  E.Query = Query.str();
  for (uint32_t I = 0; I < IR.Module.Items.size(); ++I) {
    if (nameMatches(IR, I, Query)) {
      E.Items.push_back({ir::ItemId{I}, chainOf(IR, ir::ItemId{I}), ""});
      continue;
    }
    // An enum variant is decided with its enum (bindgen selects an unnamed
    // enum through its variants).
    if (const ir::Enum *En = IR.Module.Items[I].getIf<ir::Enum>())
      for (const ir::Enumerator &Variant : En->Enumerators)
        if (Variant.Name == Query)
          E.Items.push_back(
              {ir::ItemId{I}, chainOf(IR, ir::ItemId{I}), Variant.Name});
  }
  llvm::StringRef MacroName = Query;
  MacroName.consume_front("macro ");
  for (const ir::SkippedMacro &Macro : IR.Module.SkippedMacros)
    if (Macro.Name == MacroName)
      E.SkippedMacros.push_back(&Macro);
  if (E.empty())
    E.Suggestion = closestName(IR, Query);
  return E;
}

} // namespace kbindgen
