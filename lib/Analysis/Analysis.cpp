//===- Analysis.cpp - Selection, naming and derives over the IR -----------===//
//
// The driver of lib/Analysis: runs the passes of AnalysisPasses.h in order.
//
//===----------------------------------------------------------------------===//

#include "AnalysisPasses.h"

namespace kbindgen {

llvm::Expected<Analysis> analyzeModule(const ir::Module &M,
                                       const Options &Opts) {
  llvm::Expected<analysis::CompiledOptions> Compiled =
      analysis::CompiledOptions::compile(Opts);
  if (!Compiled)
    return Compiled.takeError();
  Analysis A;
  analysis::assignRustNames(M, Opts, A);
  assignBitfieldMethodNames(M, A);
  if (llvm::Error Bad = analysis::chooseFunctionAbis(M, Opts, A))
    return std::move(Bad);
  analysis::selectItems(M, Opts, *Compiled, A);
  analysis::chooseEnumStyles(M, Opts, *Compiled, A);
  analysis::assignEnumMemberNames(M, Opts, A);
  analysis::chooseAliasStyles(M, Opts, *Compiled, A);
  analysis::skipDuplicateNames(M, A);
  assignSymbolNames(M, Opts, A);
  analysis::computeDerives(M, Opts, *Compiled, A);
  analysis::computeEmitOrder(M, Opts, A);
  analysis::chooseConstantTypes(M, Opts, A);
  analysis::findUnusedRegexes(M, *Compiled, A);
  return A;
}

const char *dispositionName(Disposition Kind) {
  switch (Kind) {
  case Disposition::Emit:
    return "emit";
  case Disposition::Opaque:
    return "opaque";
  case Disposition::Blocked:
    return "blocked";
  case Disposition::NotSelected:
    return "not_selected";
  case Disposition::Skipped:
    return "skipped";
  }
  return "unknown";
}

} // namespace kbindgen
