//===- Backends.h - Writers from the IR ------------------------*- C++ -*-===//
//
// Each backend writes one output from the IR and the analysis. Backends never
// call libclang and never change the decisions of the analysis.
//
//===----------------------------------------------------------------------===//

#ifndef KBINDGEN_BACKENDS_BACKENDS_H
#define KBINDGEN_BACKENDS_BACKENDS_H

#include "kbindgen/Analysis/Analysis.h"
#include "kbindgen/IR/IR.h"
#include "kbindgen/Analysis/Options.h"

#include "llvm/Support/JSON.h"
#include "llvm/Support/raw_ostream.h"

namespace kbindgen {

/// A warning a backend wants the user to see (an opaque fallback, ...).
struct BackendWarning {
  ir::ItemId Item;
  std::string Message;
};

/// Rust: `unsafe extern "C"` blocks, #[repr(C)] types, constants, layout
/// assertions. Output is already formatted as rustfmt would.
void emitRustRaw(const ir::Module &M, const Analysis &A, const Options &Opts,
                 llvm::raw_ostream &OS, std::vector<BackendWarning> &Warnings);

/// The name of the C wrapper of a static function under Opts (NAME + suffix,
/// or `rust_helper_NAME` in kernel naming); the Rust backend links to it.
std::string staticWrapperName(const ir::Item &Function, const Options &Opts);

/// C: one non-inline wrapper per emitted static / static inline function, so
/// that Rust can call it (--wrap-static-fns). Includes HeaderPath.
void emitCWrappers(const ir::Module &M, const Analysis &A, const Options &Opts,
                   llvm::raw_ostream &OS);

/// `#include` of the header by its absolute path, for the C outputs (an
/// include is looked up next to the C file first).
void writeCInclude(llvm::raw_ostream &OS, llvm::StringRef HeaderPath);

/// C: `_Static_assert`s that every emitted macro constant has the value the
/// bindings give it (--constant-checks), for clang to verify.
void emitConstantChecks(const ir::Module &M, const Analysis &A,
                        const Options &Opts, llvm::raw_ostream &OS);

/// Rust: safe wrapper skeletons over the raw bindings (--safe-output),
/// referring to them by Opts.SafeRawPath. Fails only on a bad rules file or
/// allowlist regex.
llvm::Error emitRustSafe(const ir::Module &M, const Analysis &A,
                         const Options &Opts, llvm::raw_ostream &OS,
                         std::vector<BackendWarning> &Warnings);

/// Every inference of the safe backend (handles, pairs, function plans) with
/// the rule that made it, as the IR dump's optional top-level "safe" value.
/// Fails only on a bad rules file.
llvm::Expected<llvm::json::Value>
safeInferencesJson(const ir::Module &M, const Analysis &A, const Options &Opts);

/// The IR and the analysis decisions as JSON (schema: docs/ir-schema.md);
/// Safe, when given, is written as the optional top-level "safe" value (the
/// safe backend's inferences, safeInferencesJson).
void emitJson(const ir::Module &M, const ItemDecisions &A,
              llvm::raw_ostream &OS, const llvm::json::Value *Safe = nullptr);

} // namespace kbindgen

#endif // KBINDGEN_BACKENDS_BACKENDS_H
