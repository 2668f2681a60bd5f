//===- RustRawLayoutPlanTest.cpp - layout plan decisions ------------------===//
//
// Layout numbers are clang 19's for x86_64 (clang -Xclang
// -fdump-record-layouts on the C declaration quoted beside each record).
//
//===----------------------------------------------------------------------===//

#include "RustRawTestSupport.h"

#include "../../lib/Backends/RustRaw/LayoutPlan.h"

#include <catch2/catch.hpp>

using namespace kbindgen;
using namespace kbindgen::test;
using namespace kbindgen::rustraw;

namespace {

const Analysis &withEmitOrder(RustRawTestModule &T) {
  T.A.EmitOrder = T.Order;
  return T.A;
}

/// A record's plan, with the context that owns it and the layout it spells.
struct Planned {
  Planned(RustRawTestModule &T, ir::ItemId Id)
      : Ctx(T.M, withEmitOrder(T), T.Opts, T.Warnings), Plan(Ctx.plan(Id)) {}
  EmitContext Ctx;
  const RecordPlan &Plan;
};

std::vector<std::string> fieldNames(const RecordPlan &Plan) {
  std::vector<std::string> Names;
  for (const PlannedField &F : Plan.Fields)
    Names.push_back(F.Name);
  return Names;
}

const PlannedField &field(const RecordPlan &Plan, const std::string &Name) {
  for (const PlannedField &F : Plan.Fields)
    if (F.Name == Name)
      return F;
  FAIL("no field " << Name);
  return Plan.Fields.front();
}

using Names = std::vector<std::string>;

} // namespace

TEST_CASE("RustRaw plan: padding where repr(C) would not leave clang's gap",
          "[rustraw]") {
  RustRawTestModule T;
  // struct gap { char c; int i __attribute__((aligned(8))); };
  ir::ItemId Gap =
      T.record("gap", 16, 8, {{"c", T.charT(), 0}, {"i", T.intT(), 64}});
  Planned Owner(T, Gap);
  const RecordPlan &Plan = Owner.Plan;
  REQUIRE(Plan.Layout.Valid);
  CHECK(fieldNames(Plan) == Names{"c", "__bindgen_padding_0", "i"});
  CHECK(field(Plan, "__bindgen_padding_0").TypeText == "[u8; 7usize]");
  CHECK(Plan.Layout.Pack == 0);
  CHECK(Plan.Layout.ReprAlign == 8);
}

TEST_CASE("RustRaw plan: explicit padding fills every gap", "[rustraw]") {
  RustRawTestModule T;
  // struct d { int a; char c; };
  ir::ItemId D =
      T.record("d", 8, 4, {{"a", T.intT(), 0}, {"c", T.charT(), 32}});
  CHECK(fieldNames(Planned(T, D).Plan) == Names{"a", "c"});
  T.Opts.ExplicitPadding = true;
  Planned Owner(T, D);
  const RecordPlan &Plan = Owner.Plan;
  CHECK(fieldNames(Plan) == Names{"a", "c", "__bindgen_padding_0"});
  CHECK(field(Plan, "__bindgen_padding_0").TypeText == "[u8; 3usize]");
  CHECK(Plan.Layout.ReprAlign == 0);
}

TEST_CASE("RustRaw plan: packed only when a field needs it", "[rustraw]") {
  RustRawTestModule T;
  // struct __attribute__((packed)) pk { char c; int i; unsigned x:3; };
  ir::ItemId Pk = T.record(
      "pk", 6, 1,
      {{"c", T.charT(), 0}, {"i", T.intT(), 8}, {"x", T.uintT(), 40, 3}}, false,
      true);
  // struct __attribute__((packed)) ok { int a; int b; }: size 8, align 1.
  ir::ItemId Ok = T.record(
      "ok", 8, 1, {{"a", T.intT(), 0}, {"b", T.intT(), 32}}, false, true);
  // A packed attribute that changes nothing: struct __attribute__((packed))
  // bytes { char a, b; }.
  ir::ItemId Bytes = T.record(
      "bytes", 2, 1, {{"a", T.charT(), 0}, {"b", T.charT(), 8}}, false, true);
  Planned PkOwner(T, Pk);
  const RecordPlan &PkPlan = PkOwner.Plan;
  CHECK(PkPlan.Layout.Pack == 1);
  CHECK(fieldNames(PkPlan) ==
        Names{"c", "i", "_bitfield_align_1", "_bitfield_1"});
  CHECK(PkPlan.Layout.Notes.empty());
  CHECK(Planned(T, Ok).Plan.Layout.Pack ==
        1); // Alignment 1 below the fields' 4.
  CHECK(Planned(T, Bytes).Plan.Layout.Pack == 0);
}

