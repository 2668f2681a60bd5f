//===- RustRawCompileTest.cpp - generated modules compiled by rustc -------===//
//
// Layout numbers are clang 19's for x86_64 (clang -Xclang
// -fdump-record-layouts on the C declaration quoted beside each record).
//
//===----------------------------------------------------------------------===//

#include "RustRawTestSupport.h"

#include <catch2/catch.hpp>

using namespace kbindgen;
using namespace kbindgen::test;
using ir::IntegerKind;

/// A module with the layouts that need every rule of the layout plan.
void buildLayoutZoo(RustRawTestModule &T) {
  // struct bf { unsigned a:3, b:5; int c:4; unsigned :0; unsigned d:1;
  //   char x; _Bool e:1; unsigned long long f:40; unsigned :3, g:2; };
  ir::TypeId UInt = T.uintT(), Int = T.intT();
  T.record("bf", 16, 8,
           {{"a", UInt, 0, 3},
            {"b", UInt, 3, 5},
            {"c", Int, 8, 4},
            {"", UInt, 32, 0},
            {"d", UInt, 32, 1},
            {"x", T.charT(), 40},
            {"e", T.boolT(), 48, 1},
            {"f", T.ulonglongT(), 64, 40},
            {"", UInt, 104, 3},
            {"g", UInt, 107, 2}});
  // struct __attribute__((packed, aligned(4))) pal { char c; int i; };
  T.record("pal", 8, 4, {{"c", T.charT(), 0}, {"i", Int, 8}}, false, true);
  // struct __attribute__((packed)) pk { char c; int i; unsigned x:3; };
  T.record("pk", 6, 1, {{"c", T.charT(), 0}, {"i", Int, 8}, {"x", UInt, 40, 3}},
           false, true);
  // struct al16 { char c; } __attribute__((aligned(16)));
  ir::ItemId Al16 = T.record("al16", 16, 16, {{"c", T.charT(), 0}});
  // struct __attribute__((packed)) holds { char c; struct al16 a; };
  T.record("holds", 17, 1, {{"c", T.charT(), 0}, {"a", T.named(Al16), 8}},
           false, true);
  // struct phy { void *p; unsigned link:1, autoneg:1, x:12, is_internal:1;
  //   int y; };
  T.record("phy", 16, 8,
           {{"p", T.pointerTo(T.voidT()), 0},
            {"link", UInt, 64, 1},
            {"autoneg", UInt, 65, 1},
            {"x", UInt, 66, 12},
            {"is_internal", UInt, 78, 1},
            {"y", Int, 96}});
  // union u { int a; char b[7]; };
  ir::ItemId U = T.record(
      "u", 8, 4, {{"a", Int, 0}, {"b", T.arrayOf(T.charT(), 7), 0}}, true);
  T.derives(U).Debug = false; // Unions cannot derive Debug.
  // struct flex { int n; int data[]; };
  ir::ItemId Flex = T.record(
      "flex", 4, 4, {{"n", Int, 0}, {"data", T.incompleteArrayOf(Int), 32}});
  T.derives(Flex).Copy = T.derives(Flex).Clone = false;
  // union uf { struct flex f; int x; }: a field that is not Copy.
  ir::ItemId Uf =
      T.record("uf", 4, 4, {{"f", T.named(Flex), 0}, {"x", Int, 0}}, true);
  T.derives(Uf) = DeriveSet();
  // struct gap { char c; int i __attribute__((aligned(8))); };
  T.record("gap", 16, 8, {{"c", T.charT(), 0}, {"i", Int, 64}});
  // struct withld { long double x; char c; };
  T.record(
      "withld", 32, 16,
      {{"x", T.floatingPoint(ir::FloatKind::LongDouble, 16, 16, "long double"),
        0},
       {"c", T.charT(), 128}});
  // union ubf { unsigned a:4; int b:12; }: bitfields of a union.
  T.record("ubf", 4, 4, {{"a", UInt, 0, 4}, {"b", Int, 0, 12}}, true);
  // The tail of the kernel's __kernel_timex: int tai; int :32; (x11).
  std::vector<LaidOutField> Timex = {{"tai", Int, 0}};
  for (unsigned I = 1; I <= 11; ++I)
    Timex.push_back({"", Int, 32 * I, 32});
  ir::ItemId TimexId = T.record("timex_tail", 48, 4, Timex);
  T.derives(TimexId).Default = true; // A 44-byte unit still has Default.
}

void buildItemZoo(RustRawTestModule &T); // RustRawItemsTest.cpp

namespace {

std::string replaceOnce(std::string Text, const std::string &From,
                        const std::string &To) {
  size_t Pos = Text.find(From);
  REQUIRE(Pos != std::string::npos);
  return Text.replace(Pos, From.size(), To);
}

} // namespace

TEST_CASE("RustRaw compiles: every layout rule, with layout assertions",
          "[rustraw][rustc]") {
  RustRawTestModule T;
  buildLayoutZoo(T);
  SECTION("no_std with core") {
    std::string Out = T.emit();
    REQUIRE(contains(Out, "offset_of!(bf, x) - 5usize]"));
    REQUIRE(contains(Out, "    pub f: ::core::mem::ManuallyDrop<flex>,\n"));
    requireCompiles(Out);
    requireFormatted(Out);
  }
  SECTION("std, default ctypes") {
    T.Opts.UseCore = false;
    T.Opts.CtypesPrefix.clear();
    std::string Out = T.emit();
    REQUIRE(contains(Out, "::std::os::raw::c_int"));
    ToolResult R = compileWithRustc(
        "#![allow(non_camel_case_types, non_upper_case_globals)]\n" + Out);
    INFO(R.Output);
    REQUIRE(R.ExitCode == 0);
  }
  SECTION("Rust 1.68: no offset_of!, the rest still checked") {
    T.Opts.Target = {1, 68};
    std::string Out = T.emit();
    REQUIRE_FALSE(contains(Out, "offset_of!"));
    REQUIRE(contains(Out, "[\"Size of bf\"]"));
    requireCompiles(Out);
  }
}

