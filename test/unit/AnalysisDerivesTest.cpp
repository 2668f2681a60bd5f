// The expectations follow Debian's bindgen 0.60.1 output for the same C
// (with --with-derive-default --with-derive-hash --with-derive-partialeq
// --with-derive-eq), e.g. `struct withunion { union {int a; float b;} u; }`
// derives only Copy and Clone.
#include "IRBuilderForTests.h"
#include "TestSupport.h"

#include "kbindgen/Analysis/Analysis.h"

#include <catch2/catch.hpp>

using namespace kbindgen;
using kbindgen::test::analyzeVerified;
using kbindgen::test::IRBuilder;

static Options allDerives() {
  Options Opts;
  Opts.DeriveDefault = true;
  Opts.DeriveHash = true;
  Opts.DerivePartialEq = true;
  Opts.DeriveEq = true;
  return Opts;
}

TEST_CASE("A union blocks Debug, Default and comparisons of its container",
          "[analysis]") {
  IRBuilder B;
  ir::TypeId Int = B.intType();
  ir::ItemId WithUnion = B.record("withunion", {});
  ir::ItemId U = B.record("", {{"a", Int}, {"b", B.floatType()}},
                          ir::RecordKind::Union, WithUnion);
  B.addField(WithUnion, {"u", B.named(U)});
  ir::ItemId ViaArray =
      B.record("viaarray", {{"us", B.arrayOf(B.named(WithUnion), 2)}});
  ir::ItemId Plain = B.record("plain", {{"x", Int}});
  Analysis A = analyzeVerified(B.M, allDerives());

  for (ir::ItemId Id : {U, WithUnion, ViaArray}) {
    const DeriveSet &D = A.Derives[Id.Index];
    CHECK(D.Copy);
    CHECK(D.Clone);
    CHECK_FALSE(D.Debug);
    CHECK_FALSE(D.Default);
    CHECK(D.DefaultViaZeroed);
    CHECK_FALSE(D.Hash);
    CHECK_FALSE(D.PartialEq);
    CHECK_FALSE(D.Eq);
  }
  const DeriveSet &P = A.Derives[Plain.Index];
  CHECK(P.Debug);
  CHECK(P.Default);
  CHECK_FALSE(P.DefaultViaZeroed);
  CHECK(P.Hash);
  CHECK(P.Eq);
}

TEST_CASE("Pointers: no derived Default, function pointers are fine",
          "[analysis]") {
  IRBuilder B;
  ir::TypeId Int = B.intType();
  ir::ItemId WithPtr = B.record("withptr", {{"p", B.pointerTo(Int)}});
  ir::ItemId WithFnPtr = B.record(
      "fnptr", {{"cb", B.pointerTo(B.functionType(B.voidType(), {Int}))}});
  ir::ItemId Typedefed =
      B.record("viatypedef",
               {{"w", B.named(B.typedefOf("withptr_t", B.named(WithPtr)))}});
  Analysis A = analyzeVerified(B.M, allDerives());
  const DeriveSet &D = A.Derives[WithPtr.Index];
  CHECK(D.Copy);
  CHECK(D.Debug);
  CHECK(D.Hash);
  CHECK(D.Eq);
  CHECK_FALSE(D.Default);
  CHECK(D.DefaultViaZeroed);
  CHECK(A.Derives[WithFnPtr.Index].Default);
  CHECK_FALSE(A.Derives[Typedefed.Index].Default);
  CHECK(A.Derives[Typedefed.Index].DefaultViaZeroed);

  // Without --with-derive-default there is no Default of either kind.
  A = analyzeVerified(B.M, Options());
  CHECK_FALSE(A.Derives[WithPtr.Index].Default);
  CHECK_FALSE(A.Derives[WithPtr.Index].DefaultViaZeroed);
}

TEST_CASE("Arrays longer than 32 cannot derive Default", "[analysis]") {
  IRBuilder B;
  ir::TypeId Int = B.intType();
  ir::ItemId Arr32 = B.record("arr32", {{"a", B.arrayOf(Int, 32)}});
  ir::ItemId Arr33 = B.record("arr33", {{"a", B.arrayOf(Int, 33)}});
  ir::ItemId Nested = B.record("nested", {{"a", B.named(Arr33)}});
  Analysis A = analyzeVerified(B.M, allDerives());
  CHECK(A.Derives[Arr32.Index].Default);
  for (ir::ItemId Id : {Arr33, Nested}) {
    const DeriveSet &D = A.Derives[Id.Index];
    CHECK_FALSE(D.Default);
    CHECK(D.DefaultViaZeroed);
    CHECK(D.Copy);
    CHECK(D.Debug); // Rust >= 1.47 derives Debug for any array length.
    CHECK(D.Eq);
  }
  Options Old = allDerives();
  Old.Target = {1, 40};
  A = analyzeVerified(B.M, Old);
  CHECK_FALSE(A.Derives[Arr33.Index].Debug);
  CHECK(A.Derives[Arr32.Index].Debug);
}

