//===- CallAbi.h - Whether Rust can call a C function type -----*- C++ -*-===//
//
// A binding is only callable when Rust passes every argument and the result
// exactly where C does (registers or stack). Types Rust spells as an opaque
// blob (long double, _Float128, _Float16, vectors, _Complex, __int128 before
// Rust 1.77) keep their layout but not their call ABI: an x87 or vector
// register value read as integer registers is garbage. The analysis refuses
// such functions; the Rust writer asks the same question for i128.
//
//===----------------------------------------------------------------------===//

#ifndef KBINDGEN_ANALYSIS_CALLABI_H
#define KBINDGEN_ANALYSIS_CALLABI_H

#include "kbindgen/Analysis/Options.h"
#include "kbindgen/IR/IR.h"

#include "llvm/ADT/STLFunctionalExtras.h"

#include <optional>
#include <string>

namespace kbindgen {

class RustLayouts;

/// Whether Rust's i128/u128 have C's __int128 layout and call ABI for this
/// target and Rust version (x86_64 and aarch64 from Rust 1.77 on, when
/// LLVM 18 gave i128 its 16-byte alignment and GCC's argument passing).
bool rustInt128MatchesC(const ir::TargetInfo &Target, const RustTarget &Rust);

/// The alignment Rust gives its unsigned integer of Bytes bytes on the
/// target (u64 is 4-aligned on 32-bit x86). The Rust layout uses it for
/// blobs and packing markers, the call ABI check to predict that layout.
uint64_t rustUnsignedAlign(const ir::TargetInfo &Target, uint64_t Bytes);

/// What makes a function type uncallable from Rust.
struct CallAbiProblem {
  /// What Rust cannot pass, short enough to group by: `long double`,
  /// `_Float128`, `a vector type`, `_Complex`, `__int128`, `calling
  /// convention vectorcall`.
  std::string Cause;
  /// Where in the signature: `return type`, `parameter x`, `field v of
  /// struct S in parameter 2`.
  std::string Where;
};

/// Whether Rust spells a record as an opaque blob of integers (an
/// `--opaque-type` match): it keeps the layout, not the call ABI class.
using IsOpaqueRecord = llvm::function_ref<bool(ir::ItemId)>;

/// The first part of FunctionType's call ABI (calling convention, return
/// type, parameters; records passed by value are looked into) that Rust
/// cannot express, or nullopt when Rust calls it as C does. FunctionType is
/// a Function type of a verified module (a Function item's type).
/// ParamNames are the C names of the parameters, possibly empty. A record
/// IsOpaque says is a blob: refused when C would pass any of its members in
/// floating-point or vector registers (SSE classes on x86_64, HFAs on
/// aarch64, hard-float arm and riscv), which an integer blob never is, or
/// when one of its members is misaligned for its type (x86_64 passes such a
/// record in memory, a blob of the same size in registers). Any other
/// record passed by value is refused when its Rust layout (Layouts) is one
/// opaque blob or replaces one of its members by bytes: Rust classifies
/// bytes, C the member's type. ConventionOverridden: --override-abi
/// replaces clang's calling convention (ExternAbi.h judges it), so only the
/// types are checked.
std::optional<CallAbiProblem> callAbiProblem(
    const ir::Module &M, const RustTarget &Rust, RustLayouts &Layouts,
    ir::TypeId FunctionType, const std::vector<std::string> &ParamNames = {},
    IsOpaqueRecord IsOpaque = nullptr, bool ConventionOverridden = false);

/// The call ABI problem of a type that is a function pointer (through
/// typedefs), for items that keep such a type: calling through it is as
/// wrong as calling a refused function.
std::optional<CallAbiProblem>
functionPointerCallAbiProblem(const ir::Module &M, const RustTarget &Rust,
                              RustLayouts &Layouts, ir::TypeId Type,
                              IsOpaqueRecord IsOpaque = nullptr);

} // namespace kbindgen

#endif // KBINDGEN_ANALYSIS_CALLABI_H
