//===- ParseAndAnalyse.h - The first half of every run ----------*- C++ -*-===//
//
// The bindgen command line and the subcommands that read a header (explain,
// layout and diff with --header or a header path) all start the same way:
// check the header exists, parse it, analyse it with the options.
//
//===----------------------------------------------------------------------===//

#ifndef KBINDGEN_LIB_DRIVER_PARSEANDANALYSE_H
#define KBINDGEN_LIB_DRIVER_PARSEANDANALYSE_H

#include "Driver/PhaseTimer.h"

#include "kbindgen/Analysis/Analysis.h"
#include "kbindgen/Analysis/Options.h"
#include "kbindgen/IR/IR.h"

#include "llvm/Support/Error.h"

namespace kbindgen::driver {

/// A parsed header with the whole analysis, what the backends need (an
/// inspection needs only its ItemDecisions: AnalysedModule).
struct AnalysedHeader {
  ir::Module Module;
  Analysis Decisions;
};

/// Parses Opts.HeaderPath and analyses it with Opts, timing the `parse` and
/// `analysis` phases; with Verbose, notes what was parsed and emitted.
/// Clang's diagnostics reach standard error as they come. Fails with a
/// CommandError (Errors.h): BadInput for a header that is missing or does
/// not parse (clang's diagnostics already printed), BadUsage for an option
/// the analysis rejects (an invalid regex).
llvm::Expected<AnalysedHeader> parseAndAnalyse(const Options &Opts,
                                               PhaseTimer &Timer, bool Verbose);

} // namespace kbindgen::driver

#endif // KBINDGEN_LIB_DRIVER_PARSEANDANALYSE_H