TEST_CASE("RustRaw plan: packed(N) with a field misaligned even then",
          "[rustraw]") {
  RustRawTestModule T;
  // struct __attribute__((packed, aligned(4))) pal { char c; int i; };
  ir::ItemId Pal = T.record(
      "pal", 8, 4, {{"c", T.charT(), 0}, {"i", T.intT(), 8}}, false, true);
  Planned Owner(T, Pal);
  const RecordPlan &Plan = Owner.Plan;
  REQUIRE(Plan.Layout.Valid);
  CHECK(Plan.Layout.Pack == 4);
  CHECK(Plan.Layout.ReprAlign == 0); // Rust forbids packed together with align.
  // The blob lowered the alignment: a zero-sized marker restores 4.
  CHECK(fieldNames(Plan) == Names{"__bindgen_align", "c", "i"});
  CHECK(field(Plan, "__bindgen_align").TypeText == "[u32; 0]");
  CHECK(field(Plan, "i").Laid.Kind == RustLayoutField::Blob);
  CHECK(field(Plan, "i").TypeText == "[u8; 4usize]");
  CHECK(Plan.Layout.Notes.size() == 1);
}

TEST_CASE("RustRaw plan: alignment above the fields' adds repr(align)",
          "[rustraw]") {
  RustRawTestModule T;
  // struct al16 { char c; } __attribute__((aligned(16)));
  ir::ItemId Al16 = T.record("al16", 16, 16, {{"c", T.charT(), 0}});
  Planned Owner(T, Al16);
  const RecordPlan &Plan = Owner.Plan;
  CHECK(Plan.Layout.ReprAlign == 16);
  CHECK(Plan.Layout.carriesReprAlign());
  CHECK(fieldNames(Plan) == Names{"c"});
}

TEST_CASE("RustRaw plan: over-aligned field inside a packed struct becomes a "
          "blob",
          "[rustraw]") {
  RustRawTestModule T;
  ir::ItemId Al16 = T.record("al16", 16, 16, {{"c", T.charT(), 0}});
  // struct wraps { struct al16 a; }: not packed, carries the alignment.
  ir::ItemId Wraps = T.record("wraps", 16, 16, {{"a", T.named(Al16), 0}});
  // struct __attribute__((packed)) holds { char c; struct wraps w; };
  ir::ItemId Holds =
      T.record("holds", 17, 1, {{"c", T.charT(), 0}, {"w", T.named(Wraps), 8}},
               false, true);
  Planned WrapsOwner(T, Wraps);
  const RecordPlan &WrapsPlan = WrapsOwner.Plan;
  CHECK(WrapsPlan.Layout.ReprAlign == 0);
  CHECK(WrapsPlan.Layout.carriesReprAlign()); // Transitively, through al16.
  Planned Owner(T, Holds);
  const RecordPlan &Plan = Owner.Plan;
  REQUIRE(Plan.Layout.Valid);
  CHECK(Plan.Layout.Pack == 1);
  CHECK(field(Plan, "w").Laid.Kind == RustLayoutField::Blob);
  CHECK(field(Plan, "w").TypeText == "[u8; 16usize]");
  CHECK(field(Plan, "c").Laid.Kind == RustLayoutField::Regular);
}

TEST_CASE("RustRaw plan: packed and aligned above 8 drops packing",
          "[rustraw]") {
  RustRawTestModule T;
  // struct __attribute__((packed, aligned(16))) p16 { char c; int i; };
  ir::ItemId P16 = T.record(
      "p16", 16, 16, {{"c", T.charT(), 0}, {"i", T.intT(), 8}}, false, true);
  Planned Owner(T, P16);
  const RecordPlan &Plan = Owner.Plan;
  REQUIRE(Plan.Layout.Valid);
  CHECK(Plan.Layout.Pack == 0);
  CHECK(Plan.Layout.ReprAlign == 16);
  CHECK(field(Plan, "i").Laid.Kind == RustLayoutField::Blob);
}

