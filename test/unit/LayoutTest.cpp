//===- LayoutTest.cpp - kbindgen layout: holes, bitfields, lookup ---------===//

#include "TestSupport.h"

#include "kbindgen/Analysis/Analysis.h"
#include "kbindgen/Inspect/Layout.h"

#include <catch2/catch.hpp>

using namespace kbindgen;
using namespace kbindgen::layout;

namespace {

RecordLayout layoutOf(const AnalysedModule &P, const std::string &Name) {
  RecordIndex Index(P.Module, P.Decisions);
  llvm::Expected<ir::ItemId> Id = Index.find(Name);
  if (!Id)
    FAIL(llvm::toString(Id.takeError()));
  return computeLayout(P.Module, P.Decisions, *Id);
}

const MemberLayout &memberNamed(const BodyLayout &Body,
                                const std::string &Name) {
  for (const MemberLayout &Member : Body.Members)
    if (Member.Name == Name)
      return Member;
  FAIL("no member " << Name);
  return Body.Members.front();
}

std::string textOf(const RecordLayout &Layout) {
  std::string Text;
  llvm::raw_string_ostream OS(Text);
  printLayoutText(Layout, OS);
  return Text;
}

} // namespace

TEST_CASE("layout: holes between members and trailing padding", "[layout]") {
  AnalysedModule P =
      test::analyseSource("struct s { char a; int b; char c; long d; "
                          "char e; };");
  RecordLayout L = layoutOf(P, "struct s");
  CHECK(L.Body.SizeBytes == 32);
  CHECK(memberNamed(L.Body, "a").HoleBytesAfter == 3);
  CHECK(memberNamed(L.Body, "b").HoleBytesAfter == 0);
  CHECK(memberNamed(L.Body, "c").HoleBytesAfter == 7);
  CHECK(memberNamed(L.Body, "d").OffsetBytes == 16);
  CHECK(L.Body.PaddingBytes == 7);
  CHECK(L.HoleCount == 2);
  CHECK(L.SumHoleBytes == 10);
}

TEST_CASE("layout: bitfields sit in storage units of their type", "[layout]") {
  AnalysedModule P = test::analyseSource(
      "struct b { char c; unsigned x : 3; unsigned y : 5; long z; };");
  RecordLayout L = layoutOf(P, "b");
  const MemberLayout &X = memberNamed(L.Body, "x");
  const MemberLayout &Y = memberNamed(L.Body, "y");
  REQUIRE(X.Bitfield);
  REQUIRE(Y.Bitfield);
  // x is bit 8 of the struct: bit 8 of the unsigned at offset 0.
  CHECK(X.OffsetBytes == 0);
  CHECK(X.Bitfield->BitInUnit == 8);
  CHECK(X.SizeBytes == 4);
  CHECK(Y.Bitfield->BitInUnit == 11);
  // The unit ends at bit 32: 16 bits left, then 4 bytes up to z.
  CHECK(Y.HoleBitsAfter == 16);
  CHECK(Y.HoleBytesAfter == 4);
  CHECK(L.SumBitfieldBits == 8);
}

TEST_CASE("layout: bits left at the end are bit padding", "[layout]") {
  AnalysedModule P =
      test::analyseSource("struct t { long a; unsigned short f : 3; };");
  RecordLayout L = layoutOf(P, "t");
  CHECK(L.Body.PaddingBits == 13);
  CHECK(L.Body.PaddingBytes == 6);
}

TEST_CASE("layout: an unnamed bitfield is declared padding, part of the hole",
          "[layout]") {
  AnalysedModule P =
      test::analyseSource("struct u { int a : 3; int : 5; int b : 4; };");
  RecordLayout L = layoutOf(P, "u");
  REQUIRE(L.Body.Members.size() == 3);
  CHECK(L.Body.Members[1].IsUnnamedBitfield);
  CHECK(memberNamed(L.Body, "a").HoleBitsAfter == 5);
  CHECK(L.SumBitfieldBits == 7);
}

TEST_CASE("layout: anonymous members are expanded with absolute offsets",
          "[layout]") {
  AnalysedModule P =
      test::analyseSource("struct n { long x; union { short s; char c; }; "
                          "struct { char k; int v; } pair[2]; };");
  RecordLayout L = layoutOf(P, "n");
  REQUIRE(L.Body.Members.size() == 3);
  const MemberLayout &Anonymous = L.Body.Members[1];
  REQUIRE(Anonymous.Expansion);
  CHECK(Anonymous.Expansion->Kind == ir::RecordKind::Union);
  CHECK(memberNamed(*Anonymous.Expansion, "s").OffsetBytes == 8);
  CHECK(Anonymous.HoleBytesAfter == 2);
  const MemberLayout &Pair = memberNamed(L.Body, "pair");
  REQUIRE(Pair.Expansion);
  CHECK(Pair.ArraySuffix == "[2]");
  CHECK(Pair.SizeBytes == 16);
  CHECK(memberNamed(*Pair.Expansion, "v").OffsetBytes == 16);
  CHECK(memberNamed(*Pair.Expansion, "k").HoleBytesAfter == 3);
}

TEST_CASE("layout: the text view marks holes and cache lines", "[layout]") {
  AnalysedModule P = test::analyseSource("struct big { char a[70]; int b; };");
  std::string Text = textOf(layoutOf(P, "big"));
  CHECK(Text.find("/* XXX 2 bytes hole */") != std::string::npos);
  CHECK(Text.find("/* --- cacheline 1 boundary (64 bytes) was 8 bytes ago "
                  "--- */") != std::string::npos);
  CHECK(Text.find("/* size: 76, align: 4, cachelines: 2, members: 2 */") !=
        std::string::npos);
}

TEST_CASE("layout: names find tags, typedefs and Rust names", "[layout]") {
  AnalysedModule P = test::analyseSource("struct fwd; struct s { int a; }; "
                                         "typedef struct { int b; } anon_t; "
                                         "union w { int c; };");
  RecordIndex Index(P.Module, P.Decisions);
  auto ById = [&](const std::string &Name) {
    llvm::Expected<ir::ItemId> Id = Index.find(Name);
    if (!Id) {
      std::string Message = llvm::toString(Id.takeError());
      return "error: " + Message;
    }
    return P.Module.item(*Id).Name + "/" + P.Decisions.rustName(*Id);
  };
  CHECK(ById("struct s") == "s/s");
  CHECK(ById("s") == "s/s");
  CHECK(ById("anon_t") == "/anon_t");
  CHECK(ById("union w") == "w/w");
  CHECK(ById("struct w") ==
        "error: no struct or union named 'struct w'; did you mean 's'?");
  CHECK(ById("fwd") ==
        "error: type 'fwd' is declared but never defined: it has no layout");
  CHECK(ById("nothing") == "error: no struct or union named 'nothing'");
}
