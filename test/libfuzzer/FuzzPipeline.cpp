//===- FuzzPipeline.cpp - libFuzzer target: a header through everything ---===//
//
// Input: the text of a header, parsed by libclang from memory (an unsaved
// file), analysed, and given to every backend of the registry in memory.
// A first line `// kbindgen-flags: OPTIONS [-- CLANG ARGS]`, as the golden
// headers have, sets the options (split at spaces; options that name files
// and clang arguments that read files or load code are dropped). Checks,
// beyond "no crash": the IR dump the run writes is one `explain --ir` reads
// back.
//
//===----------------------------------------------------------------------===//

#include "FuzzInput.h"

#include "Driver/CommandLine.h"

#include "kbindgen/Analysis/Analysis.h"
#include "kbindgen/Backends/Registry.h"
#include "kbindgen/Frontend/Frontend.h"
#include "kbindgen/Serialization/IRReader.h"
#include "kbindgen/Serialization/IRWriter.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/raw_ostream.h"

#include <cstdio>
#include <cstdlib>

using namespace kbindgen;

namespace {

constexpr llvm::StringLiteral HeaderPath = "/kbindgen-fuzz/input.h";
constexpr llvm::StringLiteral FlagsPrefix = "// kbindgen-flags:";

[[noreturn]] void fail(const char *What, const std::string &Detail) {
  std::fprintf(stderr, "pipeline fuzzer: %s\n%s\n", What, Detail.c_str());
  std::abort();
}

/// Clang arguments that only change how the text is read: anything that
/// reads a file, writes one or loads code is left out.
bool isHarmlessClangArg(llvm::StringRef Arg) {
  if (Arg.contains('/') || Arg.contains('@'))
    return false;
  return Arg.starts_with("-D") || Arg.starts_with("-U") ||
         Arg.starts_with("-std=") || Arg.starts_with("--target=") ||
         Arg == "-x" || Arg == "c" || Arg == "c-header" || Arg == "c++" ||
         Arg == "-m32" || Arg == "-m64" || Arg == "-funsigned-char" ||
         Arg == "-fsigned-char" || Arg == "-fshort-enums" ||
         Arg == "-fms-extensions";
}

/// The options of the flags line, or the defaults; nullopt when the line
/// does not parse (nothing to run).
std::optional<Options> optionsFor(llvm::StringRef Text) {
  std::vector<std::string> Args;
  if (Text.starts_with(FlagsPrefix)) {
    llvm::SmallVector<llvm::StringRef, 16> Words;
    llvm::SplitString(Text.split('\n').first.drop_front(FlagsPrefix.size()),
                      Words);
    for (llvm::StringRef Word : Words)
      Args.push_back(Word.str());
  }
  Args.push_back(HeaderPath.str());
  auto CL = driver::parseCommandLine(Args);
  if (!CL) {
    llvm::consumeError(CL.takeError());
    return std::nullopt;
  }
  Options Opts = std::move(CL->Opts);
  std::erase_if(Opts.ClangArgs, [](const std::string &Arg) {
    return !isHarmlessClangArg(Arg);
  });
  // Every backend on, each writing into memory only.
  Opts.EmitIrPath = Opts.ConstantChecksPath = Opts.SafeOutputPath = "unused";
  Opts.WrapStaticFns = Opts.Experimental = true;
  Opts.SafeRulesPath.clear();
  Opts.DepfilePath.clear();
  Opts.MacroCache = false;
  return Opts;
}

void runBackends(const ir::Module &M, const Analysis &A, const Options &Opts) {
  std::vector<const Backend *> Enabled;
  for (const Backend *B : allBackends())
    if (B->isEnabled(Opts))
      Enabled.push_back(B);
  BackendInput In{M, A, Opts, Enabled};
  for (const Backend *B : Enabled) {
    std::string Text;
    llvm::raw_string_ostream OS(Text);
    std::vector<BackendWarning> Warnings;
    if (llvm::Error Err = B->emit(In, OS, Warnings))
      llvm::consumeError(std::move(Err)); // a bad option value
  }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***) {
  // libclang's crash recovery installs signal handlers of its own; a crash
  // must reach libFuzzer's.
  setenv("LIBCLANG_DISABLE_CRASH_RECOVERY", "1", 1);
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  llvm::StringRef Text = fuzz::asText(Data, Size);
  // Device files and /proc never end: an #include of one would hang.
  if (Size > 8192 || Text.contains("/dev") || Text.contains("/proc") ||
      Text.contains("/sys") || Text.contains('\0'))
    return -1;
  std::optional<Options> Opts = optionsFor(Text);
  if (!Opts)
    return 0;

  FrontendInput Input;
  Input.Path = HeaderPath.str();
  Input.ClangArgs = Opts->ClangArgs;
  Input.Contents = Text.str();
  Input.UseContents = true;
  Input.ParseDocComments = Opts->DocComments;
  Input.RecordAllMacroCTypes = Opts->MacroCTypes;
  std::string Diagnostics;
  llvm::raw_string_ostream Diags(Diagnostics);
  auto Module = parseHeader(Input, Diags);
  if (!Module) {
    llvm::consumeError(Module.takeError());
    return 0;
  }
  auto Decisions = analyzeModule(*Module, *Opts);
  if (!Decisions) {
    llvm::consumeError(Decisions.takeError());
    return 0;
  }
  runBackends(*Module, *Decisions, *Opts);

  std::string Dump;
  llvm::raw_string_ostream DumpOS(Dump);
  writeIRJson(*Module, *Decisions, DumpOS);
  auto ReadBack = readIRJson(Dump, "dump.json");
  if (!ReadBack)
    fail("the IR dump of a run is refused by the reader",
         llvm::toString(ReadBack.takeError()));
  return 0;
}
