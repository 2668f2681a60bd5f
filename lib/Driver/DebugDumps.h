//===- DebugDumps.h - bindgen's debugging options ---------------*- C++ -*-===//
//
// What --dump-preprocessed-input, --emit-clang-ast and --emit-ir-graphviz
// write beside the bindings. None of them changes the bindings.
//
//===----------------------------------------------------------------------===//

#ifndef KBINDGEN_LIB_DRIVER_DEBUGDUMPS_H
#define KBINDGEN_LIB_DRIVER_DEBUGDUMPS_H

#include "kbindgen/Analysis/Analysis.h"
#include "kbindgen/Analysis/Options.h"
#include "kbindgen/IR/IR.h"

#include "llvm/Support/Error.h"

namespace kbindgen::driver {

/// The dumps made before the parse: --dump-preprocessed-input writes
/// __bindgen.c (`#include "HEADER"`) and __bindgen.i (clang's `-E -C` output
/// of it with the clang arguments, as bindgen runs it) in the working
/// directory; --emit-clang-ast prints the cursor tree on standard error.
/// Fails when clang cannot be run or fails.
llvm::Error writeDumpsBeforeParse(const Options &Opts);

/// --emit-ir-graphviz PATH: the item reference graph as dot (atomically).
llvm::Error writeIrGraphviz(const Options &Opts, const ir::Module &M,
                            const Analysis &A);

} // namespace kbindgen::driver

#endif // KBINDGEN_LIB_DRIVER_DEBUGDUMPS_H
