#include "kbindgen/IR/IR.h"

#include <catch2/catch.hpp>

using namespace kbindgen::ir;

TEST_CASE("resolveTypedefs follows a typedef chain to the record", "[ir]") {
  Module M;
  Item RecordItem;
  RecordItem.Name = "s";
  RecordItem.Data = Record{};
  ItemId RecordId = M.addItem(RecordItem);
  Type RecordType;
  RecordType.Kind = TypeKind::Named;
  RecordType.Item = RecordId;
  TypeId RecordTypeId = M.addType(RecordType);

  Item Inner;
  Inner.Name = "inner_t";
  Inner.Data = Typedef{RecordTypeId};
  Type InnerType;
  InnerType.Kind = TypeKind::Named;
  InnerType.Item = M.addItem(Inner);
  TypeId InnerTypeId = M.addType(InnerType);

  Item Outer;
  Outer.Name = "outer_t";
  Outer.Data = Typedef{InnerTypeId};
  Type OuterType;
  OuterType.Kind = TypeKind::Named;
  OuterType.Item = M.addItem(Outer);
  TypeId OuterTypeId = M.addType(OuterType);

  CHECK(M.resolveTypedefs(OuterTypeId) == RecordTypeId);
  CHECK(M.resolveTypedefs(RecordTypeId) == RecordTypeId);
  CHECK(M.item(RecordId).kind() == ItemKind::Record);
}
