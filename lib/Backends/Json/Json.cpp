//===- Json.cpp - The IR dump backend -------------------------------------===//
//
// --emit-ir: the JSON IR as lib/Serialization writes it.
//
//===----------------------------------------------------------------------===//

#include "kbindgen/Backends/Backends.h"
#include "kbindgen/Serialization/IRWriter.h"

#include <optional>

namespace kbindgen {

void emitJson(const ir::Module &M, const ItemDecisions &A,
              llvm::raw_ostream &OS, const llvm::json::Value *Safe) {
  writeIRJson(M, A, OS, Safe);
}

namespace {
class JsonBackend final : public Backend {
  llvm::StringRef name() const override { return "json"; }
  bool isEnabled(const Options &Opts) const override {
    return !Opts.EmitIrPath.empty() || Opts.EmitIrToStderr;
  }
  llvm::Expected<std::string> outputPath(const Options &Opts) const override {
    return Opts.EmitIrToStderr ? std::string(StandardErrorPath)
                               : Opts.EmitIrPath;
  }
  llvm::Error emit(const BackendInput &In, llvm::raw_ostream &OS,
                   std::vector<BackendWarning> &) const override {
    // The dump carries the inferences of the other backends that run (the
    // safe backend's), so that they can be reviewed beside the IR.
    std::optional<llvm::json::Value> Inferences;
    for (const Backend *Other : In.Enabled) {
      if (Other == this || Inferences)
        continue;
      auto Value = Other->irDumpInferences(In);
      if (!Value)
        return Value.takeError();
      Inferences = std::move(*Value);
    }
    emitJson(In.M, In.A, OS, Inferences ? &*Inferences : nullptr);
    return llvm::Error::success();
  }
};
} // namespace

const Backend &jsonBackend() {
  static const JsonBackend Instance;
  return Instance;
}

} // namespace kbindgen
