//===- RustSafe.cpp - Safe wrapper skeletons ------------------------------===//
//
// Reads the rules file, builds the inference model, and prints it in the
// chosen style: prelude, handle types with their methods, free functions,
// and the list of functions left unwrapped with the reason.
//
//===----------------------------------------------------------------------===//

#include "SafeWriter.h"

#include "kbindgen/Backends/Backends.h"

#include <fmt/format.h>

namespace kbindgen {

namespace rustsafe {

void writeSafeModel(const ir::Module &M, const Analysis &A,
                    const SafeModel &Model, const Options &Opts,
                    llvm::raw_ostream &OS) {
  std::unique_ptr<Style> S = Opts.SafeWrapperStyle == SafeStyle::Kernel
                                 ? makeKernelStyle()
                                 : makeStdStyle();
  WriteContext Ctx{M, A, Model, *S, "raw", Opts};
  SourceWriter W;
  size_t Wrapped = 0, WithRules = 0, NotWrapped = 0;
  for (const MethodPlan &P : Model.Methods) {
    if (!P.NotWrappedReason.empty()) {
      ++NotWrapped;
      continue;
    }
    ++Wrapped;
    WithRules += P.UsedRules;
  }
  W.line(fmt::format("// Safe wrapper skeleton written by kbindgen "
                     "(--safe-style {}) over the raw",
                     Opts.SafeWrapperStyle == SafeStyle::Kernel ? "kernel"
                                                                : "std"));
  W.line("// bindings at `" + Opts.SafeRawPath +
         "`. A starting point to review: every `// REVIEW:` names");
  W.line("// the rule that guessed; every `unsafe` block says what it relies "
         "on.");
  W.line(fmt::format("// Methods: {} ({} inferred alone, {} with the rules "
                     "file); paired: {}; not",
                     Wrapped, Wrapped - WithRules, WithRules,
                     Model.PairedFunctions.size()));
  W.line(fmt::format("// wrapped: {} (listed at the end).", NotWrapped));
  W.blankLine();
  S->writePrelude(W, Opts.SafeRawPath);
  writeBorrowedIfUsed(Ctx, W);
  for (size_t I = 0; I < Model.Handles.size(); ++I)
    writeHandle(Ctx, W, static_cast<int>(I));
  bool AnyFree = false;
  for (const MethodPlan &P : Model.Methods) {
    if (!P.NotWrappedReason.empty() || P.ReceiverHandle >= 0)
      continue;
    writeMethod(Ctx, W, P);
    W.blankLine();
    AnyFree = true;
  }
  (void)AnyFree;
  if (NotWrapped) {
    W.line("// Not wrapped:");
    for (const MethodPlan &P : Model.Methods)
      if (!P.NotWrappedReason.empty())
        W.line("// - " + P.CName + ": " + P.NotWrappedReason);
  }
  std::string Text = W.take();
  // No blank line at the end of the file.
  while (Text.size() >= 2 && Text[Text.size() - 1] == '\n' &&
         Text[Text.size() - 2] == '\n')
    Text.pop_back();
  OS << Text;
}

} // namespace rustsafe

llvm::Error emitRustSafe(const ir::Module &M, const Analysis &A,
                         const Options &Opts, llvm::raw_ostream &OS,
                         std::vector<BackendWarning> &Warnings) {
  using namespace rustsafe;
  (void)Warnings;
  llvm::Expected<SafeRules> Rules = loadSafeRules(Opts);
  if (!Rules)
    return Rules.takeError();
  ModelInput In{M, A, Opts, *Rules};
  SafeModel Model = buildSafeModel(In);
  writeSafeModel(M, A, Model, Opts, OS);
  return llvm::Error::success();
}

namespace {
class RustSafeBackend final : public Backend {
  llvm::StringRef name() const override { return "safe"; }
  bool isEnabled(const Options &Opts) const override {
    return !Opts.SafeOutputPath.empty();
  }
  llvm::Expected<std::string> outputPath(const Options &Opts) const override {
    return Opts.SafeOutputPath;
  }
  llvm::Error emit(const BackendInput &In, llvm::raw_ostream &OS,
                   std::vector<BackendWarning> &Warnings) const override {
    return emitRustSafe(In.M, In.A, In.Opts, OS, Warnings);
  }
  llvm::Expected<std::optional<llvm::json::Value>>
  irDumpInferences(const BackendInput &In) const override {
    auto Inferences = safeInferencesJson(In.M, In.A, In.Opts);
    if (!Inferences)
      return Inferences.takeError();
    return std::optional<llvm::json::Value>(std::move(*Inferences));
  }
};
} // namespace

const Backend &rustSafeBackend() {
  static const RustSafeBackend Instance;
  return Instance;
}

} // namespace kbindgen
