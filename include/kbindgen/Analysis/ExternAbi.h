//===- ExternAbi.h - The ABI of a function's extern block -------*- C++ -*-===//
//
// Functions are written in `extern "C"` blocks unless --override-abi names
// another ABI for them (bindgen's option). rustc accepts an ABI only on some
// targets and from some Rust version on; an ABI rustc refuses is refused for
// the function, and one that is not the calling convention clang reports is
// a warning: both are decided here, for the analysis and the option parser.
//
//===----------------------------------------------------------------------===//

#ifndef KBINDGEN_ANALYSIS_EXTERNABI_H
#define KBINDGEN_ANALYSIS_EXTERNABI_H

#include "kbindgen/Analysis/Options.h"
#include "kbindgen/IR/IR.h"

#include "llvm/ADT/StringRef.h"

#include <optional>
#include <string>

namespace kbindgen {

/// The ABI of one function's extern block.
struct FunctionAbi {
  std::string Name = "C";
  /// Whether an --override-abi chose it (then clang's calling convention is
  /// replaced, not refused).
  bool Overridden = false;
  /// Why Rust cannot declare the function with this ABI (the function is
  /// not emitted); empty when it can.
  std::string Refusal;
  /// Why the override may be wrong (a warning); empty when it agrees with
  /// the calling convention clang reports.
  std::string Caveat;
};

/// Whether --override-abi takes this ABI (bindgen's list, plus sysv64).
bool isOverridableAbi(llvm::StringRef Abi);
/// The ABIs --override-abi takes, for its error message.
std::string overridableAbiList();

/// The extern ABI of a function of type FunctionType (a Function type) for
/// an --override-abi Abi, on the module's target and the Rust target.
FunctionAbi overriddenFunctionAbi(const ir::Module &M, const RustTarget &Rust,
                                  ir::TypeId FunctionType, llvm::StringRef Abi);

} // namespace kbindgen

#endif // KBINDGEN_ANALYSIS_EXTERNABI_H
