#include "IRBuilderForTests.h"

#include "kbindgen/IR/IRNames.h"
#include "kbindgen/IR/Vocabulary.h"

#include <catch2/catch.hpp>

using namespace kbindgen;
using kbindgen::test::IRBuilder;

TEST_CASE("vocabulary: keywords of records and items", "[ir][vocabulary]") {
  CHECK(ir::recordKeyword(ir::RecordKind::Struct) == "struct");
  CHECK(ir::recordKeyword(ir::RecordKind::Union) == "union");

  IRBuilder B;
  ir::TypeId Int = B.intType();
  auto keywordOf = [&](ir::ItemId Id) {
    return ir::itemKeyword(B.M.item(Id)).str();
  };
  CHECK(keywordOf(B.record("s", {})) == "struct");
  CHECK(keywordOf(B.record("u", {}, ir::RecordKind::Union)) == "union");
  CHECK(keywordOf(B.enumeration("e", {})) == "enum");
  CHECK(keywordOf(B.typedefOf("t", Int)) == "typedef");
  CHECK(keywordOf(B.function("f", Int, {})) == "function");
  CHECK(keywordOf(B.var("v", Int)) == "var");
  CHECK(keywordOf(B.constant("C", 1)) == "constant");
}

TEST_CASE("vocabulary: C type names, and the schema names built on them",
          "[ir][vocabulary]") {
  CHECK(ir::cIntegerTypeName(ir::IntegerKind::Bool) == "_Bool");
  CHECK(ir::cIntegerTypeName(ir::IntegerKind::ULongLong) ==
        "unsigned long long");
  CHECK(ir::cIntegerTypeName(ir::IntegerKind::UInt128) == "unsigned __int128");
  CHECK(ir::cFloatTypeName(ir::FloatKind::LongDouble) == "long double");
  CHECK(ir::cFloatTypeName(ir::FloatKind::BFloat16) == "__bf16");
  // The JSON IR schema spells _Bool `bool` and every other kind as C does.
  CHECK(llvm::StringRef(integerKindName(ir::IntegerKind::Bool)) == "bool");
  CHECK(llvm::StringRef(integerKindName(ir::IntegerKind::SChar)) ==
        "signed char");
  CHECK(llvm::StringRef(floatKindName(ir::FloatKind::Half)) == "__fp16");
}

TEST_CASE("vocabulary: an anonymous item goes by its Rust name",
          "[ir][vocabulary]") {
  IRBuilder B;
  ir::Item &Named = B.M.item(B.record("foo", {}));
  CHECK(ir::cNameOrRustName(Named, "foo_rs") == "foo");
  ir::Item &Anonymous = B.M.item(B.record("", {}));
  CHECK(ir::cNameOrRustName(Anonymous, "_bindgen_ty_1") == "_bindgen_ty_1");
}
