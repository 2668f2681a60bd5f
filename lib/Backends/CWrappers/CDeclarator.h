//===- CDeclarator.h - C declarations from IR types ------------*- C++ -*-===//
//
// Writes a C declaration of a name with an IR type, building the declarator
// from the IR's structure: `const char *const *argv`, `int (*cb)(int, void *)`,
// `int (*rows)[4]`, `void (*signal(int sig, void (*handler)(int)))(int)`.
//
//===----------------------------------------------------------------------===//

#ifndef KBINDGEN_LIB_BACKENDS_CWRAPPERS_CDECLARATOR_H
#define KBINDGEN_LIB_BACKENDS_CWRAPPERS_CDECLARATOR_H

#include "kbindgen/IR/IR.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"

#include <string>

namespace kbindgen::cwrappers {

/// `TYPE NAME` in C; an empty Name gives the abstract declarator (`char *`,
/// `int (*)(int)`), as in a parameter list. Fails when the type cannot be
/// spelled in C (an anonymous struct without a typedef, a malformed IR).
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

} // namespace kbindgen::cwrappers

#endif // KBINDGEN_LIB_BACKENDS_CWRAPPERS_CDECLARATOR_H
