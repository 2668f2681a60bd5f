//===- Registry.h - Every backend the driver runs --------------*- C++ -*-===//
//
// The one list of backends. Adding a backend touches its folder under
// lib/Backends, the list in lib/Backends/Registry.cpp and its name in
// lib/Backends/CMakeLists.txt, and its options (lib/Driver/OptionTable.cpp).
//
//===----------------------------------------------------------------------===//

#ifndef KBINDGEN_BACKENDS_REGISTRY_H
#define KBINDGEN_BACKENDS_REGISTRY_H

#include "kbindgen/Backends/Backend.h"

#include "llvm/ADT/ArrayRef.h"

namespace kbindgen {

/// Every backend, in the order they run and their outputs are written.
llvm::ArrayRef<const Backend *> allBackends();

} // namespace kbindgen

#endif // KBINDGEN_BACKENDS_REGISTRY_H
