//===- IRWriter.h - The IR as JSON -----------------------------*- C++ -*-===//
//
// Writes a module and the analysis decisions as the JSON IR
// (docs/ir-schema.md). IRReader.h reads the same format back.
//
//===----------------------------------------------------------------------===//

#ifndef KBINDGEN_SERIALIZATION_IRWRITER_H
#define KBINDGEN_SERIALIZATION_IRWRITER_H

#include "kbindgen/Analysis/Analysis.h"
#include "kbindgen/IR/IR.h"

#include "llvm/Support/JSON.h"
#include "llvm/Support/raw_ostream.h"

namespace kbindgen {

/// Writes M and A as JSON to OS; Safe, when given, is written as the
/// optional top-level "safe" value (the safe backend's inferences).
void writeIRJson(const ir::Module &M, const ItemDecisions &A,
                 llvm::raw_ostream &OS,
                 const llvm::json::Value *Safe = nullptr);

} // namespace kbindgen

#endif // KBINDGEN_SERIALIZATION_IRWRITER_H
