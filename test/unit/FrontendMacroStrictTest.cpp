//===- FrontendMacroStrictTest.cpp - Only C constants become constants ----===//
//
// clang folds more than C calls a constant expression (issue 14, class 1):
// `#define OBJ_ED25519 1L,3L,101L,112L` came out as 112. Such macros are
// skipped with the construct that C forbids, the constants next to them
// stay, and the --constant-checks file refuses a non-constant too.
//
//===----------------------------------------------------------------------===//

#include "TestSupport.h"

using namespace kbindgen;
using namespace kbindgen::test;

namespace {

const char *const FoldedHeader = R"(int g;
static const int ki = 2;
static const double kd = 2.0;
struct S { int a; double d; };
enum E { E1 = 5 };
extern unsigned int __invalid_size_argument;
#define OBJ_ED25519 1L,3L,101L,112L
#define PTRCAST ((long)(char *)8)
#define ADDR_CMP (&g != 0)
#define OFFSET_HACK ((long)&((struct S *)0)->d)
#define STR_INDEX ("abc"[1])
#define CONST_READ (ki + 1)
#define FLOAT_CMP (2.5 > 1.0)
#define OVERFLOW (2147483647 + 1)
#define NEG_SHIFT (-1 << 2)
#define WIDE_SHIFT (1 << 32)
#define MIN_MOD ((-2147483647 - 1) % -1)
#define F_COMMA (1.0, 2.5)
#define F_PTRCAST ((double)(long)(char *)8)
#define F_CONST_READ (kd * 2)
#define OK_SHIFT31 (1 << 31)
#define OK_GNU_COND (0 ?: 7)
#define OK_FCAST ((int)2.5)
#define OK_SIZEOF (sizeof(int) * 2)
#define OK_ENUM (E1 + 1)
#define OK_OFFSETOF __builtin_offsetof(struct S, d)
#define OK_UNEVALUATED_COMMA (0 && (3, 4))
#define IOC_TYPECHECK                                                       \
  ((sizeof(long) == sizeof(long[1])) ? sizeof(long) : __invalid_size_argument)
#define EVALUATED_READ                                                         \
  ((sizeof(long) != sizeof(long[1])) ? sizeof(long) : __invalid_size_argument)
#define OK_F_DIV (1.0 / 4)
#define OK_F_ENUM (E1 * 1.5)
)";

void checkFoldedMacros(const ir::Module &M) {
  const std::pair<const char *, const char *> Refused[] = {
      {"OBJ_ED25519",
       "not an integer constant expression in C: comma operator"},
      {"PTRCAST", "not an integer constant expression in C: cast of a pointer "
                  "to an integer"},
      {"ADDR_CMP",
       "not an integer constant expression in C: address of an object"},
      {"OFFSET_HACK", "not an integer constant expression in C: cast of a "
                      "pointer to an integer"},
      {"STR_INDEX", "not an integer constant expression in C: array subscript"},
      {"CONST_READ", "not an integer constant expression in C: read of the "
                     "variable 'ki'"},
      {"FLOAT_CMP",
       "not an integer constant expression in C: floating-point operand"},
      {"OVERFLOW",
       "not an integer constant expression in C: signed overflow in '+'"},
      {"NEG_SHIFT", "not an integer constant expression in C: left shift of "
                    "a negative value"},
      {"WIDE_SHIFT", "not an integer constant expression in C: shift by 32 of "
                     "a 32-bit value"},
      {"MIN_MOD",
       "not an integer constant expression in C: signed overflow in '%'"},
      // clang rejects the probe itself: no value at all.
      {"EVALUATED_READ", "not a constant expression"},
      // The kernel's _IOC_TYPECHECK: C11 6.6p6 wants even the arm that is
      // not evaluated to be constant (gcc and clang fold it anyway).
      {"IOC_TYPECHECK", "not an integer constant expression in C: read of "
                        "the variable '__invalid_size_argument'"},
      {"F_COMMA", "not an arithmetic constant expression in C: comma operator"},
      {"F_PTRCAST", "not an arithmetic constant expression in C: cast of a "
                    "pointer to an integer"},
      {"F_CONST_READ", "not an arithmetic constant expression in C: read of "
                       "the variable 'kd'"},
  };
  for (const auto &[Name, Reason] : Refused) {
    INFO(Name);
    CHECK_FALSE(hasItem(M, Name));
    const ir::SkippedMacro *Skipped = skippedMacro(M, Name);
    REQUIRE(Skipped);
    CHECK(Skipped->Reason == Reason);
  }
  CHECK(static_cast<int64_t>(constantNamed(M, "OK_SHIFT31").IntegerBits) ==
        INT32_MIN);
  CHECK(constantNamed(M, "OK_GNU_COND").IntegerBits == 7);
  CHECK(constantNamed(M, "OK_FCAST").IntegerBits == 2);
  CHECK(constantNamed(M, "OK_SIZEOF").IntegerBits == 8);
  CHECK(constantNamed(M, "OK_ENUM").IntegerBits == 6);
  CHECK(constantNamed(M, "OK_OFFSETOF").IntegerBits == 8);
  CHECK(constantNamed(M, "OK_UNEVALUATED_COMMA").IntegerBits == 0);
  CHECK(constantNamed(M, "OK_F_DIV").FloatValue == 0.25);
  CHECK(constantNamed(M, "OK_F_ENUM").FloatValue == 7.5);
}

} // namespace

