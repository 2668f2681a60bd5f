//===- InspectTestSupport.h - Helpers for the inspection unit tests -------===//

#ifndef KBINDGEN_TEST_UNIT_INSPECTTESTSUPPORT_H
#define KBINDGEN_TEST_UNIT_INSPECTTESTSUPPORT_H

#include "FrontendTestSupport.h"

#include "kbindgen/Analysis/Analysis.h"
#include "kbindgen/Backends/Backends.h"
#include "kbindgen/Serialization/IRReader.h"

namespace kbindgen::test {

/// A header parsed and analysed with Opts, as `--header` does.
inline AnalysedModule analyseSource(const std::string &Contents,
                                    const Options &Opts = Options()) {
  ir::Module M = parseSource(Contents);
  llvm::Expected<Analysis> A = analyzeModule(M, Opts);
  if (!A)
    FAIL(llvm::toString(A.takeError()));
  return AnalysedModule{std::move(M), std::move(*A)};
}

inline std::string irJson(const AnalysedModule &IR) {
  std::string Text;
  llvm::raw_string_ostream OS(Text);
  emitJson(IR.Module, IR.Decisions, OS);
  return Text;
}

inline ir::ItemId idNamed(const AnalysedModule &IR, const std::string &Name,
                          ir::ItemKind Kind) {
  return idOf(IR.Module, itemNamed(IR.Module, Name, Kind));
}

} // namespace kbindgen::test

#endif // KBINDGEN_TEST_UNIT_INSPECTTESTSUPPORT_H