TEST_CASE("RustRaw compiles: items of every kind", "[rustraw][rustc]") {
  RustRawTestModule T;
  T.Opts.FunctionAttributeDetection = true;
  buildItemZoo(T);
  SECTION("Rust 1.68 (the kernel's target)") {
    T.Opts.Target = {1, 68};
    std::string Out = T.emit();
    REQUIRE(contains(Out, "\nextern \"C\" {\n"));
    requireCompiles(Out);
    requireFormatted(Out);
  }
  SECTION("Rust 1.82, merged extern blocks") {
    T.Opts.MergeExternBlocks = true;
    std::string Out = T.emit();
    REQUIRE(contains(Out, "\nunsafe extern \"C\" {\n"));
    requireCompiles(Out);
    requireFormatted(Out);
  }
}

TEST_CASE("RustRaw compiles: layout assertions fail on a wrong number",
          "[rustraw][rustc]") {
  RustRawTestModule T;
  buildLayoutZoo(T);
  std::string Out = T.emit();
  requireCompiles(Out);
  const std::string SizeLine = "[::core::mem::size_of::<phy>() - 16usize]";
  const std::string OffsetLine = "[::core::mem::offset_of!(phy, y) - 12usize]";
  SECTION("size too large") {
    ToolResult R = compileNoStd(replaceOnce(Out, SizeLine,
                                            "[::core::mem::size_of::<phy>() "
                                            "- 24usize]"));
    CHECK(R.ExitCode != 0);
    CHECK(contains(R.Output, "Size of phy"));
  }
  SECTION("size too small") {
    ToolResult R = compileNoStd(
        replaceOnce(Out, SizeLine, "[::core::mem::size_of::<phy>() - 8usize]"));
    CHECK(R.ExitCode != 0);
  }
  SECTION("offset wrong") {
    ToolResult R = compileNoStd(replaceOnce(
        Out, OffsetLine, "[::core::mem::offset_of!(phy, y) - 8usize]"));
    CHECK(R.ExitCode != 0);
    CHECK(contains(R.Output, "Offset of field: phy::y"));
  }
  SECTION("a field whose type changed size") {
    // What the assertions exist for: the Rust struct no longer matches C.
    ToolResult R = compileNoStd(
        replaceOnce(Out, "    pub y: ::core::ffi::c_int,", "    pub y: u64,"));
    CHECK(R.ExitCode != 0);
  }
}

TEST_CASE("RustRaw runs: bitfield accessors read and write clang's bits",
          "[rustraw][rustc]") {
  RustRawTestModule T;
  T.Opts.UseCore = false;
  buildLayoutZoo(T);
  // Bytes of `struct bf` and `struct phy` as a clang-built program wrote them
  // after: bf: a=5 b=17 c=-3 d=1 x='q' e=1 f=0x12345678AB g=2;
  // phy: link=1 x=0xABC is_internal=1 y=-7 (other bytes zero).
  std::string Main = R"(
fn main() {
    let bytes: [u8; 16] = [141, 13, 0, 0, 1, 113, 1, 0, 171, 120, 86, 52, 18, 16, 0, 0];
    let v: bf = unsafe { ::std::mem::transmute(bytes) };
    assert_eq!((v.a(), v.b(), v.c(), v.d()), (5, 17, -3, 1));
    assert_eq!((v.x as u8, v.e(), v.f(), v.g()), (b'q', true, 0x12345678AB, 2));
    let mut w: bf = unsafe { ::std::mem::zeroed() };
    w.set_a(5);
    w.set_b(17);
    w.set_c(-3);
    w.set_d(1);
    w.x = b'q' as _;
    w.set_e(true);
    w.set_f(0x12345678AB);
    w.set_g(2);
    let written: [u8; 16] = unsafe { ::std::mem::transmute(w) };
    assert_eq!(written, bytes);
    let mut r: bf = unsafe { ::std::mem::zeroed() };
    unsafe {
        bf::set_c_raw(&mut r, -3);
        bf::set_f_raw(&mut r, 0x12345678AB);
        assert_eq!((bf::c_raw(&r), bf::f_raw(&r)), (-3, 0x12345678AB));
    }
    assert_eq!(bf::new_bitfield_1(5, 17, -3, 1), v._bitfield_1);
    let phy_bytes: [u8; 16] = [0, 0, 0, 0, 0, 0, 0, 0, 241, 106, 0, 0, 249, 255, 255, 255];
    let p: phy = unsafe { ::std::mem::transmute(phy_bytes) };
    assert_eq!((p.link(), p.autoneg(), p.x(), p.is_internal(), p.y), (1, 0, 0xABC, 1, -7));
    // The kernel's own access path (rust/kernel/net/phy.rs).
    assert_eq!(p._bitfield_1.get(14, 1), 1);
}
)";
  std::string Crate =
      "#![allow(non_camel_case_types, non_upper_case_globals, dead_code)]\n" +
      T.emit() + Main;
  std::string Rustc = findRustTool("rustc");
  REQUIRE_FALSE(Rustc.empty());
  ScratchDir Dir("rustraw-bits");
  std::string Exe = Dir.file("main");
  ToolResult Build =
      runTool(Rustc, {"--edition=2021", "-o", Exe, Dir.file("main.rs", Crate)});
  INFO(Build.Output);
  REQUIRE(Build.ExitCode == 0);
  ToolResult Run = runTool(Exe, {});
  INFO(Run.Output);
  CHECK(Run.ExitCode == 0);
}
