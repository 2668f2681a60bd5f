#include "IRBuilderForTests.h"
#include "TestSupport.h"

#include "kbindgen/Analysis/Analysis.h"

#include <catch2/catch.hpp>

using namespace kbindgen;
using kbindgen::test::analyzeVerified;
using kbindgen::test::IRBuilder;

static Disposition kindOf(const Analysis &A, ir::ItemId Id) {
  return A.decision(Id).Kind;
}

TEST_CASE("Regexes are anchored at both ends", "[analysis]") {
  IRBuilder B;
  ir::TypeId Int = B.intType();
  ir::ItemId Foo = B.function("foo", Int, {});
  ir::ItemId Foobar = B.function("foobar", Int, {});
  ir::ItemId Barfoo = B.function("barfoo", Int, {});

  Options Exact;
  Exact.AllowlistFunctions = {"foo"};
  Analysis A = analyzeVerified(B.M, Exact);
  CHECK(kindOf(A, Foo) == Disposition::Emit);
  CHECK(kindOf(A, Foobar) == Disposition::NotSelected);
  CHECK(kindOf(A, Barfoo) == Disposition::NotSelected);

  Options Prefix;
  Prefix.AllowlistFunctions = {"foo.*"};
  A = analyzeVerified(B.M, Prefix);
  CHECK(kindOf(A, Foo) == Disposition::Emit);
  CHECK(kindOf(A, Foobar) == Disposition::Emit);
  CHECK(kindOf(A, Barfoo) == Disposition::NotSelected);
}

TEST_CASE("The regexes of one list are combined, each still anchored",
          "[analysis]") {
  IRBuilder B;
  ir::TypeId Int = B.intType();
  ir::ItemId Alpha = B.function("alpha", Int, {});
  ir::ItemId Beta1 = B.function("beta1", Int, {});
  ir::ItemId Gamma = B.function("gamma", Int, {});
  ir::ItemId AlphaBeta = B.function("alphabeta", Int, {});
  Options Opts;
  // `(?:` and `\d` are Rust-regex spellings; they must work too.
  Opts.AllowlistFunctions = {"alpha", "(?:beta)\\d"};
  Analysis A = analyzeVerified(B.M, Opts);
  CHECK(kindOf(A, Alpha) == Disposition::Emit);
  CHECK(kindOf(A, Beta1) == Disposition::Emit);
  CHECK(kindOf(A, Gamma) == Disposition::NotSelected);
  CHECK(kindOf(A, AlphaBeta) == Disposition::NotSelected);
  CHECK(A.decision(Beta1).Reason ==
        "matches --allowlist-function '(?:beta)\\d'");
}

TEST_CASE("An invalid regex is an error naming the option and the regex",
          "[analysis]") {
  IRBuilder B;
  Options Opts;
  Opts.AllowlistTypes = {"fine", "a("};
  llvm::Expected<Analysis> A = analyzeModule(B.M, Opts);
  REQUIRE(!A);
  std::string Message = llvm::toString(A.takeError());
  CHECK(Message.find("invalid regex in --allowlist-type 'a(':") == 0);

  Options Custom;
  Custom.DeriveCustomStruct = {{"x[", "Foo"}};
  llvm::Expected<Analysis> A2 = analyzeModule(B.M, Custom);
  REQUIRE(!A2);
  CHECK(llvm::toString(A2.takeError())
            .find("invalid regex in --with-derive-custom-struct 'x['") == 0);
}

TEST_CASE("The blocklist beats the allowlist", "[analysis]") {
  IRBuilder B;
  ir::TypeId Int = B.intType();
  ir::ItemId Keep = B.function("list_add", Int, {});
  ir::ItemId Drop = B.function("__list_add_report", Int, {});
  Options Opts;
  Opts.AllowlistFunctions = {".*list.*"};
  Opts.BlocklistFunctions = {"__list_.*_report"};
  Analysis A = analyzeVerified(B.M, Opts);
  CHECK(kindOf(A, Keep) == Disposition::Emit);
  CHECK(kindOf(A, Drop) == Disposition::Blocked);
  CHECK(A.decision(Drop).Reason ==
        "matches --blocklist-function '__list_.*_report'");
  CHECK(A.EmitOrder.size() == 1);
}

