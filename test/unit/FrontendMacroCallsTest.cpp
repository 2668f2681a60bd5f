//===- FrontendMacroCallsTest.cpp - Function-like macros that are one call ===//

#include "TestSupport.h"

using namespace kbindgen;
using namespace kbindgen::test;

namespace {

const char *const MacroCallsHeader =
    "struct lock;\n"
    "struct lock_class_key { int id; };\n"
    "void lock_nested(struct lock *l, unsigned sub);\n"
    "long fold(long value, int by, char mode);\n"
    "int vsum(int n, ...);\n"
    "void key_init(struct lock *l, const char *name,\n"
    "              struct lock_class_key *key);\n"
    "#define lock_it(l) lock_nested(l, 0)\n"
    "#define fold_by(by, value) fold((value), (by), 'x')\n"
    "#define fold_all(args...) fold(args)\n"
    "#define lock_twice(l) lock_it(l)\n"
    "#define lock_stmt(l) do { lock_it(l); } while (0)\n"
    "#define lock_missing(l) lock_frob(l)\n"
    "#define sum3(a, b, c) vsum(3, a, b, c)\n"
    "#define fold_short(value) fold(value, 1)\n"
    "#define key_it(l) do { static struct lock_class_key __key;"
    " key_init((l), #l, &__key); } while (0)\n";

ir::Module parseWithMacroCalls(const std::string &Contents) {
  FrontendInput Input = inMemoryHeader("macro_calls_test.h", Contents);
  Input.WrapMacroCalls = true;
  return parseInput(Input);
}

const ir::Function *functionNamed(const ir::Module &M, llvm::StringRef Name) {
  for (const ir::Item &Item : M.Items)
    if (Item.Name == Name)
      return Item.getIf<ir::Function>();
  return nullptr;
}

std::string skipReason(const ir::Module &M, llvm::StringRef Name) {
  for (const ir::SkippedMacro &Macro : M.SkippedMacros)
    if (Macro.Name == Name)
      return Macro.Reason;
  return "(not skipped)";
}

/// The resolved kinds of a function item's parameters and result.
std::vector<ir::TypeKind> signatureKinds(const ir::Module &M,
                                         const ir::Function &F) {
  const ir::FunctionSignature &Sig = M.signature(M.type(F.Type));
  std::vector<ir::TypeKind> Kinds;
  for (ir::TypeId Param : Sig.Params)
    Kinds.push_back(M.type(M.resolveTypedefs(Param)).Kind);
  Kinds.push_back(M.type(M.resolveTypedefs(Sig.Result)).Kind);
  return Kinds;
}

} // namespace

TEST_CASE("a function-like macro that is one call becomes a function",
          "[frontend][macro-calls]") {
  ir::Module M = parseWithMacroCalls(MacroCallsHeader);

  const ir::Function *LockIt = functionNamed(M, "lock_it");
  REQUIRE(LockIt);
  CHECK(LockIt->MacroCallee == "lock_nested");
  CHECK(LockIt->IsStatic);
  CHECK(LockIt->ParamNames == std::vector<std::string>{"l"});
  CHECK(signatureKinds(M, *LockIt) ==
        std::vector<ir::TypeKind>{ir::TypeKind::Pointer, ir::TypeKind::Void});

  // The macro's parameter order, the callee's types.
  const ir::Function *FoldBy = functionNamed(M, "fold_by");
  REQUIRE(FoldBy);
  CHECK(FoldBy->MacroCallee == "fold");
  CHECK(FoldBy->ParamNames == std::vector<std::string>{"by", "value"});
  const ir::FunctionSignature &FoldSig = M.signature(M.type(FoldBy->Type));
  REQUIRE(FoldSig.Params.size() == 2);
  CHECK(M.type(FoldSig.Params[0]).Integer == ir::IntegerKind::Int);
  CHECK(M.type(FoldSig.Params[1]).Integer == ir::IntegerKind::Long);

  // GNU's named variadic parameter passed whole: the callee's parameters.
  const ir::Function *FoldAll = functionNamed(M, "fold_all");
  REQUIRE(FoldAll);
  CHECK(FoldAll->ParamNames == std::vector<std::string>{"value", "by", "mode"});

  // Through another macro that is one call.
  const ir::Function *LockTwice = functionNamed(M, "lock_twice");
  REQUIRE(LockTwice);
  CHECK(LockTwice->MacroCallee == "lock_nested");

  for (const char *Wrapped : {"lock_it", "fold_by", "fold_all", "lock_twice"})
    CHECK(skipReason(M, Wrapped) == "(not skipped)");
}

TEST_CASE("a function-like macro that is not one call keeps its reason",
          "[frontend][macro-calls]") {
  ir::Module M = parseWithMacroCalls(MacroCallsHeader);
  for (const char *Refused :
       {"lock_stmt", "lock_missing", "sum3", "fold_short", "key_it"})
    CHECK_FALSE(functionNamed(M, Refused));
  CHECK_THAT(skipReason(M, "lock_stmt"),
             Catch::Contains("a statement (`do ... while`)"));
  CHECK_THAT(skipReason(M, "lock_missing"),
             Catch::Contains("calls lock_frob, which the header does not "
                             "declare as a function"));
  CHECK_THAT(skipReason(M, "sum3"),
             Catch::Contains("calls vsum, which is variadic"));
  CHECK_THAT(skipReason(M, "fold_short"),
             Catch::Contains("passes 2 arguments to fold, which takes 3"));
  CHECK_THAT(skipReason(M, "key_it"),
             Catch::Contains("callers pass a key of their own to key_init"));
}

TEST_CASE("without --wrap-static-fns function-like macros stay skipped",
          "[frontend][macro-calls]") {
  ir::Module M = parseSource(MacroCallsHeader);
  CHECK_FALSE(functionNamed(M, "lock_it"));
  CHECK(skipReason(M, "lock_it") == "function-like");
  CHECK(skipReason(M, "lock_stmt") == "function-like");
}
