//===- ExternAbi.cpp - The ABI of a function's extern block ---------------===//
//
// Checked against rustc 1.96 for x86_64, i686 and the other kernel targets
// (E0570 "not a supported ABI for the current target", E0045 for variadic
// functions, E0658 for unstable ABIs) rather than guessed:
//   - C, C-unwind and system exist on every target;
//   - stdcall, fastcall and thiscall only on 32-bit x86, never variadic;
//   - aapcs only on 32-bit arm; win64 and sysv64 only on x86_64;
//   - efiapi on x86, x86_64, arm, aarch64 and riscv;
//   - vectorcall is unstable (abi_vectorcall);
//   - C-unwind needs Rust 1.71, thiscall 1.73, efiapi 1.68, and a variadic
//     win64, sysv64 or efiapi function 1.85.
//
//===----------------------------------------------------------------------===//

#include "kbindgen/Analysis/ExternAbi.h"

#include "AnalysisPasses.h"

#include "kbindgen/IR/IRNames.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringExtras.h"

namespace kbindgen {
namespace {

constexpr llvm::StringLiteral OverridableAbis[] = {
    "C",          "C-unwind", "system", "stdcall", "fastcall", "thiscall",
    "vectorcall", "aapcs",    "win64",  "sysv64",  "efiapi"};

enum class Arch : uint8_t { X86, X86_64, Arm, AArch64, RiscV, Other };

struct TargetFacts {
  Arch Architecture = Arch::Other;
  bool IsWindows = false;
  bool IsHardFloatArm = false;
};

TargetFacts targetFacts(llvm::StringRef Triple) {
  TargetFacts Facts;
  llvm::StringRef ArchName = Triple.split('-').first;
  if (ArchName == "x86_64" || ArchName == "amd64")
    Facts.Architecture = Arch::X86_64;
  else if (ArchName.size() == 4 && ArchName.starts_with("i") &&
           ArchName.ends_with("86"))
    Facts.Architecture = Arch::X86;
  else if (ArchName.starts_with("aarch64") || ArchName.starts_with("arm64"))
    Facts.Architecture = Arch::AArch64;
  else if (ArchName.starts_with("arm") || ArchName.starts_with("thumb"))
    Facts.Architecture = Arch::Arm;
  else if (ArchName.starts_with("riscv"))
    Facts.Architecture = Arch::RiscV;
  Facts.IsWindows = Triple.contains("windows") || Triple.contains("mingw") ||
                    Triple.contains("win32");
  Facts.IsHardFloatArm = Triple.ends_with("hf") || Triple.contains("eabihf");
  return Facts;
}

/// Why rustc refuses `extern "Abi"` for this target and Rust version.
std::optional<std::string> rustcRefusal(llvm::StringRef Abi,
                                        const TargetFacts &Target,
                                        const RustTarget &Rust,
                                        bool IsVariadic) {
  auto OnlyOn = [&](bool Supported,
                    const char *Where) -> std::optional<std::string> {
    if (Supported)
      return std::nullopt;
    return "extern \"" + Abi.str() + "\" exists only on " + Where +
           " targets (rustc E0570)";
  };
  auto Needs = [&](unsigned Minor) -> std::optional<std::string> {
    if (Rust.atLeast(1, Minor))
      return std::nullopt;
    return "extern \"" + Abi.str() + "\" needs Rust 1." +
           std::to_string(Minor) + " (--rust-target)";
  };
  std::optional<std::string> Why;
  if (Abi == "stdcall" || Abi == "fastcall" || Abi == "thiscall") {
    Why = OnlyOn(Target.Architecture == Arch::X86, "32-bit x86");
    if (!Why && IsVariadic)
      Why = "a variadic function cannot be extern \"" + Abi.str() +
            "\" (rustc E0045)";
    if (!Why && Abi == "thiscall")
      Why = Needs(73);
  } else if (Abi == "aapcs") {
    Why = OnlyOn(Target.Architecture == Arch::Arm, "32-bit arm");
  } else if (Abi == "win64" || Abi == "sysv64") {
    Why = OnlyOn(Target.Architecture == Arch::X86_64, "x86_64");
  } else if (Abi == "efiapi") {
    Why = OnlyOn(Target.Architecture != Arch::Other,
                 "x86, x86_64, arm, aarch64 and riscv");
    if (!Why)
      Why = Needs(68);
  } else if (Abi == "vectorcall") {
    Why = "extern \"vectorcall\" is unstable in Rust (abi_vectorcall)";
  } else if (Abi == "C-unwind") {
    Why = Needs(71);
  }
  if (!Why && IsVariadic &&
      (Abi == "win64" || Abi == "sysv64" || Abi == "efiapi") &&
      !Rust.atLeast(1, 85))
    Why = "a variadic extern \"" + Abi.str() +
          "\" function needs Rust 1.85 (--rust-target)";
  return Why;
}

/// The calling convention `extern "Abi"` means on the target, in the IR's
/// terms (Other: one the IR does not name, such as the Microsoft x64
/// convention on Linux or AAPCS with floats in core registers on a
/// hard-float target).
ir::CallingConv conventionOf(llvm::StringRef Abi, const TargetFacts &Target) {
  if (Abi == "C" || Abi == "C-unwind")
    return ir::CallingConv::C;
  if (Abi == "system")
    return Target.Architecture == Arch::X86 && Target.IsWindows
               ? ir::CallingConv::StdCall
               : ir::CallingConv::C;
  if (Abi == "stdcall")
    return ir::CallingConv::StdCall;
  if (Abi == "fastcall")
    return ir::CallingConv::FastCall;
  if (Abi == "thiscall")
    return ir::CallingConv::ThisCall;
  if (Abi == "vectorcall")
    return ir::CallingConv::VectorCall;
  if (Abi == "aapcs")
    return Target.IsHardFloatArm ? ir::CallingConv::Other : ir::CallingConv::C;
  if (Abi == "win64")
    return Target.IsWindows ? ir::CallingConv::C : ir::CallingConv::Other;
  if (Abi == "sysv64")
    return Target.IsWindows ? ir::CallingConv::Other : ir::CallingConv::C;
  if (Abi == "efiapi")
    return Target.Architecture == Arch::X86_64 && !Target.IsWindows
               ? ir::CallingConv::Other
               : ir::CallingConv::C;
  return ir::CallingConv::Other;
}

std::string conventionDisplay(ir::CallingConv Convention) {
  if (Convention == ir::CallingConv::C)
    return "the C calling convention";
  if (Convention == ir::CallingConv::Other)
    return "a calling convention other than C";
  return std::string("calling convention ") + callingConvName(Convention);
}

} // namespace

bool isOverridableAbi(llvm::StringRef Abi) {
  return llvm::is_contained(OverridableAbis, Abi);
}

std::string overridableAbiList() {
  return llvm::join(llvm::ArrayRef(OverridableAbis), ", ");
}

FunctionAbi overriddenFunctionAbi(const ir::Module &M, const RustTarget &Rust,
                                  ir::TypeId FunctionType,
                                  llvm::StringRef Abi) {
  FunctionAbi Result;
  Result.Name = Abi.str();
  Result.Overridden = true;
  const ir::Type &T = M.type(FunctionType);
  if (T.Kind != ir::TypeKind::Function)
    return Result;
  const ir::FunctionSignature &Sig = M.signature(T);
  TargetFacts Target = targetFacts(M.Target.Triple);
  if (std::optional<std::string> Why =
          rustcRefusal(Abi, Target, Rust, Sig.IsVariadic)) {
    Result.Refusal = std::move(*Why);
    return Result;
  }
  ir::CallingConv Wanted = conventionOf(Abi, Target);
  if (Wanted == ir::CallingConv::Other &&
      Sig.Convention == ir::CallingConv::Other)
    Result.Caveat = "--override-abi: extern \"" + Abi.str() +
                    "\" and the calling convention clang reports are both "
                    "other than C here; kbindgen cannot tell whether they "
                    "agree";
  else if (Wanted != Sig.Convention)
    Result.Caveat = "--override-abi: extern \"" + Abi.str() + "\" is " +
                    conventionDisplay(Wanted) + " on " + M.Target.Triple +
                    ", but clang reports " + conventionDisplay(Sig.Convention) +
                    " for the declaration; the calls are wrong unless the "
                    "library really uses extern \"" +
                    Abi.str() + "\"";
  return Result;
}

llvm::Error analysis::chooseFunctionAbis(const ir::Module &M,
                                         const Options &Opts, Analysis &A) {
  A.FunctionAbis.assign(M.Items.size(), FunctionAbi());
  if (Opts.AbiOverrides.empty())
    return llvm::Error::success();
  std::vector<std::pair<std::string, AnchoredRegex>> Rules;
  for (const auto &[Abi, Pattern] : Opts.AbiOverrides) {
    auto Regex = AnchoredRegex::compile(Pattern, "--override-abi");
    if (!Regex)
      return Regex.takeError();
    Rules.emplace_back(Abi, std::move(*Regex));
  }
  for (uint32_t I = 0; I < M.Items.size(); ++I) {
    const ir::Item &It = M.Items[I];
    const ir::Function *F = It.getIf<ir::Function>();
    if (!F)
      continue;
    // bindgen matches the C name; the first rule given wins, so that the
    // choice does not depend on a hash order.
    for (const auto &[Abi, Regex] : Rules)
      if (Regex.matches(It.Name)) {
        A.FunctionAbis[I] = overriddenFunctionAbi(M, Opts.Target, F->Type, Abi);
        break;
      }
  }
  return llvm::Error::success();
}

} // namespace kbindgen
