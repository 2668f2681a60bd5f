//===- RustRawItemsTest.cpp - exact text of single items ------------------===//

#include "RustRawTestSupport.h"

#include <catch2/catch.hpp>

using namespace kbindgen;
using namespace kbindgen::test;
using ir::IntegerKind;

namespace {

ir::Constant integerConstant(int64_t Value, ir::TypeId CType = {}) {
  ir::Constant C;
  C.Kind = ir::ConstantKind::Integer;
  C.IntegerBits = static_cast<uint64_t>(Value);
  C.IsNegative = Value < 0;
  C.CType = CType;
  return C;
}

/// Makes the analysis' choice of ConstantTypes.cpp for hand-built
/// constants: each writes the C type it records.
void keepRecordedCTypes(RustRawTestModule &T) {
  T.A.ConstantCTypes.assign(T.M.Items.size(), ir::TypeId());
  for (size_t I = 0; I < T.M.Items.size(); ++I)
    if (const auto *Constant = T.M.Items[I].getIf<ir::Constant>())
      T.A.ConstantCTypes[I] = Constant->CType;
}

/// Everything after the header comment line and its blank line.
std::string body(const std::string &Out) {
  size_t Start = Out.find("\n\n");
  return Start == std::string::npos ? Out : Out.substr(Start + 2);
}

} // namespace

void buildItemZoo(RustRawTestModule &T) {
  ir::TypeId UInt = T.uintT(), Int = T.intT();
  T.enumeration("E", UInt, {{"A", 0}, {"B", 5}, {"C", 5}});
  T.enumeration("R", Int, {{"R_A", 0}, {"R_B", 5}, {"R_C", 5}, {"R_D", -1}},
                EnumStyle::Rust);
  T.enumeration("N", UInt, {{"N_A", 1}, {"N_B", 2}}, EnumStyle::NewType);
  T.enumeration("BF", UInt, {{"BF_A", 1}, {"BF_B", 2}}, EnumStyle::Bitfield);
  T.enumeration("M", UInt, {{"M_A", 0}, {"M_B", 1}}, EnumStyle::ModuleConsts);
  ir::TypeId CharPtr = T.pointerTo(T.charT());
  ir::TypeId ConstCharPtr = T.pointerTo(T.charT(true));
  T.typedefOf("cb", T.pointerTo(T.functionType(T.voidT(), {Int, CharPtr})));
  T.typedefOf("fnt", T.functionType(Int, {Int}));
  ir::ItemId Foo = T.function(
      "foo", T.functionType(Int, {Int, ConstCharPtr}, true), {"", "s"});
  T.M.item(Foo).as<ir::Function>().WarnUnusedResult = true;
  T.function("nr", T.functionType(T.voidT(), {}, false, true));
  ir::ItemId Kw = T.function("kw", T.functionType(T.voidT(), {Int, Int, Int}),
                             {"type", "match", ""});
  (void)Kw;
  ir::ItemId Renamed = T.function("renamed", T.functionType(T.voidT(), {}));
  T.M.item(Renamed).as<ir::Function>().LinkName = "_renamed";
  T.var("gv", Int);
  T.var("cgv", T.intT(true));
  ir::ItemId TypeVar = T.var("type", Int);
  T.A.RustNames[TypeVar.Index] = "type_";
  ir::ItemId GfpT = T.typedefOf("gfp_t", T.ulongT());
  T.constant("I1", integerConstant(5));
  T.constant("I2", integerConstant(-5));
  T.constant("I3", integerConstant(0x100000000));
  T.constant("I4", integerConstant(-3000000000));
  T.constant("GFP", integerConstant(-1, T.named(GfpT)));
  T.constant("SHORTNEG", integerConstant(-1, T.shortT()));
  ir::Constant F;
  F.Kind = ir::ConstantKind::Float;
  F.FloatValue = 1.5;
  T.constant("F1", F);
  F.FloatValue = 2.0;
  T.constant("F2", F);
  ir::Constant S;
  S.Kind = ir::ConstantKind::String;
  S.Bytes = std::string("hi\n\"\x7f\xff\\", 7);
  T.constant("S1", S);
  ir::Constant C;
  C.Kind = ir::ConstantKind::Char;
  C.IntegerBits = 'a';
  T.constant("C1", C);
  keepRecordedCTypes(T);
}

