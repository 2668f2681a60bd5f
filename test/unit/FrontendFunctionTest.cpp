//===- FrontendFunctionTest.cpp - Functions in the IR ---------------------===//

#include "TestSupport.h"

using namespace kbindgen;
using namespace kbindgen::test;

namespace {

const ir::Function &functionNamed(const ir::Module &M,
                                  const std::string &Name) {
  return itemNamed(M, Name, ir::ItemKind::Function).as<ir::Function>();
}

const ir::FunctionSignature &signatureOf(const ir::Module &M,
                                         const ir::Function &Fn) {
  const ir::Type &Type = M.type(Fn.Type);
  REQUIRE(Type.Kind == ir::TypeKind::Function);
  return M.signature(Type);
}

} // namespace

TEST_CASE("function prototypes", "[frontend]") {
  ir::Module M =
      parseSource("int printk(const char *fmt, ...);\n"
                  "void takes(int a[10], int (*cb)(void), int);\n"
                  "typedef const int carr_t[3];\n"
                  "void const_arrays(const char name[], carr_t values);\n"
                  "int knr();\n"
                  "int knr_def(a, b) int a; long b; { return a; }\n"
                  "static inline int add(int a, int b) { return a + b; }\n"
                  "int __attribute__((warn_unused_result)) must(void);\n"
                  "int renamed(void) __asm__(\"real_symbol\");\n"
                  "__attribute__((deprecated)) void old(void);\n"
                  "typedef int handler_t(long);\n"
                  "handler_t via_typedef;\n");

  const ir::Function &Printk = functionNamed(M, "printk");
  const ir::FunctionSignature &PrintkSig = signatureOf(M, Printk);
  CHECK(PrintkSig.IsVariadic);
  CHECK(PrintkSig.HasPrototype);
  REQUIRE(PrintkSig.Params.size() == 1);
  const ir::Type &Fmt = M.type(PrintkSig.Params[0]);
  REQUIRE(Fmt.Kind == ir::TypeKind::Pointer);
  CHECK(M.type(Fmt.Pointee).IsConst);
  CHECK(M.type(Fmt.Pointee).Integer == ir::IntegerKind::Char);
  CHECK(Printk.ParamNames == std::vector<std::string>{"fmt"});
  CHECK_FALSE(Printk.IsStatic);

  // `int a[10]` is a pointer parameter in C.
  const ir::Function &Takes = functionNamed(M, "takes");
  const ir::FunctionSignature &TakesSig = signatureOf(M, Takes);
  REQUIRE(TakesSig.Params.size() == 3);
  const ir::Type &Decayed = M.type(TakesSig.Params[0]);
  CHECK(Decayed.Kind == ir::TypeKind::Pointer);
  CHECK(M.type(Decayed.Pointee).Integer == ir::IntegerKind::Int);
  const ir::Type &Callback = M.type(TakesSig.Params[1]);
  REQUIRE(Callback.Kind == ir::TypeKind::Pointer);
  CHECK(M.type(Callback.Pointee).Kind == ir::TypeKind::Function);
  CHECK(Takes.ParamNames == std::vector<std::string>{"a", "cb", ""});
  CHECK_FALSE(TakesSig.IsVariadic);

  // The element's const survives the decay, typedef'd arrays included.
  const ir::FunctionSignature &ConstArrays =
      signatureOf(M, functionNamed(M, "const_arrays"));
  REQUIRE(ConstArrays.Params.size() == 2);
  for (ir::TypeId Param : ConstArrays.Params) {
    const ir::Type &Pointer = M.type(Param);
    REQUIRE(Pointer.Kind == ir::TypeKind::Pointer);
    CHECK(M.type(Pointer.Pointee).IsConst);
  }

  CHECK_FALSE(signatureOf(M, functionNamed(M, "knr")).HasPrototype);
  CHECK_FALSE(functionNamed(M, "knr").IsDefinition);
  const ir::Function &KnrDef = functionNamed(M, "knr_def");
  CHECK(KnrDef.IsDefinition);
  CHECK(KnrDef.ParamNames == std::vector<std::string>{"a", "b"});
  CHECK_FALSE(functionNamed(M, "printk").IsDefinition);

  const ir::Function &Add = functionNamed(M, "add");
  CHECK(Add.IsStatic);
  CHECK(Add.IsInline);
  CHECK(Add.IsDefinition);

  CHECK(functionNamed(M, "must").WarnUnusedResult);
  CHECK_FALSE(functionNamed(M, "add").WarnUnusedResult);
  CHECK(functionNamed(M, "renamed").LinkName == "real_symbol");
  CHECK(functionNamed(M, "printk").LinkName.empty());
  CHECK(functionNamed(M, "old").IsDeprecated);

  const ir::FunctionSignature &ViaTypedef =
      signatureOf(M, functionNamed(M, "via_typedef"));
  REQUIRE(ViaTypedef.Params.size() == 1);
  CHECK(M.type(ViaTypedef.Params[0]).Integer == ir::IntegerKind::Long);
}

