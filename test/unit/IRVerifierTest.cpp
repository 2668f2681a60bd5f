#include "IRBuilderForTests.h"
#include "TestSupport.h"

#include "kbindgen/IR/Verifier.h"

#include <catch2/catch.hpp>

using namespace kbindgen;
using kbindgen::test::IRBuilder;

namespace {

/// The verifier's message, or "" when the module is well formed.
std::string problemOf(const ir::Module &M) {
  llvm::Error E = ir::verifyModule(M);
  return E ? llvm::toString(std::move(E)) : std::string();
}

/// A small module with one item of each kind that refers to something.
IRBuilder wellFormed() {
  IRBuilder B;
  ir::TypeId Int = B.intType();
  ir::ItemId Inner = B.record("", {{"x", Int}});
  ir::ItemId Outer = B.record("outer", {{"", B.named(Inner)}});
  B.M.item(Inner).Parent = Outer;
  B.typedefOf("int_t", Int);
  B.function("f", Int, {B.pointerTo(B.named(Outer))});
  B.var("v", B.arrayOf(Int, 4));
  B.enumeration("e", {"A", "B"});
  B.constant("C", 1);
  return B;
}

} // namespace

TEST_CASE("verifier: a well-formed module passes", "[ir][verifier]") {
  CHECK(problemOf(wellFormed().M).empty());
  CHECK(problemOf(kbindgen::test::parseSource(
                      "typedef struct { int a[2]; void (*cb)(int); } s_t;\n"
                      "union u { struct { char c; } in; s_t s; };\n"
                      "enum { K = 1 };\n#define N 3\n"
                      "int g(const char *restrict p, ...);\n"))
            .empty());
}

TEST_CASE("verifier: a field's type out of range names the item and field",
          "[ir][verifier]") {
  IRBuilder B = wellFormed();
  B.M.item(ir::ItemId{1}).as<ir::Record>().Fields[0].Type = ir::TypeId{999};
  CHECK(problemOf(B.M) ==
        "malformed IR: items[1] (struct outer), field '': the field refers "
        "to type 999 of " +
            std::to_string(B.M.Types.size()));
}

TEST_CASE("verifier: dangling references of every kind are found",
          "[ir][verifier]") {
  IRBuilder B = wellFormed();
  ir::Module Broken = B.M;

  SECTION("a pointer without pointee") {
    ir::Type T;
    T.Kind = ir::TypeKind::Pointer;
    Broken.addType(T);
    CHECK_THAT(problemOf(Broken), Catch::Contains("the pointee has no type"));
  }
  SECTION("a named type naming a function") {
    ir::Type T;
    T.Kind = ir::TypeKind::Named;
    T.Item = ir::ItemId{3}; // f
    Broken.addType(T);
    CHECK_THAT(problemOf(Broken),
               Catch::Contains("names items[3] (function f), which is not a "
                               "type"));
  }
  SECTION("a function type with no signature") {
    Broken.Types.back().Kind = ir::TypeKind::Function;
    Broken.Types.back().Signature = 7;
    CHECK_THAT(problemOf(Broken), Catch::Contains("refers to signature 7"));
  }
  SECTION("a signature parameter out of range") {
    Broken.Signatures[0].Params.push_back(ir::TypeId{500});
    CHECK_THAT(problemOf(Broken),
               Catch::Contains("signatures[0] parameter 2: the parameter "
                               "refers to type 500"));
  }
  SECTION("a parent that is not a record") {
    Broken.Items[0].Parent = ir::ItemId{2}; // the typedef
    CHECK_THAT(problemOf(Broken),
               Catch::Contains("the parent is items[2], a typedef, not a "
                               "record"));
  }
  SECTION("a naming typedef out of range") {
    Broken.Items[0].NamingTypedef = ir::ItemId{42};
    CHECK_THAT(problemOf(Broken),
               Catch::Contains("the naming typedef refers to item 42"));
  }
  SECTION("a file index out of range") {
    Broken.Items[4].Loc.File = 9;
    CHECK_THAT(problemOf(Broken),
               Catch::Contains("items[4] (var v): location refers to file 9 "
                               "of 1"));
  }
  SECTION("a function whose type is not a function type") {
    Broken.Items[3].as<ir::Function>().Type = ir::TypeId{0};
    CHECK_THAT(problemOf(Broken),
               Catch::Contains("items[3] (function f): the function type is "
                               "types[0], which is not a function type"));
  }
  SECTION("a typedef without underlying type") {
    Broken.Items[2].as<ir::Typedef>().Underlying = ir::TypeId{};
    CHECK_THAT(problemOf(Broken),
               Catch::Contains("items[2] (typedef int_t): the underlying "
                               "type has no type"));
  }
}

