// Every expected name here was checked against Debian's bindgen 0.60.1
// (`LIBCLANG_PATH=/usr/lib/llvm-14/lib bindgen x.h`), except `await_` and
// `gen_`, which come from current bindgen's keyword list.
#include "IRBuilderForTests.h"
#include "TestSupport.h"

#include "kbindgen/Analysis/Analysis.h"

#include <catch2/catch.hpp>

using namespace kbindgen;
using kbindgen::test::analyzeVerified;
using kbindgen::test::IRBuilder;

TEST_CASE("Rust keywords and reserved words get a trailing underscore",
          "[analysis]") {
  CHECK(rustSafeIdentifier("type") == "type_");
  CHECK(rustSafeIdentifier("match") == "match_");
  CHECK(rustSafeIdentifier("fn") == "fn_");
  CHECK(rustSafeIdentifier("self") == "self_");
  CHECK(rustSafeIdentifier("Self") == "Self_");
  CHECK(rustSafeIdentifier("crate") == "crate_");
  CHECK(rustSafeIdentifier("super") == "super_");
  CHECK(rustSafeIdentifier("async") == "async_");
  CHECK(rustSafeIdentifier("await") == "await_");
  CHECK(rustSafeIdentifier("dyn") == "dyn_");
  CHECK(rustSafeIdentifier("try") == "try_");
  CHECK(rustSafeIdentifier("gen") == "gen_");
  CHECK(rustSafeIdentifier("loop") == "loop_");
  CHECK(rustSafeIdentifier("abstract") == "abstract_");
  CHECK(rustSafeIdentifier("u8") == "u8_");
  CHECK(rustSafeIdentifier("str") == "str_");
  CHECK(rustSafeIdentifier("_") == "__");
  // Not keywords: unchanged.
  CHECK(rustSafeIdentifier("macro_rules") == "macro_rules");
  CHECK(rustSafeIdentifier("raw") == "raw");
  CHECK(rustSafeIdentifier("union_") == "union_");
  CHECK(rustSafeIdentifier("Type") == "Type");
}

TEST_CASE("Items, fields and enumerators are keyword-escaped", "[analysis]") {
  IRBuilder B;
  ir::TypeId Int = B.intType();
  ir::ItemId S = B.record("type", {{"match", Int}, {"plain", Int}});
  ir::ItemId Fn = B.function("fn", Int, {});
  ir::ItemId Anon = B.enumeration("", {"type", "ok"});
  Analysis A = analyzeVerified(B.M, Options());
  CHECK(A.rustName(S) == "type_");
  CHECK(A.rustName(Fn) == "fn_");
  CHECK(A.MemberNames[S.Index] == std::vector<std::string>{"match_", "plain"});
  CHECK(A.MemberNames[Anon.Index] == std::vector<std::string>{"type_", "ok"});
  // Selection matches the escaped name, as bindgen does.
  Options Opts;
  Opts.AllowlistTypes = {"type"};
  CHECK(!analyzeVerified(B.M, Opts).isEmitted(S));
  Opts.AllowlistTypes = {"type_"};
  CHECK(analyzeVerified(B.M, Opts).isEmitted(S));
}

TEST_CASE("Named nested records and enums are prefixed with their parent",
          "[analysis]") {
  // struct outer { struct inner { int x; struct deeper { int y; } d; } i;
  //                enum ne { NA } e; };
  IRBuilder B;
  ir::TypeId Int = B.intType();
  ir::ItemId Outer = B.record("outer", {});
  ir::ItemId Inner =
      B.record("inner", {{"x", Int}}, ir::RecordKind::Struct, Outer);
  ir::ItemId Deeper =
      B.record("deeper", {{"y", Int}}, ir::RecordKind::Struct, Inner);
  ir::ItemId Ne = B.enumeration("ne", {"NA"}, Outer);
  B.addField(Inner, {"d", B.named(Deeper)});
  B.addField(Outer, {"i", B.named(Inner)});
  B.addField(Outer, {"e", B.named(Ne)});
  Analysis A = analyzeVerified(B.M, Options());
  CHECK(A.rustName(Inner) == "outer_inner");
  CHECK(A.rustName(Deeper) == "outer_inner_deeper");
  CHECK(A.rustName(Ne) == "outer_ne");
  CHECK(A.MemberNames[Ne.Index] == std::vector<std::string>{"outer_ne_NA"});
}

