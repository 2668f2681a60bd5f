//===- InitializerValue.h - clang's value of an initializer ----*- C++ -*-===//
//
// Shared by const variables (VarTranslator.cpp) and macro probes
// (Macros/MacroEvaluator.cpp), whose values are both a variable's
// initializer as clang evaluates it.
//
//===----------------------------------------------------------------------===//

#ifndef KBINDGEN_LIB_FRONTEND_INITIALIZERVALUE_H
#define KBINDGEN_LIB_FRONTEND_INITIALIZERVALUE_H

#include "kbindgen/IR/IR.h"

#include <clang-c/Index.h>

#include <optional>

namespace kbindgen::frontend {

/// clang's value of a variable's initializer as a Constant (integer, float
/// or string), or nullopt.
std::optional<ir::Constant> evaluateInitializer(CXCursor Var);

} // namespace kbindgen::frontend

#endif // KBINDGEN_LIB_FRONTEND_INITIALIZERVALUE_H
