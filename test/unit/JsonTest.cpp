#include "kbindgen/Backends/Backends.h"

#include "llvm/Support/JSON.h"

#include <catch2/catch.hpp>

using namespace kbindgen;

namespace {

// A module with one struct { int a; unsigned b : 3; } and one macro.
struct SmallModule {
  ir::Module M;
  Analysis A;

  SmallModule() {
    M.Files.push_back("t.h");
    ir::Type Int;
    Int.Kind = ir::TypeKind::Integer;
    Int.Integer = ir::IntegerKind::Int;
    Int.IsSigned = true;
    Int.SizeBytes = Int.AlignBytes = 4;
    Int.Spelling = "int";
    ir::TypeId IntId = M.addType(Int);

    ir::Record R;
    R.IsComplete = true;
    R.SizeBytes = 8;
    R.AlignBytes = 4;
    R.Fields.push_back({"a", IntId, 0, std::nullopt, "", {}});
    R.Fields.push_back({"b", IntId, 32, 3u, "", {}});
    ir::Item S;
    S.Name = "s";
    S.Loc = {0, 1, 8};
    S.Data = R;
    M.addItem(S);

    ir::Constant C;
    C.IntegerBits = static_cast<uint64_t>(-5);
    C.IsNegative = true;
    C.Expansion = "(-5)";
    ir::Item Macro;
    Macro.Name = "MINUS_FIVE";
    Macro.Data = C;
    M.addItem(Macro);

    A.Decisions = {{Disposition::Emit, "", {}},
                   {Disposition::Blocked, "--blocklist-item MINUS.*", {}}};
    A.RustNames = {"s", "MINUS_FIVE"};
    A.MemberNames = {{"a", "b"}, {}};
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
