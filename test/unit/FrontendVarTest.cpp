//===- FrontendVarTest.cpp - Globals and const-variable constants ---------===//

#include "TestSupport.h"

using namespace kbindgen;
using namespace kbindgen::test;

TEST_CASE("const variables with a value become constants", "[frontend]") {
  // bindgen 0.60.1 emits `pub const a: c_int = 5; pub const b: c_int = 6;`,
  // `pub const d: f64 = 1.5;`, `pub const s: &[u8; 3] = b"hi\0";` and an
  // extern static for `c`.
  ir::Module M =
      parseSource("typedef unsigned int gfp_t;\n"
                  "#define __force\n"
                  "#define GFP_KERNEL ((__force gfp_t)0x400u)\n"
                  "static const int a = 5;\n"
                  "const int b = 6;\n"
                  "extern const int c;\n"
                  "static const double d = 1.5;\n"
                  "const char *const s = \"hi\";\n"
                  "static const long neg = -7;\n"
                  "const gfp_t RUST_CONST_HELPER_GFP_KERNEL = GFP_KERNEL;\n");

  const ir::Constant &A = constantNamed(M, "a");
  CHECK(A.Origin == ir::ConstantOrigin::ConstVar);
  CHECK(A.Kind == ir::ConstantKind::Integer);
  CHECK(A.IntegerBits == 5);
  REQUIRE(A.CType.isValid());
  CHECK(M.type(A.CType).Integer == ir::IntegerKind::Int);
  CHECK_FALSE(M.type(A.CType).IsConst);
  CHECK(constantNamed(M, "b").IntegerBits == 6);

  const ir::Var &C = itemNamed(M, "c", ir::ItemKind::Var).as<ir::Var>();
  CHECK(C.IsExtern);
  CHECK(M.type(C.Type).IsConst);

  const ir::Constant &D = constantNamed(M, "d");
  CHECK(D.Kind == ir::ConstantKind::Float);
  CHECK(D.FloatValue == 1.5);

  const ir::Constant &S = constantNamed(M, "s");
  CHECK(S.Kind == ir::ConstantKind::String);
  CHECK(S.Bytes == "hi");

  const ir::Constant &Neg = constantNamed(M, "neg");
  CHECK(Neg.IsNegative);
  CHECK(static_cast<int64_t>(Neg.IntegerBits) == -7);

  const ir::Constant &Gfp = constantNamed(M, "RUST_CONST_HELPER_GFP_KERNEL");
  CHECK(Gfp.IntegerBits == 0x400);
  CHECK(namedItem(M, Gfp.CType).Name == "gfp_t");
}

TEST_CASE("other globals are variables", "[frontend]") {
  ir::Module M = parseSource("extern int counter;\n"
                             "static int hidden;\n"
                             "_Thread_local int per_thread;\n"
                             "int table[4];\n"
                             "extern int counter;\n"
                             "int var_renamed __asm__(\"other_name\");\n"
                             "const int not_const_enough;\n");
  const ir::Var &Counter =
      itemNamed(M, "counter", ir::ItemKind::Var).as<ir::Var>();
  CHECK(Counter.IsExtern);
  CHECK_FALSE(Counter.IsStatic);
  CHECK_FALSE(Counter.IsThreadLocal);
  const ir::Var &Hidden =
      itemNamed(M, "hidden", ir::ItemKind::Var).as<ir::Var>();
  CHECK(Hidden.IsStatic);
  CHECK_FALSE(Hidden.IsExtern);
  CHECK(itemNamed(M, "per_thread", ir::ItemKind::Var)
            .as<ir::Var>()
            .IsThreadLocal);
  const ir::Type &Table =
      M.type(itemNamed(M, "table", ir::ItemKind::Var).as<ir::Var>().Type);
  CHECK(Table.Kind == ir::TypeKind::Array);
  CHECK(Table.ArrayLength == 4);
  CHECK(itemNamed(M, "var_renamed", ir::ItemKind::Var).as<ir::Var>().LinkName ==
        "other_name");
  // A tentative definition without initializer is no constant.
  CHECK(itemNamed(M, "not_const_enough", ir::ItemKind::Var).kind() ==
        ir::ItemKind::Var);
}
