//===- FrontendMacroTest.cpp - Object-like macros as constants ------------===//

#include "TestSupport.h"

using namespace kbindgen;
using namespace kbindgen::test;

namespace {

int64_t signedOf(const ir::Constant &C) {
  return static_cast<int64_t>(C.IntegerBits);
}

} // namespace

TEST_CASE("integer literal macros of every form", "[frontend]") {
  ir::Module M = parseSource("#define DEC 42\n"
                             "#define HEX 0x1F\n"
                             "#define HEX_UPPER 0XABCDEFull\n"
                             "#define OCT 0755\n"
                             "#define BIN 0b1011\n"
                             "#define SUFFIXED 10UL\n"
                             "#define BIG 0xffffffffffffffff\n"
                             "#define ZERO 0\n"
                             "#define NEG -5\n"
                             "#define NEG_PAREN (-(7))\n"
                             "#define PAREN ((12))\n"
                             "#define NEG_ZERO -0\n"
                             "#define NEG_UNSIGNED -1u\n");
  CHECK(constantNamed(M, "DEC").IntegerBits == 42);
  CHECK(constantNamed(M, "HEX").IntegerBits == 0x1f);
  CHECK(constantNamed(M, "HEX_UPPER").IntegerBits == 0xabcdef);
  CHECK(constantNamed(M, "OCT").IntegerBits == 0755);
  CHECK(constantNamed(M, "BIN").IntegerBits == 11);
  CHECK(constantNamed(M, "SUFFIXED").IntegerBits == 10);
  CHECK(constantNamed(M, "BIG").IntegerBits == 0xffffffffffffffffULL);
  CHECK_FALSE(constantNamed(M, "BIG").IsNegative);
  CHECK(constantNamed(M, "ZERO").IntegerBits == 0);
  CHECK(constantNamed(M, "NEG").IsNegative);
  CHECK(signedOf(constantNamed(M, "NEG")) == -5);
  CHECK(signedOf(constantNamed(M, "NEG_PAREN")) == -7);
  CHECK(constantNamed(M, "PAREN").IntegerBits == 12);
  CHECK_FALSE(constantNamed(M, "NEG_ZERO").IsNegative);
  CHECK(constantNamed(M, "NEG_ZERO").IntegerBits == 0);
  // -1u wraps around in C; clang evaluates it.
  const ir::Constant &NegUnsigned = constantNamed(M, "NEG_UNSIGNED");
  CHECK_FALSE(NegUnsigned.IsNegative);
  CHECK(NegUnsigned.IntegerBits == 0xffffffffu);
  CHECK(constantNamed(M, "DEC").Expansion == "42");
  CHECK_FALSE(constantNamed(M, "DEC").CType.isValid());
  CHECK(constantNamed(M, "DEC").Origin == ir::ConstantOrigin::Macro);
}

TEST_CASE("float, char and string macros", "[frontend]") {
  ir::Module M = parseSource("#define F 1.5f\n"
                             "#define D 2.5e3\n"
                             "#define NEG_F -0.25\n"
                             "#define CH 'a'\n"
                             "#define NL '\\n'\n"
                             "#define HEXCH '\\x41'\n"
                             "#define OCTCH '\\101'\n"
                             "#define STR \"a\\n\\x41\\\"\"\n"
                             "#define NUL \"\\0\"\n"
                             "#define CONCAT \"ab\" \"cd\"\n"
                             "#define PREFIX \"<1>\"\n"
                             "#define JOINED PREFIX \"text\"\n");
  const ir::Constant &F = constantNamed(M, "F");
  CHECK(F.Kind == ir::ConstantKind::Float);
  CHECK(F.FloatValue == 1.5);
  CHECK(constantNamed(M, "D").FloatValue == 2500.0);
  CHECK(constantNamed(M, "NEG_F").FloatValue == -0.25);

  const ir::Constant &Ch = constantNamed(M, "CH");
  CHECK(Ch.Kind == ir::ConstantKind::Char);
  CHECK(Ch.IntegerBits == 'a');
  CHECK(constantNamed(M, "NL").IntegerBits == '\n');
  CHECK(constantNamed(M, "HEXCH").IntegerBits == 0x41);
  CHECK(constantNamed(M, "OCTCH").IntegerBits == 0x41);

  const ir::Constant &Str = constantNamed(M, "STR");
  CHECK(Str.Kind == ir::ConstantKind::String);
  CHECK(Str.Bytes == "a\nA\"");
  CHECK(constantNamed(M, "NUL").Bytes == std::string(1, '\0'));
  CHECK(constantNamed(M, "CONCAT").Bytes == "abcd");
  // Needs the other macro: evaluated by clang.
  CHECK(constantNamed(M, "JOINED").Bytes == "<1>text");
}

