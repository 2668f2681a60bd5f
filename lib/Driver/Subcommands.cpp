//===- Subcommands.cpp - explain, layout, diff: dispatch and input --------===//

#include "Driver/Subcommands.h"

#include "Driver/CommandTable.h"
#include "Driver/Errors.h"
#include "Driver/OptionTable.h"
#include "Driver/ParseAndAnalyse.h"
#include "Driver/PhaseTimer.h"
#include "Driver/Version.h"

#include "kbindgen/Frontend/Frontend.h"

#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/raw_ostream.h"

using llvm::StringRef;

namespace kbindgen::driver {
namespace {

llvm::Expected<AnalysedModule> readSavedIR(StringRef Path) {
  auto Buffer = llvm::MemoryBuffer::getFile(Path);
  if (!Buffer)
    return commandFailure(BadInput, "cannot read '" + Path +
                                        "': " + Buffer.getError().message());
  return readIRJson((*Buffer)->getBuffer(), Path);
}

llvm::Expected<AnalysedModule> parseHeaderNamed(StringRef HeaderPath,
                                                const Options &BaseOpts) {
  Options Opts = BaseOpts;
  Opts.HeaderPath = HeaderPath.str();
  // The subcommands time nothing and print no notes.
  PhaseTimer Untimed(/*Enabled=*/false, llvm::errs());
  auto Parsed = parseAndAnalyse(Opts, Untimed, /*Verbose=*/false);
  if (!Parsed)
    return Parsed.takeError();
  // An inspection sees what a saved IR holds, whichever the source.
  return AnalysedModule{std::move(Parsed->Module),
                        ItemDecisions(std::move(Parsed->Decisions))};
}

} // namespace

std::optional<int> runSubcommand(llvm::ArrayRef<std::string> Args) {
  if (Args.empty())
    return std::nullopt;
  StringRef Name = Args.front();
  if (Name == "explain")
    return runExplainCommand(Args.drop_front());
  if (Name == "layout")
    return runLayoutCommand(Args.drop_front());
  if (Name == "diff")
    return runDiffCommand(Args.drop_front());
  if (Name == "help")
    return runHelpCommand(Args.drop_front());
  return std::nullopt;
}

llvm::Expected<CommandLine>
parseInspectionCommandLine(llvm::ArrayRef<std::string> Args, Command For) {
  auto CL = parseCommandLine(Args, For);
  if (!CL)
    return CL.takeError();
  if (CL->ShowHelp || CL->ShowVersion)
    return CL;
  if (CL->InputIR.empty() == CL->InputHeader.empty())
    return usageFailure("give exactly one of --ir FILE and --header HEADER");
  return CL;
}

int runHelpCommand(llvm::ArrayRef<std::string> Args) {
  constexpr StringRef HelpUsage = "usage: kbindgen help [COMMAND]";
  if (Args.empty()) {
    printHelp(llvm::outs());
    return Success;
  }
  if (Args.size() > 1)
    return usageError("name one command", HelpUsage);
  if (const CommandSpec *Spec = findSubcommand(Args.front())) {
    printCommandHelp(llvm::outs(), Spec->Which);
    return Success;
  }
  if (Args.front() == "help") {
    llvm::outs() << HelpUsage << "\n\n" << HelpCommandSummary << ".\n";
    return Success;
  }
  std::string Known;
  for (const CommandSpec &Spec : commandTable())
    if (!Spec.Name.empty())
      Known += (Known.empty() ? "" : ", ") + Spec.Name.str();
  return usageError("no command named '" + Args.front() +
                        "' (commands: " + Known + ", help)",
                    HelpUsage);
}

std::optional<int> answerHelpOrVersion(const CommandLine &CL, Command For) {
  if (CL.ShowHelp) {
    printCommandHelp(llvm::outs(), For);
    return Success;
  }
  if (CL.ShowVersion) {
    printVersion(llvm::outs(), libclangVersion());
    return Success;
  }
  return std::nullopt;
}

llvm::Expected<AnalysedModule> loadInspected(const CommandLine &CL) {
  if (!CL.InputIR.empty())
    return readSavedIR(CL.InputIR);
  return parseHeaderNamed(CL.InputHeader, CL.Opts);
}

llvm::Expected<AnalysedModule> loadModule(StringRef Path,
                                          const CommandLine &CL) {
  if (Path.ends_with(".json"))
    return readSavedIR(Path);
  return parseHeaderNamed(Path, CL.Opts);
}

} // namespace kbindgen::driver