TEST_CASE("RustRaw plan: bitfield storage units and bit offsets", "[rustraw]") {
  RustRawTestModule T;
  ir::TypeId UInt = T.uintT();
  // struct bf { unsigned a:3, b:5; int c:4; unsigned :0; unsigned d:1;
  //   char x; _Bool e:1; unsigned long long f:40; unsigned :3, g:2; };
  ir::ItemId Bf = T.record("bf", 16, 8,
                           {{"a", UInt, 0, 3},
                            {"b", UInt, 3, 5},
                            {"c", T.intT(), 8, 4},
                            {"", UInt, 32, 0},
                            {"d", UInt, 32, 1},
                            {"x", T.charT(), 40},
                            {"e", T.boolT(), 48, 1},
                            {"f", T.ulonglongT(), 64, 40},
                            {"", UInt, 104, 3},
                            {"g", UInt, 107, 2}});
  Planned Owner(T, Bf);
  const RecordPlan &Plan = Owner.Plan;
  REQUIRE(Plan.Layout.Valid);
  REQUIRE(Plan.Units.size() == 2);
  const BitfieldUnit &U1 = Plan.Units[0], &U2 = Plan.Units[1];
  CHECK(U1.Laid.OffsetBytes == 0);
  CHECK(U1.Laid.SizeBytes == 5);
  CHECK(U1.Laid.MarkerAlign == 4);
  REQUIRE(U1.Members.size() == 4); // The `:0` field has no accessor.
  CHECK(U1.Members[2].Name == "c");
  CHECK(U1.Members[2].Laid.BitOffset == 8);
  CHECK(U1.Members[3].Name == "d");
  CHECK(U1.Members[3].Laid.BitOffset == 32);
  CHECK(U2.Laid.OffsetBytes == 6);
  CHECK(U2.Laid.SizeBytes == 8);
  CHECK(U2.Laid.MarkerAlign == 2); // The u64 marker would move the unit to 8.
  REQUIRE(U2.Members.size() == 3); // The unnamed `:3` has no accessor.
  CHECK(U2.Members[1].Laid.BitOffset == 16);
  CHECK(U2.Members[2].Name == "g");
  CHECK(U2.Members[2].Laid.BitOffset == 59);
  CHECK(fieldNames(Plan) == Names{"_bitfield_align_1", "_bitfield_1", "x",
                                  "_bitfield_align_2", "_bitfield_2"});
  CHECK(Plan.Layout.ReprAlign == 8);
}

TEST_CASE("RustRaw plan: the kernel's phy_device bit is at (14, 1)",
          "[rustraw]") {
  RustRawTestModule T;
  ir::TypeId UInt = T.uintT();
  // The shape of phy_device around is_internal: a pointer, then
  // unsigned link:1, autoneg:1, x:12, is_internal:1; then int y.
  ir::ItemId Phy = T.record("phy", 16, 8,
                            {{"p", T.pointerTo(T.voidT()), 0},
                             {"link", UInt, 64, 1},
                             {"autoneg", UInt, 65, 1},
                             {"x", UInt, 66, 12},
                             {"is_internal", UInt, 78, 1},
                             {"y", T.intT(), 96}});
  Planned Owner(T, Phy);
  const RecordPlan &Plan = Owner.Plan;
  REQUIRE(Plan.Units.size() == 1);
  CHECK(Plan.Units[0].Laid.Number == 1);
  CHECK(Plan.Units[0].Laid.OffsetBytes == 8);
  CHECK(Plan.Units[0].Laid.SizeBytes == 2);
  REQUIRE(Plan.Units[0].Members.size() == 4);
  CHECK(Plan.Units[0].Members[3].Name == "is_internal");
  CHECK(Plan.Units[0].Members[3].Laid.BitOffset == 14);
  CHECK(field(Plan, "y").Laid.Offset == 12);
}

TEST_CASE("RustRaw plan: unions", "[rustraw]") {
  RustRawTestModule T;
  // union __attribute__((aligned(8))) ua { char c[3]; };
  ir::ItemId Ua =
      T.record("ua", 8, 8, {{"c", T.arrayOf(T.charT(), 3), 0}}, true);
  // union __attribute__((packed)) up { int a; char b; };
  ir::ItemId Up = T.record(
      "up", 4, 1, {{"a", T.intT(), 0}, {"b", T.charT(), 0}}, true, true);
  Planned UaOwner(T, Ua);
  const RecordPlan &UaPlan = UaOwner.Plan;
  CHECK(UaPlan.Layout.ReprAlign == 8);
  CHECK(fieldNames(UaPlan) == Names{"c"});
  Planned UpOwner(T, Up);
  const RecordPlan &UpPlan = UpOwner.Plan;
  CHECK(UpPlan.Layout.Pack == 1);
  CHECK(UpPlan.Layout.Valid);
}

