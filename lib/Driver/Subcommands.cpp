//===- Subcommands.cpp - explain, layout, diff: dispatch and input
//---------===//

#include "Driver/Subcommands.h"

#include "Driver/FrontendInputs.h"

#include "kbindgen/Frontend/Frontend.h"

#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/raw_ostream.h"

#include <algorithm>

using llvm::StringRef;

namespace kbindgen::driver {
namespace {

llvm::Error inputError(const llvm::Twine &Message) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(), Message.str());
}

llvm::Expected<AnalysedModule> readSavedIR(StringRef Path) {
  auto Buffer = llvm::MemoryBuffer::getFile(Path);
  if (!Buffer)
    return inputError("cannot read '" + Path +
                      "': " + Buffer.getError().message());
  return readIRJson((*Buffer)->getBuffer(), Path);
}

llvm::Expected<AnalysedModule> parseAndAnalyse(StringRef HeaderPath,
                                               const Options &BaseOpts) {
  Options Opts = BaseOpts;
  Opts.HeaderPath = HeaderPath.str();
  FrontendInput Input = frontendInputFor(Opts);
  auto Parsed = parseHeader(Input, llvm::errs());
  if (!Parsed)
    return Parsed.takeError();
  auto Analysed = analyzeModule(*Parsed, Opts);
  if (!Analysed)
    return Analysed.takeError();
  return AnalysedModule{std::move(*Parsed), std::move(*Analysed)};
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
  return std::nullopt;
}

bool takeFlag(std::vector<std::string> &Args, StringRef Flag) {
  auto Dashes = std::find(Args.begin(), Args.end(), "--");
  auto Kept = std::remove(Args.begin(), Dashes, Flag);
  bool Found = Kept != Dashes;
  Args.erase(Kept, Dashes);
  return Found;
}

llvm::Expected<AnalysedModule> loadModule(StringRef Path,
                                          const CommandLine &CL) {
  if (Path.ends_with(".json"))
    return readSavedIR(Path);
  return parseAndAnalyse(Path, CL.Opts);
}

llvm::Expected<InspectInput>
loadInspectInput(llvm::ArrayRef<std::string> Args) {
  std::string IRPath, HeaderPath;
  std::vector<std::string> Rest;
  bool AfterDashes = false;
  for (size_t I = 0; I < Args.size(); ++I) {
    StringRef Arg = Args[I];
    if (!AfterDashes && (Arg == "--ir" || Arg == "--header")) {
      if (I + 1 == Args.size())
        return inputError("option '" + Arg + "' needs a value");
      (Arg == "--ir" ? IRPath : HeaderPath) = Args[++I];
      continue;
    }
    if (!AfterDashes && Arg.consume_front("--ir=")) {
      IRPath = Arg.str();
      continue;
    }
    if (!AfterDashes && Arg.consume_front("--header=")) {
      HeaderPath = Arg.str();
      continue;
    }
    AfterDashes |= Arg == "--";
    Rest.push_back(Args[I]);
  }
  if (IRPath.empty() == HeaderPath.empty())
    return inputError("give exactly one of --ir FILE and --header HEADER");

  auto CL = parseCommandLine(Rest);
  if (!CL)
    return CL.takeError();
  auto IR = IRPath.empty() ? parseAndAnalyse(HeaderPath, CL->Opts)
                           : readSavedIR(IRPath);
  if (!IR)
    return IR.takeError();
  return InspectInput{std::move(*IR), std::move(*CL)};
}

} // namespace kbindgen::driver
