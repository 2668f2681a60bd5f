//===- MacroCallShape.h - A macro that is one call --------------*- C++ -*-===//
//
// The token side of --wrap-static-fns for function-like macros: whether a
// macro's replacement is one call of a declared function, possibly inside
// wrapper macros of one argument (`alloc_hooks(krealloc_noprof(...))`) or
// through another such macro (`mutex_lock(l)` -> `mutex_lock_nested(l, 0)`),
// and which argument of the call each macro parameter is. The tokens only
// propose; MacroCalls.cpp proves the proposal with clang.
//
//===----------------------------------------------------------------------===//

#ifndef KBINDGEN_LIB_FRONTEND_MACROS_MACROCALLSHAPE_H
#define KBINDGEN_LIB_FRONTEND_MACROS_MACROCALLSHAPE_H

#include "Macros/MacroToken.h"

#include "kbindgen/IR/IR.h"

#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringRef.h"

#include <string>
#include <vector>

namespace kbindgen::frontend {

/// A function-like macro as defined last in the header.
struct FunctionMacro {
  std::string Name;
  ir::SourceLoc Loc;
  /// The named parameters, without the variadic one.
  std::vector<std::string> Params;
  /// Ends in `...`; VariadicName is `__VA_ARGS__` or GNU's `args...` name.
  bool IsVariadic = false;
  std::string VariadicName;
  /// The replacement tokens.
  std::vector<MacroToken> Body;
};

/// Reads the parameters and the replacement of a function-like macro from
/// the tokens of its definition, its name first. False when they do not
/// read as one.
bool readFunctionMacro(const std::vector<MacroToken> &Definition,
                       FunctionMacro &Macro);

/// The call a macro expands to, or why it is not one.
struct MacroCallShape {
  /// The declared function called; empty when Refusal says why not.
  std::string Callee;
  /// The number of arguments the call passes.
  size_t ArgCount = 0;
  /// Per named parameter of the macro, the index of the call argument it
  /// is passed as, whole.
  std::vector<unsigned> ArgOfParam;
  /// A variadic macro that passes `__VA_ARGS__` as the whole argument list:
  /// the wrapper takes the callee's parameters.
  bool ForwardsAllArgs = false;
  std::string Refusal;
};

/// What findCallShape looks names up in.
struct MacroCallNames {
  llvm::StringMap<const FunctionMacro *> Macros;
  /// Names of the functions the header declares.
  llvm::StringMap<bool> Functions;
};

MacroCallShape findCallShape(const FunctionMacro &Macro,
                             const MacroCallNames &Names);

} // namespace kbindgen::frontend

#endif // KBINDGEN_LIB_FRONTEND_MACROS_MACROCALLSHAPE_H
