//===- MacroProbes.h - The probe declarations and their parse's flags -*- C++
//-*-===//
//
// The text a probe parse adds after the header (one guarded declaration per
// macro, MacroEvaluator.cpp explains the shape) and the clang arguments of a
// parse made only to read macros.
//
//===----------------------------------------------------------------------===//

#ifndef KBINDGEN_LIB_FRONTEND_MACROS_MACROPROBES_H
#define KBINDGEN_LIB_FRONTEND_MACROS_MACROPROBES_H

#include "Macros/PendingMacro.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"

#include <string>
#include <vector>

namespace kbindgen::frontend {

/// The prefix of a probe variable's name; the macro's name follows.
inline constexpr llvm::StringLiteral ProbePrefix = "__kbindgen_macro_";

/// The names of the macros with NeedsClang set, in order.
std::vector<std::string> probedNames(llvm::ArrayRef<PendingMacro> Macros);

/// The lines of one macro's probe: `#ifdef NAME`, the probe variable (the
/// value), the strict check (an error unless NAME is an integer constant
/// expression in C's sense), `#endif`.
inline constexpr unsigned ProbeLinesPerMacro = 4;
/// The value and the strict check, counted from the `#ifdef`.
inline constexpr unsigned ProbeValueLine = 1;
inline constexpr unsigned ProbeStrictCheckLine = 2;

/// The probe declarations of Names, each guarded by `#ifdef NAME`:
/// ProbeLinesPerMacro lines per name.
std::string probeDeclarations(llvm::ArrayRef<std::string> Names);

/// The caller's clang arguments for a parse made only to read macros: no
/// dependency file, every error reported, no warnings, no typo correction.
std::vector<std::string> probeArguments(const std::vector<std::string> &Args);

/// `#include "PATH"` and a newline, quoted for the preprocessor.
std::string includeLine(llvm::StringRef AbsolutePath);

} // namespace kbindgen::frontend

#endif // KBINDGEN_LIB_FRONTEND_MACROS_MACROPROBES_H