TEST_CASE("Blocked types stay referable but are not emitted", "[analysis]") {
  IRBuilder B;
  ir::ItemId SizeT = B.typedefOf("__kernel_size_t",
                                 B.integer(ir::IntegerKind::ULong, false, 8));
  ir::ItemId S = B.record("s", {{"len", B.named(SizeT)}});
  Options Opts;
  Opts.BlocklistTypes = {"__kernel_s?size_t"};
  Analysis A = analyzeVerified(B.M, Opts);
  CHECK(kindOf(A, SizeT) == Disposition::Blocked);
  CHECK(kindOf(A, S) == Disposition::Emit);
  CHECK(A.rustName(SizeT) == "__kernel_size_t");
}

TEST_CASE("Blocklist by item and by file", "[analysis]") {
  IRBuilder B;
  ir::ItemId VmRead = B.constant("VM_READ", 1);
  ir::ItemId Other = B.constant("OTHER", 2);
  ir::ItemId InArch = B.record("arch_thing", {{"x", B.intType()}});
  B.setFile(InArch, "/usr/include/asm/arch.h");
  Options Opts;
  Opts.BlocklistItems = {"VM_READ"};
  Opts.BlocklistFiles = {".*/asm/.*"};
  Analysis A = analyzeVerified(B.M, Opts);
  CHECK(kindOf(A, VmRead) == Disposition::Blocked);
  CHECK(kindOf(A, Other) == Disposition::Emit);
  CHECK(kindOf(A, InArch) == Disposition::Blocked);
  CHECK(A.decision(InArch).Reason == "matches --blocklist-file '.*/asm/.*'");
}

TEST_CASE("An allowlisted function pulls in what it refers to, transitively",
          "[analysis]") {
  IRBuilder B;
  ir::TypeId Int = B.intType();
  ir::ItemId Leaf = B.record("leaf", {{"x", Int}});
  ir::ItemId LeafT = B.typedefOf("leaf_t", B.named(Leaf));
  ir::ItemId Fwd = B.forwardRecord("fwd");
  ir::ItemId Mid = B.record("mid", {{"l", B.arrayOf(B.named(LeafT), 2)},
                                    {"f", B.pointerTo(B.named(Fwd))}});
  ir::ItemId Unrelated = B.record("unrelated", {{"x", Int}});
  ir::ItemId Fn = B.function("use_mid", Int, {B.pointerTo(B.named(Mid))});
  Options Opts;
  Opts.AllowlistFunctions = {"use_mid"};
  Analysis A = analyzeVerified(B.M, Opts);
  CHECK(kindOf(A, Fn) == Disposition::Emit);
  CHECK(kindOf(A, Mid) == Disposition::Emit);
  CHECK(A.decision(Mid).ReachedFrom == Fn);
  CHECK(A.decision(Mid).Reason == "reached from use_mid");
  CHECK(kindOf(A, LeafT) == Disposition::Emit);
  CHECK(A.decision(LeafT).ReachedFrom == Mid);
  CHECK(kindOf(A, Leaf) == Disposition::Emit);
  CHECK(A.decision(Leaf).ReachedFrom == LeafT);
  // A forward-declared struct behind a pointer is emitted (incomplete).
  CHECK(kindOf(A, Fwd) == Disposition::Emit);
  CHECK(kindOf(A, Unrelated) == Disposition::NotSelected);
  REQUIRE(A.EmitOrder.size() == 5);
  CHECK(A.EmitOrder.front() == Leaf);
  CHECK(A.EmitOrder.back() == Fn);
}

TEST_CASE("Without recursion only the roots (and their nested types) are "
          "emitted",
          "[analysis]") {
  IRBuilder B;
  ir::TypeId Int = B.intType();
  ir::ItemId Dep = B.record("dep", {{"x", Int}});
  ir::ItemId Outer = B.record("outer", {});
  ir::ItemId Inner =
      B.record("inner", {{"x", Int}}, ir::RecordKind::Struct, Outer);
  B.addField(Outer, {"i", B.named(Inner)});
  B.addField(Outer, {"d", B.named(Dep)});
  Options Opts;
  Opts.AllowlistTypes = {"outer"};
  Opts.RecursiveAllowlist = false;
  Analysis A = analyzeVerified(B.M, Opts);
  CHECK(kindOf(A, Outer) == Disposition::Emit);
  CHECK(kindOf(A, Inner) == Disposition::Emit);
  CHECK(kindOf(A, Dep) == Disposition::NotSelected);

  Opts.RecursiveAllowlist = true;
  A = analyzeVerified(B.M, Opts);
  CHECK(kindOf(A, Dep) == Disposition::Emit);
}