TEST_CASE("macros of macros, casts and sizeof are evaluated by clang",
          "[frontend]") {
  ir::Module M = parseSource("typedef unsigned int gfp_t;\n"
                             "#define __force\n"
                             "#define ___GFP_IO 0x40u\n"
                             "#define __GFP_IO ((__force gfp_t)___GFP_IO)\n"
                             "#define __GFP_FS ((__force gfp_t)0x80u)\n"
                             "#define GFP_NOFS (__GFP_IO | __GFP_FS)\n"
                             "#define BASE 10\n"
                             "#define DERIVED (BASE * 3 + 1)\n"
                             "#define NEG_DERIVED (BASE - 20)\n"
                             "#define SHIFTED (1UL << 40)\n"
                             "#define SIZE sizeof(long)\n"
                             "#define CAST ((unsigned char)300)\n"
                             "enum { ENUM_VAL = 7 };\n"
                             "#define FROM_ENUM ENUM_VAL\n"
                             "#define RATIO (1.0 / 4)\n",
                             {"--target=x86_64-linux-gnu"});

  const ir::Constant &Io = constantNamed(M, "__GFP_IO");
  CHECK(Io.IntegerBits == 0x40);
  REQUIRE(Io.CType.isValid());
  CHECK(namedItem(M, Io.CType).Name == "gfp_t");
  // The typedef item is the one of the main parse.
  CHECK(&namedItem(M, Io.CType) ==
        &itemNamed(M, "gfp_t", ir::ItemKind::Typedef));
  const ir::Constant &NoFs = constantNamed(M, "GFP_NOFS");
  CHECK(NoFs.IntegerBits == 0xc0);
  REQUIRE(NoFs.CType.isValid());
  CHECK(namedItem(M, NoFs.CType).Name == "gfp_t");

  const ir::Constant &Derived = constantNamed(M, "DERIVED");
  CHECK(Derived.IntegerBits == 31);
  CHECK_FALSE(Derived.CType.isValid());
  // What bindgen computes itself is a fact of the header; the typing it
  // leads to is the analysis' (ConstantTypes.cpp).
  CHECK(constantNamed(M, "BASE").BindgenComputable);
  CHECK(Derived.BindgenComputable);
  CHECK(constantNamed(M, "SHIFTED").BindgenComputable);
  CHECK_FALSE(Io.BindgenComputable);
  CHECK_FALSE(NoFs.BindgenComputable);
  CHECK_FALSE(constantNamed(M, "SIZE").BindgenComputable);
  CHECK_FALSE(constantNamed(M, "FROM_ENUM").BindgenComputable);
  CHECK(Derived.Expansion == "( BASE * 3 + 1 )");
  CHECK(signedOf(constantNamed(M, "NEG_DERIVED")) == -10);
  CHECK(constantNamed(M, "NEG_DERIVED").IsNegative);
  CHECK(constantNamed(M, "SHIFTED").IntegerBits == (1ULL << 40));

  const ir::Constant &Size = constantNamed(M, "SIZE");
  CHECK(Size.IntegerBits == 8);
  REQUIRE(Size.CType.isValid());
  CHECK(M.type(Size.CType).Integer == ir::IntegerKind::ULong);

  const ir::Constant &Cast = constantNamed(M, "CAST");
  CHECK(Cast.IntegerBits == 44);
  REQUIRE(Cast.CType.isValid());
  CHECK(M.type(Cast.CType).Integer == ir::IntegerKind::UChar);

  CHECK(constantNamed(M, "FROM_ENUM").IntegerBits == 7);
  const ir::Constant &Ratio = constantNamed(M, "RATIO");
  CHECK(Ratio.Kind == ir::ConstantKind::Float);
  CHECK(Ratio.FloatValue == 0.25);
}