TEST_CASE("RustRaw: consts enum is constants then the type alias",
          "[rustraw]") {
  RustRawTestModule T;
  T.enumeration("E", T.uintT(), {{"A", 0}, {"B", 5}});
  T.enumeration("S", T.intT(), {{"NEG", -1}});
  CHECK(body(T.emit()) == "pub const E_A: E = 0;\n"
                          "pub const E_B: E = 5;\n"
                          "pub type E = ::core::ffi::c_uint;\n"
                          "pub const S_NEG: S = -1;\n"
                          "pub type S = ::core::ffi::c_int;\n");
}

TEST_CASE("RustRaw: enum integer type is translated on request", "[rustraw]") {
  RustRawTestModule T;
  T.Opts.TranslateEnumIntegerTypes = true;
  T.enumeration("S", T.intT(), {{"NEG", -1}});
  CHECK(contains(T.emit(), "pub type S = i32;\n"));
}

TEST_CASE("RustRaw: rust enum turns duplicate values into aliases",
          "[rustraw]") {
  RustRawTestModule T;
  T.enumeration("R", T.intT(),
                {{"R_A", 0}, {"R_B", 5}, {"R_C", 5}, {"R_D", -1}},
                EnumStyle::Rust);
  CHECK(body(T.emit()) == "impl R {\n"
                          "    pub const R_C: R = R::R_B;\n"
                          "}\n"
                          "#[repr(i32)]\n"
                          "#[derive(Debug, Copy, Clone, Hash, PartialEq, Eq)]\n"
                          "pub enum R {\n"
                          "    R_A = 0,\n"
                          "    R_B = 5,\n"
                          "    R_D = -1,\n"
                          "}\n");
}

TEST_CASE("RustRaw: anonymous rust enum exports its variants", "[rustraw]") {
  RustRawTestModule T;
  ir::ItemId E = T.enumeration("", T.uintT(), {{"ANON_A", 1}}, EnumStyle::Rust);
  T.A.RustNames[E.Index] = "_bindgen_ty_1";
  T.A.AnonymousEnumConstNames[E.Index] = {"ANON_A"};
  std::string Out = T.emit();
  CHECK(contains(Out,
                 "pub const ANON_A: _bindgen_ty_1 = _bindgen_ty_1::ANON_A;\n"
                 "#[repr(u32)]\n"));
}

TEST_CASE("RustRaw: newtype and bitfield enums", "[rustraw]") {
  RustRawTestModule T;
  T.enumeration("N", T.uintT(), {{"N_A", 1}}, EnumStyle::NewType);
  T.enumeration("BF", T.uintT(), {{"BF_A", 1}}, EnumStyle::Bitfield);
  std::string Out = body(T.emit());
  CHECK(contains(Out, "impl N {\n    pub const N_A: N = N(1);\n}\n"
                      "#[repr(transparent)]\n"
                      "#[derive(Debug, Copy, Clone, Hash, PartialEq, Eq)]\n"
                      "pub struct N(pub ::core::ffi::c_uint);\n"));
  CHECK(contains(Out, "impl ::core::ops::BitOr<BF> for BF {\n"));
  CHECK(contains(Out, "impl ::core::ops::BitAndAssign for BF {\n"));
  CHECK_FALSE(contains(Out, "impl ::core::ops::BitOr<N> for N"));
}

TEST_CASE("RustRaw: module-constants enum and its uses", "[rustraw]") {
  RustRawTestModule T;
  T.Opts.ModuleRawLines["M"] = {"use super::*;"};
  ir::ItemId M =
      T.enumeration("M", T.uintT(), {{"M_A", 0}}, EnumStyle::ModuleConsts);
  T.var("current", T.named(M));
  std::string Out = body(T.emit());
  CHECK(contains(Out, "pub mod M {\n"
                      "    use super::*;\n"
                      "    pub type Type = ::core::ffi::c_uint;\n"
                      "    pub const M_A: Type = 0;\n"
                      "}\n"));
  CHECK(contains(Out, "pub static mut current: M::Type;"));
}

