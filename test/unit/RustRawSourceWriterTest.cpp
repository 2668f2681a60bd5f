//===- RustRawSourceWriterTest.cpp - rustfmt's line breaking --------------===//
//
// The expected texts are what rustfmt 1.8 (edition 2021, default config)
// makes of the same items; the "[rustc]" case checks that with rustfmt.
//
//===----------------------------------------------------------------------===//

#include "RustRawTestSupport.h"

#include "../../lib/Backends/Support/SourceWriter.h"

#include <catch2/catch.hpp>

using namespace kbindgen;
using namespace kbindgen::test;
using namespace kbindgen::backends;

namespace {

RustType atomType(std::string Text) {
  RustType T;
  T.Flat = std::move(Text);
  return T;
}

/// An extern declaration `pub fn NAME(a: *mut ffi::c_void) -> ffi::c_int;`
/// whose line (indented by 4) is exactly Width columns.
std::string declaration(size_t Width, bool WithReturn) {
  SourceWriter W;
  W.indent();
  Signature Sig;
  std::string Fixed = WithReturn
                          ? "    pub fn (a: *mut ffi::c_void) -> ffi::c_int;"
                          : "    pub fn (a: *mut ffi::c_void);";
  Sig.Head = "pub fn " + std::string(Width - Fixed.size(), 'f');
  Sig.Params = {{"a", atomType("*mut ffi::c_void")}};
  Sig.Tail = WithReturn ? " -> ffi::c_int;" : ";";
  W.signature(Sig);
  return W.str().str();
}

} // namespace

TEST_CASE("RustRaw format: declarations around 100 columns", "[rustraw]") {
  std::string Name99 = std::string(52, 'f');
  CHECK(declaration(99, true) ==
        "    pub fn " + Name99 + "(a: *mut ffi::c_void) -> ffi::c_int;\n");
  // Overflowing by the `;` alone moves the return type.
  CHECK(declaration(100, true) == "    pub fn " + Name99 +
                                      "f(a: *mut ffi::c_void)\n"
                                      "        -> ffi::c_int;\n");
  CHECK(declaration(101, true) == "    pub fn " + Name99 +
                                      "ff(\n"
                                      "        a: *mut ffi::c_void,\n"
                                      "    ) -> ffi::c_int;\n");
  CHECK(declaration(100, false).find('\n') ==
        declaration(100, false).size() - 1);
  CHECK(contains(declaration(101, false),
                 "(\n        a: *mut ffi::c_void,\n    );\n"));
}

TEST_CASE("RustRaw format: methods break only past 100 columns", "[rustraw]") {
  for (size_t Width : {100, 101}) {
    SourceWriter W;
    W.indent();
    Signature Sig;
    Sig.Head = "pub fn " + std::string(Width - 34, 'h');
    Sig.Params = {{"&self", RustType()}};
    Sig.Tail = " -> ffi::c_int {";
    W.signature(Sig);
    REQUIRE(4 + Sig.Head.size() + 7 + Sig.Tail.size() == Width);
    if (Width == 100)
      CHECK(W.str() == "    " + Sig.Head + "(&self) -> ffi::c_int {\n");
    else
      CHECK(W.str() ==
            "    " + Sig.Head + "(\n        &self,\n    ) -> ffi::c_int {\n");
  }
}

TEST_CASE("RustRaw format: long constants and aliases", "[rustraw]") {
  SourceWriter W;
  std::string Long(70, 'C');
  W.assignment("pub const " + Long + ": some_type_t", atomType("1234567890"));
  W.assignment("pub const " + Long + "_ENUM: " + Long + "_enum_t",
               atomType("0"));
  W.assignment("pub type short", atomType(std::string(110, 't')));
  CHECK(W.str() == "pub const " + Long +
                       ": some_type_t =\n    1234567890;\n"
                       "pub const " +
                       Long + "_ENUM:\n    " + Long +
                       "_enum_t = 0;\n"
                       "pub type short =\n    " +
                       std::string(110, 't') + ";\n");
}

