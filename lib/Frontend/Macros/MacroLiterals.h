//===- MacroLiterals.h - Macros whose body is one literal ------*- C++ -*-===//
//
// A macro that is a single literal is parsed from its tokens, without
// clang's evaluation; the rest are probed (MacroEvaluator.h).
//
//===----------------------------------------------------------------------===//

#ifndef KBINDGEN_LIB_FRONTEND_MACROS_MACROLITERALS_H
#define KBINDGEN_LIB_FRONTEND_MACROS_MACROLITERALS_H

#include "Macros/MacroToken.h"

#include "kbindgen/IR/IR.h"

#include "llvm/ADT/ArrayRef.h"

#include <optional>

namespace kbindgen::frontend {

/// The value of a macro whose body is one literal, optionally negated and
/// parenthesised; nullopt for anything else.
std::optional<ir::Constant> parseLiteralMacro(llvm::ArrayRef<MacroToken> Body);

/// Whether the body can be a C constant expression at all (balanced
/// brackets, no braces or semicolons), so that probing it cannot derail the
/// probe parse.
bool mayBeConstantExpression(llvm::ArrayRef<MacroToken> Body);

} // namespace kbindgen::frontend

#endif // KBINDGEN_LIB_FRONTEND_MACROS_MACROLITERALS_H