TEST_CASE("RustRaw: function attributes, names and blocks", "[rustraw]") {
  RustRawTestModule T;
  ir::TypeId Int = T.intT();
  ir::ItemId Foo = T.function(
      "foo", T.functionType(Int, {Int, T.pointerTo(T.charT(true))}, true),
      {"", "s"});
  T.M.item(Foo).as<ir::Function>().WarnUnusedResult = true;
  T.function("nr", T.functionType(T.voidT(), {}, false, true));
  T.function("kw", T.functionType(T.voidT(), {Int, Int, Int, Int}),
             {"type", "", "match", ""});
  ir::ItemId Renamed = T.function("renamed", T.functionType(T.voidT(), {}));
  T.M.item(Renamed).as<ir::Function>().LinkName = "_renamed";

  SECTION("Rust 1.68 without attribute detection") {
    T.Opts.Target = {1, 68};
    std::string Out = body(T.emit());
    CHECK(Out == "extern \"C\" {\n"
                 "    pub fn foo(arg1: ::core::ffi::c_int, s: *const "
                 "::core::ffi::c_char, ...) -> ::core::ffi::c_int;\n"
                 "}\n"
                 "extern \"C\" {\n"
                 "    pub fn nr() -> !;\n"
                 "}\n"
                 "extern \"C\" {\n"
                 "    pub fn kw(\n"
                 "        type_: ::core::ffi::c_int,\n"
                 "        arg1: ::core::ffi::c_int,\n"
                 "        match_: ::core::ffi::c_int,\n"
                 "        arg2: ::core::ffi::c_int,\n"
                 "    );\n"
                 "}\n"
                 "extern \"C\" {\n"
                 "    #[link_name = \"\\u{1}_renamed\"]\n"
                 "    pub fn renamed();\n"
                 "}\n");
  }
  SECTION("Rust 1.82 with attribute detection and merged blocks") {
    T.Opts.FunctionAttributeDetection = true;
    T.Opts.MergeExternBlocks = true;
    std::string Out = body(T.emit());
    CHECK(Out.find("unsafe extern \"C\" {\n    #[must_use]\n    pub fn foo(") ==
          0);
    CHECK(Out.find("extern \"C\" {", 20) == std::string::npos);
  }
}

TEST_CASE("RustRaw: K&R functions take no parameters", "[rustraw]") {
  RustRawTestModule T;
  T.Opts.Target = {1, 68};
  ir::TypeId KrType = T.functionType(T.intT(), {T.intT()});
  T.M.Signatures[T.M.type(KrType).Signature].HasPrototype = false;
  T.function("kr", KrType);
  CHECK(bodyOf(T.emit()) == "extern \"C\" {\n"
                            "    pub fn kr() -> ::core::ffi::c_int;\n"
                            "}\n");
}

TEST_CASE("RustRaw: extern variables", "[rustraw]") {
  RustRawTestModule T;
  T.Opts.Target = {1, 68};
  T.var("gv", T.intT());
  T.var("cgv", T.intT(true));
  ir::ItemId TypeVar = T.var("type", T.intT());
  T.A.RustNames[TypeVar.Index] = "type_";
  T.var("arr", T.incompleteArrayOf(T.intT()));
  CHECK(body(T.emit()) ==
        "extern \"C\" {\n"
        "    pub static mut gv: ::core::ffi::c_int;\n"
        "}\n"
        "extern \"C\" {\n"
        "    pub static cgv: ::core::ffi::c_int;\n"
        "}\n"
        "extern \"C\" {\n"
        "    #[link_name = \"\\u{1}type\"]\n"
        "    pub static mut type_: ::core::ffi::c_int;\n"
        "}\n"
        "extern \"C\" {\n"
        "    pub static mut arr: [::core::ffi::c_int; 0usize];\n"
        "}\n");
}

