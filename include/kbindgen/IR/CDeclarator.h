//===- CDeclarator.h - C declarations from IR types ------------*- C++ -*-===//
//
// The C spelling of an IR type: a declaration of a name with that type, the
// declarator built from the IR's structure: `const char *const *argv`,
// `int (*cb)(int, void *)`, `int (*rows)[4]`,
// `void (*signal(int sig, void (*handler)(int)))(int)`. The C wrappers write
// their shims with it; any writer that needs compilable C calls it.
//
//===----------------------------------------------------------------------===//

#ifndef KBINDGEN_IR_CDECLARATOR_H
#define KBINDGEN_IR_CDECLARATOR_H

#include "kbindgen/IR/IR.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"

#include <string>

namespace kbindgen::ir {

/// `TYPE NAME` in C; an empty Name gives the abstract declarator (`char *`,
/// `int (*)(int)`), as in a parameter list. Fails when the type cannot be
/// spelled in C (an anonymous struct without a typedef). M must be verified
/// (Verifier.h): references are not re-checked here.
llvm::Expected<std::string>
writeCDeclaration(const ir::Module &M, ir::TypeId Type, llvm::StringRef Name);

/// The declaration of function Name with signature Sig, parameter I named
/// ParamNames[I] (all unnamed when the sizes differ), without the trailing
/// `;`. An empty prototyped list is written `(void)`. Qualifiers on the result
/// type are dropped: they mean nothing there and -Wextra warns about them.
llvm::Expected<std::string>
writeCFunctionDeclaration(const ir::Module &M, const ir::FunctionSignature &Sig,
                          llvm::StringRef Name,
                          llvm::ArrayRef<std::string> ParamNames);

} // namespace kbindgen::ir

#endif // KBINDGEN_IR_CDECLARATOR_H