TEST_CASE("A flexible array member prevents Copy and comparisons",
          "[analysis]") {
  IRBuilder B;
  ir::TypeId Int = B.intType();
  ir::ItemId Flex =
      B.record("flex", {{"n", Int}, {"data", B.incompleteArrayOf(Int)}});
  ir::ItemId Contains = B.record("containsflex", {{"f", B.named(Flex)}});
  // struct bpf_lpm_trie_key { __u32 prefixlen; __u8 data[0]; }
  ir::ItemId ZeroLength = B.record(
      "bpf_lpm_trie_key", {{"prefixlen", Int}, {"data", B.arrayOf(Int, 0)}});
  ir::ItemId InUnion =
      B.record("u", {{"p", B.pointerTo(B.named(Flex))}}, ir::RecordKind::Union);
  Analysis A = analyzeVerified(B.M, allDerives());
  for (ir::ItemId Id : {Flex, Contains, ZeroLength}) {
    const DeriveSet &D = A.Derives[Id.Index];
    CHECK_FALSE(D.Copy);
    CHECK_FALSE(D.Clone);
    CHECK(D.Debug);
    CHECK(D.Default);
    CHECK_FALSE(D.Hash);
    CHECK_FALSE(D.PartialEq);
  }
  // Behind a pointer it does not matter.
  CHECK(A.Derives[InUnion.Index].Copy);
}

TEST_CASE("Floats, enums and blocked types", "[analysis]") {
  IRBuilder B;
  ir::TypeId Int = B.intType();
  ir::ItemId Flt = B.record("flt", {{"f", B.floatType()}});
  ir::ItemId E = B.enumeration("E", {"E_A"});
  ir::ItemId WithEnum = B.record("withenum", {{"e", B.named(E)}});
  ir::ItemId KSize = B.typedefOf("__kernel_size_t", Int);
  ir::ItemId SizeT = B.typedefOf("size_t", Int);
  ir::ItemId UsesBlocked = B.record("usebt", {{"s", B.named(KSize)}});
  ir::ItemId UsesBlockedPtr =
      B.record("usebtp", {{"s", B.pointerTo(B.named(KSize))}});
  ir::ItemId UsesSizeT = B.record("usesize", {{"s", B.named(SizeT)}});
  Options Opts = allDerives();
  Opts.BlocklistTypes = {"__kernel_size_t", "size_t"};
  Analysis A = analyzeVerified(B.M, Opts);

  const DeriveSet &F = A.Derives[Flt.Index];
  CHECK(F.PartialEq);
  CHECK_FALSE(F.Eq);
  CHECK_FALSE(F.Hash);
  CHECK(F.Default);

  CHECK_FALSE(A.Derives[WithEnum.Index].Default);
  CHECK(A.Derives[WithEnum.Index].DefaultViaZeroed);
  CHECK(A.Derives[WithEnum.Index].Copy);

  // A field of a blocklisted type: bindgen cannot know its traits.
  const DeriveSet &Blocked = A.Derives[UsesBlocked.Index];
  CHECK_FALSE(Blocked.Copy);
  CHECK_FALSE(Blocked.Debug);
  CHECK(Blocked.DefaultViaZeroed);
  CHECK(A.Derives[UsesBlockedPtr.Index].Copy);
  // ... except the <stdint.h> names, which map to Rust primitives.
  CHECK(A.Derives[UsesSizeT.Index].Copy);
  CHECK(A.Derives[UsesSizeT.Index].Default);
}

TEST_CASE("Opaque and forward-declared records", "[analysis]") {
  IRBuilder B;
  ir::TypeId Int = B.intType();
  ir::ItemId Small = B.record("small_opaque", {{"a", B.arrayOf(Int, 4)}},
                              ir::RecordKind::Struct, ir::ItemId(), 16, 4);
  ir::ItemId Big = B.record("big_opaque", {{"a", B.arrayOf(Int, 40)}},
                            ir::RecordKind::Struct, ir::ItemId(), 160, 4);
  ir::ItemId HasBig = B.record("hasopaque", {{"b", B.named(Big)}});
  ir::ItemId Fwd = B.forwardRecord("fwd");
  Options Opts = allDerives();
  Opts.OpaqueTypes = {".*_opaque"};
  Analysis A = analyzeVerified(B.M, Opts);
  REQUIRE(A.decision(Small).Kind == Disposition::Opaque);
  const DeriveSet &S = A.Derives[Small.Index];
  CHECK(S.Copy);
  CHECK(S.Debug);
  CHECK(S.Default);
  // [u32; 40] is past the derive limit for blobs: bindgen derives nothing.
  for (ir::ItemId Id : {Big, HasBig}) {
    const DeriveSet &D = A.Derives[Id.Index];
    CHECK_FALSE(D.Copy);
    CHECK_FALSE(D.Debug);
    CHECK_FALSE(D.Default);
    CHECK(D.DefaultViaZeroed);
  }
  const DeriveSet &F = A.Derives[Fwd.Index];
  CHECK(F.Copy);
  CHECK(F.Clone);
  CHECK(F.Debug);
  CHECK_FALSE(F.Default);
  CHECK_FALSE(F.DefaultViaZeroed);
  CHECK_FALSE(F.Hash);
}

