//===- RustSafe.cpp - Safe wrapper skeletons ------------------------------===//
//
// Placeholder until the safe backend lands (issue 6): it refuses to run
// rather than write an empty file that looks like a result.
//
//===----------------------------------------------------------------------===//

#include "kbindgen/Backends.h"

namespace kbindgen {

llvm::Error emitRustSafe(const ir::Module &, const Analysis &, const Options &,
                         llvm::raw_ostream &, std::vector<BackendWarning> &) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                 "--safe-output is not implemented yet");
}

} // namespace kbindgen