TEST_CASE("RustRaw: integer constants typed like bindgen", "[rustraw]") {
  RustRawTestModule T;
  T.constant("I1", integerConstant(5));
  T.constant("I2", integerConstant(-5));
  T.constant("I3", integerConstant(0x100000000));
  T.constant("I4", integerConstant(-3000000000));
  T.constant("U32MAX", integerConstant(0xffffffff));
  T.constant("I32MIN", integerConstant(INT32_MIN));
  CHECK(body(T.emit()) == "pub const I1: u32 = 5;\n"
                          "pub const I2: i32 = -5;\n"
                          "pub const I3: u64 = 4294967296;\n"
                          "pub const I4: i64 = -3000000000;\n"
                          "pub const U32MAX: u32 = 4294967295;\n"
                          "pub const I32MIN: i32 = -2147483648;\n");
}

TEST_CASE("RustRaw: typed integer constants wrap into their type",
          "[rustraw]") {
  RustRawTestModule T;
  T.Opts.CtypesPrefix = "ffi";
  ir::ItemId GfpT = T.typedefOf("gfp_t", T.ulongT());
  T.constant("GFP", integerConstant(-1, T.named(GfpT)));
  T.constant("SHORTNEG", integerConstant(-1, T.shortT()));
  T.constant("UCHAR", integerConstant(0x1ff, T.ucharT()));
  T.constant("YES", integerConstant(1, T.boolT()));
  keepRecordedCTypes(T);
  CHECK(body(T.emit()) == "pub type gfp_t = ffi::c_ulong;\n"
                          "pub const GFP: gfp_t = 18446744073709551615;\n"
                          "pub const SHORTNEG: ffi::c_short = -1;\n"
                          "pub const UCHAR: ffi::c_uchar = 255;\n"
                          "pub const YES: bool = true;\n");
}

TEST_CASE("RustRaw: float, string and char constants", "[rustraw]") {
  RustRawTestModule T;
  ir::Constant F;
  F.Kind = ir::ConstantKind::Float;
  F.FloatValue = 1.5;
  T.constant("F1", F);
  F.FloatValue = 2.0;
  T.constant("F2", F);
  F.FloatValue = 1e300;
  T.constant("F3", F);
  F.FloatValue = std::numeric_limits<double>::infinity();
  T.constant("FINF", F);
  ir::Constant S;
  S.Kind = ir::ConstantKind::String;
  S.Bytes = std::string("hi\n\"\x7f\xff\\\t", 8);
  T.constant("S1", S);
  ir::Constant C;
  C.Kind = ir::ConstantKind::Char;
  C.IntegerBits = 'a';
  T.constant("C1", C);
  std::string Out = body(T.emit());
  CHECK(Out == "pub const F1: f64 = 1.5;\n"
               "pub const F2: f64 = 2.0;\n"
               "pub const F3: f64 = 1e+300;\n"
               "pub const FINF: f64 = f64::INFINITY;\n"
               "pub const S1: &[u8; 9] = b\"hi\\n\\\"\\x7F\\xFF\\\\\\t\\0\";\n"
               "pub const C1: u8 = 97u8;\n");
  // A non-finite value is spelled with Rust's constants, not dropped.
  CHECK(T.Warnings.empty());
}

TEST_CASE("RustRaw: C string constants with --generate-cstr", "[rustraw]") {
  RustRawTestModule T;
  T.Opts.GenerateCstr = true;
  ir::Constant S;
  S.Kind = ir::ConstantKind::String;
  S.Bytes = "abc";
  T.constant("S", S);
  S.Bytes = std::string("a\0b", 3);
  T.constant("NUL", S);
  std::string Out = body(T.emit());
  CHECK(contains(Out, "pub const S: &::core::ffi::CStr = c\"abc\";\n"));
  // An interior NUL cannot be a C string literal.
  CHECK(contains(Out, "pub const NUL: &[u8; 4] = b\"a\\0b\\0\";\n"));
}