TEST_CASE("option --no-debug/--no-copy remove the trait from the item and its "
          "containers",
          "[analysis]") {
  IRBuilder B;
  ir::TypeId Int = B.intType();
  ir::ItemId Inner = B.record("inner", {{"x", Int}});
  ir::ItemId Outer = B.record("outer", {{"i", B.named(Inner)}});
  ir::ItemId Other = B.record("other", {{"x", Int}});
  Options Opts;
  Opts.NoCopy = {"inner"};
  Analysis A = analyzeVerified(B.M, Opts);
  CHECK_FALSE(A.Derives[Inner.Index].Copy);
  CHECK_FALSE(A.Derives[Outer.Index].Copy);
  CHECK(A.Derives[Other.Index].Copy);
  CHECK(A.Derives[Other.Index].Debug);

  Options Kernel;
  Kernel.NoDebug = {".*"};
  Kernel.DeriveDefault = true;
  A = analyzeVerified(B.M, Kernel);
  for (ir::ItemId Id : {Inner, Outer, Other}) {
    CHECK_FALSE(A.Derives[Id.Index].Debug);
    CHECK(A.Derives[Id.Index].Copy);
    CHECK(A.Derives[Id.Index].Default);
  }
}

TEST_CASE("Custom derives and attributes by kind, in option order",
          "[analysis]") {
  IRBuilder B;
  ir::TypeId Int = B.intType();
  ir::ItemId S = B.record("small_s", {{"x", Int}});
  ir::ItemId U = B.record("u", {{"x", Int}}, ir::RecordKind::Union);
  ir::ItemId E = B.enumeration("lru_status", {"LRU_REMOVED"});
  ir::ItemId TD = B.typedefOf("td", B.named(S));
  Options Opts;
  Opts.DeriveCustomStruct = {{".*", "MaybeZeroable"}, {"small.*", "Foo, Bar"}};
  Opts.DeriveCustomUnion = {{".*", "MaybeZeroable"}};
  Opts.DeriveCustom = {{"small_s|lru_status", "Any"}};
  Opts.AttributeCustomEnum = {
      {"lru_status", "#[cfi_encoding=\"10lru_status\"]"}};
  Analysis A = analyzeVerified(B.M, Opts);
  CHECK(A.Derives[S.Index].Custom ==
        std::vector<std::string>{"Any", "MaybeZeroable", "Foo", "Bar"});
  CHECK(A.Derives[U.Index].Custom == std::vector<std::string>{"MaybeZeroable"});
  CHECK(A.Derives[E.Index].Custom == std::vector<std::string>{"Any"});
  CHECK(A.Derives[E.Index].Attributes ==
        std::vector<std::string>{"#[cfi_encoding=\"10lru_status\"]"});
  CHECK(A.Derives[TD.Index].Custom.empty());
  CHECK(A.Derives[S.Index].Attributes.empty());
  // The typedef carries its target's traits, for records that use it.
  CHECK(A.Derives[TD.Index].Copy);
}

TEST_CASE("A packed record that cannot be Copy derives nothing", "[analysis]") {
  // struct usb_key_descriptor { __u8 bLength; __u8 bKeyData[]; } packed;
  IRBuilder B;
  ir::TypeId Byte = B.integer(ir::IntegerKind::UChar, false, 1);
  ir::ItemId PackedFlex =
      B.record("usb_key_descriptor",
               {{"bLength", Byte}, {"bKeyData", B.incompleteArrayOf(Byte)}});
  B.M.item(PackedFlex).as<ir::Record>().IsPacked = true;
  ir::ItemId Packed = B.record("pk", {{"a", Byte}, {"b", B.intType()}});
  B.M.item(Packed).as<ir::Record>().IsPacked = true;
  Analysis A = analyzeVerified(B.M, allDerives());
  const DeriveSet &D = A.Derives[PackedFlex.Index];
  CHECK_FALSE(D.Copy);
  CHECK_FALSE(D.Debug);
  CHECK_FALSE(D.Default);
  CHECK(D.DefaultViaZeroed);
  const DeriveSet &P = A.Derives[Packed.Index];
  CHECK(P.Copy);
  CHECK(P.Debug);
  CHECK(P.Default);
  CHECK(P.Hash);
}