TEST_CASE("macros clang folds but C does not allow are skipped with the "
          "construct",
          "[frontend]") {
  checkFoldedMacros(parseSource(FoldedHeader, {"--target=x86_64-linux-gnu"}));
}

TEST_CASE("the strict check of macro constants holds under -w", "[frontend]") {
  // The kernel passes -w to bindgen in GCC builds; a pragma-made error
  // would vanish there, __builtin_choose_expr's does not.
  checkFoldedMacros(
      parseSource(FoldedHeader, {"--target=x86_64-linux-gnu", "-w"}));
}

TEST_CASE("the constant checks refuse a macro that is no integer constant "
          "expression",
          "[backends]") {
  std::string Clang = findClang();
  REQUIRE(!Clang.empty());
  // The checks of a legitimate `OBJ 112L`, compiled against a header where
  // OBJ is the comma expression clang folds to the same value.
  ir::Module M = parseSource("#define OBJ 112L\n#define PLAIN (1 << 4)\n");
  Options Opts;
  ScratchDir Dir;
  Opts.HeaderPath = Dir.file("folded.h");
  llvm::Expected<Analysis> A = analyzeModule(M, Opts);
  REQUIRE(static_cast<bool>(A));
  std::string Checks;
  llvm::raw_string_ostream OS(Checks);
  emitConstantChecks(M, *A, Opts, OS);
  OS.flush();
  REQUIRE(contains(Checks, "_Static_assert((OBJ) == 112ULL && "));
  std::string ChecksPath = Dir.file("checks.c", Checks);

  Dir.file("folded.h", "#define OBJ 112L\n#define PLAIN (1 << 4)\n");
  ToolResult Fine = runTool(Clang, {"-fsyntax-only", "-std=gnu11", ChecksPath});
  INFO(Checks << "\nclang:\n" << Fine.Output);
  CHECK(Fine.ExitCode == 0);

  for (const char *Folded :
       {"#define OBJ 1L,3L,101L,112L\n", "#define OBJ ((long)(char *)112)\n",
        "#define OBJ ((long)(2147483647 + 1) * 0 + 112)\n"}) {
    Dir.file("folded.h", std::string(Folded) + "#define PLAIN (1 << 4)\n");
    for (const char *Warnings : {"-Wall", "-w"}) {
      ToolResult Refused =
          runTool(Clang, {"-fsyntax-only", "-std=gnu11", Warnings, ChecksPath});
      INFO(Folded << Warnings << "\nclang:\n" << Refused.Output);
      CHECK(Refused.ExitCode != 0);
      CHECK(contains(Refused.Output, "requires a constant expression"));
    }
  }
}
