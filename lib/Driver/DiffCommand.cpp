//===- DiffCommand.cpp - kbindgen diff ------------------------------------===//
//
//   kbindgen diff [--json] OLD NEW [bindgen options] [-- clang args]
//
// OLD and NEW are saved IRs (*.json) or headers, parsed with the same
// options. Exit codes: 0 no change or only compatible ones, 3
// (BreakingChange) at least one ABI-breaking change, 1 bad input, 2 usage.
//
//===----------------------------------------------------------------------===//

#include "Driver/CommandTable.h"
#include "Driver/Errors.h"
#include "Driver/Subcommands.h"

#include "kbindgen/Inspect/Diff.h"

#include "llvm/Support/raw_ostream.h"

namespace kbindgen::driver {

static_assert(BreakingChange == DiffBreakingExitCode);

int runDiffCommand(llvm::ArrayRef<std::string> Args) {
  llvm::Expected<CommandLine> CL = parseCommandLine(Args, Command::Diff);
  if (!CL)
    return reportFailure(CL.takeError(), usageLine(Command::Diff));
  if (std::optional<int> Answered = answerHelpOrVersion(*CL, Command::Diff))
    return *Answered;
  if (CL->Positionals.size() != 2)
    return usageError("give two inputs", usageLine(Command::Diff));
  llvm::Expected<AnalysedModule> Old = loadModule(CL->Positionals[0], *CL);
  if (!Old)
    return reportFailure(Old.takeError(), usageLine(Command::Diff));
  llvm::Expected<AnalysedModule> New = loadModule(CL->Positionals[1], *CL);
  if (!New)
    return reportFailure(New.takeError(), usageLine(Command::Diff));
  IRDiff Diff = diffModules(*Old, *New);
  if (CL->Json)
    printDiffJson(Diff, llvm::outs());
  else
    printDiff(Diff, llvm::outs());
  llvm::outs().flush();
  return Diff.breaking() ? BreakingChange : Success;
}

} // namespace kbindgen::driver
