//===- Driver.cpp - The kbindgen command ----------------------------------===//
//
// Parses the command line, then runs the pipeline: parse the header, analyse,
// emit into memory, and only then write the outputs (atomically), so a
// failure at any step leaves earlier outputs untouched.
//
//===----------------------------------------------------------------------===//

#include "kbindgen/Driver/Driver.h"
#include "Driver/CommandLine.h"
#include "Driver/DebugDumps.h"
#include "Driver/Errors.h"
#include "Driver/ManPage.h"
#include "Driver/OptionTable.h"
#include "Driver/Outputs.h"
#include "Driver/ParseAndAnalyse.h"
#include "Driver/PhaseTimer.h"
#include "Driver/ShellCompletions.h"
#include "Driver/Subcommands.h"
#include "Driver/Version.h"
#include "Driver/Warnings.h"

#include "kbindgen/Backends/Backend.h"
#include "kbindgen/Frontend/Frontend.h"

#include "llvm/Support/raw_ostream.h"

#include <optional>

using llvm::StringRef;

namespace kbindgen {
namespace {

using namespace driver;

constexpr StringRef UsageLine =
    "usage: kbindgen HEADER [OPTIONS] [-- CLANG_ARGS...] "
    "(see 'kbindgen --help')";

/// The process ends after the one run it makes: what the run built is left
/// to the exit rather than freed piece by piece, as clang's -disable-free
/// does (a few percent of a run at 100k declarations). A global pointer
/// keeps it reachable, so leak checkers do not report it.
struct FinishedRun {
  AnalysedHeader IR;
  std::vector<EmittedOutput> Outputs;
};
FinishedRun *KeptUntilExit = nullptr;

void keepUntilExit(AnalysedHeader &&IR, std::vector<EmittedOutput> &&Outputs) {
  if (!KeptUntilExit)
    KeptUntilExit = new FinishedRun{std::move(IR), std::move(Outputs)};
}

int runPipeline(const CommandLine &CL) {
  const Options &Opts = CL.Opts;
  PhaseTimer Timer(Opts.TimePhases, llvm::errs());
  // Printed last, after every phase.
  auto Total = Timer.phase("total");

  if (llvm::Error Dumped = writeDumpsBeforeParse(Opts)) {
    printError(llvm::toString(std::move(Dumped)));
    return BadInput;
  }
  auto IR = parseAndAnalyse(Opts, Timer, CL.Verbose);
  if (!IR)
    return reportFailure(IR.takeError(), UsageLine);
  std::vector<BackendWarning> Warnings;
  auto Outputs = emitOutputs(IR->Module, IR->Decisions, Opts, Timer, Warnings);
  reportWarnings(IR->Module, IR->Decisions, Warnings, Opts.EmitDiagnostics,
                 llvm::errs());
  if (!Outputs) {
    // A backend fails on option values (a bad safe rules file), or on a
    // header it cannot bind.
    int Code = BadUsage;
    llvm::Error Rest = llvm::handleErrors(Outputs.takeError(),
                                          [&](const UnbindableHeaderError &E) {
                                            Code = BadInput;
                                            printError(E.Message);
                                          });
    if (Rest)
      printError(llvm::toString(std::move(Rest)));
    return Code;
  }
  auto Phase = Timer.phase("write");
  if (llvm::Error Written = writeOutputs(Opts, *Outputs, IR->Module)) {
    printError(llvm::toString(std::move(Written)));
    return BadInput;
  }
  if (!Opts.IrGraphvizPath.empty())
    if (llvm::Error Written =
            writeIrGraphviz(Opts, IR->Module, IR->Decisions)) {
      printError(llvm::toString(std::move(Written)));
      return BadInput;
    }
  keepUntilExit(std::move(*IR), std::move(*Outputs));
  return Success;
}

} // namespace

int runDriver(int Argc, const char *const *Argv) {
  std::vector<std::string> Args(Argv + std::min(Argc, 1), Argv + Argc);
  if (std::optional<int> Exit = runSubcommand(Args))
    return *Exit;
  auto CL = parseCommandLine(Args, Command::Generate);
  if (!CL)
    return reportFailure(CL.takeError(), UsageLine);
  if (CL->ShowHelp) {
    printHelp(llvm::outs());
    return Success;
  }
  if (CL->ShowManPage) {
    printManPage(llvm::outs());
    return Success;
  }
  if (!CL->CompletionShell.empty()) {
    printShellCompletions(llvm::outs(), CL->CompletionShell);
    return Success;
  }
  // Extra positionals are ignored here: the kernel runs
  // `--version workaround-for-0.69.0`.
  if (CL->ShowVersion) {
    printVersion(llvm::outs(), libclangVersion());
    return Success;
  }
  if (CL->Positionals.empty())
    return usageError("no header given", UsageLine);
  if (CL->Positionals.size() > 1)
    return usageError("unexpected argument '" + CL->Positionals[1] +
                          "': only one header can be given",
                      UsageLine);
  if (!CL->Opts.DepfilePath.empty() && CL->Opts.OutputPath.empty())
    return usageError("--depfile needs --output (the depfile names it)",
                      UsageLine);
  return runPipeline(*CL);
}

} // namespace kbindgen
