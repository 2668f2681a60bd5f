//===- FrontendTypeTest.cpp - Types, interning, target --------------------===//

#include "TestSupport.h"

using namespace kbindgen;
using namespace kbindgen::test;

namespace {

const ir::Type &varType(const ir::Module &M, const std::string &Name) {
  return M.type(itemNamed(M, Name, ir::ItemKind::Var).as<ir::Var>().Type);
}

} // namespace

TEST_CASE("builtin types have clang's sizes and signedness", "[frontend]") {
  ir::Module M = parseSource("char c; signed char sc; unsigned char uc;\n"
                             "short s; unsigned long ul; long long ll;\n"
                             "_Bool b; __int128 i128; unsigned __int128 u128;\n"
                             "float f; double d; long double ld;\n",
                             {"--target=x86_64-linux-gnu"});
  CHECK(M.Target.Triple == "x86_64-unknown-linux-gnu");
  CHECK(M.Target.PointerBytes == 8);
  CHECK(M.Target.CharIsSigned);

  const ir::Type &C = varType(M, "c");
  CHECK(C.Kind == ir::TypeKind::Integer);
  CHECK(C.Integer == ir::IntegerKind::Char);
  CHECK(C.IsSigned);
  CHECK(C.SizeBytes == 1);
  CHECK(varType(M, "sc").Integer == ir::IntegerKind::SChar);
  CHECK_FALSE(varType(M, "uc").IsSigned);
  CHECK(varType(M, "s").SizeBytes == 2);
  CHECK(varType(M, "ul").Integer == ir::IntegerKind::ULong);
  CHECK(varType(M, "ul").SizeBytes == 8);
  CHECK(varType(M, "ll").IsSigned);
  CHECK(varType(M, "b").Integer == ir::IntegerKind::Bool);
  CHECK(varType(M, "i128").Integer == ir::IntegerKind::Int128);
  CHECK(varType(M, "i128").AlignBytes == 16);
  CHECK_FALSE(varType(M, "u128").IsSigned);
  CHECK(varType(M, "f").Float == ir::FloatKind::Float);
  CHECK(varType(M, "d").SizeBytes == 8);
  CHECK(varType(M, "ld").Float == ir::FloatKind::LongDouble);
  CHECK(varType(M, "ld").SizeBytes == 16);
}

TEST_CASE("char signedness follows the target and -funsigned-char",
          "[frontend]") {
  ir::Module Unsigned = parseSource(
      "char c;\n", {"--target=x86_64-linux-gnu", "-funsigned-char"});
  CHECK_FALSE(Unsigned.Target.CharIsSigned);
  CHECK_FALSE(varType(Unsigned, "c").IsSigned);
  CHECK(varType(Unsigned, "c").Integer == ir::IntegerKind::Char);

  ir::Module Arm = parseSource("int x;\n", {"--target=aarch64-linux-gnu"});
  CHECK_FALSE(Arm.Target.CharIsSigned);
  CHECK(Arm.Target.Triple.rfind("aarch64", 0) == 0);

  ir::Module I386 = parseSource("void *p;\n", {"--target=i386-linux-gnu"});
  CHECK(I386.Target.PointerBytes == 4);
  CHECK(varType(I386, "p").SizeBytes == 4);
}

TEST_CASE("types are interned", "[frontend]") {
  ir::Module M = parseSource("struct s;\n"
                             "struct s *a; struct s *b;\n"
                             "int f(struct s *x, struct s *y);\n"
                             "int g(struct s *z, struct s *w);\n"
                             "const int *ci; int *i;\n");
  ir::TypeId A = itemNamed(M, "a", ir::ItemKind::Var).as<ir::Var>().Type;
  ir::TypeId B = itemNamed(M, "b", ir::ItemKind::Var).as<ir::Var>().Type;
  CHECK(A == B);
  ir::TypeId F =
      itemNamed(M, "f", ir::ItemKind::Function).as<ir::Function>().Type;
  ir::TypeId G =
      itemNamed(M, "g", ir::ItemKind::Function).as<ir::Function>().Type;
  CHECK(F == G);
  CHECK(M.type(F).Signature == M.type(G).Signature);
  CHECK(M.signature(M.type(F)).Params[0] == A);
  // Const-ness is part of the pointee's identity.
  const ir::Type &Ci = varType(M, "ci");
  const ir::Type &I = varType(M, "i");
  CHECK(Ci.Pointee != I.Pointee);
  CHECK(M.type(Ci.Pointee).IsConst);
  CHECK_FALSE(M.type(I.Pointee).IsConst);
  // No two types in the arena are the same.
  CHECK(M.Types.size() < 20);
}

