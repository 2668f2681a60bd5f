//===- Warnings.h - The run's warnings, summarized -------------*- C++ -*-===//
//
// Every warning of a run goes through here, so that none is repeated per
// declaration where one line says it all:
//   - option regexes that matched nothing, one line each;
//   - the functions refused for their call ABI, one line for the run (and one
//     for the function pointer types that keep their layout);
//   - backend warnings about an item: once per item and message; those about
//     items in system headers become one line per kind of warning.
//
//===----------------------------------------------------------------------===//

#ifndef KBINDGEN_LIB_DRIVER_WARNINGS_H
#define KBINDGEN_LIB_DRIVER_WARNINGS_H

#include "kbindgen/Analysis/Analysis.h"
#include "kbindgen/Backends/Backend.h"
#include "kbindgen/IR/IR.h"

#include "llvm/Support/raw_ostream.h"

#include <vector>

namespace kbindgen::driver {

/// Prints the analysis' warnings, then the backends'; with ShowSourceLines
/// (--emit-diagnostics), each warning about an item outside the system
/// headers is followed by its source line and a caret.
void reportWarnings(const ir::Module &M, const Analysis &A,
                    const std::vector<BackendWarning> &BackendWarnings,
                    bool ShowSourceLines, llvm::raw_ostream &OS);

} // namespace kbindgen::driver

#endif // KBINDGEN_LIB_DRIVER_WARNINGS_H
