//===- AnalysisRustLayoutTest.cpp - The Rust layout and the call ABI ------===//
//
// A record whose Rust layout is invalid is written as one opaque blob of
// integers; rustc passes that blob by its own class, not by the C members'
// (two floats in SSE registers, the blob in integer ones), so a function
// passing such a record by value must be refused like any other call Rust
// cannot make. The layout is the analysis' (RustLayouts): the writer and the
// call ABI check read the same one.
//
//===----------------------------------------------------------------------===//

#include "IRBuilderForTests.h"
#include "TestSupport.h"

#include "kbindgen/Analysis/Analysis.h"
#include "kbindgen/Analysis/RustLayout.h"

#include <catch2/catch.hpp>

using namespace kbindgen;
using kbindgen::test::analyzeVerified;
using kbindgen::test::contains;
using kbindgen::test::IRBuilder;

namespace {

struct InvalidLayoutModule {
  IRBuilder B;
  ir::ItemId Bad, Outer, Take, Give, ByPointer, TakeOuter, Fine;

  InvalidLayoutModule() {
    ir::TypeId Float = B.floatType();
    ir::TypeId Void = B.voidType();
    // Two floats that overlap: no Rust fields can land there, so the
    // writer falls back to a blob (clang never lays a C struct out so; an
    // IR that does is what makes the layout invalid).
    Bad = B.record(
        "bad", {{"x", Float, std::nullopt, 0}, {"y", Float, std::nullopt, 16}},
        ir::RecordKind::Struct, ir::ItemId(), 8, 4);
    ir::TypeId BadType = B.named(Bad, "struct bad");
    Outer = B.record("outer", {{"inner", BadType, std::nullopt, 0}},
                     ir::RecordKind::Struct, ir::ItemId(), 8, 4);
    ir::TypeId OuterType = B.named(Outer, "struct outer");
    ir::ItemId Good = B.record(
        "good", {{"x", Float, std::nullopt, 0}, {"y", Float, std::nullopt, 32}},
        ir::RecordKind::Struct, ir::ItemId(), 8, 4);
    Take = B.functionOfType("take", B.functionType(Void, {BadType}), {"p"});
    Give = B.function("give", BadType, {});
    ByPointer = B.functionOfType(
        "by_pointer", B.functionType(Void, {B.pointerTo(BadType)}), {"p"});
    TakeOuter = B.functionOfType("take_outer",
                                 B.functionType(Void, {OuterType}), {"o"});
    Fine = B.functionOfType(
        "fine", B.functionType(Void, {B.named(Good, "struct good")}), {"g"});
  }
};

} // namespace

TEST_CASE("Rust layout: overlapping members make the layout invalid",
          "[analysis]") {
  InvalidLayoutModule T;
  Analysis A = analyzeVerified(T.B.M);
  RustLayouts Layouts(T.B.M, A, Options());
  CHECK_FALSE(Layouts.record(T.Bad).Valid);
  // The record holding it is laid out; its member is the blob.
  CHECK(Layouts.record(T.Outer).Valid);
}

TEST_CASE("Call ABI: a record Rust writes as an opaque blob is refused by "
          "value",
          "[analysis]") {
  InvalidLayoutModule T;
  Analysis A = analyzeVerified(T.B.M);
  CHECK(A.decision(T.Take).Kind == Disposition::Skipped);
  CHECK(contains(A.decision(T.Take).Reason,
                 "not callable from Rust: its call ABI passes a record whose "
                 "layout Rust can only write as an opaque blob (struct bad in "
                 "parameter p)"));
  CHECK(A.decision(T.Give).Kind == Disposition::Skipped);
  CHECK(contains(A.decision(T.Give).Reason, "(struct bad in return type)"));
  // Nested at any depth: the outer record is passed by its members' class.
  CHECK(A.decision(T.TakeOuter).Kind == Disposition::Skipped);
  CHECK(contains(A.decision(T.TakeOuter).Reason,
                 "(struct bad of field inner of struct outer in parameter "
                 "o)"));
  // A pointer is a pointer, and a record laid out faithfully is passed as C
  // passes it.
  CHECK(A.decision(T.ByPointer).Kind == Disposition::Emit);
  CHECK(A.decision(T.Fine).Kind == Disposition::Emit);
  bool Summarized = false;
  for (const CallAbiRefusal &R : A.RefusedFunctions)
    Summarized |= R.Item == T.Take;
  CHECK(Summarized);
}