TEST_CASE("what Rust cannot express is opaque with clang's layout",
          "[frontend]") {
  ir::Module M =
      parseSource("typedef float v4f __attribute__((vector_size(16)));\n"
                  "v4f vec; _Complex double cplx; _BitInt(17) bits;\n"
                  "typeof(bits) via_typeof; _Atomic(int) atomic_int;\n"
                  "typeof(int *) via_typeof_ptr;\n",
                  {"--target=x86_64-linux-gnu", "-std=gnu2x"});
  const ir::Type &Vec = M.type(
      itemNamed(M, "v4f", ir::ItemKind::Typedef).as<ir::Typedef>().Underlying);
  CHECK(Vec.Kind == ir::TypeKind::Opaque);
  CHECK(Vec.Opaque == ir::OpaqueReason::Vector);
  CHECK(Vec.SizeBytes == 16);
  CHECK(Vec.AlignBytes == 16);

  const ir::Type &Cplx = varType(M, "cplx");
  CHECK(Cplx.Opaque == ir::OpaqueReason::Complex);
  CHECK(Cplx.SizeBytes == 16);

  const ir::Type &Bits = varType(M, "bits");
  CHECK(Bits.Kind == ir::TypeKind::Opaque);
  CHECK(Bits.Opaque == ir::OpaqueReason::BitInt);
  CHECK(Bits.SizeBytes == 4);
  CHECK(varType(M, "via_typeof").Opaque == ir::OpaqueReason::BitInt);

  const ir::Type &Atomic = varType(M, "atomic_int");
  CHECK(Atomic.Kind == ir::TypeKind::Integer);
  CHECK(Atomic.SizeBytes == 4);
  const ir::Type &Ptr = varType(M, "via_typeof_ptr");
  CHECK(Ptr.Kind == ir::TypeKind::Pointer);
}

TEST_CASE("typedef chains and qualifiers", "[frontend]") {
  ir::Module M = parseSource("typedef unsigned int u32;\n"
                             "typedef u32 my_u32;\n"
                             "const my_u32 limit_value;\n"
                             "volatile u32 *reg;\n");
  const ir::Item &MyU32 = itemNamed(M, "my_u32", ir::ItemKind::Typedef);
  const ir::Item &U32 = namedItem(M, MyU32.as<ir::Typedef>().Underlying);
  CHECK(U32.Name == "u32");
  const ir::Type &Limit = varType(M, "limit_value");
  CHECK(Limit.Kind == ir::TypeKind::Named);
  CHECK(Limit.IsConst);
  CHECK(&M.item(Limit.Item) == &MyU32);
  ir::TypeId Resolved = M.resolveTypedefs(
      itemNamed(M, "limit_value", ir::ItemKind::Var).as<ir::Var>().Type);
  CHECK(M.type(Resolved).Integer == ir::IntegerKind::UInt);
  const ir::Type &Reg = varType(M, "reg");
  REQUIRE(Reg.Kind == ir::TypeKind::Pointer);
  CHECK(M.type(Reg.Pointee).IsVolatile);
  CHECK(&M.item(M.type(Reg.Pointee).Item) == &U32);
}

namespace {
/// The signature under a (pointer to) function type.
const ir::FunctionSignature &signatureUnder(const ir::Module &M,
                                            ir::TypeId Id) {
  while (M.type(Id).Kind == ir::TypeKind::Pointer)
    Id = M.type(Id).Pointee;
  REQUIRE(M.type(Id).Kind == ir::TypeKind::Function);
  return M.signature(M.type(Id));
}
} // namespace

TEST_CASE("function-pointer declarators keep their parameter names",
          "[frontend]") {
  ir::Module M = parseSource(
      "typedef void (*cb_t)(int count, void *data);\n"
      "struct ops { int (*open)(const char *path, int flags); cb_t cb; };\n"
      "extern void (*hook)(int level);\n"
      "void reg(void (*fn)(int code, void (*inner)(int depth)), int n);\n"
      "void (*unnamed)(int, int);\n");
  using Names = std::vector<std::string>;
  const ir::Typedef &Cb =
      itemNamed(M, "cb_t", ir::ItemKind::Typedef).as<ir::Typedef>();
  CHECK(signatureUnder(M, Cb.Underlying).ParamNames == Names{"count", "data"});
  const ir::Record &Ops = recordNamed(M, "ops");
  CHECK(signatureUnder(M, Ops.Fields[0].Type).ParamNames ==
        Names{"path", "flags"});
  // A field of a typedef'd type takes no names of its own.
  CHECK(M.type(Ops.Fields[1].Type).Kind == ir::TypeKind::Named);
  CHECK(signatureUnder(
            M, itemNamed(M, "hook", ir::ItemKind::Var).as<ir::Var>().Type)
            .ParamNames == Names{"level"});
  // Names nest: reg's parameter fn, and fn's parameter inner.
  const ir::Function &Reg =
      itemNamed(M, "reg", ir::ItemKind::Function).as<ir::Function>();
  const ir::FunctionSignature &RegSig = signatureUnder(M, Reg.Type);
  CHECK(RegSig.ParamNames.empty());
  const ir::FunctionSignature &FnSig = signatureUnder(M, RegSig.Params[0]);
  CHECK(FnSig.ParamNames == Names{"code", "inner"});
  CHECK(signatureUnder(M, FnSig.Params[1]).ParamNames == Names{"depth"});
  // Without names nothing is recorded.
  CHECK(signatureUnder(
            M, itemNamed(M, "unnamed", ir::ItemKind::Var).as<ir::Var>().Type)
            .ParamNames.empty());
}

TEST_CASE("an 8-byte long double is recorded as double, others are not",
          "[frontend]") {
  const char *Source = "extern long double ld;\n";
  ir::Module Arm = parseSource(Source, {"--target=arm-linux-gnueabihf"});
  CHECK(varType(Arm, "ld").Float == ir::FloatKind::Double);
  CHECK(varType(Arm, "ld").Spelling == "long double");
  CHECK(varType(Arm, "ld").SizeBytes == 8);
  for (const char *Triple :
       {"--target=x86_64-linux-gnu", "--target=i386-linux-gnu",
        "--target=aarch64-linux-gnu", "--target=powerpc-linux-gnu"}) {
    ir::Module M = parseSource(Source, {Triple});
    CHECK(varType(M, "ld").Float == ir::FloatKind::LongDouble);
  }
}
