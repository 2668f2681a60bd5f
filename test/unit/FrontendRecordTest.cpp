//===- FrontendRecordTest.cpp - Structs and unions in the IR --------------===//
//
// The numbers below are clang's (x86_64, checked with
// `clang -Xclang -fdump-record-layouts`).
//
//===----------------------------------------------------------------------===//

#include "TestSupport.h"

using namespace kbindgen;
using namespace kbindgen::test;

static const std::vector<std::string> X86_64 = {"--target=x86_64-linux-gnu"};

TEST_CASE("record sizes and field offsets are clang's", "[frontend]") {
  ir::Module M =
      parseSource("struct plain { char c; int i; short s; long l; };\n"
                  "union u { char c; long l; int arr[3]; };\n",
                  X86_64);
  const ir::Record &Plain = recordNamed(M, "plain");
  CHECK(Plain.Kind == ir::RecordKind::Struct);
  CHECK(Plain.IsComplete);
  CHECK_FALSE(Plain.IsPacked);
  CHECK(Plain.SizeBytes == 24);
  CHECK(Plain.AlignBytes == 8);
  REQUIRE(Plain.Fields.size() == 4);
  CHECK(Plain.Fields[0].Name == "c");
  CHECK(Plain.Fields[0].OffsetBits == 0);
  CHECK(Plain.Fields[1].OffsetBits == 32);
  CHECK(Plain.Fields[2].OffsetBits == 64);
  CHECK(Plain.Fields[3].OffsetBits == 128);
  CHECK_FALSE(Plain.Fields[1].isBitfield());

  const ir::Record &Union = recordNamed(M, "u");
  CHECK(Union.Kind == ir::RecordKind::Union);
  CHECK(Union.SizeBytes == 16);
  CHECK(Union.AlignBytes == 8);
  const ir::Type &Arr = M.type(fieldNamed(Union, "arr").Type);
  CHECK(Arr.Kind == ir::TypeKind::Array);
  CHECK(Arr.ArrayLength == 3);
  CHECK(M.type(Arr.Pointee).Integer == ir::IntegerKind::Int);
}

TEST_CASE("bitfields keep their width and bit offset", "[frontend]") {
  ir::Module M =
      parseSource("struct bits { unsigned a : 3; unsigned b : 7; int : 0;\n"
                  "  unsigned char c : 2; int : 3; long d : 40; };\n",
                  X86_64);
  const ir::Record &Bits = recordNamed(M, "bits");
  CHECK(Bits.SizeBytes == 16);
  REQUIRE(Bits.Fields.size() == 6);
  CHECK(Bits.Fields[0].Name == "a");
  CHECK(Bits.Fields[0].BitWidth == 3u);
  CHECK(Bits.Fields[0].OffsetBits == 0);
  CHECK(Bits.Fields[1].BitWidth == 7u);
  CHECK(Bits.Fields[1].OffsetBits == 3);
  // The unnamed `int : 0` and `int : 3` are fields without a name.
  CHECK(Bits.Fields[2].Name.empty());
  CHECK(Bits.Fields[2].BitWidth == 0u);
  CHECK(Bits.Fields[2].OffsetBits == 32);
  CHECK(Bits.Fields[3].Name == "c");
  CHECK(Bits.Fields[3].OffsetBits == 32);
  CHECK(Bits.Fields[4].Name.empty());
  CHECK(Bits.Fields[4].BitWidth == 3u);
  CHECK(Bits.Fields[4].OffsetBits == 34);
  CHECK(Bits.Fields[5].BitWidth == 40u);
  CHECK(Bits.Fields[5].OffsetBits == 64);
}