TEST_CASE("An opaque record does not pull in its fields' types", "[analysis]") {
  IRBuilder B;
  ir::TypeId Int = B.intType();
  ir::ItemId Hidden = B.record("hidden", {{"x", Int}});
  ir::ItemId Blob = B.record("xregs_state", {{"h", B.named(Hidden)}});
  ir::ItemId User = B.record("user", {{"b", B.named(Blob)}});
  Options Opts;
  Opts.AllowlistTypes = {"user"};
  Opts.OpaqueTypes = {"xregs_state"};
  Analysis A = analyzeVerified(B.M, Opts);
  CHECK(kindOf(A, User) == Disposition::Emit);
  CHECK(kindOf(A, Blob) == Disposition::Opaque);
  CHECK(kindOf(A, Hidden) == Disposition::NotSelected);
  CHECK(A.isEmitted(Blob));

  // Opaque also applies without allowlist, and wins over --blocklist-type.
  Options NoAllow;
  NoAllow.OpaqueTypes = {"xregs_state"};
  NoAllow.BlocklistTypes = {"xregs_state"};
  A = analyzeVerified(B.M, NoAllow);
  CHECK(kindOf(A, Blob) == Disposition::Opaque);
  CHECK(kindOf(A, Hidden) == Disposition::Emit);
}

TEST_CASE("Static and inline functions and static variables are skipped",
          "[analysis]") {
  IRBuilder B;
  ir::TypeId Int = B.intType();
  ir::ItemId Extern = B.function("ef", Int, {});
  ir::ItemId Static = B.function("sf", Int, {}, /*IsStatic=*/true);
  ir::ItemId StaticInline = B.function("sif", Int, {}, true, true);
  ir::ItemId Inline = B.function("ilf", Int, {}, false, true);
  ir::ItemId StaticVar = B.var("sv", Int, /*IsStatic=*/true);
  ir::ItemId ExternVar = B.var("ev", Int);
  Analysis A = analyzeVerified(B.M, Options());
  CHECK(kindOf(A, Extern) == Disposition::Emit);
  CHECK(kindOf(A, Static) == Disposition::Skipped);
  CHECK(kindOf(A, StaticInline) == Disposition::Skipped);
  CHECK(kindOf(A, Inline) == Disposition::Skipped);
  CHECK(kindOf(A, StaticVar) == Disposition::Skipped);
  CHECK(kindOf(A, ExternVar) == Disposition::Emit);
  CHECK(A.decision(StaticInline).Reason.find("inline") != std::string::npos);

  // --wrap-static-fns: static functions get C wrappers, so they are emitted;
  // a non-static inline function still has nothing to link to.
  Options Wrap;
  Wrap.WrapStaticFns = true;
  A = analyzeVerified(B.M, Wrap);
  CHECK(kindOf(A, Static) == Disposition::Emit);
  CHECK(kindOf(A, StaticInline) == Disposition::Emit);
  CHECK(kindOf(A, Inline) == Disposition::Skipped);
  CHECK(kindOf(A, StaticVar) == Disposition::Skipped);
}

TEST_CASE("Kernel helpers: --blocklist-type '.*' --allowlist-var '' "
          "--allowlist-function 'rust_helper_.*'",
          "[analysis]") {
  IRBuilder B;
  ir::TypeId Int = B.intType();
  ir::ItemId Page = B.record("page", {{"flags", Int}});
  ir::ItemId Helper =
      B.function("rust_helper_get_page", Int, {B.pointerTo(B.named(Page))});
  ir::ItemId Other = B.function("get_page", Int, {});
  ir::ItemId Const = B.constant("PAGE_SIZE", 4096);
  Options Opts;
  Opts.BlocklistTypes = {".*"};
  Opts.AllowlistVars = {""};
  Opts.AllowlistFunctions = {"rust_helper_.*"};
  Analysis A = analyzeVerified(B.M, Opts);
  CHECK(kindOf(A, Helper) == Disposition::Emit);
  CHECK(kindOf(A, Page) == Disposition::Blocked);
  CHECK(kindOf(A, Other) == Disposition::NotSelected);
  CHECK(kindOf(A, Const) == Disposition::NotSelected);
  CHECK(A.EmitOrder.size() == 1);
}

