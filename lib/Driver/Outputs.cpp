//===- Outputs.cpp - Emit every enabled backend, then write ---------------===//

#include "Driver/Outputs.h"
#include "Driver/AtomicOutput.h"
#include "Driver/Depfile.h"

#include "kbindgen/Backends/Registry.h"

#include "llvm/Support/raw_ostream.h"

namespace kbindgen::driver {

using llvm::StringRef;

namespace {

/// Writes the bindings to standard output (or a dump to standard error);
/// fails on a closed pipe or a full disk instead of exiting 0 with truncated
/// output.
llvm::Error writeStdout(StringRef Text, bool ToStderr = false) {
  llvm::raw_fd_ostream &Out = ToStderr ? llvm::errs() : llvm::outs();
  Out << Text;
  Out.flush();
  if (std::error_code EC = Out.error()) {
    Out.clear_error();
    return llvm::createStringError(EC, "cannot write to standard output: " +
                                           EC.message());
  }
  return llvm::Error::success();
}

} // namespace

llvm::Expected<std::vector<EmittedOutput>>
emitOutputs(const ir::Module &M, const Analysis &A, const Options &Opts,
            PhaseTimer &Timer, std::vector<BackendWarning> &Warnings) {
  std::vector<const Backend *> Enabled;
  for (const Backend *B : allBackends())
    if (B->isEnabled(Opts))
      Enabled.push_back(B);

  BackendInput In{M, A, Opts, Enabled};
  std::vector<EmittedOutput> Outputs;
  for (const Backend *B : Enabled) {
    auto Phase = Timer.phase(B->name());
    EmittedOutput Out{B, {}};
    if (llvm::Error Err = B->emitInto(In, Out.Text, Warnings))
      return std::move(Err);
    Outputs.push_back(std::move(Out));
  }
  return Outputs;
}

llvm::Error writeOutputs(const Options &Opts,
                         const std::vector<EmittedOutput> &Outputs,
                         const ir::Module &M) {
  IdenticalOutput WhenIdentical =
      Opts.AlwaysWrite ? IdenticalOutput::Replace : IdenticalOutput::Keep;
  for (const EmittedOutput &Out : Outputs) {
    llvm::Expected<std::string> Path = Out.Producer->outputPath(Opts);
    if (!Path)
      return Path.takeError();
    llvm::Error Written =
        *Path == StandardErrorPath ? writeStdout(Out.Text, /*ToStderr=*/true)
        : Path->empty()            ? writeStdout(Out.Text)
                        : writeFileAtomically(*Path, Out.Text, WhenIdentical);
    if (Written)
      return Written;
  }
  // Last, so that make sees a depfile no older than the output it names.
  if (!Opts.DepfilePath.empty())
    return writeFileAtomically(Opts.DepfilePath,
                               formatDepfile(Opts.OutputPath, M.Files),
                               WhenIdentical);
  return llvm::Error::success();
}

} // namespace kbindgen::driver