TEST_CASE("Anonymous types are numbered per parent and globally",
          "[analysis]") {
  // enum { A1 }; typedef struct { int w; } tds;
  // struct s1 { struct { int x; } f; enum { IN_A } g; union { int u; };
  //             struct named { struct { int k; } m; } n; };
  // enum { A2 }; struct { int z; } var1;
  IRBuilder B;
  ir::TypeId Int = B.intType();
  ir::ItemId A1 = B.enumeration("", {"A1"});
  ir::ItemId Tds = B.record("", {{"w", Int}});
  ir::ItemId TdsTypedef = B.namingTypedef("tds", Tds);
  ir::ItemId S1 = B.record("s1", {});
  ir::ItemId F = B.record("", {{"x", Int}}, ir::RecordKind::Struct, S1);
  ir::ItemId G = B.enumeration("", {"IN_A"}, S1);
  ir::ItemId U = B.record("", {{"u", Int}}, ir::RecordKind::Union, S1);
  ir::ItemId NamedRec = B.record("named", {}, ir::RecordKind::Struct, S1);
  ir::ItemId M = B.record("", {{"k", Int}}, ir::RecordKind::Struct, NamedRec);
  B.addField(NamedRec, {"m", B.named(M)});
  B.addField(S1, {"f", B.named(F)});
  B.addField(S1, {"g", B.named(G)});
  B.addField(S1, {"", B.named(U)});
  B.addField(S1, {"n", B.named(NamedRec)});
  ir::ItemId A2 = B.enumeration("", {"A2"});
  ir::ItemId Var1Type = B.record("", {{"z", Int}});
  ir::ItemId Var1 = B.var("var1", B.named(Var1Type));

  Analysis A = analyzeVerified(B.M, Options());
  CHECK(A.rustName(A1) == "_bindgen_ty_1");
  CHECK(A.rustName(Tds) == "tds");
  CHECK(A.decision(TdsTypedef).Kind == Disposition::Skipped);
  CHECK(A.decision(TdsTypedef).Reason.find("names an anonymous type") == 0);
  CHECK(A.isEmitted(Tds));
  CHECK(A.rustName(F) == "s1__bindgen_ty_1");
  CHECK(A.rustName(G) == "s1__bindgen_ty_2");
  CHECK(A.rustName(U) == "s1__bindgen_ty_3");
  CHECK(A.rustName(NamedRec) == "s1_named");
  CHECK(A.rustName(M) == "s1_named__bindgen_ty_1");
  // Typedef-named anonymous types do not use up a number.
  CHECK(A.rustName(A2) == "_bindgen_ty_2");
  CHECK(A.rustName(Var1Type) == "_bindgen_ty_3");
  CHECK(A.isEmitted(Var1));
  // An anonymous enum in a record body takes the record's name as prefix.
  CHECK(A.MemberNames[G.Index] == std::vector<std::string>{"s1_IN_A"});
  // Top-level anonymous enum: no prefix.
  CHECK(A.MemberNames[A1.Index] == std::vector<std::string>{"A1"});
  CHECK(A.EnumConstPrefixes[A1.Index].empty());
  // Fields: anonymous members numbered per record, named fields keep names.
  CHECK(A.MemberNames[S1.Index] ==
        std::vector<std::string>{"f", "g", "__bindgen_anon_1", "n"});
}

TEST_CASE("Anonymous member and unnamed bitfield field names", "[analysis]") {
  IRBuilder B;
  ir::TypeId Int = B.intType();
  ir::ItemId S = B.record("s", {});
  ir::ItemId U1 = B.record("", {{"a", Int}}, ir::RecordKind::Union, S);
  ir::ItemId U2 = B.record("", {{"b", Int}}, ir::RecordKind::Struct, S);
  B.addField(S, {"", B.named(U1)});
  B.addField(S, {"flag", Int, 3});
  B.addField(S, {"", Int, 0});
  B.addField(S, {"", B.named(U2)});
  Analysis A = analyzeVerified(B.M, Options());
  CHECK(A.MemberNames[S.Index] == std::vector<std::string>{"__bindgen_anon_1",
                                                           "flag", "",
                                                           "__bindgen_anon_2"});
  CHECK(A.rustName(U1) == "s__bindgen_ty_1");
  CHECK(A.rustName(U2) == "s__bindgen_ty_2");
}

