// Placeholder until the Rust backend lands.
#include "kbindgen/Backends.h"
namespace kbindgen {
void emitRustRaw(const ir::Module &M, const Analysis &A, const Options &Opts,
                 llvm::raw_ostream &OS, std::vector<BackendWarning> &Warnings) {}
} // namespace kbindgen
