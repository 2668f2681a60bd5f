//===- ExplainPrint.cpp - explain's answers as text and as JSON -----------===//
//
// Text, one block per item:
//
//   struct mdio_device: emitted
//     declared at include/linux/mdio.h:31:8
//     reason: reached from phy_device
//     chain:
//       bindings_helper.h
//       struct phy_device (root: matches --allowlist-type 'phy_device')
//       field mdio -> struct mdio_device
//
// Each chain line after the root names how the previous item refers to the
// next one. JSON carries the same facts (docs/inspect.md).
//
//===----------------------------------------------------------------------===//

#include "kbindgen/Inspect/Explain.h"

#include "llvm/Support/JSON.h"
#include "llvm/Support/Path.h"

namespace kbindgen {

namespace {

const char *dispositionText(Disposition Kind) {
  switch (Kind) {
  case Disposition::Emit:
    return "emitted";
  case Disposition::Opaque:
    return "emitted opaque";
  case Disposition::Blocked:
    return "blocked";
  case Disposition::NotSelected:
    return "not selected";
  case Disposition::Skipped:
    return "skipped";
  }
  return "unknown";
}

const Decision &decisionOf(const AnalysedModule &IR, ir::ItemId Id) {
  return IR.Decisions.decision(Id);
}

std::string locText(const ir::Module &M, const ir::SourceLoc &Loc) {
  return M.fileName(Loc) + ":" + std::to_string(Loc.Line) + ":" +
         std::to_string(Loc.Column);
}

std::string mainHeader(const ir::Module &M) {
  return M.Files.empty() ? "<header>"
                         : llvm::sys::path::filename(M.Files.front()).str();
}

std::string notSelectedReason(const Decision &D) {
  return D.Reason.empty() ? "not allowlisted and not reached from an "
                            "allowlisted item"
                          : D.Reason;
}

/// The function a function-like macro item calls (ir::Function::MacroCallee),
/// or null for every other item.
const std::string *macroCallee(const ir::Item &It) {
  const ir::Function *F = It.getIf<ir::Function>();
  return F && !F->MacroCallee.empty() ? &F->MacroCallee : nullptr;
}

} // namespace

void printExplanation(const AnalysedModule &IR, const Explanation &E,
                      llvm::raw_ostream &OS) {
  const ir::Module &M = IR.Module;
  if (E.empty()) {
    OS << E.Query << ": no item or macro of that name in the header";
    if (!E.Suggestion.empty())
      OS << "; did you mean '" << E.Suggestion << "'?";
    OS << "\n";
    return;
  }
  for (const ItemExplanation &Answer : E.Items) {
    const Decision &D = decisionOf(IR, Answer.Item);
    if (!Answer.Variant.empty())
      OS << "variant " << Answer.Variant << " of ";
    OS << describeItem(IR, Answer.Item) << ": " << dispositionText(D.Kind)
       << "\n";
    OS << "  declared at " << locText(M, M.item(Answer.Item).Loc) << "\n";
    if (const std::string *Callee = macroCallee(M.item(Answer.Item)))
      OS << "  origin: a function-like macro whose expansion calls " << *Callee
         << "; its C wrapper invokes the macro\n";
    OS << "  reason: "
       << (D.Kind == Disposition::NotSelected ? notSelectedReason(D) : D.Reason)
       << "\n";
    if (Answer.Chain.size() < 2)
      continue;
    OS << "  chain:\n    " << mainHeader(M) << "\n";
    const ChainLink &Root = Answer.Chain.front();
    OS << "    " << describeItem(IR, Root.Item)
       << " (root: " << decisionOf(IR, Root.Item).Reason << ")\n";
    for (size_t I = 1; I < Answer.Chain.size(); ++I)
      OS << "    " << Answer.Chain[I].Via << " -> "
         << describeItem(IR, Answer.Chain[I].Item) << "\n";
  }
  for (const ir::SkippedMacro *Macro : E.SkippedMacros) {
    OS << "macro " << Macro->Name << ": skipped\n";
    OS << "  defined at " << locText(M, Macro->Loc) << "\n";
    OS << "  reason: " << Macro->Reason << "\n";
  }
}

void printExplanationsJson(const AnalysedModule &IR,
                           const std::vector<Explanation> &Explanations,
                           llvm::raw_ostream &OS) {
  const ir::Module &M = IR.Module;
  llvm::json::OStream J(OS, /*IndentSize=*/2);
  J.array([&] {
    for (const Explanation &E : Explanations)
      J.object([&] {
        J.attribute("query", E.Query);
        J.attribute("main_header", M.Files.empty() ? "" : M.Files.front());
        J.attributeArray("items", [&] {
          for (const ItemExplanation &Answer : E.Items)
            J.object([&] {
              const Decision &D = decisionOf(IR, Answer.Item);
              J.attribute("id", Answer.Item.Index);
              J.attribute("item", describeItem(IR, Answer.Item));
              if (!Answer.Variant.empty())
                J.attribute("variant", Answer.Variant);
              J.attribute("disposition", dispositionName(D.Kind));
              J.attribute("reason", D.Kind == Disposition::NotSelected
                                        ? notSelectedReason(D)
                                        : D.Reason);
              J.attribute("declared_at", locText(M, M.item(Answer.Item).Loc));
              if (const std::string *Callee = macroCallee(M.item(Answer.Item)))
                J.attribute("macro_callee", *Callee);
              J.attributeArray("chain", [&] {
                for (const ChainLink &Link : Answer.Chain)
                  J.object([&] {
                    J.attribute("item", describeItem(IR, Link.Item));
                    J.attribute("id", Link.Item.Index);
                    J.attribute("via", Link.Via);
                    if (Link.Via.empty())
                      J.attribute("root_reason",
                                  decisionOf(IR, Link.Item).Reason);
                  });
              });
            });
        });
        J.attributeArray("skipped_macros", [&] {
          for (const ir::SkippedMacro *Macro : E.SkippedMacros)
            J.object([&] {
              J.attribute("name", Macro->Name);
              J.attribute("defined_at", locText(M, Macro->Loc));
              J.attribute("reason", Macro->Reason);
            });
        });
      });
  });
  OS << "\n";
}

} // namespace kbindgen
