// Placeholder until the analysis lands.
#include "kbindgen/Analysis.h"
namespace kbindgen {
llvm::Expected<Analysis> analyzeModule(const ir::Module &M, const Options &Opts) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                 "analysis not implemented");
}
} // namespace kbindgen