TEST_CASE("RustRaw: type spelling", "[rustraw]") {
  RustRawTestModule T;
  T.Opts.CtypesPrefix = "ffi";
  ir::TypeId Int = T.intT();
  T.var("p", T.pointerTo(T.pointerTo(T.charT(true))));
  T.var("m", T.arrayOf(T.arrayOf(Int, 3), 4));
  T.var("fp", T.pointerTo(T.functionType(Int, {T.pointerTo(T.voidT(true))})));
  ir::ItemId Fnt = T.typedefOf("fnt", T.functionType(Int, {Int}));
  T.var("via_typedef", T.pointerTo(T.named(Fnt)));
  T.var("wide", T.integer(IntegerKind::Int128, true, 16));
  T.var("c16", T.integer(IntegerKind::Char16, false, 2));
  T.var("flag", T.boolT());
  T.var("single", T.floatingPoint(ir::FloatKind::Float, 4, 4, "float"));
  std::string Out = body(T.emit());
  CHECK(contains(Out, "pub static mut p: *mut *const ffi::c_char;"));
  CHECK(contains(Out, "pub static mut m: [[ffi::c_int; 3usize]; 4usize];"));
  // Too long for one line: rustfmt moves the type after the colon.
  CHECK(contains(Out, "    pub static mut fp:\n        ::core::option::Option<"
                      "unsafe extern \"C\" fn(arg1: *const ffi::c_void) -> "
                      "ffi::c_int>;\n"));
  CHECK(contains(Out, "pub type fnt = ::core::option::Option<unsafe extern "
                      "\"C\" fn(arg1: ffi::c_int) -> ffi::c_int>;"));
  CHECK(contains(Out, "pub static mut via_typedef: fnt;"));
  CHECK(contains(Out, "pub static mut wide: i128;"));
  CHECK(contains(Out, "pub static mut c16: u16;"));
  CHECK(contains(Out, "pub static mut flag: bool;"));
  CHECK(contains(Out, "pub static mut single: f32;"));
}

TEST_CASE("RustRaw: ctypes prefix and core crate follow the options",
          "[rustraw]") {
  RustRawTestModule T;
  T.Opts.CtypesPrefix.clear();
  T.var("fp", T.pointerTo(T.functionType(T.voidT(), {T.pointerTo(T.voidT())})));
  SECTION("std") {
    T.Opts.UseCore = false;
    CHECK(contains(T.emit(), "::std::option::Option<unsafe extern \"C\" "
                             "fn(arg1: *mut ::std::os::raw::c_void)>;"));
    CHECK(contains(T.emit(), "unsafe extern \"C\" {\n"));
  }
  SECTION("core") {
    CHECK(contains(T.emit(), "::core::option::Option<unsafe extern \"C\" "
                             "fn(arg1: *mut ::core::ffi::c_void)>;"));
  }
  SECTION("kernel ffi") {
    T.Opts.CtypesPrefix = "ffi";
    CHECK(contains(T.emit(), "fn(arg1: *mut ffi::c_void)>;"));
  }
}

TEST_CASE("RustRaw: __int128 and long double become blobs when Rust cannot "
          "match them",
          "[rustraw]") {
  RustRawTestModule T;
  T.Opts.Target = {1, 68};
  T.var("wide", T.integer(IntegerKind::Int128, true, 16));
  T.var("ld",
        T.floatingPoint(ir::FloatKind::LongDouble, 16, 16, "long double"));
  std::string Out = T.emit();
  CHECK(contains(Out, "pub static mut wide: __BindgenOpaque_16_16;"));
  CHECK(contains(Out, "pub static mut ld: __BindgenOpaque_16_16;"));
  // One helper, defined once.
  CHECK(contains(Out, "#[repr(C, align(16))]\n"));
  CHECK(Out.find("pub struct __BindgenOpaque_16_16(") ==
        Out.rfind("pub struct __BindgenOpaque_16_16("));
  CHECK(T.Warnings.size() == 2);
}

