//===- ExplainCommand.cpp - kbindgen explain ------------------------------===//
//
//   kbindgen explain [--json] ITEM... (--ir FILE | --header HEADER)
//                    [bindgen options] [-- clang args]
//
// Exit codes: 0 when every ITEM names something; 1 on bad input or when an
// ITEM names nothing in the header; 2 usage.
//
//===----------------------------------------------------------------------===//

#include "Driver/CommandTable.h"
#include "Driver/Errors.h"
#include "Driver/Subcommands.h"

#include "kbindgen/Inspect/Explain.h"

#include "llvm/Support/raw_ostream.h"

namespace kbindgen::driver {

int runExplainCommand(llvm::ArrayRef<std::string> Args) {
  auto CL = parseInspectionCommandLine(Args, Command::Explain);
  if (!CL)
    return reportFailure(CL.takeError(), usageLine(Command::Explain));
  if (std::optional<int> Answered = answerHelpOrVersion(*CL, Command::Explain))
    return *Answered;
  const std::vector<std::string> &Queries = CL->Positionals;
  if (Queries.empty())
    return usageError("name at least one item", usageLine(Command::Explain));
  llvm::Expected<AnalysedModule> IR = loadInspected(*CL);
  if (!IR)
    return reportFailure(IR.takeError(), usageLine(Command::Explain));

  std::vector<Explanation> Answers;
  bool AllFound = true;
  for (const std::string &Query : Queries) {
    Answers.push_back(explainItem(*IR, Query));
    AllFound &= !Answers.back().empty();
  }
  if (CL->Json) {
    printExplanationsJson(*IR, Answers, llvm::outs());
  } else {
    for (size_t I = 0; I < Answers.size(); ++I) {
      if (I)
        llvm::outs() << "\n";
      printExplanation(*IR, Answers[I], llvm::outs());
    }
  }
  llvm::outs().flush();
  return AllFound ? Success : BadInput;
}

} // namespace kbindgen::driver
