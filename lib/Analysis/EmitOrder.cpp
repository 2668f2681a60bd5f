//===- EmitOrder.cpp - The order items are written in ---------------------===//
//
// Declaration (IR) order by default; nested records stay where the IR has
// them. With --sort-semantically, items are grouped the way bindgen's
// semantic sort groups the Rust items they become — type aliases (typedefs),
// structs, constants, functions, enums, unions, statics — and sorted by Rust
// name inside a group; ties keep declaration order.
//
//===----------------------------------------------------------------------===//

#include "AnalysisPasses.h"

#include <algorithm>

namespace kbindgen::analysis {

static unsigned semanticGroup(const ir::Item &It) {
  switch (It.kind()) {
  case ir::ItemKind::Typedef:
    return 0;
  case ir::ItemKind::Record:
    return It.as<ir::Record>().Kind == ir::RecordKind::Union ? 5 : 1;
  case ir::ItemKind::Constant:
    return 2;
  case ir::ItemKind::Function:
    return 3;
  case ir::ItemKind::Enum:
    return 4;
  case ir::ItemKind::Var:
    return 6;
  }
  return 7;
}

void computeEmitOrder(const ir::Module &M, const Options &Opts, Analysis &A) {
  A.EmitOrder.clear();
  for (uint32_t I = 0; I < M.Items.size(); ++I)
    if (A.isEmitted(ir::ItemId{I}))
      A.EmitOrder.push_back(ir::ItemId{I});
  if (!Opts.SortSemantically)
    return;
  std::stable_sort(A.EmitOrder.begin(), A.EmitOrder.end(),
                   [&](ir::ItemId L, ir::ItemId R) {
                     unsigned GroupL = semanticGroup(M.item(L));
                     unsigned GroupR = semanticGroup(M.item(R));
                     if (GroupL != GroupR)
                       return GroupL < GroupR;
                     return A.rustName(L) < A.rustName(R);
                   });
}

} // namespace kbindgen::analysis