TEST_CASE("RustRaw plan: inconsistent layout falls back to an opaque blob",
          "[rustraw]") {
  RustRawTestModule T;
  // Overlapping fields in a struct cannot come from clang.
  ir::ItemId Bad =
      T.record("bad", 8, 4, {{"a", T.intT(), 0}, {"b", T.intT(), 16}});
  CHECK_FALSE(Planned(T, Bad).Plan.Layout.Valid);
  std::string Out = T.emit();
  CHECK(contains(
      Out,
      "pub struct bad {\n    pub _bindgen_opaque_blob: [u32; 2usize],\n}"));
  REQUIRE(T.Warnings.size() == 1);
  CHECK(T.Warnings[0].Item == Bad);
}

TEST_CASE("RustRaw: opaque and incomplete records", "[rustraw]") {
  RustRawTestModule T;
  T.Opts.LayoutTests = false;
  // struct op { int a; long b; char c; } marked opaque.
  ir::ItemId Op = T.record("op", 24, 8, {{"a", T.intT(), 0}});
  T.A.Decisions[Op.Index].Kind = Disposition::Opaque;
  ir::ItemId Fwd = T.add("fwd", ir::Record{});
  (void)Fwd;
  CHECK(contains(T.emit(), "#[repr(C)]\n"
                           "#[derive(Debug, Copy, Clone)]\n"
                           "pub struct op {\n"
                           "    pub _bindgen_opaque_blob: [u64; 3usize],\n"
                           "}\n"
                           "#[repr(C)]\n"
                           "#[derive(Debug, Copy, Clone)]\n"
                           "pub struct fwd {\n"
                           "    _unused: [u8; 0],\n"
                           "}\n"));
}

TEST_CASE("RustRaw: record text with derives, attributes and zeroed Default",
          "[rustraw]") {
  RustRawTestModule T;
  T.Opts.LayoutTests = false;
  ir::ItemId S = T.record("s", 4, 4, {{"type", T.intT(), 0}});
  T.A.MemberNames[S.Index] = {"type_"};
  DeriveSet &D = T.derives(S);
  D.Default = D.Hash = D.PartialEq = D.Eq = D.PartialOrd = D.Ord = true;
  D.Custom = {"MaybeZeroable"};
  D.Attributes = {"#[cfg_attr(test, allow(dead_code))]"};
  ir::ItemId U = T.record("un", 4, 4, {{"a", T.intT(), 0}}, true);
  T.derives(U) = DeriveSet();
  T.derives(U).Copy = T.derives(U).Clone = T.derives(U).DefaultViaZeroed = true;
  CHECK(bodyOf(T.emit()) ==
        "#[repr(C)]\n"
        "#[derive(Debug, Default, Copy, Clone, Hash, PartialOrd, Ord, "
        "PartialEq, Eq, MaybeZeroable)]\n"
        "#[cfg_attr(test, allow(dead_code))]\n"
        "pub struct s {\n"
        "    pub type_: ::core::ffi::c_int,\n"
        "}\n"
        "#[repr(C)]\n"
        "#[derive(Copy, Clone)]\n"
        "pub union un {\n"
        "    pub a: ::core::ffi::c_int,\n"
        "}\n"
        "impl Default for un {\n"
        "    fn default() -> Self {\n"
        "        unsafe { ::core::mem::zeroed() }\n"
        "    }\n"
        "}\n");
  // With Rust enums about, bindgen's form, which rustc does not lint.
  T.Opts.EnumStyleRegexes.emplace_back(EnumStyle::Rust, "mode");
  CHECK(llvm::StringRef(bodyOf(T.emit()))
            .contains("impl Default for un {\n"
                      "    fn default() -> Self {\n"
                      "        let mut s = "
                      "::core::mem::MaybeUninit::<Self>::uninit();\n"
                      "        unsafe {\n"
                      "            ::core::ptr::write_bytes(s.as_mut_ptr(), 0, "
                      "1);\n"
                      "            s.assume_init()\n"
                      "        }\n"
                      "    }\n"
                      "}\n"));
}
