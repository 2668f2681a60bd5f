//===- AnalysisConstantTypesTest.cpp - C type or bindgen's typing ---------===//

#include "IRBuilderForTests.h"
#include "TestSupport.h"

#include "kbindgen/Analysis/Analysis.h"

#include <catch2/catch.hpp>

using namespace kbindgen;
using kbindgen::test::analyzeVerified;
using kbindgen::test::IRBuilder;

namespace {

ir::ItemId macroOfType(IRBuilder &B, std::string Name, ir::TypeId CType,
                       bool BindgenComputable) {
  ir::ItemId Id = B.constant(std::move(Name), 1);
  ir::Constant &C = B.M.item(Id).as<ir::Constant>();
  C.CType = CType;
  C.BindgenComputable = BindgenComputable;
  return Id;
}

} // namespace

TEST_CASE("Macros bindgen computes keep its typing by value, unless the "
          "type is a name or --macro-c-types",
          "[analysis]") {
  IRBuilder B;
  ir::TypeId ULong =
      B.integer(ir::IntegerKind::ULong, false, 8, "unsigned long");
  ir::TypeId Gfp = B.named(B.typedefOf("gfp_t", ULong));
  ir::ItemId Literal = B.constant("LITERAL", 5);
  ir::ItemId Arith = macroOfType(B, "ARITH", ULong, true);
  ir::ItemId Sizeof = macroOfType(B, "SIZEOF", ULong, false);
  ir::ItemId Named = macroOfType(B, "NAMED", Gfp, true);
  ir::ItemId Var = macroOfType(B, "VAR", ULong, true);
  B.M.item(Var).as<ir::Constant>().Origin = ir::ConstantOrigin::ConstVar;

  Analysis Bindgen = analyzeVerified(B.M, Options());
  REQUIRE(Bindgen.ConstantCTypes.size() == B.M.Items.size());
  CHECK_FALSE(Bindgen.ConstantCTypes[Literal.Index].isValid());
  CHECK_FALSE(Bindgen.ConstantCTypes[Arith.Index].isValid());
  CHECK(Bindgen.ConstantCTypes[Sizeof.Index] == ULong);
  CHECK(Bindgen.ConstantCTypes[Named.Index] == Gfp);
  CHECK(Bindgen.ConstantCTypes[Var.Index] == ULong);

  Options CTypes;
  CTypes.MacroCTypes = true;
  Analysis All = analyzeVerified(B.M, CTypes);
  CHECK_FALSE(All.ConstantCTypes[Literal.Index].isValid());
  CHECK(All.ConstantCTypes[Arith.Index] == ULong);
  CHECK(All.ConstantCTypes[Sizeof.Index] == ULong);
}
