//===- MacroCalls.h - Macros that are one call ------------------*- C++ -*-===//
//
// --wrap-static-fns for function-like macros (the kernel's `krealloc(...)`,
// `mutex_lock(lock)` under lockdep): a macro whose replacement is one call
// of a declared function becomes a Function item with the callee's
// signature, its parameters in the macro's order, and
// Function::MacroCallee set. Like a static inline function it has no
// symbol, so the C wrappers backend gives it a wrapper that invokes the
// macro, and the Rust backend links to that wrapper.
//
// The tokens propose the callee (MacroCallShape.h); one extra parse proves
// each proposal: a probe function per macro, with the wrapper's own
// signature, must compile, yield the callee's result type and pass each
// parameter straight to the callee. The other function-like macros stay
// skipped macros, with the reason.
//
//===----------------------------------------------------------------------===//

#ifndef KBINDGEN_LIB_FRONTEND_MACROS_MACROCALLS_H
#define KBINDGEN_LIB_FRONTEND_MACROS_MACROCALLS_H

#include "Macros/MacroCallShape.h"
#include "Macros/MacroEvaluator.h"

#include "kbindgen/IR/IR.h"

#include <vector>

namespace kbindgen::frontend {

class TypeInterner;

/// Turns the Macros that are one call into Function items appended to M, in
/// definition order, and gives every other function-like macro of
/// M.SkippedMacros its reason. Macros are the header's function-like macros
/// (MacroTranslator::takeFunctionMacros).
void wrapMacroCalls(const ProbeSetup &Setup,
                    const std::vector<FunctionMacro> &Macros, ir::Module &M,
                    TypeInterner &Interner);

} // namespace kbindgen::frontend

#endif // KBINDGEN_LIB_FRONTEND_MACROS_MACROCALLS_H
