//===- Explain.cpp - Why an item is (not) in the bindings -----------------===//
//
// Finds the items a name denotes and follows each one's ReachedFrom links
// back to the allowlisted root; the analysis recorded them (and the field or
// parameter of each link) while selecting, so explain re-decides nothing.
//
//===----------------------------------------------------------------------===//

#include "kbindgen/Inspect/Explain.h"

#include "kbindgen/IR/IRNames.h"

#include <algorithm>

namespace kbindgen {

namespace {

const char *itemKeyword(const ir::Item &It) {
  switch (It.kind()) {
  case ir::ItemKind::Record:
    return It.as<ir::Record>().Kind == ir::RecordKind::Union ? "union"
                                                             : "struct";
  case ir::ItemKind::Enum:
    return "enum";
  case ir::ItemKind::Typedef:
    return "typedef";
  case ir::ItemKind::Function:
    return "function";
  case ir::ItemKind::Var:
    return "var";
  case ir::ItemKind::Constant:
    return It.as<ir::Constant>().Origin == ir::ConstantOrigin::Macro
               ? "macro"
               : "constant";
  }
  return "item";
}

bool nameMatches(const AnalysedModule &IR, uint32_t Index,
                 llvm::StringRef Query) {
  const ir::Item &It = IR.Module.Items[Index];
  if (!It.Name.empty() && It.Name == Query)
    return true;
  if (Index < IR.Decisions.RustNames.size() &&
      IR.Decisions.RustNames[Index] == Query)
    return true;
  // `struct foo`, `enum foo`, `function foo`: the keyword picks the kind.
  auto [Keyword, Name] = Query.split(' ');
  return !Name.empty() && Keyword == itemKeyword(It) &&
         (Name == It.Name || (Index < IR.Decisions.RustNames.size() &&
                              Name == IR.Decisions.RustNames[Index]));
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

} // namespace

std::string describeItem(const AnalysedModule &IR, ir::ItemId Id) {
  const ir::Item &It = IR.Module.item(Id);
  std::string Text = itemKeyword(It);
  if (!It.Name.empty())
    return Text + " " + It.Name;
  const std::string &RustName = Id.Index < IR.Decisions.RustNames.size()
                                    ? IR.Decisions.RustNames[Id.Index]
                                    : It.Name;
  return Text + " " + RustName + " (anonymous)";
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
  return E;
}

} // namespace kbindgen
