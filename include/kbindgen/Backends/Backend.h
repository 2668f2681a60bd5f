//===- Backend.h - The interface every backend implements ------*- C++ -*-===//
//
// A backend writes one output from the IR and the analysis. The driver knows
// no backend by name: it loops over the registry (allBackends), emits every
// enabled backend into memory, then writes the outputs in registry order.
//
//===----------------------------------------------------------------------===//

#ifndef KBINDGEN_BACKENDS_BACKEND_H
#define KBINDGEN_BACKENDS_BACKEND_H

#include "kbindgen/Analysis/Analysis.h"
#include "kbindgen/Analysis/Options.h"
#include "kbindgen/IR/IR.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/raw_ostream.h"

#include <optional>
#include <string>
#include <vector>

namespace kbindgen {

/// Backend::outputPath's name for standard error (bindgen's --emit-ir flag
/// dumps there, so the bindings on standard output stay valid Rust).
inline constexpr llvm::StringLiteral StandardErrorPath = "<stderr>";

class Backend;

/// A warning a backend wants the user to see (an opaque fallback, ...).
struct BackendWarning {
  ir::ItemId Item;
  std::string Message;
  /// What warnings of this kind share, without the item's name, for the one
  /// line that summarizes those about system headers; empty when Message
  /// names no item.
  std::string Kind = {};
};

/// A header the backend cannot bind (not an option's fault): the run ends
/// as bad input. Message is `file:line:col: ...`.
class UnbindableHeaderError : public llvm::ErrorInfo<UnbindableHeaderError> {
public:
  static char ID;
  explicit UnbindableHeaderError(std::string Message)
      : Message(std::move(Message)) {}
  void log(llvm::raw_ostream &OS) const override { OS << Message; }
  std::error_code convertToErrorCode() const override {
    return llvm::inconvertibleErrorCode();
  }
  std::string Message;
};

/// What a backend reads.
struct BackendInput {
  const ir::Module &M;
  const Analysis &A;
  const Options &Opts;
  /// Every backend enabled in this run, in registry order (the IR dump asks
  /// them for their inferences).
  llvm::ArrayRef<const Backend *> Enabled;
};

class Backend {
public:
  virtual ~Backend() = default;

  /// The phase name --time-phases prints (`rust`, `json`, ...).
  virtual llvm::StringRef name() const = 0;
  /// Whether Opts ask for this output.
  virtual bool isEnabled(const Options &Opts) const = 0;
  /// Where the output goes; empty for standard output, StandardErrorPath
  /// for standard error. Asked only when the outputs are written, since it
  /// may create a directory.
  virtual llvm::Expected<std::string> outputPath(const Options &Opts) const = 0;
  /// Writes the output into OS. Fails only on a bad option value (a rules
  /// file, a regex), with a message that names it.
  virtual llvm::Error emit(const BackendInput &In, llvm::raw_ostream &OS,
                           std::vector<BackendWarning> &Warnings) const = 0;
  /// emit() into Text, which is empty. A backend that builds its whole
  /// output in one buffer hands the buffer over instead of copying it (tens
  /// of MiB on large headers).
  virtual llvm::Error emitInto(const BackendInput &In,
                               llvm::SmallVectorImpl<char> &Text,
                               std::vector<BackendWarning> &Warnings) const {
    llvm::raw_svector_ostream OS(Text);
    return emit(In, OS, Warnings);
  }
  /// The backend's inferences, for the IR dump's optional top-level "safe"
  /// value (docs/ir-schema.md) when both run; none by default.
  virtual llvm::Expected<std::optional<llvm::json::Value>>
  irDumpInferences(const BackendInput &In) const {
    return std::nullopt;
  }
};

} // namespace kbindgen

#endif // KBINDGEN_BACKENDS_BACKEND_H
