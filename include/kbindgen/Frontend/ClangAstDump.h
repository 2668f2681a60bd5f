//===- ClangAstDump.h - bindgen's --emit-clang-ast --------------*- C++ -*-===//
//
// Prints libclang's cursor tree of the input, the way bindgen's
// --emit-clang-ast does: every top-level cursor that has a source location,
// with its kind, spelling, location and type, its children nested inside.
//
//===----------------------------------------------------------------------===//

#ifndef KBINDGEN_FRONTEND_CLANGASTDUMP_H
#define KBINDGEN_FRONTEND_CLANGASTDUMP_H

#include "kbindgen/Frontend/Frontend.h"

#include "llvm/Support/Error.h"
#include "llvm/Support/raw_ostream.h"

namespace kbindgen {

/// Parses Input on its own (without the macro probes parseHeader adds) and
/// prints its cursor tree to OS. Fails when libclang cannot parse it at all;
/// clang's errors are part of the dump's parse, reported by parseHeader.
llvm::Error dumpClangAst(const FrontendInput &Input, llvm::raw_ostream &OS);

} // namespace kbindgen

#endif // KBINDGEN_FRONTEND_CLANGASTDUMP_H
