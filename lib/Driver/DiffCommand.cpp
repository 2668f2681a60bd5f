//===- DiffCommand.cpp - kbindgen diff ------------------------------------===//
//
//   kbindgen diff [--json] OLD NEW [bindgen options] [-- clang args]
//
// OLD and NEW are saved IRs (*.json) or headers, parsed with the same
// options. Exit codes: 0 no change or only compatible ones, 3
// (DiffBreakingExitCode) at least one ABI-breaking change, 1 bad input.
//
//===----------------------------------------------------------------------===//

#include "Driver/Subcommands.h"

#include "kbindgen/Inspect/Diff.h"

#include "llvm/Support/raw_ostream.h"

namespace kbindgen::driver {

static int diffError(const llvm::Twine &Message) {
  llvm::errs() << "kbindgen diff: error: " << Message << "\n";
  return 1;
}

int runDiffCommand(llvm::ArrayRef<std::string> Args) {
  std::vector<std::string> Rest(Args.begin(), Args.end());
  bool Json = takeFlag(Rest, "--json");
  llvm::Expected<CommandLine> CL = parseCommandLine(Rest);
  if (!CL)
    return diffError(llvm::toString(CL.takeError()));
  if (CL->Positionals.size() != 2)
    return diffError("give two inputs (usage: kbindgen diff [--json] OLD NEW "
                     "[options] [-- clang args])");
  llvm::Expected<AnalysedModule> Old = loadModule(CL->Positionals[0], *CL);
  if (!Old)
    return diffError(llvm::toString(Old.takeError()));
  llvm::Expected<AnalysedModule> New = loadModule(CL->Positionals[1], *CL);
  if (!New)
    return diffError(llvm::toString(New.takeError()));
  IRDiff Diff = diffModules(*Old, *New);
  if (Json)
    printDiffJson(Diff, llvm::outs());
  else
    printDiff(Diff, llvm::outs());
  llvm::outs().flush();
  return Diff.breaking() ? DiffBreakingExitCode : 0;
}

} // namespace kbindgen::driver