TEST_CASE("packed records: attribute and #pragma pack", "[frontend]") {
  ir::Module M = parseSource(
      "struct __attribute__((packed)) pk { char c; int i; short s; };\n"
      "#pragma pack(push, 2)\n"
      "struct pragma2 { char c; int i; long l; };\n"
      "#pragma pack(pop)\n"
      "struct after { char c; int i; };\n"
      "struct al { char c; int i __attribute__((aligned(16))); }\n"
      "  __attribute__((aligned(32)));\n",
      X86_64);
  const ir::Record &Packed = recordNamed(M, "pk");
  CHECK(Packed.IsPacked);
  CHECK(Packed.SizeBytes == 7);
  CHECK(Packed.AlignBytes == 1);
  CHECK(fieldNamed(Packed, "i").OffsetBits == 8);
  CHECK(fieldNamed(Packed, "s").OffsetBits == 40);

  const ir::Record &Pragma = recordNamed(M, "pragma2");
  CHECK(Pragma.IsPacked);
  CHECK(Pragma.SizeBytes == 14);
  CHECK(Pragma.AlignBytes == 2);
  CHECK(fieldNamed(Pragma, "i").OffsetBits == 16);
  CHECK(fieldNamed(Pragma, "l").OffsetBits == 48);

  CHECK_FALSE(recordNamed(M, "after").IsPacked);

  const ir::Record &Aligned = recordNamed(M, "al");
  CHECK_FALSE(Aligned.IsPacked);
  CHECK(Aligned.SizeBytes == 32);
  CHECK(Aligned.AlignBytes == 32);
  CHECK(fieldNamed(Aligned, "i").OffsetBits == 128);
}

TEST_CASE("anonymous members are unnamed fields at their real offset",
          "[frontend]") {
  ir::Module M =
      parseSource("struct anon { int x; union { int u1; char u2[6]; };\n"
                  "  struct { char a; struct { long deep; }; }; int tail;\n"
                  "  struct { } ; };\n",
                  X86_64);
  const ir::Item &AnonItem = itemNamed(M, "anon", ir::ItemKind::Record);
  const ir::Record &Anon = AnonItem.as<ir::Record>();
  CHECK(Anon.SizeBytes == 40);
  REQUIRE(Anon.Fields.size() >= 4);
  CHECK(Anon.Fields[0].Name == "x");

  const ir::Field &UnionMember = Anon.Fields[1];
  CHECK(UnionMember.Name.empty());
  CHECK(UnionMember.OffsetBits == 32);
  const ir::Item &UnionItem = namedItem(M, UnionMember.Type);
  CHECK(UnionItem.isAnonymous());
  CHECK(UnionItem.Parent == idOf(M, AnonItem));
  CHECK(UnionItem.as<ir::Record>().IsAnonymousMember);
  CHECK(UnionItem.as<ir::Record>().Kind == ir::RecordKind::Union);
  CHECK(UnionItem.as<ir::Record>().SizeBytes == 8);

  const ir::Field &StructMember = Anon.Fields[2];
  CHECK(StructMember.Name.empty());
  CHECK(StructMember.OffsetBits == 128);
  const ir::Item &StructItem = namedItem(M, StructMember.Type);
  const ir::Record &Inner = StructItem.as<ir::Record>();
  REQUIRE(Inner.Fields.size() == 2);
  // The nested anonymous member inside the anonymous member.
  CHECK(Inner.Fields[1].Name.empty());
  CHECK(Inner.Fields[1].OffsetBits == 64);
  CHECK(namedItem(M, Inner.Fields[1].Type).Parent == idOf(M, StructItem));

  CHECK(Anon.Fields[3].Name == "tail");
  CHECK(Anon.Fields[3].OffsetBits == 256);
  // The empty anonymous struct (a GNU extension) does not upset anything.
  REQUIRE(Anon.Fields.size() == 5);
  CHECK(Anon.Fields[4].Name.empty());
  CHECK(Anon.Fields[4].OffsetBits == 288);
}

TEST_CASE("named nested records and unnamed field types", "[frontend]") {
  ir::Module M = parseSource(
      "struct outer { struct inner { int q; } in; struct { int a; } s;\n"
      "  enum inner_kind { K1, K2 } kind; };\n",
      X86_64);
  const ir::Item &Outer = itemNamed(M, "outer", ir::ItemKind::Record);
  const ir::Item &Inner = itemNamed(M, "inner", ir::ItemKind::Record);
  CHECK(Inner.Parent == idOf(M, Outer));
  CHECK_FALSE(Inner.as<ir::Record>().IsAnonymousMember);
  const ir::Record &OuterRecord = Outer.as<ir::Record>();
  REQUIRE(OuterRecord.Fields.size() == 3);
  CHECK(&namedItem(M, fieldNamed(OuterRecord, "in").Type) == &Inner);

  const ir::Item &Unnamed = namedItem(M, fieldNamed(OuterRecord, "s").Type);
  CHECK(Unnamed.isAnonymous());
  CHECK(Unnamed.Parent == idOf(M, Outer));
  CHECK_FALSE(Unnamed.as<ir::Record>().IsAnonymousMember);
  CHECK(fieldNamed(OuterRecord, "s").OffsetBits == 32);

  const ir::Item &Kind = itemNamed(M, "inner_kind", ir::ItemKind::Enum);
  CHECK(Kind.Parent == idOf(M, Outer));
}