TEST_CASE("macros that are no constants are skipped with a reason",
          "[frontend]") {
  ir::Module M = parseSource("#define FN(x) ((x) + 1)\n"
                             "#define GUARD_H\n"
                             "#define TYPE unsigned long\n"
                             "#define STMT do { } while (0)\n"
                             "#define ATTR __attribute__((unused))\n"
                             "extern int var;\n"
                             "#define ADDR (&var)\n"
                             "#define LATER 3\n"
                             "#define AFTER_ALL 4\n");
  const ir::SkippedMacro *Fn = skippedMacro(M, "FN");
  REQUIRE(Fn);
  CHECK(Fn->Reason == "function-like");
  CHECK(Fn->Loc.Line == 1);
  REQUIRE(skippedMacro(M, "GUARD_H"));
  CHECK(skippedMacro(M, "GUARD_H")->Reason == "empty");
  for (const char *Name : {"TYPE", "STMT", "ATTR", "ADDR"}) {
    INFO(Name);
    REQUIRE(skippedMacro(M, Name));
    CHECK(skippedMacro(M, Name)->Reason == "not a constant expression");
    CHECK_FALSE(hasItem(M, Name));
  }
  // A failing probe does not disturb the macros around it.
  CHECK(constantNamed(M, "LATER").IntegerBits == 3);
  CHECK(constantNamed(M, "AFTER_ALL").IntegerBits == 4);
}

TEST_CASE("compiler and command-line macros are not the header's",
          "[frontend]") {
  ir::Module M = parseSource("#define OWN 1\n", {"-DFROM_COMMAND_LINE=3"});
  CHECK(constantNamed(M, "OWN").IntegerBits == 1);
  CHECK_FALSE(hasItem(M, "FROM_COMMAND_LINE"));
  CHECK_FALSE(hasItem(M, "__x86_64__"));
  CHECK_FALSE(hasItem(M, "__STDC_VERSION__"));
  CHECK(skippedMacro(M, "__x86_64__") == nullptr);
}

TEST_CASE("a redefined macro keeps its last value", "[frontend]") {
  ir::Module M = parseSource("#define R 1\n#undef R\n#define R 2\n");
  CHECK(constantNamed(M, "R").IntegerBits == 2);
  CHECK(itemNamed(M, "R", ir::ItemKind::Constant).Loc.Line == 3);
}

TEST_CASE("macro constants come first, as libclang visits them", "[frontend]") {
  ir::Module M = parseSource("struct first { int a; };\n"
                             "#define ONE 1\n"
                             "typedef struct first first_t;\n"
                             "#define TWO (ONE + 1)\n"
                             "struct second { struct first f; };\n");
  REQUIRE(M.Items.size() == 5);
  CHECK(M.Items[0].Name == "ONE");
  CHECK(M.Items[1].Name == "TWO");
  CHECK(M.Items[2].Name == "first");
  CHECK(M.Items[3].Name == "first_t");
  CHECK(M.Items[4].Name == "second");
  // Every reference to an item followed the move.
  const ir::Item &Typedef = itemNamed(M, "first_t", ir::ItemKind::Typedef);
  CHECK(&namedItem(M, Typedef.as<ir::Typedef>().Underlying) == &M.Items[2]);
  const ir::Record &Second = recordNamed(M, "second");
  CHECK(&namedItem(M, Second.Fields[0].Type) == &M.Items[2]);
}

TEST_CASE("macros clang rejects or cannot represent are skipped",
          "[frontend]") {
  ir::Module M = parseSource("#define TOO_BIG 0x1ffffffffffffffff\n"
                             "#define WIDE L\"wide\"\n"
                             "#define UNKNOWN_NAME (undeclared_thing + 1)\n"
                             "#define FINE (2 + 2)\n");
  for (const char *Name : {"TOO_BIG", "WIDE", "UNKNOWN_NAME"}) {
    INFO(Name);
    CHECK(skippedMacro(M, Name));
    CHECK_FALSE(hasItem(M, Name));
  }
  CHECK(constantNamed(M, "FINE").IntegerBits == 4);
}

TEST_CASE("macros whose value depends on where they expand are skipped",
          "[frontend]") {
  // The kernel's FILE_LINE: a probe would record the probe's own position.
  ir::Module M = parseSource("#define __stringify(x) #x\n"
                             "#define FILE_LINE __FILE__ \":\" "
                             "__stringify(__LINE__)\n"
                             "#define HERE (__LINE__ + 0)\n"
                             "#define NEXT_ID (__COUNTER__ * 2)\n"
                             "#define PLAIN (2 + 3)\n");
  for (const char *Name : {"FILE_LINE", "HERE", "NEXT_ID"}) {
    INFO(Name);
    REQUIRE(skippedMacro(M, Name));
    CHECK_FALSE(hasItem(M, Name));
  }
  CHECK(constantNamed(M, "PLAIN").IntegerBits == 5);
}
