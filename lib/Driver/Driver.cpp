//===- Driver.cpp - The kbindgen command ----------------------------------===//
//
// Parses the command line, then runs the pipeline: parse the header, analyse,
// emit into memory, and only then write the outputs (atomically), so a
// failure at any step leaves earlier outputs untouched.
//
//===----------------------------------------------------------------------===//

#include "kbindgen/Driver/Driver.h"
#include "Driver/CommandLine.h"
#include "Driver/FrontendInputs.h"
#include "Driver/OptionTable.h"
#include "Driver/Outputs.h"
#include "Driver/PhaseTimer.h"
#include "Driver/Subcommands.h"
#include "Driver/Version.h"

#include "kbindgen/Analysis/Analysis.h"
#include "kbindgen/Frontend/Frontend.h"

#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Regex.h"
#include "llvm/Support/raw_ostream.h"

#include <optional>

using llvm::StringRef;

namespace kbindgen {
namespace {

using namespace driver;

enum ExitCode : int { Success = 0, BadInput = 1, BadUsage = 2 };

constexpr StringRef UsageLine =
    "usage: kbindgen HEADER [OPTIONS] [-- CLANG_ARGS...] "
    "(see 'kbindgen --help')";

void printError(const llvm::Twine &Message) {
  llvm::errs() << "kbindgen: error: " << Message << '\n';
}

int usageError(const llvm::Twine &Message) {
  printError(Message);
  llvm::errs() << UsageLine << '\n';
  return BadUsage;
}

/// Passes clang's diagnostics straight through to Out (so they appear even
/// if the parse never returns) and remembers them, so that an error the
/// frontend returns is not printed twice.
class DiagnosticEcho : public llvm::raw_ostream {
public:
  explicit DiagnosticEcho(llvm::raw_ostream &Out) : Out(Out) {
    SetUnbuffered();
  }
  ~DiagnosticEcho() override { flush(); }
  const std::string &seen() const { return Seen; }

private:
  void write_impl(const char *Ptr, size_t Size) override {
    Out.write(Ptr, Size);
    Seen.append(Ptr, Size);
  }
  uint64_t current_pos() const override { return Seen.size(); }

  llvm::raw_ostream &Out;
  std::string Seen;
};

/// `file:line:col: error: ...`, the shape clang prints.
bool isClangDiagnostic(StringRef Message) {
  static const llvm::Regex Shape(
      "^[^ ]+:[0-9]+(:[0-9]+)?: (fatal error|error|warning|note): ");
  return Shape.match(Message);
}

void reportFrontendError(StringRef Message, StringRef AlreadyPrinted) {
  Message = Message.rtrim('\n');
  if (!isClangDiagnostic(Message)) {
    printError(Message);
    return;
  }
  if (!AlreadyPrinted.contains(Message))
    llvm::errs() << Message << '\n';
}

/// Our options written after `--` reach clang, which rejects them with an
/// unhelpful message; point at them when the parse fails.
void noteMisplacedOptions(const Options &Opts) {
  for (const std::string &Arg : Opts.ClangArgs) {
    StringRef Name = StringRef(Arg).split('=').first;
    if (Name.starts_with("--") && findOption(Name))
      llvm::errs() << "kbindgen: note: '" << Arg
                   << "' comes after '--', so it went to clang; kbindgen "
                      "options go before '--'\n";
  }
}

int runPipeline(const CommandLine &CL) {
  const Options &Opts = CL.Opts;
  PhaseTimer Timer(Opts.TimePhases, llvm::errs());
  // Printed last, after every phase.
  auto Total = Timer.phase("total");

  if (!llvm::sys::fs::exists(Opts.HeaderPath)) {
    printError("header '" + Opts.HeaderPath + "' does not exist");
    return BadInput;
  }
  if (llvm::sys::fs::is_directory(Opts.HeaderPath)) {
    printError("header '" + Opts.HeaderPath + "' is a directory");
    return BadInput;
  }

  std::optional<ir::Module> Module;
  {
    auto Phase = Timer.phase("parse");
    FrontendInput Input = frontendInputFor(Opts);
    std::vector<std::pair<std::string, double>> Steps;
    if (Opts.TimePhases)
      Input.StepTimes = &Steps;
    DiagnosticEcho Diags(llvm::errs());
    auto Parsed = parseHeader(Input, Diags);
    for (const auto &[Step, Seconds] : Steps)
      Timer.report("parse." + Step, Seconds);
    if (!Parsed) {
      reportFrontendError(llvm::toString(Parsed.takeError()), Diags.seen());
      noteMisplacedOptions(Opts);
      return BadInput;
    }
    Module = std::move(*Parsed);
  }
  if (CL.Verbose)
    llvm::errs() << "kbindgen: note: parsed '" << Opts.HeaderPath
                 << "': " << Module->Files.size() << " files, "
                 << Module->Items.size() << " items\n";

  std::optional<Analysis> Decisions;
  {
    auto Phase = Timer.phase("analysis");
    auto Analysed = analyzeModule(*Module, Opts);
    if (!Analysed) {
      // The analysis fails only on option values (a bad regex).
      printError(llvm::toString(Analysed.takeError()));
      return BadUsage;
    }
    Decisions = std::move(*Analysed);
  }
  if (CL.Verbose)
    llvm::errs() << "kbindgen: note: emitting " << Decisions->EmitOrder.size()
                 << " of " << Module->Items.size() << " items\n";

  auto Outputs = emitOutputs(*Module, *Decisions, Opts, Timer);
  if (!Outputs) {
    // A backend fails only on option values (a bad safe rules file).
    printError(llvm::toString(Outputs.takeError()));
    return BadUsage;
  }
  auto Phase = Timer.phase("write");
  if (llvm::Error Written = writeOutputs(Opts, *Outputs, *Module)) {
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
  auto CL = parseCommandLine(Args);
  if (!CL)
    return usageError(llvm::toString(CL.takeError()));
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
    return usageError("no header given");
  if (CL->Positionals.size() > 1)
    return usageError("unexpected argument '" + CL->Positionals[1] +
                      "': only one header can be given");
  if (!CL->Opts.DepfilePath.empty() && CL->Opts.OutputPath.empty())
    return usageError("--depfile needs --output (the depfile names it)");
  if (CL->Opts.WrapStaticFns && !CL->Opts.Experimental)
    return usageError("--wrap-static-fns needs --experimental (as in bindgen)");
  return runPipeline(*CL);
}

} // namespace kbindgen
