//===- Outputs.h - Emit every enabled backend, then write ------*- C++ -*-===//
//
// The emission half of the pipeline. Every output is emitted into memory
// first and written only when all succeeded, so a failure leaves earlier
// outputs untouched.
//
//===----------------------------------------------------------------------===//

#ifndef KBINDGEN_LIB_DRIVER_OUTPUTS_H
#define KBINDGEN_LIB_DRIVER_OUTPUTS_H

#include "Driver/PhaseTimer.h"

#include "kbindgen/Analysis/Analysis.h"
#include "kbindgen/Analysis/Options.h"
#include "kbindgen/Backends/Backend.h"
#include "kbindgen/IR/IR.h"

#include "llvm/ADT/SmallString.h"
#include "llvm/Support/Error.h"

#include <string>
#include <vector>

namespace kbindgen::driver {

/// One backend's output, in memory.
struct EmittedOutput {
  const Backend *Producer;
  /// Grows by realloc, which moves a large buffer instead of copying it.
  llvm::SmallString<0> Text;
};

/// Runs every backend Opts enable, in registry order, each timed as its
/// phase; collects their warnings into Warnings. Fails only on a bad option
/// value (a usage error).
llvm::Expected<std::vector<EmittedOutput>>
emitOutputs(const ir::Module &M, const Analysis &A, const Options &Opts,
            PhaseTimer &Timer, std::vector<BackendWarning> &Warnings);

/// Writes every output atomically (the bindings without -o to standard
/// output), in registry order, and the depfile last.
llvm::Error writeOutputs(const Options &Opts,
                         const std::vector<EmittedOutput> &Outputs,
                         const ir::Module &M);

} // namespace kbindgen::driver

#endif // KBINDGEN_LIB_DRIVER_OUTPUTS_H