TEST_CASE("verifier: a type that contains itself is refused",
          "[ir][verifier]") {
  IRBuilder B;
  ir::TypeId Pointer = B.pointerTo(ir::TypeId{1});
  B.arrayOf(Pointer, 2);
  CHECK_THAT(problemOf(B.M), Catch::Contains("the type contains itself"));

  IRBuilder Typedefs;
  // typedef t t; through a Named type. The builder sizes a named type from
  // what it names, so the typedef is closed into a loop afterwards.
  ir::ItemId T = Typedefs.typedefOf("t", Typedefs.intType());
  ir::TypeId NamedT = Typedefs.named(T);
  Typedefs.M.item(T).as<ir::Typedef>().Underlying = NamedT;
  CHECK_THAT(problemOf(Typedefs.M),
             Catch::Contains("types[1] (): the type contains itself"));

  // A struct that points to itself is fine.
  IRBuilder List;
  ir::ItemId Node = List.record("node", {});
  List.addField(Node, {"next", List.pointerTo(List.named(Node))});
  CHECK(problemOf(List.M).empty());
}

TEST_CASE("verifier: a record that holds itself by value is refused",
          "[ir][verifier]") {
  IRBuilder B;
  ir::TypeId Int = B.intType();
  ir::ItemId Outer = B.record("outer", {{"n", Int}});
  ir::TypeId NamedOuter = B.named(Outer);

  SECTION("a field of its own type") {
    B.addField(Outer, {"self", NamedOuter});
    CHECK(problemOf(B.M) ==
          "malformed IR: items[0] (struct outer), field 'self': the field "
          "holds its own record by value (a record cannot contain itself; "
          "only a pointer can refer to it)");
  }
  SECTION("through an array and a typedef") {
    ir::ItemId Alias = B.typedefOf("outer_t", NamedOuter);
    B.addField(Outer, {"many", B.arrayOf(B.named(Alias), 2)});
    CHECK_THAT(problemOf(B.M),
               Catch::Contains("items[0] (struct outer), field 'many': the "
                               "field holds its own record by value"));
  }
  SECTION("through a nested anonymous record") {
    ir::ItemId Inner =
        B.record("", {{"back", NamedOuter}}, ir::RecordKind::Union, Outer);
    B.addField(Outer, {"", B.named(Inner)});
    CHECK_THAT(problemOf(B.M),
               Catch::Contains("the field holds items[0] (struct outer) by "
                               "value, which holds this record"));
  }
  SECTION("a pointer to itself, and a function taking it, are fine") {
    B.addField(Outer, {"next", B.pointerTo(NamedOuter)});
    B.addField(Outer, {"cb", B.pointerTo(B.functionType(Int, {NamedOuter}))});
    ir::ItemId Holder = B.record("holder", {{"a", NamedOuter}});
    B.addField(Holder, {"b", B.arrayOf(NamedOuter, 3)});
    CHECK(problemOf(B.M).empty());
  }
}

TEST_CASE("verifier: an item nested in itself is refused", "[ir][verifier]") {
  IRBuilder B;
  ir::ItemId Outer = B.record("outer", {});
  ir::ItemId Inner = B.record("inner", {}, ir::RecordKind::Struct, Outer);
  CHECK(problemOf(B.M).empty());

  ir::Module Loop = B.M;
  Loop.item(Outer).Parent = Inner;
  CHECK(problemOf(Loop) ==
        "malformed IR: items[0] (struct outer): the item is nested in itself");

  ir::Module Self = B.M;
  Self.item(Inner).Parent = Inner;
  CHECK(problemOf(Self) ==
        "malformed IR: items[1] (struct inner): the item is nested in itself");
}
