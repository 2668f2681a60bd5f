#include "IRBuilderForTests.h"
#include "TestSupport.h"

#include "kbindgen/Backends/Backends.h"

#include "llvm/Support/JSON.h"

#include <catch2/catch.hpp>

using namespace kbindgen;

namespace {

// A module with one struct { int a; unsigned b : 3; } and one macro.
struct SmallModule : test::IRBuilder {
  Analysis A;

  SmallModule() {
    ir::TypeId IntId = intType();
    ir::ItemId S = record("s", {{"a", IntId}, {"b", IntId, 3u, 32}},
                          ir::RecordKind::Struct, ir::ItemId(), 8, 4);
    M.item(S).Loc.Column = 8;

    ir::Constant C;
    C.IntegerBits = static_cast<uint64_t>(-5);
    C.IsNegative = true;
    C.Expansion = "(-5)";
    constant("MINUS_FIVE", C);

    A.Decisions = {{Disposition::Emit, "", {}},
                   {Disposition::Blocked, "--blocklist-item MINUS.*", {}}};
    A.RustNames = {"s", "MINUS_FIVE"};
    A.MemberNames = {{"a", "b"}, {}};
    test::sizeAnalysisForItems(M, A);
  }

  llvm::json::Value dump() const {
    std::string Text;
    llvm::raw_string_ostream OS(Text);
    emitJson(M, A, OS);
    llvm::Expected<llvm::json::Value> Parsed = llvm::json::parse(Text);
    REQUIRE(static_cast<bool>(Parsed));
    return std::move(*Parsed);
  }
};

} // namespace

TEST_CASE("JSON IR carries schema, layout and decisions", "[json]") {
  SmallModule Small;
  llvm::json::Value Root = Small.dump();
  const llvm::json::Object *Obj = Root.getAsObject();
  REQUIRE(Obj);
  CHECK(Obj->getString("schema") == "kbindgen-ir");
  CHECK(Obj->getInteger("version") == 2);

  const llvm::json::Array *Items = Obj->getArray("items");
  REQUIRE(Items);
  REQUIRE(Items->size() == 2);
  const llvm::json::Object *Struct = (*Items)[0].getAsObject();
  CHECK(Struct->getString("kind") == "record");
  CHECK(Struct->getInteger("size") == 8);
  const llvm::json::Array *Fields = Struct->getArray("fields");
  REQUIRE(Fields->size() == 2);
  CHECK((*Fields)[1].getAsObject()->getInteger("offset_bits") == 32);
  CHECK((*Fields)[1].getAsObject()->getInteger("bit_width") == 3);
  CHECK(Struct->getObject("decision")->getString("disposition") == "emit");

  const llvm::json::Object *Macro = (*Items)[1].getAsObject();
  CHECK(Macro->getInteger("value") == -5);
  CHECK(Macro->getObject("decision")->getString("reason") ==
        "--blocklist-item MINUS.*");
}

TEST_CASE("JSON IR is deterministic", "[json]") {
  SmallModule Small;
  std::string First, Second;
  llvm::raw_string_ostream FirstOS(First), SecondOS(Second);
  emitJson(Small.M, Small.A, FirstOS);
  emitJson(Small.M, Small.A, SecondOS);
  CHECK(First == Second);
  CHECK(!First.empty());
}
