//===- CTypeSpecifier.h - C spelling of leaf types -------------*- C++ -*-===//
//
// The declaration specifier of a leaf type (builtin, named or opaque), without
// its qualifiers: `unsigned long`, `struct bar`, `size_t`. Pointers, arrays and
// function types are declarators, built in CDeclarator.
//
//===----------------------------------------------------------------------===//

#ifndef KBINDGEN_LIB_IR_CTYPESPECIFIER_H
#define KBINDGEN_LIB_IR_CTYPESPECIFIER_H

#include "kbindgen/IR/IR.h"

#include "llvm/Support/Error.h"

#include <string>

namespace kbindgen::ir {

/// The specifier of a Void, Integer, Float, Named or Opaque type. Fails for
/// the declarator kinds and for types C cannot name (an anonymous struct
/// without a typedef).
llvm::Expected<std::string> writeCTypeSpecifier(const ir::Module &M,
                                                const ir::Type &T);

/// `const `, `volatile `, `const volatile ` or nothing.
std::string qualifierPrefix(bool IsConst, bool IsVolatile);

} // namespace kbindgen::ir

#endif // KBINDGEN_LIB_IR_CTYPESPECIFIER_H
