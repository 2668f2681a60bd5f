//===- MacroEvaluator.h - Macro values computed by clang -------*- C++ -*-===//
//
// Reads the probe declarations back (MacroEvaluator.cpp): from the main
// parse, whose header text they follow, or from an extra probe parse.
//
//===----------------------------------------------------------------------===//

#ifndef KBINDGEN_LIB_FRONTEND_MACROS_MACROEVALUATOR_H
#define KBINDGEN_LIB_FRONTEND_MACROS_MACROEVALUATOR_H

#include "Macros/PendingMacro.h"

#include "kbindgen/Frontend/Frontend.h"
#include "kbindgen/IR/IR.h"

#include "llvm/ADT/ArrayRef.h"

#include <clang-c/Index.h>

#include <string>

namespace kbindgen::frontend {

class TypeInterner;

/// What the probe parse needs to reproduce the main parse.
struct ProbeSetup {
  CXIndex Index = nullptr;
  const FrontendInput *Input = nullptr;
  /// Absolute path of the main file.
  std::string AbsolutePath;
};

/// A probe file parsed beside the header: TU is null when libclang failed.
struct ProbeParse {
  CXTranslationUnit TU = nullptr;
  /// Its path, to find it in TU (clang_getFile).
  std::string Path;
};

/// Parses FileName, in memory beside the header: line 1 includes the header
/// (with the caller's clang arguments, probeArguments), Probes follow. The
/// caller disposes of the TU.
ProbeParse parseProbeFile(const ProbeSetup &Setup, llvm::StringRef FileName,
                          llvm::StringRef Probes, unsigned ParseFlags);

/// Reads probeDeclarations(Names), which start at FirstProbeLine of
/// ProbeFile in TU. Each macro among Names gets its Value (and
/// Value->CType), or none when clang rejected its line or its `#ifdef`
/// failed, and is settled (NeedsClang cleared). Returns whether a macro
/// with NeedsClang was not among Names.
bool readProbes(CXTranslationUnit TU, CXFile ProbeFile, unsigned FirstProbeLine,
                llvm::ArrayRef<std::string> Names,
                llvm::MutableArrayRef<PendingMacro> Macros, ir::Module &M,
                TypeInterner &Interner);

/// Evaluates every macro with NeedsClang set in one extra parse of a probe
/// file that includes the header.
void evaluateMacrosWithClang(const ProbeSetup &Setup,
                             llvm::MutableArrayRef<PendingMacro> Macros,
                             ir::Module &M, TypeInterner &Interner);

} // namespace kbindgen::frontend

#endif // KBINDGEN_LIB_FRONTEND_MACROS_MACROEVALUATOR_H
