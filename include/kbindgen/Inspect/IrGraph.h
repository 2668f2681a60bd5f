//===- IrGraph.h - The item reference graph as Graphviz dot ----*- C++ -*-===//
//
// bindgen's --emit-ir-graphviz: one node per IR item (emitted items black,
// the others grey) and one edge per reference from an item to a named item
// it uses, labelled with the field, parameter or type that refers to it.
//
//===----------------------------------------------------------------------===//

#ifndef KBINDGEN_INSPECT_IRGRAPH_H
#define KBINDGEN_INSPECT_IRGRAPH_H

#include "kbindgen/Analysis/Analysis.h"
#include "kbindgen/IR/IR.h"

#include "llvm/Support/raw_ostream.h"

namespace kbindgen {

/// Writes the graph in item order, so the output is deterministic.
void printIrGraphviz(const ir::Module &M, const ItemDecisions &Decisions,
                     llvm::raw_ostream &OS);

} // namespace kbindgen

#endif // KBINDGEN_INSPECT_IRGRAPH_H
