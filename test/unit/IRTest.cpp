#include "IRBuilderForTests.h"

#include "kbindgen/IR/IR.h"

#include <catch2/catch.hpp>

using namespace kbindgen;
using namespace kbindgen::test;

TEST_CASE("resolveTypedefs follows a typedef chain to the record", "[ir]") {
  IRBuilder B;
  ir::ItemId RecordId = B.record("s", {});
  ir::TypeId RecordTypeId = B.named(RecordId);
  ir::TypeId InnerTypeId = B.named(B.typedefOf("inner_t", RecordTypeId));
  ir::TypeId OuterTypeId = B.named(B.typedefOf("outer_t", InnerTypeId));

  CHECK(B.M.resolveTypedefs(OuterTypeId) == RecordTypeId);
  CHECK(B.M.resolveTypedefs(RecordTypeId) == RecordTypeId);
  CHECK(B.M.item(RecordId).kind() == ir::ItemKind::Record);
}