TEST_CASE("option --allowlist-var selects an unnamed enum through its variants",
          "[analysis]") {
  IRBuilder B;
  ir::ItemId First = B.enumeration("", {"FIRST_A"});
  ir::ItemId Second = B.enumeration("", {"SECOND_A"});
  ir::ItemId Named = B.enumeration("named_e", {"NE_A"});
  Options Opts;
  Opts.AllowlistVars = {"SECOND_A", "NE_A"};
  Analysis A = analyzeVerified(B.M, Opts);
  CHECK(kindOf(A, First) == Disposition::NotSelected);
  CHECK(kindOf(A, Second) == Disposition::Emit);
  CHECK(A.rustName(Second) == "_bindgen_ty_2");
  // Named enums are matched by name only (bindgen 0.60.1 agrees).
  CHECK(kindOf(A, Named) == Disposition::NotSelected);
}

TEST_CASE("Nested types of blocked and opaque records", "[analysis]") {
  // bindgen 0.60.1 on `struct outer { union { int a; } ; };`:
  // --blocklist-type outer or --opaque-type outer still emits
  // outer__bindgen_ty_1; with --allowlist-type outer --opaque-type outer too.
  IRBuilder B;
  ir::TypeId Int = B.intType();
  ir::ItemId Outer = B.record("outer", {});
  ir::ItemId Anon = B.record("", {{"a", Int}}, ir::RecordKind::Union, Outer);
  B.addField(Outer, {"", B.named(Anon)});
  ir::ItemId Other = B.record("other", {{"x", Int}});

  Options Blocked;
  Blocked.BlocklistTypes = {"outer"};
  Analysis A = analyzeVerified(B.M, Blocked);
  CHECK(kindOf(A, Outer) == Disposition::Blocked);
  CHECK(kindOf(A, Anon) == Disposition::Emit);
  CHECK(A.decision(Anon).ReachedFrom == Outer);

  Options Opaque;
  Opaque.OpaqueTypes = {"outer"};
  A = analyzeVerified(B.M, Opaque);
  CHECK(kindOf(A, Outer) == Disposition::Opaque);
  CHECK(kindOf(A, Anon) == Disposition::Emit);

  Opaque.AllowlistTypes = {"outer"};
  A = analyzeVerified(B.M, Opaque);
  CHECK(kindOf(A, Outer) == Disposition::Opaque);
  CHECK(kindOf(A, Anon) == Disposition::Emit);
  CHECK(A.decision(Anon).Reason == "nested in outer");
  CHECK(kindOf(A, Other) == Disposition::NotSelected);

  // Allowlisted but blocked: not emitted, but still walked through, so the
  // nested type comes (bindgen 0.60.1: --allowlist-type blk
  // --blocklist-type blk emits blk__bindgen_ty_1).
  Blocked.AllowlistTypes = {"outer"};
  A = analyzeVerified(B.M, Blocked);
  CHECK(kindOf(A, Outer) == Disposition::Blocked);
  CHECK(kindOf(A, Anon) == Disposition::Emit);
  CHECK(kindOf(A, Other) == Disposition::NotSelected);
}

TEST_CASE("What a reached blocked item refers to is still selected",
          "[analysis]") {
  // typedef short s16; struct blk { s16 off; }; struct user { struct blk *b; };
  // bindgen --allowlist-type user --blocklist-type blk emits s16 and user.
  IRBuilder B;
  ir::ItemId S16 =
      B.typedefOf("s16", B.integer(ir::IntegerKind::Short, true, 2));
  ir::ItemId Blk = B.record("blk", {{"off", B.named(S16)}});
  ir::ItemId User = B.record("user", {{"b", B.pointerTo(B.named(Blk))}});
  Options Opts;
  Opts.AllowlistTypes = {"user"};
  Opts.BlocklistTypes = {"blk"};
  Analysis A = analyzeVerified(B.M, Opts);
  CHECK(kindOf(A, User) == Disposition::Emit);
  CHECK(kindOf(A, Blk) == Disposition::Blocked);
  CHECK(kindOf(A, S16) == Disposition::Emit);
  CHECK(A.decision(S16).ReachedFrom == Blk);
  CHECK(A.EmitOrder == std::vector<ir::ItemId>{S16, User});

  Opts.RecursiveAllowlist = false;
  A = analyzeVerified(B.M, Opts);
  CHECK(kindOf(A, S16) == Disposition::NotSelected);
}

