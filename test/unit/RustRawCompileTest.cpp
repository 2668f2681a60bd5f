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

namespace {

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
           {{"p", T.pointer(T.voidT()), 0},
            {"link", UInt, 64, 1},
            {"autoneg", UInt, 65, 1},
            {"x", UInt, 66, 12},
            {"is_internal", UInt, 78, 1},
            {"y", Int, 96}});
  // union u { int a; char b[7]; };
  ir::ItemId U = T.record(
      "u", 8, 4, {{"a", Int, 0}, {"b", T.array(T.charT(), 7), 0}}, true);
  T.derives(U).Debug = false; // Unions cannot derive Debug.
  // struct flex { int n; int data[]; };
  ir::ItemId Flex = T.record(
      "flex", 4, 4, {{"n", Int, 0}, {"data", T.incompleteArray(Int), 32}});
  T.derives(Flex).Copy = T.derives(Flex).Clone = false;
  // struct gap { char c; int i __attribute__((aligned(8))); };
  T.record("gap", 16, 8, {{"c", T.charT(), 0}, {"i", Int, 64}});
  // struct withld { long double x; char c; };
  T.record(
      "withld", 32, 16,
      {{"x", T.floatT(ir::FloatKind::LongDouble, 16, 16, "long double"), 0},
       {"c", T.charT(), 128}});
}

} // namespace

TEST_CASE("dump layout zoo", "[.dump]") {
  RustRawTestModule T;
  buildLayoutZoo(T);
  std::string Out = T.emit();
  std::ofstream("/tmp/rr/zoo.rs") << asNoStdCrate(Out);
  for (auto &W : T.Warnings)
    printf("warning: %s\n", W.Message.c_str());
}
