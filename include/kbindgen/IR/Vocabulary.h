//===- Vocabulary.h - The C words the IR is spoken in ----------*- C++ -*-===//
//
// The keywords and C type names every reader of the IR shows to people:
// `struct`/`union`, an item's kind keyword, the C name of each builtin
// integer and float kind, and the name an item goes by when it has no C name.
// One home, so that explain, layout, diff, the JSON IR and the C wrappers
// never spell the same thing two ways.
//
//===----------------------------------------------------------------------===//

#ifndef KBINDGEN_IR_VOCABULARY_H
#define KBINDGEN_IR_VOCABULARY_H

#include "kbindgen/IR/IR.h"

#include "llvm/ADT/StringRef.h"

namespace kbindgen::ir {

/// `struct` or `union`.
llvm::StringRef recordKeyword(RecordKind Kind);

/// The keyword people name an item's kind with: `struct`, `union`, `enum`,
/// `typedef`, `function`, `var` or `constant`.
llvm::StringRef itemKeyword(const Item &It);

/// The C type name of an integer kind: `_Bool`, `unsigned long`,
/// `unsigned __int128`, `wchar_t`, ...
llvm::StringRef cIntegerTypeName(IntegerKind Kind);

/// The C type name of a float kind: `float`, `long double`, `__fp16`, ...
llvm::StringRef cFloatTypeName(FloatKind Kind);

/// The name an item is shown by: its C name, else (anonymous items) the Rust
/// name the analysis gave it.
llvm::StringRef cNameOrRustName(const Item &It, llvm::StringRef RustName);

} // namespace kbindgen::ir

#endif // KBINDGEN_IR_VOCABULARY_H