TEST_CASE("A typedef with its record's name is not emitted", "[analysis]") {
  IRBuilder B;
  ir::ItemId Foo = B.record("foo", {{"x", B.intType()}});
  ir::ItemId FooTypedef = B.typedefOf("foo", B.named(Foo));
  ir::ItemId Alias = B.typedefOf("foo_alias", B.named(Foo));
  Analysis A = analyzeVerified(B.M, Options());
  CHECK(A.isEmitted(Foo));
  CHECK(A.decision(FooTypedef).Kind == Disposition::Skipped);
  CHECK(A.decision(FooTypedef).Reason == "same name as the type it aliases");
  CHECK(A.isEmitted(Alias));
}

TEST_CASE("Enumerator constant names per style and prefix option",
          "[analysis]") {
  IRBuilder B;
  ir::ItemId Phy = B.enumeration("phy_state", {"PHY_DOWN", "PHY_UP"});
  ir::ItemId TeAnon = B.enumeration("", {"TE_A"});
  B.namingTypedef("te", TeAnon);
  ir::ItemId Top = B.enumeration("", {"AN_A"});

  Analysis A = analyzeVerified(B.M, Options());
  CHECK(A.EnumStyles[Phy.Index] == EnumStyle::Consts);
  CHECK(A.MemberNames[Phy.Index] ==
        std::vector<std::string>{"phy_state_PHY_DOWN", "phy_state_PHY_UP"});
  CHECK(A.rustName(TeAnon) == "te");
  CHECK(A.MemberNames[TeAnon.Index] == std::vector<std::string>{"te_TE_A"});
  CHECK(A.MemberNames[Top.Index] == std::vector<std::string>{"AN_A"});

  Options NoPrefix;
  NoPrefix.PrependEnumName = false;
  A = analyzeVerified(B.M, NoPrefix);
  CHECK(A.MemberNames[Phy.Index] ==
        std::vector<std::string>{"PHY_DOWN", "PHY_UP"});
  CHECK(A.MemberNames[TeAnon.Index] == std::vector<std::string>{"TE_A"});

  for (EnumStyle Style : {EnumStyle::ModuleConsts, EnumStyle::Rust,
                          EnumStyle::NewType, EnumStyle::Bitfield}) {
    Options Styled;
    Styled.EnumStyleRegexes = {{Style, "phy_state"}, {EnumStyle::Rust, ".*"}};
    A = analyzeVerified(B.M, Styled);
    CHECK(A.EnumStyles[Phy.Index] == Style);
    CHECK(A.EnumStyles[TeAnon.Index] == EnumStyle::Rust);
    CHECK(A.MemberNames[Phy.Index] ==
          std::vector<std::string>{"PHY_DOWN", "PHY_UP"});
    CHECK(A.EnumConstPrefixes[Phy.Index] == "phy_state_");
  }
  // Unnamed enums are matched through their variants too.
  Options ByVariant;
  ByVariant.EnumStyleRegexes = {{EnumStyle::NewType, "AN_.*"}};
  A = analyzeVerified(B.M, ByVariant);
  CHECK(A.EnumStyles[Top.Index] == EnumStyle::NewType);
  CHECK(A.EnumStyles[Phy.Index] == EnumStyle::Consts);
}

TEST_CASE("Duplicate names: first wins per namespace", "[analysis]") {
  IRBuilder B;
  ir::TypeId Int = B.intType();
  ir::ItemId StatStruct = B.record("stat", {{"x", Int}});
  ir::ItemId StatFn =
      B.function("stat", Int, {B.pointerTo(B.named(StatStruct))});
  ir::ItemId StatMacro = B.constant("stat", 3);
  ir::ItemId MyInt = B.typedefOf("myint", Int);
  ir::ItemId MyIntMacro = B.constant("myint", 3);
  ir::ItemId DupTypedef = B.typedefOf("stat", Int);
  // A macro before the function of the same name still loses to it.
  ir::ItemId EarlyMacro = B.constant("dupfn", 5);
  ir::ItemId DupFn = B.function("dupfn", Int, {});
  Analysis A = analyzeVerified(B.M, Options());
  CHECK(A.isEmitted(DupFn));
  CHECK(A.decision(EarlyMacro).Kind == Disposition::Skipped);
  CHECK(A.isEmitted(StatStruct));
  CHECK(A.isEmitted(StatFn));
  CHECK(A.decision(StatMacro).Kind == Disposition::Skipped);
  CHECK(A.decision(StatMacro).Reason.find("duplicate Rust name stat") == 0);
  CHECK(A.isEmitted(MyInt));
  CHECK(A.isEmitted(MyIntMacro));
  CHECK(A.decision(DupTypedef).Kind == Disposition::Skipped);
}

