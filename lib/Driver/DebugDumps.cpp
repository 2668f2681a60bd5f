//===- DebugDumps.cpp - bindgen's debugging options -----------------------===//

#include "Driver/DebugDumps.h"
#include "Driver/AtomicOutput.h"
#include "Driver/FrontendInputs.h"

#include "kbindgen/Frontend/ClangAstDump.h"
#include "kbindgen/Inspect/IrGraph.h"

#include "llvm/ADT/SmallString.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Program.h"

#include <optional>

namespace kbindgen::driver {

namespace {

llvm::Error dumpError(const llvm::Twine &Message) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                 "--dump-preprocessed-input: " + Message);
}

/// The clang driver beside the libclang kbindgen was built with (the same
/// version, so the same preprocessing), else the first `clang` on PATH.
std::optional<std::string> findClang() {
  llvm::SmallString<256> Beside(KBINDGEN_LIBCLANG_BINDIR);
  llvm::sys::path::append(Beside, "clang");
  if (llvm::sys::fs::can_execute(Beside))
    return Beside.str().str();
  if (auto OnPath = llvm::sys::findProgramByName("clang"))
    return *OnPath;
  return std::nullopt;
}

llvm::Error dumpPreprocessedInput(const Options &Opts) {
  const char *WrapperPath = "__bindgen.c";
  const char *PreprocessedPath = "__bindgen.i";
  if (llvm::Error Err = writeFileAtomically(
          WrapperPath, "#include \"" + Opts.HeaderPath + "\"\n",
          IdenticalOutput::Replace))
    return Err;
  std::optional<std::string> Clang = findClang();
  if (!Clang)
    return dumpError("cannot find a clang executable");

  // clang writes to a temporary file, renamed once it succeeded, so a
  // failed run leaves an earlier __bindgen.i untouched.
  llvm::SmallString<128> TempPath;
  if (std::error_code EC =
          llvm::sys::fs::createUniqueFile("__bindgen.i.tmp%%%%%%", TempPath))
    return dumpError("cannot create a file in the working directory: " +
                     EC.message());
  std::vector<llvm::StringRef> Args{*Clang, "-save-temps", "-E",
                                    "-C",   "-c",          WrapperPath};
  for (const std::string &Arg : Opts.ClangArgs)
    Args.push_back(Arg);
  std::optional<llvm::StringRef> Redirects[] = {
      std::nullopt, llvm::StringRef(TempPath), std::nullopt};
  std::string RunError;
  int Status = llvm::sys::ExecuteAndWait(*Clang, Args, std::nullopt, Redirects,
                                         0, 0, &RunError);
  if (Status != 0) {
    llvm::sys::fs::remove(TempPath);
    if (Status < 0)
      return dumpError("cannot run " + *Clang + ": " + RunError);
    return dumpError("clang exited with status " + llvm::Twine(Status));
  }
  if (std::error_code EC = llvm::sys::fs::rename(TempPath, PreprocessedPath)) {
    llvm::sys::fs::remove(TempPath);
    return dumpError(llvm::Twine("cannot write ") + PreprocessedPath + ": " +
                     EC.message());
  }
  return llvm::Error::success();
}

} // namespace

llvm::Error writeDumpsBeforeParse(const Options &Opts) {
  if (Opts.DumpPreprocessedInput)
    if (llvm::Error Err = dumpPreprocessedInput(Opts))
      return Err;
  if (Opts.EmitClangAst) {
    FrontendInput Input = frontendInputFor(Opts);
    if (llvm::Error Err = dumpClangAst(Input, llvm::errs()))
      return Err;
  }
  return llvm::Error::success();
}

llvm::Error writeIrGraphviz(const Options &Opts, const ir::Module &M,
                            const Analysis &A) {
  std::string Dot;
  llvm::raw_string_ostream OS(Dot);
  printIrGraphviz(M, A, OS);
  OS.flush();
  return writeFileAtomically(Opts.IrGraphvizPath, Dot,
                             Opts.AlwaysWrite ? IdenticalOutput::Replace
                                              : IdenticalOutput::Keep);
}

} // namespace kbindgen::driver
