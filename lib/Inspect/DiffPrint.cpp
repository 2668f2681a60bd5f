//===- DiffPrint.cpp - diff's report as text and as JSON ------------------===//
//
// Text: one line per change, `breaking` or `compatible` first so that grep
// finds them, then a summary line:
//
//   breaking: struct ethtool_cmd: field speed: offset 4 -> 8 bytes
//   compatible: added function ethtool_new: int (int)
//   summary: 1 added, 0 removed, 1 changed; 1 breaking, 1 compatible
//
//===----------------------------------------------------------------------===//

#include "kbindgen/Inspect/Diff.h"

#include "llvm/Support/JSON.h"

namespace kbindgen {

namespace {

const char *actionName(ChangeAction Action) {
  switch (Action) {
  case ChangeAction::Added:
    return "added";
  case ChangeAction::Removed:
    return "removed";
  case ChangeAction::Changed:
    return "changed";
  }
  return "changed";
}

size_t countBreaking(const IRDiff &Diff) {
  size_t Count = 0;
  for (const Change &C : Diff.Changes)
    Count += C.Breaking;
  return Count;
}

} // namespace

void printDiff(const IRDiff &Diff, llvm::raw_ostream &OS) {
  if (Diff.Changes.empty())
    OS << "no change\n";
  for (const Change &C : Diff.Changes) {
    OS << (C.Breaking ? "breaking: " : "compatible: ");
    if (C.Action == ChangeAction::Changed)
      OS << C.Item << ": " << C.Detail << "\n";
    else
      OS << actionName(C.Action) << " " << C.Item << ": " << C.Detail << "\n";
  }
  size_t Breaking = countBreaking(Diff);
  OS << "summary: " << Diff.ItemsAdded << " added, " << Diff.ItemsRemoved
     << " removed, " << Diff.ItemsChanged << " changed; " << Breaking
     << " breaking, " << Diff.Changes.size() - Breaking << " compatible\n";
}

void printDiffJson(const IRDiff &Diff, llvm::raw_ostream &OS) {
  llvm::json::OStream J(OS, /*IndentSize=*/2);
  J.object([&] {
    J.attribute("breaking", Diff.breaking());
    J.attributeObject("summary", [&] {
      size_t Breaking = countBreaking(Diff);
      J.attribute("items_added", Diff.ItemsAdded);
      J.attribute("items_removed", Diff.ItemsRemoved);
      J.attribute("items_changed", Diff.ItemsChanged);
      J.attribute("breaking_changes", Breaking);
      J.attribute("compatible_changes", Diff.Changes.size() - Breaking);
    });
    J.attributeArray("changes", [&] {
      for (const Change &C : Diff.Changes)
        J.object([&] {
          J.attribute("action", actionName(C.Action));
          J.attribute("class", C.Breaking ? "breaking" : "compatible");
          J.attribute("item", C.Item);
          J.attribute("detail", C.Detail);
        });
    });
  });
  OS << "\n";
}

} // namespace kbindgen
