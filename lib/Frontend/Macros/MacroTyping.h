//===- MacroTyping.h - Which macro constants keep their C type -*- C++ -*-===//

#ifndef KBINDGEN_LIB_FRONTEND_MACROS_MACROTYPING_H
#define KBINDGEN_LIB_FRONTEND_MACROS_MACROTYPING_H

#include "Macros/MacroToken.h"
#include "Macros/PendingMacro.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringSet.h"

namespace kbindgen::frontend {

/// Whether the body is literals, names and arithmetic only (no casts,
/// sizeof, calls of function-like macros, ternaries): what bindgen's own
/// evaluator computes when the names are such macros too.
bool isPlainArithmetic(llvm::ArrayRef<MacroToken> Body);

/// Decides KeepsType for every macro clang evaluates. A macro bindgen could
/// compute itself (plain arithmetic over literals and such macros) keeps
/// bindgen's literal typing (u32, i64, ...), so that code written against
/// bindgen keeps compiling; every other one has the C type clang gives its
/// expression (`gfp_t`, `c_ulong`). With CTypesForAll, every macro is sent
/// to clang and keeps its C type, literals included. CompilerMacros are the
/// predefined and command-line object-like macros, which bindgen sees too.
void decideMacroTyping(llvm::MutableArrayRef<PendingMacro> Macros,
                       const llvm::StringMap<size_t> &ByName,
                       const llvm::StringSet<> &CompilerMacros,
                       bool CTypesForAll);

} // namespace kbindgen::frontend

#endif // KBINDGEN_LIB_FRONTEND_MACROS_MACROTYPING_H
