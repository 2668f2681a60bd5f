//===- FuzzCommandLine.cpp - libFuzzer target: the command-line parser ----===//
//
// Input: one argument per line. The same arguments are parsed as the
// command line of every command (bindgen's, explain, layout, diff): each is
// accepted or refused with a usage message, never a crash. An accepted
// command line's regexes are compiled as the analysis would.
//
//===----------------------------------------------------------------------===//

#include "FuzzInput.h"

#include "Driver/CommandLine.h"

#include "kbindgen/Analysis/Analysis.h"

#include "llvm/Support/Error.h"

using namespace kbindgen;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  if (Size > 4096)
    return -1;
  std::vector<std::string> Args = fuzz::splitLines(fuzz::asText(Data, Size));
  for (driver::Command For :
       {driver::Command::Generate, driver::Command::Explain,
        driver::Command::Layout, driver::Command::Diff}) {
    auto CL = driver::parseCommandLine(Args, For);
    if (!CL) {
      llvm::consumeError(CL.takeError());
      continue;
    }
    // The regexes of the options, compiled on an empty module.
    ir::Module Empty;
    auto Analysed = analyzeModule(Empty, CL->Opts);
    if (!Analysed)
      llvm::consumeError(Analysed.takeError());
  }
  return 0;
}
