//===- Json.cpp - The IR dump backend
//--------------------------------------===//
//
// --emit-ir: the JSON IR as lib/Serialization writes it.
//
//===----------------------------------------------------------------------===//

#include "kbindgen/Backends/Backends.h"
#include "kbindgen/Serialization/IRWriter.h"

namespace kbindgen {

void emitJson(const ir::Module &M, const ItemDecisions &A,
              llvm::raw_ostream &OS, const llvm::json::Value *Safe) {
  writeIRJson(M, A, OS, Safe);
}

} // namespace kbindgen
