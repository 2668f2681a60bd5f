//===- FrontendEnumTest.cpp - Enums in the IR
//------------------------------===//

#include "TestSupport.h"

using namespace kbindgen;
using namespace kbindgen::test;

TEST_CASE("enum values and underlying types", "[frontend]") {
  ir::Module M =
      parseSource("/// Colours.\n"
                  "enum colour { RED, GREEN = 5, BLUE };\n"
                  "enum sign { NEG = -2, POS = 3 };\n"
                  "enum big { HUGE = 0xffffffffffffffffULL };\n"
                  "enum wide { WIDE_NEG = -1, WIDE_BIG = 0x100000000LL };\n",
                  {"--target=x86_64-linux-gnu"});

  const ir::Item &ColourItem = itemNamed(M, "colour", ir::ItemKind::Enum);
  CHECK(ColourItem.Doc == "Colours.");
  const ir::Enum &Colour = ColourItem.as<ir::Enum>();
  CHECK(Colour.IsComplete);
  // clang gives an enum without negative values `unsigned int`.
  CHECK_FALSE(Colour.IsSigned);
  CHECK(M.type(Colour.IntegerType).Integer == ir::IntegerKind::UInt);
  REQUIRE(Colour.Enumerators.size() == 3);
  CHECK(Colour.Enumerators[0].Name == "RED");
  CHECK(Colour.Enumerators[0].RawValue == 0);
  CHECK(Colour.Enumerators[1].RawValue == 5);
  CHECK(Colour.Enumerators[2].RawValue == 6);

  const ir::Enum &Sign =
      itemNamed(M, "sign", ir::ItemKind::Enum).as<ir::Enum>();
  CHECK(Sign.IsSigned);
  CHECK(M.type(Sign.IntegerType).Integer == ir::IntegerKind::Int);
  CHECK(Sign.Enumerators[0].signedValue() == -2);
  CHECK(Sign.Enumerators[1].signedValue() == 3);

  const ir::Enum &Big = itemNamed(M, "big", ir::ItemKind::Enum).as<ir::Enum>();
  CHECK_FALSE(Big.IsSigned);
  CHECK(M.type(Big.IntegerType).SizeBytes == 8);
  CHECK(Big.Enumerators[0].RawValue == 0xffffffffffffffffULL);

  const ir::Enum &Wide =
      itemNamed(M, "wide", ir::ItemKind::Enum).as<ir::Enum>();
  CHECK(Wide.IsSigned);
  CHECK(M.type(Wide.IntegerType).SizeBytes == 8);
  CHECK(Wide.Enumerators[0].signedValue() == -1);
  CHECK(Wide.Enumerators[1].signedValue() == 0x100000000LL);
}

TEST_CASE("anonymous enums and packed enums", "[frontend]") {
  ir::Module M =
      parseSource("enum { ANON_A = 1, ANON_B };\n"
                  "enum __attribute__((packed)) small { S1 = 1, S2 = 200 };\n");
  bool FoundAnonymous = false;
  for (const ir::Item &Item : M.Items)
    if (const auto *E = Item.getIf<ir::Enum>(); E && Item.isAnonymous()) {
      FoundAnonymous = true;
      REQUIRE(E->Enumerators.size() == 2);
      CHECK(E->Enumerators[1].Name == "ANON_B");
      CHECK(E->Enumerators[1].RawValue == 2);
    }
  CHECK(FoundAnonymous);
  const ir::Enum &Small =
      itemNamed(M, "small", ir::ItemKind::Enum).as<ir::Enum>();
  CHECK(M.type(Small.IntegerType).SizeBytes == 1);
  CHECK(M.type(Small.IntegerType).Integer == ir::IntegerKind::UChar);
}

TEST_CASE("an enum with a fixed underlying typedef", "[frontend]") {
  ir::Module M = parseSource("typedef unsigned char u8;\n"
                             "enum fixed : u8 { F1 = 1, F2 = 255 };\n"
                             "typedef signed char s8;\n"
                             "enum fixed_signed : s8 { FS = -1 };\n",
                             {"-std=c2x"});
  const ir::Enum &Fixed =
      itemNamed(M, "fixed", ir::ItemKind::Enum).as<ir::Enum>();
  CHECK(M.type(Fixed.IntegerType).Kind == ir::TypeKind::Integer);
  CHECK(M.type(Fixed.IntegerType).Integer == ir::IntegerKind::UChar);
  CHECK_FALSE(Fixed.IsSigned);
  CHECK(Fixed.Enumerators[1].RawValue == 255);
  const ir::Enum &FixedSigned =
      itemNamed(M, "fixed_signed", ir::ItemKind::Enum).as<ir::Enum>();
  CHECK(FixedSigned.IsSigned);
  CHECK(FixedSigned.Enumerators[0].signedValue() == -1);
}