TEST_CASE("noreturn in all its spellings", "[frontend]") {
  ir::Module M =
      parseSource("#define __noreturn __attribute__((__noreturn__))\n"
                  "void by_attribute(void) __attribute__((noreturn));\n"
                  "_Noreturn void by_keyword(void);\n"
                  "__noreturn void rust_helper_BUG(void);\n"
                  "void returns(void);\n"
                  "void (*fn_ptr)(void) __attribute__((noreturn));\n");
  CHECK(signatureOf(M, functionNamed(M, "by_attribute")).IsNoReturn);
  CHECK(signatureOf(M, functionNamed(M, "by_keyword")).IsNoReturn);
  CHECK(signatureOf(M, functionNamed(M, "rust_helper_BUG")).IsNoReturn);
  CHECK_FALSE(signatureOf(M, functionNamed(M, "returns")).IsNoReturn);
  const ir::Type &FnPtr =
      M.type(itemNamed(M, "fn_ptr", ir::ItemKind::Var).as<ir::Var>().Type);
  REQUIRE(FnPtr.Kind == ir::TypeKind::Pointer);
  REQUIRE(M.type(FnPtr.Pointee).Kind == ir::TypeKind::Function);
  CHECK(M.signature(M.type(FnPtr.Pointee)).IsNoReturn);
}

TEST_CASE("a function declared twice is one item", "[frontend]") {
  ir::Module M = parseSource("int twice(int a);\n"
                             "int other(void);\n"
                             "int __attribute__((warn_unused_result)) "
                             "twice(int named);\n");
  const ir::Item &Twice = itemNamed(M, "twice", ir::ItemKind::Function);
  CHECK(Twice.Loc.Line == 1);
  CHECK(idOf(M, Twice) <
        idOf(M, itemNamed(M, "other", ir::ItemKind::Function)));
  CHECK(Twice.as<ir::Function>().WarnUnusedResult);
  CHECK(Twice.as<ir::Function>().ParamNames ==
        std::vector<std::string>{"named"});
}

TEST_CASE("inline functions: which definitions have a symbol", "[frontend]") {
  // C99 rules (C11 6.7.4p7), clang's default C.
  ir::Module M = parseSource(
      "#define MY_INLINE inline\n"
      "inline int only(void) { return 1; }\n"
      "inline int with_extern(void) { return 2; }\n"
      "extern int with_extern(void);\n"
      "int declared_first(void);\n"
      "inline int declared_first(void) { return 3; }\n"
      "extern inline int extern_inline(void) { return 4; }\n"
      "MY_INLINE int via_macro(void) { return 5; }\n"
      "__attribute__((gnu_inline)) inline int gnu_plain(void) { return 6; }\n"
      "__attribute__((gnu_inline)) extern inline int gnu_ext(void) "
      "{ return 7; }\n"
      "static inline int internal(void) { return 8; }\n"
      "int regular(void);\n");
  CHECK_FALSE(functionNamed(M, "only").InlineHasSymbol);
  CHECK(functionNamed(M, "with_extern").InlineHasSymbol);
  CHECK(functionNamed(M, "declared_first").InlineHasSymbol);
  CHECK(functionNamed(M, "extern_inline").InlineHasSymbol);
  // `inline` written through a macro is still inline: no symbol.
  CHECK(functionNamed(M, "via_macro").IsInline);
  CHECK_FALSE(functionNamed(M, "via_macro").InlineHasSymbol);
  CHECK(functionNamed(M, "gnu_plain").InlineHasSymbol);
  CHECK_FALSE(functionNamed(M, "gnu_ext").InlineHasSymbol);
  CHECK_FALSE(functionNamed(M, "internal").InlineHasSymbol);
  CHECK_FALSE(functionNamed(M, "regular").InlineHasSymbol);

  // GNU rules for the whole unit: the other way round.
  ir::Module Gnu = parseSource("inline int plain(void) { return 1; }\n"
                               "extern inline int ext(void) { return 2; }\n",
                               {"-std=gnu89"});
  CHECK(functionNamed(Gnu, "plain").InlineHasSymbol);
  CHECK_FALSE(functionNamed(Gnu, "ext").InlineHasSymbol);
}

TEST_CASE("parameters declared as arrays keep their array type", "[frontend]") {
  ir::Module M = parseSource("typedef int triple[3];\n"
                             "void f(int a[4], int *p, const char s[], "
                             "triple t, int m[2][3]);\n"
                             "void g(int *p);\n");
  const ir::Function &F = functionNamed(M, "f");
  REQUIRE(F.ParamArrayTypes.size() == 5);
  const ir::Type &A = M.type(F.ParamArrayTypes[0]);
  CHECK(A.Kind == ir::TypeKind::Array);
  CHECK(A.ArrayLength == 4);
  CHECK_FALSE(F.ParamArrayTypes[1].isValid());
  // `const char s[]` has no length: it stays the adjusted pointer only.
  CHECK_FALSE(F.ParamArrayTypes[2].isValid());
  const ir::Type &T = M.type(F.ParamArrayTypes[3]);
  CHECK(T.Kind == ir::TypeKind::Named);
  const ir::Type &Rows = M.type(F.ParamArrayTypes[4]);
  REQUIRE(Rows.Kind == ir::TypeKind::Array);
  CHECK(Rows.ArrayLength == 2);
  CHECK(M.type(Rows.Pointee).ArrayLength == 3);
  CHECK(functionNamed(M, "g").ParamArrayTypes.empty());
}