TEST_CASE("Allowlist file selects the items of matching files", "[analysis]") {
  IRBuilder B;
  ir::TypeId Int = B.intType();
  ir::ItemId Mine = B.function("mine", Int, {});
  ir::ItemId Theirs = B.function("theirs", Int, {});
  B.setFile(Theirs, "/usr/include/other.h");
  Options Opts;
  Opts.AllowlistFiles = {"main\\.h"};
  Analysis A = analyzeVerified(B.M, Opts);
  CHECK(kindOf(A, Mine) == Disposition::Emit);
  CHECK(kindOf(A, Theirs) == Disposition::NotSelected);
}

TEST_CASE("Emit order is declaration order, or grouped when sorting "
          "semantically",
          "[analysis]") {
  IRBuilder B;
  ir::TypeId Int = B.intType();
  ir::ItemId Fn = B.function("zeta", Int, {});
  ir::ItemId S2 = B.record("b_struct", {{"x", Int}});
  ir::ItemId TD = B.typedefOf("my_int", Int);
  ir::ItemId S1 = B.record("a_struct", {{"x", Int}});
  Analysis A = analyzeVerified(B.M, Options());
  CHECK(A.EmitOrder == std::vector<ir::ItemId>{Fn, S2, TD, S1});
  Options Sorted;
  Sorted.SortSemantically = true;
  A = analyzeVerified(B.M, Sorted);
  CHECK(A.EmitOrder == std::vector<ir::ItemId>{TD, S1, S2, Fn});
}

TEST_CASE("Reaching a typedef that names an anonymous struct pulls in the "
          "struct",
          "[analysis]") {
  // typedef struct { int w; } tds; int consume(tds *p);
  IRBuilder B;
  ir::TypeId Int = B.intType();
  ir::ItemId Anon = B.record("", {{"w", Int}});
  ir::ItemId Tds = B.namingTypedef("tds", Anon);
  ir::ItemId Use = B.function("consume", Int, {B.pointerTo(B.named(Tds))});
  Options Opts;
  Opts.AllowlistFunctions = {"consume"};
  Analysis A = analyzeVerified(B.M, Opts);
  CHECK(kindOf(A, Tds) == Disposition::Skipped);
  CHECK(kindOf(A, Anon) == Disposition::Emit);
  CHECK(A.decision(Anon).ReachedFrom == Use);
  CHECK(A.rustName(Anon) == "tds");

  Options ByType;
  ByType.AllowlistTypes = {"tds"};
  A = analyzeVerified(B.M, ByType);
  CHECK(kindOf(A, Anon) == Disposition::Emit);
  CHECK(A.decision(Anon).Reason == "matches --allowlist-type 'tds'");
  CHECK(kindOf(A, Use) == Disposition::NotSelected);
  CHECK(A.EmitOrder == std::vector<ir::ItemId>{Anon});
}

TEST_CASE("With --wrap-static-fns, static functions C cannot forward are "
          "skipped",
          "[analysis]") {
  IRBuilder B;
  ir::TypeId Int = B.intType();
  ir::ItemId Plain = B.function("plain", Int, {Int});
  B.M.item(Plain).as<ir::Function>().IsStatic = true;
  ir::ItemId Variadic = B.function("variadic", Int, {Int});
  B.M.item(Variadic).as<ir::Function>().IsStatic = true;
  ir::FunctionSignature &Sig =
      B.M.Signatures[B.M.type(B.M.item(Variadic).as<ir::Function>().Type)
                         .Signature];
  Sig.IsVariadic = true;
  Options Opts;
  Opts.WrapStaticFns = true;
  Analysis A = analyzeVerified(B.M, Opts);
  CHECK(A.isEmitted(Plain));
  CHECK(A.decision(Variadic).Kind == Disposition::Skipped);
  CHECK(A.decision(Variadic).Reason.find("cannot forward") !=
        std::string::npos);
}
