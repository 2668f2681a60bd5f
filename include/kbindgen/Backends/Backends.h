//===- Backends.h - Each backend's own entry point -------------*- C++ -*-===//
//
// Each backend writes one output from the IR and the analysis. Backends never
// call libclang and never change the decisions of the analysis. The driver
// runs them through the Backend interface (Registry.h); these functions are
// what each backend's Backend calls, and what the unit tests call directly.
//
//===----------------------------------------------------------------------===//

#ifndef KBINDGEN_BACKENDS_BACKENDS_H
#define KBINDGEN_BACKENDS_BACKENDS_H

#include "kbindgen/Analysis/Analysis.h"
#include "kbindgen/Analysis/Options.h"
#include "kbindgen/Backends/Backend.h"
#include "kbindgen/IR/IR.h"

#include "llvm/Support/JSON.h"
#include "llvm/Support/raw_ostream.h"

namespace kbindgen {

/// Rust: `unsafe extern "C"` blocks, #[repr(C)] types, constants, layout
/// assertions. Output is already formatted as rustfmt would.
void emitRustRaw(const ir::Module &M, const Analysis &A, const Options &Opts,
                 llvm::raw_ostream &OS, std::vector<BackendWarning> &Warnings);

/// C: one non-inline wrapper per emitted static / static inline function, so
/// that Rust can call it (--wrap-static-fns). Includes HeaderPath.
void emitCWrappers(const ir::Module &M, const Analysis &A, const Options &Opts,
                   llvm::raw_ostream &OS);

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
