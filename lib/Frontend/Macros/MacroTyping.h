//===- MacroTyping.h - The facts a macro constant's typing needs -*- C++
//-*-===//
//
// The frontend does not choose how the bindings type a macro constant (the
// analysis does, ConstantTypes.cpp); it records the facts that choice needs:
// whether bindgen's own evaluator computes the macro, and the C type clang
// gives its expression.
//
//===----------------------------------------------------------------------===//

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

/// Sets BindgenComputable on every macro bindgen computes itself: a
/// literal, or plain arithmetic whose names are all such macros.
/// CompilerMacros are the predefined and command-line object-like macros,
/// which bindgen sees too.
void markBindgenComputable(llvm::MutableArrayRef<PendingMacro> Macros,
                           const llvm::StringMap<size_t> &ByName,
                           const llvm::StringSet<> &CompilerMacros);

/// Decides, after markBindgenComputable, which macros record the C type of
/// their expression. A type spelled by a name (`gfp_t`) is always recorded
/// (MacroEvaluator.cpp); a builtin one (`unsigned long`) when bindgen does
/// not compute the macro, as bindgen's typing by value does not apply
/// there. With ProbeLiterals, integer and float literals are sent to clang
/// too and every probed macro records its C type (for --macro-c-types).
/// Only the types that may be written are recorded: each one recorded is
/// a type in the module.
void chooseRecordedCTypes(llvm::MutableArrayRef<PendingMacro> Macros,
                          bool ProbeLiterals);

} // namespace kbindgen::frontend

#endif // KBINDGEN_LIB_FRONTEND_MACROS_MACROTYPING_H
