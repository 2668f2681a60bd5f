//===- CWrappersTestSupport.h - Emitting C wrappers in tests ----*- C++ -*-===//
//
// The tests of the C wrappers build their IR with the tests' IRBuilder, with
// clang's C spellings where the writer prints them, and emit every item.
//
//===----------------------------------------------------------------------===//

#ifndef KBINDGEN_TEST_UNIT_CWRAPPERSTESTSUPPORT_H
#define KBINDGEN_TEST_UNIT_CWRAPPERSTESTSUPPORT_H

#include "IRBuilderForTests.h"
#include "TestSupport.h"

#include "kbindgen/Analysis/Analysis.h"
#include "kbindgen/Analysis/Options.h"
#include "kbindgen/Backends/Backends.h"
#include "kbindgen/IR/IR.h"

#include "llvm/Support/raw_ostream.h"

#include <string>
#include <vector>

namespace kbindgen::test {

class CWrappersTestModule : public IRBuilder {
public:
  /// An analysis that emits every item, in IR order.
  Analysis emitEverything() const {
    Analysis A;
    for (uint32_t I = 0; I < M.Items.size(); ++I) {
      A.Decisions.push_back({Disposition::Emit, "", {}});
      A.RustNames.push_back(M.Items[I].Name);
      A.EmitOrder.push_back(ir::ItemId{I});
    }
    return A;
  }

  std::string emit(const Options &Opts) const {
    // The writer builds the C spelling of a derived type from its parts:
    // a spelling there would be a guess, so make any use of one show.
    ir::Module Poisoned = M;
    for (ir::Type &T : Poisoned.Types) {
      if (T.Kind == ir::TypeKind::Pointer)
        T.Spelling = "<pointer>";
      else if (T.Kind == ir::TypeKind::Array)
        T.Spelling = "<array>";
      else if (T.Kind == ir::TypeKind::IncompleteArray)
        T.Spelling = "<incomplete array>";
      else if (T.Kind == ir::TypeKind::Function)
        T.Spelling = "<function>";
    }
    std::string Text;
    llvm::raw_string_ostream OS(Text);
    Analysis A = emitEverything();
    sizeAnalysisForItems(Poisoned, A);
    requireVerified(Poisoned);
    assignSymbolNames(Poisoned, Opts, A);
    emitCWrappers(Poisoned, A, Opts, OS);
    return Text;
  }

  /// The output after the `#include` line and the blank line that follows.
  std::string emitWrappers(const Options &Opts = Options()) const {
    std::string Text = emit(Opts);
    size_t Include = Text.find("#include");
    size_t LineEnd =
        Include == std::string::npos ? Include : Text.find('\n', Include);
    if (LineEnd == std::string::npos)
      return "<no #include line>\n" + Text;
    std::string Rest = Text.substr(LineEnd + 1);
    if (!Rest.empty() && Rest.front() == '\n')
      Rest.erase(0, 1);
    return Rest;
  }
};

} // namespace kbindgen::test

#endif // KBINDGEN_TEST_UNIT_CWRAPPERSTESTSUPPORT_H