TEST_CASE("Enumerator constants win over macros of the same name",
          "[analysis]") {
  // <signal.h>: enum { BUS_ADRALN = 1, ... }; #define BUS_ADRALN BUS_ADRALN
  IRBuilder B;
  ir::ItemId EarlyMacro = B.constant("PHY_UP", 1);
  ir::ItemId Anon = B.enumeration("", {"BUS_ADRALN"});
  ir::ItemId Phy = B.enumeration("phy", {"PHY_UP"});
  ir::ItemId Macro = B.constant("BUS_ADRALN", 1);
  ir::ItemId PrefixedClash = B.constant("phy_PHY_UP", 1);
  Analysis A = analyzeVerified(B.M, Options());
  CHECK(A.isEmitted(Anon));
  CHECK(A.decision(Macro).Kind == Disposition::Skipped);
  CHECK(A.decision(PrefixedClash).Kind == Disposition::Skipped);
  // `PHY_UP` is not a top-level name (the constant is `phy_PHY_UP`).
  CHECK(A.isEmitted(EarlyMacro));

  // Unnamed enums export their variants in the Rust styles too; named
  // ones do not.
  Options Rustified;
  Rustified.DefaultEnumStyle = EnumStyle::Rust;
  A = analyzeVerified(B.M, Rustified);
  CHECK(A.decision(Macro).Kind == Disposition::Skipped);
  CHECK(A.isEmitted(PrefixedClash));
  CHECK(A.isEmitted(Phy));
}

TEST_CASE("A struct only mentioned in a record body keeps its plain name",
          "[analysis]") {
  // struct bar { struct baz *q; };  (baz never defined) -> bindgen: `baz`
  IRBuilder B;
  ir::ItemId Bar = B.record("bar", {});
  ir::ItemId Baz = B.forwardRecord("baz");
  B.M.item(Baz).Parent = Bar;
  B.addField(Bar, {"q", B.pointerTo(B.named(Baz))});
  Analysis A = analyzeVerified(B.M, Options());
  CHECK(A.rustName(Baz) == "baz");
  CHECK(A.isEmitted(Baz));
}

TEST_CASE("A macro yields to the kernel's RUST_CONST_HELPER_ constant",
          "[analysis]") {
  // bindings_helper.h: const gfp_t RUST_CONST_HELPER_GFP_KERNEL = GFP_KERNEL;
  // rust/Makefile's sed renames the constant to GFP_KERNEL afterwards.
  IRBuilder B;
  ir::ItemId Macro = B.constant("GFP_KERNEL", 0xcc0);
  ir::ItemId Helper = B.constant("RUST_CONST_HELPER_GFP_KERNEL", 0xcc0);
  ir::ItemId Other = B.constant("GFP_ATOMIC", 0x820);
  Analysis A = analyzeVerified(B.M, Options());
  CHECK(A.isEmitted(Helper));
  CHECK(A.isEmitted(Other));
  CHECK(A.decision(Macro).Kind == Disposition::Skipped);
  CHECK(A.decision(Macro).Reason.find(
            "the kernel renames RUST_CONST_HELPER_GFP_KERNEL to GFP_KERNEL") ==
        0);
}

