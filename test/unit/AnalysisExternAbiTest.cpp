//===- AnalysisExternAbiTest.cpp - --override-abi per target --------------===//

#include "TestSupport.h"

#include "kbindgen/Analysis/ExternAbi.h"

using namespace kbindgen;
using namespace kbindgen::test;

namespace {

/// The ABI --override-abi gives function Name of a header parsed for Triple.
FunctionAbi overrideOn(const std::string &Triple, const std::string &Name,
                       llvm::StringRef Abi, RustTarget Rust = RustTarget()) {
  ir::Module M = parseSource("int f(int);\n"
                             "int variadic(int, ...);\n"
                             "int __attribute__((stdcall)) std_fn(int);\n"
                             "long __attribute__((ms_abi)) ms_fn(long);\n",
                             {"--target=" + Triple});
  const ir::Function &F =
      itemNamed(M, Name, ir::ItemKind::Function).as<ir::Function>();
  return overriddenFunctionAbi(M, Rust, F.Type, Abi);
}

} // namespace

TEST_CASE("Override ABI: what rustc refuses is refused", "[analysis]") {
  CHECK(isOverridableAbi("C-unwind"));
  CHECK_FALSE(isOverridableAbi("cdecl"));

  FunctionAbi OnX86_64 = overrideOn("x86_64-linux-gnu", "f", "stdcall");
  CHECK(OnX86_64.Refusal ==
        "extern \"stdcall\" exists only on 32-bit x86 targets (rustc E0570)");
  CHECK(overrideOn("aarch64-linux-gnu", "f", "win64").Refusal ==
        "extern \"win64\" exists only on x86_64 targets (rustc E0570)");
  CHECK(overrideOn("x86_64-linux-gnu", "f", "aapcs").Refusal ==
        "extern \"aapcs\" exists only on 32-bit arm targets (rustc E0570)");
  CHECK(overrideOn("i686-linux-gnu", "variadic", "stdcall").Refusal ==
        "a variadic function cannot be extern \"stdcall\" (rustc E0045)");
  CHECK(overrideOn("x86_64-linux-gnu", "f", "C-unwind", RustTarget{1, 70})
            .Refusal == "extern \"C-unwind\" needs Rust 1.71 (--rust-target)");
  CHECK(overrideOn("x86_64-linux-gnu", "f", "vectorcall").Refusal ==
        "extern \"vectorcall\" is unstable in Rust (abi_vectorcall)");
  CHECK(overrideOn("x86_64-linux-gnu", "variadic", "win64", RustTarget{1, 84})
            .Refusal == "a variadic extern \"win64\" function needs Rust 1.85 "
                        "(--rust-target)");
}

TEST_CASE("Override ABI: a convention clang does not report is a warning",
          "[analysis]") {
  // The same convention as clang's: silent.
  FunctionAbi Unwind = overrideOn("x86_64-linux-gnu", "f", "C-unwind");
  CHECK(Unwind.Overridden);
  CHECK(Unwind.Refusal.empty());
  CHECK(Unwind.Caveat.empty());
  CHECK(overrideOn("i686-linux-gnu", "std_fn", "stdcall").Caveat.empty());
  CHECK(overrideOn("x86_64-linux-gnu", "f", "sysv64").Caveat.empty());
  CHECK(overrideOn("armv7-linux-gnueabi", "f", "aapcs").Caveat.empty());
  // stdcall for a cdecl function, C for a stdcall one: wrong calls.
  CHECK(overrideOn("i686-linux-gnu", "f", "stdcall").Caveat ==
        "--override-abi: extern \"stdcall\" is calling convention stdcall on "
        "i686-unknown-linux-gnu, but clang reports the C calling convention "
        "for the declaration; the calls are wrong unless the library really "
        "uses extern \"stdcall\"");
  CHECK_FALSE(overrideOn("i686-linux-gnu", "std_fn", "C").Caveat.empty());
  // Hard-float arm passes floats in VFP registers, aapcs in core ones.
  CHECK_FALSE(overrideOn("armv7-linux-gnueabihf", "f", "aapcs").Caveat.empty());
  // win64 for a Linux C function; for an ms_abi one kbindgen cannot tell.
  CHECK_FALSE(overrideOn("x86_64-linux-gnu", "f", "win64").Caveat.empty());
  CHECK(overrideOn("x86_64-linux-gnu", "ms_fn", "win64")
            .Caveat.find("cannot tell") != std::string::npos);
}