TEST_CASE("typedef of an anonymous struct names it", "[frontend]") {
  ir::Module M = parseSource("typedef struct { int a; } named_t;\n"
                             "typedef enum { E1 } named_e;\n"
                             "typedef struct tagged { int b; } tagged_t;\n");
  const ir::Item &Typedef = itemNamed(M, "named_t", ir::ItemKind::Typedef);
  const ir::Item &Record = namedItem(M, Typedef.as<ir::Typedef>().Underlying);
  CHECK(Record.isAnonymous());
  CHECK(Record.NamingTypedef == idOf(M, Typedef));
  CHECK(Record.as<ir::Record>().SizeBytes == 4);

  const ir::Item &EnumTypedef = itemNamed(M, "named_e", ir::ItemKind::Typedef);
  const ir::Item &Enum = namedItem(M, EnumTypedef.as<ir::Typedef>().Underlying);
  CHECK(Enum.isAnonymous());
  CHECK(Enum.NamingTypedef == idOf(M, EnumTypedef));

  // A tagged struct keeps its own name and is not "named" by the typedef.
  CHECK_FALSE(
      itemNamed(M, "tagged", ir::ItemKind::Record).NamingTypedef.isValid());
}

TEST_CASE("a forward declaration and its later definition are one item",
          "[frontend]") {
  ir::Module M = parseSource("struct later;\n"
                             "struct holder { struct later *p; };\n"
                             "struct later { long a; long b; };\n"
                             "struct never;\n"
                             "struct never *get_never(void);\n",
                             X86_64);
  const ir::Item &Later = itemNamed(M, "later", ir::ItemKind::Record);
  CHECK(Later.Loc.Line == 1);
  const ir::Record &LaterRecord = Later.as<ir::Record>();
  CHECK(LaterRecord.IsComplete);
  CHECK(LaterRecord.SizeBytes == 16);
  REQUIRE(LaterRecord.Fields.size() == 2);
  // The item keeps the position of the first declaration.
  CHECK(idOf(M, Later) < idOf(M, itemNamed(M, "holder", ir::ItemKind::Record)));

  const ir::Type &Pointer =
      M.type(fieldNamed(recordNamed(M, "holder"), "p").Type);
  REQUIRE(Pointer.Kind == ir::TypeKind::Pointer);
  CHECK(&namedItem(M, Pointer.Pointee) == &Later);

  const ir::Record &Never = recordNamed(M, "never");
  CHECK_FALSE(Never.IsComplete);
  CHECK(Never.Fields.empty());
  CHECK(Never.SizeBytes == 0);
}

TEST_CASE("flexible array members are incomplete arrays", "[frontend]") {
  ir::Module M = parseSource("struct flex { int n; char data[]; };\n", X86_64);
  const ir::Record &Flex = recordNamed(M, "flex");
  CHECK(Flex.SizeBytes == 4);
  const ir::Field &Data = fieldNamed(Flex, "data");
  CHECK(Data.OffsetBits == 32);
  CHECK(M.type(Data.Type).Kind == ir::TypeKind::IncompleteArray);
}

TEST_CASE("records met through a type before their declaration", "[frontend]") {
  ir::Module M = parseSource("struct a { struct b *p; };\n"
                             "struct b { int x; long y; };\n"
                             "void takes(__builtin_va_list ap);\n",
                             X86_64);
  const ir::Record &B = recordNamed(M, "b");
  // Named in a field of `a`, but a file-scope type: no parent.
  CHECK_FALSE(itemNamed(M, "b", ir::ItemKind::Record).Parent.isValid());
  CHECK(B.IsComplete);
  CHECK(B.SizeBytes == 16);
  REQUIRE(B.Fields.size() == 2);
  // clang's implicit x86_64 va_list record is complete too.
  const ir::Record &Tag = recordNamed(M, "__va_list_tag");
  CHECK(Tag.IsComplete);
  CHECK(Tag.SizeBytes == 24);
  CHECK(Tag.Fields.size() == 4);
}
