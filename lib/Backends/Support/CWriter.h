//===- CWriter.h - Lines the C outputs share -------------------*- C++ -*-===//
//
// The C files kbindgen writes (--wrap-static-fns, --constant-checks) include
// the header and explain themselves in comments.
//
//===----------------------------------------------------------------------===//

#ifndef KBINDGEN_LIB_BACKENDS_SUPPORT_CWRITER_H
#define KBINDGEN_LIB_BACKENDS_SUPPORT_CWRITER_H

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/raw_ostream.h"

namespace kbindgen::backends {

/// `#include` of the header by its absolute path (an include is looked up
/// next to the C file first), or an `#error` when no include can name it.
void writeCInclude(llvm::raw_ostream &OS, llvm::StringRef HeaderPath);

/// `/* Text */` on one line; a `*/` inside Text cannot end it early.
void writeCComment(llvm::raw_ostream &OS, llvm::StringRef Text);

} // namespace kbindgen::backends

#endif // KBINDGEN_LIB_BACKENDS_SUPPORT_CWRITER_H