TEST_CASE("Link names: asm labels, escaped names and static wrappers",
          "[analysis]") {
  // int plain(void); int type(void); int renamed(void) __asm__("real");
  // static inline int helper(void); extern int match;
  IRBuilder B;
  ir::TypeId Int = B.intType();
  ir::ItemId Plain = B.function("plain", Int, {});
  ir::ItemId Keyword = B.function("type", Int, {});
  ir::ItemId Renamed = B.function("renamed", Int, {});
  B.M.item(Renamed).as<ir::Function>().LinkName = "real";
  ir::ItemId Static = B.function("helper", Int, {}, /*IsStatic=*/true,
                                 /*IsInline=*/true);
  ir::ItemId Var = B.var("match", Int);

  Options Opts;
  Analysis A = analyzeVerified(B.M, Opts);
  CHECK(A.linkName(Plain).Symbol.empty());
  CHECK(A.linkName(Keyword).Symbol == "type");
  CHECK(A.linkName(Keyword).Exact);
  CHECK(A.linkName(Renamed).Symbol == "real");
  CHECK(A.linkName(Renamed).Exact);
  CHECK(A.linkName(Var).Symbol == "match");
  CHECK(A.wrapperName(Plain).empty());
  CHECK(A.wrapperName(Static) == "helper__extern");
  CHECK(A.linkName(Static).Symbol == "helper__extern");
  CHECK_FALSE(A.linkName(Static).Exact);

  Opts.WrapStaticFnsSuffix = "_shim";
  CHECK(analyzeVerified(B.M, Opts).wrapperName(Static) == "helper_shim");
  Opts.WrapStaticFnsKernelNames = true;
  A = analyzeVerified(B.M, Opts);
  CHECK(A.wrapperName(Static) == "rust_helper_helper");
  CHECK(A.linkName(Static).Symbol == "rust_helper_helper");
}

TEST_CASE("Raw call names: the kernel renames its rust_helper_ functions",
          "[analysis]") {
  IRBuilder B;
  ir::TypeId Int = B.intType();
  ir::ItemId Helper = B.function("rust_helper_kfree", Int, {});
  ir::ItemId Keyword = B.function("rust_helper_type", Int, {});
  ir::ItemId Plain = B.function("kmalloc", Int, {});

  Options Kernel;
  Kernel.SafeWrapperStyle = SafeStyle::Kernel;
  Analysis A = analyzeVerified(B.M, Kernel);
  CHECK(A.rawCallName(Helper) == "kfree");
  CHECK(A.rawCallName(Keyword) == "type_");
  CHECK(A.rawCallName(Plain) == "kmalloc");

  Options Std;
  Std.SafeWrapperStyle = SafeStyle::Std;
  CHECK(analyzeVerified(B.M, Std).rawCallName(Helper) == "rust_helper_kfree");
}

TEST_CASE("An anonymous enum's variants are exported under its prefix",
          "[analysis]") {
  // struct s { enum { IN_A } e; }; enum { TOP_A };  (--default-enum-style
  // rust)
  IRBuilder B;
  ir::ItemId S = B.record("s", {});
  ir::ItemId Nested = B.enumeration("", {"IN_A"}, S);
  B.addField(S, {"e", B.named(Nested)});
  ir::ItemId Top = B.enumeration("", {"TOP_A"});
  ir::ItemId Named = B.enumeration("named", {"N_A"});
  Options Opts;
  Opts.DefaultEnumStyle = EnumStyle::Rust;
  Analysis A = analyzeVerified(B.M, Opts);
  CHECK(A.AnonymousEnumConstNames[Nested.Index] ==
        std::vector<std::string>{"s_IN_A"});
  CHECK(A.AnonymousEnumConstNames[Top.Index] ==
        std::vector<std::string>{"TOP_A"});
  CHECK(A.AnonymousEnumConstNames[Named.Index].empty());
}

TEST_CASE("Parameter names: escaped, unnamed numbered, made unique",
          "[analysis]") {
  // void f(int type, int, int arg1, int);  -> type_, arg1, arg1_, arg2
  CHECK(rustParamNames({"type", "", "arg1", ""}, 4) ==
        std::vector<std::string>{"type_", "arg1", "arg1_", "arg2"});
  // Fewer names than parameters: the rest are unnamed.
  CHECK(rustParamNames({"a"}, 2) == std::vector<std::string>{"a", "arg1"});

  IRBuilder B;
  ir::TypeId Int = B.intType();
  ir::ItemId F = B.function("f", Int, {Int, Int});
  B.M.item(F).as<ir::Function>().ParamNames = {"fn", ""};
  Analysis A = analyzeVerified(B.M, Options());
  CHECK(A.ParamNames[F.Index] == std::vector<std::string>{"fn_", "arg1"});
}
