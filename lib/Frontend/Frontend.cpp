// Placeholder until the frontend lands.
#include "kbindgen/Frontend.h"
namespace kbindgen {
llvm::Expected<ir::Module> parseHeader(const FrontendInput &Input,
                                       llvm::raw_ostream &Diags) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                 "frontend not implemented");
}
std::string libclangVersion() { return "clang version 0.0.0"; }
} // namespace kbindgen