TEST_CASE("RustRaw format: long field types", "[rustraw]") {
  SourceWriter W;
  W.indent();
  std::string Long(80, 'r');
  W.typed("pub field: ", atomType("[[" + Long + "; 2usize]; 3usize]"), ",");
  W.typed("pub __bindgen_anon_1: ",
          atomType("::core::mem::ManuallyDrop<" + Long + "xxxxxxxxxxx>"), ",");
  CHECK(W.str() == "    pub field:\n        [[" + Long +
                       "; 2usize]; 3usize],\n"
                       "    pub __bindgen_anon_1: ::core::mem::ManuallyDrop<\n"
                       "        " +
                       Long +
                       "xxxxxxxxxxx,\n"
                       "    >,\n");
}

TEST_CASE("RustRaw format: long names stay rustfmt-clean end to end",
          "[rustraw][rustc]") {
  RustRawTestModule T;
  T.Opts.CtypesPrefix = "ffi";
  T.Opts.RawLines = {"use ::core::ffi;"};
  std::string Long =
      "page__bindgen_ty_1__bindgen_ty_4_dev_pagemap__bindgen_ty_1";
  ir::TypeId Int = T.intT();
  // A record whose layout assertions need the local alias.
  ir::ItemId Inner = T.record(
      Long + "__bindgen_ty_1", 8, 4,
      {{"first_member", Int, 0}, {"second_member_with_a_long_name", Int, 32}});
  // Not Copy: a union field of it becomes ManuallyDrop<...>.
  T.derives(Inner).Copy = T.derives(Inner).Clone = false;
  ir::ItemId U = T.record(Long, 8, 4, {{"", T.named(Inner), 0}}, true);
  T.derives(U) = DeriveSet();
  // `pub struct NAME {}` of exactly 100 columns.
  T.record(std::string(100 - 14, 'e'), 0, 1, {});
  T.constant(Long + "_SOME_CONSTANT_NAME", {});
  ir::ItemId E = T.enumeration(Long + "_position", T.uintT(),
                               {{"DEVICE_VERT_POS_UPPER", 0}});
  (void)E;
  ir::TypeId VoidPtr = T.pointerTo(T.voidT());
  // Declarations of 99, 100 and 101 columns.
  // `    pub fn alternatives_text_reserved(start: *mut ffi::c_void, end:
  // *mut ffi::c_void) -> ffi::c_int;` is 100 columns.
  for (const char *Name :
       {"alternatives_text_reserve", "alternatives_text_reserved",
        "alternatives_text_reservedx"})
    T.function(Name, T.functionType(Int, {VoidPtr, VoidPtr}), {"start", "end"});
  // int (*get_op(char symbol))(int, int); with long types.
  ir::TypeId LongLong = T.integer(ir::IntegerKind::LongLong, true, 8);
  ir::TypeId Op =
      T.pointerTo(T.functionType(LongLong, {LongLong, LongLong, LongLong}));
  T.function("get_operation_for_symbol", T.functionType(Op, {T.charT()}),
             {"symbol"});
  T.function("get_default_operation_pointer", T.functionType(Op, {}));
  // struct ops { long long (*table[2])(long long, long long, long long); };
  T.record("ops", 16, 8, {{"table", T.arrayOf(Op, 2), 0}});
  std::string Out = T.emit();
  REQUIRE(contains(Out, "    ) -> ::core::option::Option<\n"));
  REQUIRE(contains(Out, "    pub table: [::core::option::Option<\n"));
  REQUIRE(contains(Out, "type __Record ="));
  REQUIRE(contains(Out, "ManuallyDrop<\n"));
  REQUIRE(contains(Out, ")\n        -> ffi::c_int;\n"));
  requireFormatted(Out);
  requireCompiles(Out);
}
