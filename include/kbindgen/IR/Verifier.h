//===- Verifier.h - Is a module well formed? -------------------*- C++ -*-===//
//
// The IR's invariants, checked once where a module enters the program (after
// the frontend built it, after a JSON IR was read), so that every consumer
// may index the arenas without re-checking: every TypeId, ItemId, signature
// and file index is in range and points at the right kind of thing, parent
// and naming-typedef links are consistent, the type graph has no cycle
// (a pointer to itself, a typedef of itself), and no record holds itself by
// value (through a field, an array, a typedef or a nested record).
//
//===----------------------------------------------------------------------===//

#ifndef KBINDGEN_IR_VERIFIER_H
#define KBINDGEN_IR_VERIFIER_H

#include "kbindgen/IR/IR.h"

#include "llvm/Support/Error.h"

namespace kbindgen::ir {

/// Success, or an error naming the first item, type or signature that breaks
/// an invariant and what is wrong with it.
llvm::Error verifyModule(const Module &M);

} // namespace kbindgen::ir

#endif // KBINDGEN_IR_VERIFIER_H
