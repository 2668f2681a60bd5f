//===- LayoutCommand.cpp - kbindgen layout --------------------------------===//
//
//   kbindgen layout [--json] TYPE... (--ir FILE | --header HEADER)
//                   [bindgen options] [-- clang args]
//
// Prints the memory layout of each struct or union named (docs/layout.md).
// Exit codes: 0 printed, 1 an input or a type name is wrong, 2 usage.
//
//===----------------------------------------------------------------------===//

#include "Driver/Subcommands.h"

#include "kbindgen/Inspect/Layout.h"

#include "llvm/Support/raw_ostream.h"

namespace kbindgen::driver {

int runLayoutCommand(llvm::ArrayRef<std::string> Args) {
  std::vector<std::string> Rest(Args.begin(), Args.end());
  bool Json = takeFlag(Rest, "--json");

  auto Input = loadInspectInput(Rest);
  if (!Input) {
    llvm::errs() << "kbindgen layout: error: "
                 << llvm::toString(Input.takeError()) << "\n";
    return 1;
  }
  const std::vector<std::string> &Names = Input->CL.Positionals;
  if (Names.empty()) {
    llvm::errs() << "kbindgen layout: error: name at least one struct or "
                    "union (usage: kbindgen layout [--json] TYPE... (--ir "
                    "FILE | --header HEADER) [options] [-- clang args])\n";
    return 2;
  }

  const ir::Module &M = Input->IR.Module;
  const ItemDecisions &A = Input->IR.Decisions;
  std::vector<layout::RecordLayout> Layouts;
  layout::RecordIndex Index(M, A);
  bool Failed = false;
  for (const std::string &Name : Names) {
    auto Id = Index.find(Name);
    if (!Id) {
      llvm::errs() << "kbindgen layout: error: "
                   << llvm::toString(Id.takeError()) << "\n";
      Failed = true;
      continue;
    }
    Layouts.push_back(layout::computeLayout(M, A, *Id));
  }
  if (Failed)
    return 1;
  if (Json)
    layout::writeLayoutJson(Layouts, llvm::outs());
  else
    layout::printLayoutText(Layouts, llvm::outs());
  llvm::outs().flush();
  return 0;
}

} // namespace kbindgen::driver
