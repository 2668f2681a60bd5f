//===- ParseAndAnalyse.cpp - The first half of every run ------------------===//

#include "Driver/ParseAndAnalyse.h"
#include "Driver/Errors.h"
#include "Driver/FrontendInputs.h"
#include "Driver/OptionTable.h"

#include "kbindgen/Analysis/Analysis.h"
#include "kbindgen/Frontend/Frontend.h"

#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Regex.h"
#include "llvm/Support/raw_ostream.h"

using llvm::StringRef;

namespace kbindgen::driver {
namespace {

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

} // namespace

llvm::Expected<AnalysedHeader>
parseAndAnalyse(const Options &Opts, PhaseTimer &Timer, bool Verbose) {
  if (!llvm::sys::fs::exists(Opts.HeaderPath))
    return commandFailure(BadInput,
                          "header '" + Opts.HeaderPath + "' does not exist");
  if (llvm::sys::fs::is_directory(Opts.HeaderPath))
    return commandFailure(BadInput,
                          "header '" + Opts.HeaderPath + "' is a directory");

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
      ExitCode Code = BadInput;
      llvm::Error Rest = llvm::handleErrors(
          Parsed.takeError(), [&](const UnsupportedLanguageError &E) {
            Code = NotCInput;
            reportFrontendError(E.Message, Diags.seen());
          });
      if (Rest) {
        reportFrontendError(llvm::toString(std::move(Rest)), Diags.seen());
        noteMisplacedOptions(Opts);
      }
      return commandFailure(Code, "");
    }
    Module = std::move(*Parsed);
  }
  if (Verbose)
    llvm::errs() << "kbindgen: note: parsed '" << Opts.HeaderPath
                 << "': " << Module->Files.size() << " files, "
                 << Module->Items.size() << " items\n";

  std::optional<Analysis> Decisions;
  {
    auto Phase = Timer.phase("analysis");
    auto Analysed = analyzeModule(*Module, Opts);
    // The analysis fails only on option values (a bad regex).
    if (!Analysed)
      return commandFailure(BadUsage, llvm::toString(Analysed.takeError()));
    Decisions = std::move(*Analysed);
  }
  if (Verbose)
    llvm::errs() << "kbindgen: note: emitting " << Decisions->EmitOrder.size()
                 << " of " << Module->Items.size() << " items\n";
  return AnalysedHeader{std::move(*Module), std::move(*Decisions)};
}

} // namespace kbindgen::driver
