//===- ExplainCommand.cpp - kbindgen explain ------------------------------===//
//
//   kbindgen explain [--json] ITEM... (--ir FILE | --header HEADER)
//                    [bindgen options] [-- clang args]
//
// Exit codes: 0 when every ITEM names something, 1 on bad input or when an
// ITEM names nothing in the header.
//
//===----------------------------------------------------------------------===//

#include "Driver/Subcommands.h"

#include "kbindgen/Inspect/Explain.h"

#include "llvm/Support/raw_ostream.h"

namespace kbindgen::driver {

int runExplainCommand(llvm::ArrayRef<std::string> Args) {
  std::vector<std::string> Rest(Args.begin(), Args.end());
  bool Json = takeFlag(Rest, "--json");
  llvm::Expected<InspectInput> Input = loadInspectInput(Rest);
  if (!Input) {
    llvm::errs() << "kbindgen explain: error: "
                 << llvm::toString(Input.takeError()) << "\n";
    return 1;
  }
  const std::vector<std::string> &Queries = Input->CL.Positionals;
  if (Queries.empty()) {
    llvm::errs() << "kbindgen explain: error: name at least one item "
                    "(usage: kbindgen explain ITEM... --ir FILE | --header "
                    "HEADER)\n";
    return 1;
  }
  std::vector<Explanation> Answers;
  bool AllFound = true;
  for (const std::string &Query : Queries) {
    Answers.push_back(explainItem(Input->IR, Query));
    AllFound &= !Answers.back().empty();
  }
  if (Json) {
    printExplanationsJson(Input->IR, Answers, llvm::outs());
  } else {
    for (size_t I = 0; I < Answers.size(); ++I) {
      if (I)
        llvm::outs() << "\n";
      printExplanation(Input->IR, Answers[I], llvm::outs());
    }
  }
  llvm::outs().flush();
  return AllFound ? 0 : 1;
}

} // namespace kbindgen::driver
