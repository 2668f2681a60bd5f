// Placeholder until the JSON backend lands.
#include "kbindgen/Backends.h"
namespace kbindgen {
void emitJson(const ir::Module &M, const Analysis &A, llvm::raw_ostream &OS) {}
} // namespace kbindgen
