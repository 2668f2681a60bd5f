//===- Registry.cpp - Every backend the driver runs -----------------------===//
//
// Each backend's folder defines its factory; this list orders them. The
// order is the order of the --time-phases lines and of the written outputs.
//
//===----------------------------------------------------------------------===//

#include "kbindgen/Backends/Registry.h"

namespace kbindgen {

const Backend &rustRawBackend();
const Backend &jsonBackend();
const Backend &cWrappersBackend();
const Backend &constantChecksBackend();
const Backend &rustSafeBackend();

llvm::ArrayRef<const Backend *> allBackends() {
  static const Backend *const All[] = {
      &rustRawBackend(),        &jsonBackend(),     &cWrappersBackend(),
      &constantChecksBackend(), &rustSafeBackend(),
  };
  return All;
}

} // namespace kbindgen
