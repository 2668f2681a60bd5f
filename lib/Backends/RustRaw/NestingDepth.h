//===- NestingDepth.h - Records too deep for rustc -------------*- C++ -*-===//
//
// rustc walks a struct's by-value fields recursively (layout, the struct
// tail, offset_of!) and stops at its recursion limit of 128 with an error.
// Headers nest anonymous records (and chains of named ones) deeper than that
// rarely, but then the bindings would not compile; kbindgen refuses them with
// the record that is too deep instead. A crate may raise the limit, but the
// bindings are include!d into crates kbindgen cannot change.
//
//===----------------------------------------------------------------------===//

#ifndef KBINDGEN_LIB_BACKENDS_RUSTRAW_NESTINGDEPTH_H
#define KBINDGEN_LIB_BACKENDS_RUSTRAW_NESTINGDEPTH_H

#include "kbindgen/Analysis/Analysis.h"
#include "kbindgen/IR/IR.h"

#include "llvm/Support/Error.h"

namespace kbindgen::rustraw {

/// The deepest by-value nesting of records and arrays the bindings may
/// hold, with a margin below rustc's 128 for the layout assertions.
constexpr unsigned MaxRecordNesting = 100;

/// An error naming the first emitted record that nests records and arrays
/// by value deeper than MaxRecordNesting.
llvm::Error checkRecordNesting(const ir::Module &M, const Analysis &A);

} // namespace kbindgen::rustraw

#endif // KBINDGEN_LIB_BACKENDS_RUSTRAW_NESTINGDEPTH_H