TEST_CASE("RustRaw: header, raw lines and prelude only when used",
          "[rustraw]") {
  RustRawTestModule T;
  T.Opts.RawLines = {"use super::*;"};
  T.var("gv", T.intT());
  std::string Out = T.emit();
  CHECK(Out.find(
            "/* automatically generated by kbindgen */\n\nuse super::*;\n") ==
        0);
  CHECK_FALSE(contains(Out, "__BindgenBitfieldUnit"));
  CHECK_FALSE(contains(Out, "__IncompleteArrayField"));
  T.record("flex", 4, 4,
           {{"n", T.intT(), 0}, {"data", T.incompleteArrayOf(T.intT()), 32}});
  Out = T.emit();
  CHECK(contains(Out, "pub struct __IncompleteArrayField<T>("));
  CHECK_FALSE(contains(Out, "__BindgenBitfieldUnit"));
}

TEST_CASE("RustRaw: output is deterministic", "[rustraw]") {
  RustRawTestModule T;
  buildItemZoo(T);
  std::string First = T.emit();
  CHECK(T.emit() == First);
}

TEST_CASE("RustRaw: bitfield accessor names follow bindgen",
          "[rustraw][rustc]") {
  RustRawTestModule T;
  T.Opts.LayoutTests = false;
  // struct idt_bits { unsigned type:4; int :4; }; struct pad { int :32; };
  ir::ItemId Idt = T.record("idt_bits", 4, 4,
                            {{"type", T.uintT(), 0, 4}, {"", T.intT(), 4, 4}});
  T.A.MemberNames[Idt.Index] = {"type_", ""};
  T.record("pad", 4, 1, {{"", T.intT(), 0, 32}});
  std::string Out = T.emit();
  CHECK(contains(Out, "    pub fn type_(&self) -> ::core::ffi::c_uint {\n"));
  CHECK(contains(
      Out, "    pub fn set_type(&mut self, val: ::core::ffi::c_uint) {\n"));
  CHECK(contains(Out, "    pub unsafe fn type__raw(this: *const Self)"));
  CHECK(contains(Out, "    pub unsafe fn set_type_raw(this: *mut Self, val:"));
  CHECK(contains(Out, "    pub fn new_bitfield_1(type_: ::core::ffi::c_uint)"));
  // A unit of unnamed bitfields only still has its constructor.
  CHECK(contains(Out, "impl pad {\n"
                      "    #[inline]\n"
                      "    pub fn new_bitfield_1() -> "
                      "__BindgenBitfieldUnit<[u8; 4usize]> {\n"));
  requireCompiles(Out);
}
TEST_CASE("RustRaw: fixed-width C typedefs are Rust primitives", "[rustraw]") {
  RustRawTestModule T;
  ir::ItemId U8 = T.typedefOf("uint8_t", T.ucharT());
  ir::ItemId Size = T.typedefOf("size_t", T.ulongT());
  // An int32_t that is not 4 signed bytes keeps its C spelling.
  ir::ItemId Odd = T.typedefOf("int32_t", T.longT());
  T.function("f", T.functionType(T.named(Size), {T.named(U8), T.named(Odd)}));
  std::string Out = T.emit();
  CHECK(contains(Out, "pub type uint8_t = u8;\n"));
  CHECK(contains(Out, "pub type size_t = usize;\n"));
  CHECK(contains(Out, "pub type int32_t = ::core::ffi::c_long;\n"));
  CHECK(contains(Out, "pub fn f(arg1: u8, arg2: int32_t) -> usize;"));
}
TEST_CASE("RustRaw: --disable-header-comment drops the first line",
          "[rustraw]") {
  RustRawTestModule T;
  T.typedefOf("t", T.intT());
  CHECK(contains(T.emit(), "automatically generated by kbindgen"));
  T.Opts.HeaderComment = false;
  std::string Out = T.emit();
  CHECK_FALSE(contains(Out, "automatically generated"));
  CHECK(llvm::StringRef(Out).starts_with("pub type t = "));
}
