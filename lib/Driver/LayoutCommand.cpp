//===- LayoutCommand.cpp - kbindgen layout --------------------------------===//
//
//   kbindgen layout [--json] TYPE... (--ir FILE | --header HEADER)
//                   [bindgen options] [-- clang args]
//
// Prints the memory layout of each struct or union named (docs/layout.md).
// Exit codes: 0 printed, 1 an input or a type name is wrong, 2 usage.
//
//===----------------------------------------------------------------------===//

#include "Driver/CommandTable.h"
#include "Driver/Errors.h"
#include "Driver/Subcommands.h"

#include "kbindgen/Inspect/Layout.h"

#include "llvm/Support/raw_ostream.h"

namespace kbindgen::driver {

int runLayoutCommand(llvm::ArrayRef<std::string> Args) {
  auto CL = parseInspectionCommandLine(Args, Command::Layout);
  if (!CL)
    return reportFailure(CL.takeError(), usageLine(Command::Layout));
  if (std::optional<int> Answered = answerHelpOrVersion(*CL, Command::Layout))
    return *Answered;
  const std::vector<std::string> &Names = CL->Positionals;
  if (Names.empty())
    return usageError("name at least one struct or union",
                      usageLine(Command::Layout));
  auto IR = loadInspected(*CL);
  if (!IR)
    return reportFailure(IR.takeError(), usageLine(Command::Layout));

  const ir::Module &M = IR->Module;
  const ItemDecisions &A = IR->Decisions;
  std::vector<layout::RecordLayout> Layouts;
  layout::RecordIndex Index(M, A);
  bool Failed = false;
  for (const std::string &Name : Names) {
    auto Id = Index.find(Name);
    if (!Id) {
      printError(llvm::toString(Id.takeError()));
      Failed = true;
      continue;
    }
    Layouts.push_back(layout::computeLayout(M, A, *Id));
  }
  if (Failed)
    return BadInput;
  if (CL->Json)
    layout::writeLayoutJson(Layouts, llvm::outs());
  else
    layout::printLayoutText(Layouts, llvm::outs());
  llvm::outs().flush();
  return Success;
}

} // namespace kbindgen::driver
