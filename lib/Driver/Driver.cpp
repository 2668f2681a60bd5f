//===- Driver.cpp - The kbindgen command ----------------------------------===//
//
// Parses the command line, then runs the pipeline: parse the header, analyse,
// emit into memory, and only then write the outputs (atomically), so a
// failure at any step leaves earlier outputs untouched.
//
//===----------------------------------------------------------------------===//

#include "kbindgen/Driver/Driver.h"
#include "Driver/AtomicOutput.h"
#include "Driver/CommandLine.h"
#include "Driver/Depfile.h"
#include "Driver/Errors.h"
#include "Driver/OptionTable.h"
#include "Driver/ParseAndAnalyse.h"
#include "Driver/PhaseTimer.h"
#include "Driver/Subcommands.h"
#include "Driver/Version.h"

#include "kbindgen/Analysis/Analysis.h"
#include "kbindgen/Backends/Backends.h"
#include "kbindgen/Frontend/Frontend.h"

#include "llvm/ADT/SmallString.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"

#include <optional>

using llvm::StringRef;

namespace kbindgen {
namespace {

using namespace driver;

constexpr StringRef UsageLine =
    "usage: kbindgen HEADER [OPTIONS] [-- CLANG_ARGS...] "
    "(see 'kbindgen --help')";

void reportBackendWarning(const ir::Module &M, const BackendWarning &Warning) {
  llvm::raw_ostream &OS = llvm::errs();
  OS << "kbindgen: warning: ";
  if (Warning.Item.isValid() && Warning.Item.Index < M.Items.size()) {
    const ir::SourceLoc &Loc = M.item(Warning.Item).Loc;
    if (Loc.File != ir::SourceLoc::InvalidFile && Loc.Line != 0)
      OS << M.fileName(Loc) << ':' << Loc.Line << ':' << Loc.Column << ": ";
  }
  OS << Warning.Message << '\n';
}

/// Writes the bindings to standard output; fails on a closed pipe or a full
/// disk instead of exiting 0 with truncated output.
llvm::Error writeStdout(StringRef Text) {
  llvm::raw_fd_ostream &Out = llvm::outs();
  Out << Text;
  Out.flush();
  if (std::error_code EC = Out.error()) {
    Out.clear_error();
    return llvm::createStringError(EC, "cannot write to standard output: " +
                                           EC.message());
  }
  return llvm::Error::success();
}

struct Outputs {
  std::string Rust;
  std::string Json;
  std::string CWrappers;
  std::string ConstantChecks;
  std::string Safe;
};

/// Where --wrap-static-fns writes: the given path with `.c` appended if
/// missing, or bindgen's default TMPDIR/bindgen/extern.c (created).
llvm::Expected<std::string> cWrappersPath(const Options &Opts) {
  llvm::SmallString<256> Path(Opts.WrapStaticFnsPath);
  if (Path.empty()) {
    llvm::sys::path::system_temp_directory(/*ErasedOnReboot=*/true, Path);
    llvm::sys::path::append(Path, "bindgen");
    if (std::error_code EC = llvm::sys::fs::create_directories(Path))
      return llvm::createStringError(EC, "cannot create '" + Path +
                                             "': " + EC.message());
    llvm::sys::path::append(Path, "extern");
  }
  if (!Path.str().ends_with(".c"))
    Path += ".c";
  return Path.str().str();
}

llvm::Error writeOutputs(const Options &Opts, const Outputs &Out,
                         const ir::Module &Module) {
  llvm::Error Written = Opts.OutputPath.empty()
                            ? writeStdout(Out.Rust)
                            : writeFileAtomically(Opts.OutputPath, Out.Rust);
  if (Written)
    return Written;
  if (!Opts.EmitIrPath.empty())
    if (llvm::Error Err = writeFileAtomically(Opts.EmitIrPath, Out.Json))
      return Err;
  if (Opts.WrapStaticFns) {
    auto Path = cWrappersPath(Opts);
    if (!Path)
      return Path.takeError();
    if (llvm::Error Err = writeFileAtomically(*Path, Out.CWrappers))
      return Err;
  }
  if (!Opts.ConstantChecksPath.empty())
    if (llvm::Error Err =
            writeFileAtomically(Opts.ConstantChecksPath, Out.ConstantChecks))
      return Err;
  if (!Opts.SafeOutputPath.empty())
    if (llvm::Error Err = writeFileAtomically(Opts.SafeOutputPath, Out.Safe))
      return Err;
  // Last, so that make sees a depfile no older than the output it names.
  if (!Opts.DepfilePath.empty())
    return writeFileAtomically(Opts.DepfilePath,
                               formatDepfile(Opts.OutputPath, Module.Files));
  return llvm::Error::success();
}

int runPipeline(const CommandLine &CL) {
  const Options &Opts = CL.Opts;
  PhaseTimer Timer(Opts.TimePhases, llvm::errs());
  // Printed last, after every phase.
  auto Total = Timer.phase("total");

  auto IR = parseAndAnalyse(Opts, Timer, CL.Verbose);
  if (!IR)
    return reportFailure(IR.takeError(), UsageLine);
  const ir::Module *Module = &IR->Module;
  const Analysis *Decisions = &IR->Decisions;

  Outputs Out;
  {
    auto Phase = Timer.phase("rust");
    llvm::raw_string_ostream OS(Out.Rust);
    std::vector<BackendWarning> Warnings;
    emitRustRaw(*Module, *Decisions, Opts, OS, Warnings);
    OS.flush();
    for (const BackendWarning &Warning : Warnings)
      reportBackendWarning(*Module, Warning);
  }
  if (!Opts.EmitIrPath.empty()) {
    auto Phase = Timer.phase("json");
    llvm::raw_string_ostream OS(Out.Json);
    // The safe backend's inferences go in the dump when it runs.
    std::optional<llvm::json::Value> Safe;
    if (!Opts.SafeOutputPath.empty()) {
      auto Inferences = safeInferencesJson(*Module, *Decisions, Opts);
      if (!Inferences) {
        printError(llvm::toString(Inferences.takeError()));
        return BadUsage;
      }
      Safe = std::move(*Inferences);
    }
    emitJson(*Module, *Decisions, OS, Safe ? &*Safe : nullptr);
    OS.flush();
  }

  if (Opts.WrapStaticFns) {
    auto Phase = Timer.phase("cwrappers");
    llvm::raw_string_ostream OS(Out.CWrappers);
    emitCWrappers(*Module, *Decisions, Opts, OS);
    OS.flush();
  }
  if (!Opts.ConstantChecksPath.empty()) {
    auto Phase = Timer.phase("constant-checks");
    llvm::raw_string_ostream OS(Out.ConstantChecks);
    emitConstantChecks(*Module, *Decisions, Opts, OS);
    OS.flush();
  }

  if (!Opts.SafeOutputPath.empty()) {
    auto Phase = Timer.phase("safe");
    llvm::raw_string_ostream OS(Out.Safe);
    std::vector<BackendWarning> Warnings;
    if (llvm::Error Err =
            emitRustSafe(*Module, *Decisions, Opts, OS, Warnings)) {
      printError(llvm::toString(std::move(Err)));
      return BadUsage;
    }
    OS.flush();
    for (const BackendWarning &Warning : Warnings)
      reportBackendWarning(*Module, Warning);
  }

  auto Phase = Timer.phase("write");
  if (llvm::Error Written = writeOutputs(Opts, Out, *Module)) {
    printError(llvm::toString(std::move(Written)));
    return BadInput;
  }
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
  if (CL->Opts.WrapStaticFns && !CL->Opts.Experimental)
    return usageError("--wrap-static-fns needs --experimental (as in bindgen)",
                      UsageLine);
  return runPipeline(*CL);
}

} // namespace kbindgen
