//===- CWrappersCompileTest.cpp - Generated C compiles with kernel flags --===//
//
// Writes a header of static inline functions, the wrappers of hand-built IR
// that matches it, and compiles the wrappers with clang and the warnings the
// kernel turns into errors. The header defines macros named like common
// parameters (`current`, `min`) after its functions, as kernel headers do.
//
//===----------------------------------------------------------------------===//

#include "CWrappersTestSupport.h"
#include "TestSupport.h"

#include "llvm/Support/FileSystem.h"

#include <catch2/catch.hpp>

using namespace kbindgen;
using namespace kbindgen::test;

namespace {

const char *const ShapesHeader = R"(
struct point { int x, y; };
union value { int i; float f; };
enum color { RED, GREEN };
typedef unsigned long kb_size_t;
typedef struct { int a, b; } pair_t;
typedef void nothing_t;

static inline void reset(void) {}
static inline int count_args(const char *name, const char *const *argv,
                             volatile int *const reg) {
  return name[0] + (argv[0] != 0) + *reg;
}
static inline int call(int (*cb)(int, void *), void *data) { return cb(1, data); }
static inline void ignore_signal(int sig) { (void)sig; }
static inline void (*get_handler(int sig))(int) {
  (void)sig;
  return ignore_signal;
}
static inline int sum_rows(int (*rows)[4], int n) { return rows[n][0]; }
static inline int dot(int v[3], const int w[]) { return v[0] * w[0]; }
static inline double trace(const double (*m)[2]) { return m[0][0] + m[1][1]; }
static inline struct point mid(struct point a, struct point *b) {
  struct point r = {(a.x + b->x) / 2, (a.y + b->y) / 2};
  return r;
}
static inline union value pick(enum color c, union value v) {
  (void)c;
  return v;
}
static inline kb_size_t pair_size(pair_t *p, pair_t q) {
  return (kb_size_t)(p->a + q.b);
}
static inline __attribute__((noreturn)) void die(const char *msg) {
  (void)msg;
  __builtin_trap();
}
static inline int log_fmt(const char *fmt, ...) { return fmt[0]; }
static inline nothing_t idle(int ticks) { (void)ticks; }
static inline int max_of(int current, int min) {
  return current > min ? current : min;
}
static inline unsigned long long mix(_Bool b, unsigned char c, __int128 w) {
  return (unsigned long long)(b + c + w);
}
static void run(void (*thunk)(void)) { thunk(); }

/* Defined after the functions, as kernel headers do: they would expand
   parameter names and the call of max_of. */
#define current (get_current())
#define min(a, b) ((a) < (b) ? (a) : (b))
#define max_of(a) (a)
#define reg 1
)";

/// The IR the frontend would make of ShapesHeader.
void buildShapes(CWrappersTestModule &B) {
  ir::TypeId Int = B.intType();
  ir::TypeId Void = B.voidType();
  ir::TypeId ConstChar = B.qualified(B.charType(), true);
  ir::TypeId ConstCharPtr = B.pointerTo(ConstChar);
  ir::TypeId VoidPtr = B.pointerTo(Void);
  ir::TypeId Point = B.named(B.record("point", {}), "struct point");
  ir::TypeId Value =
      B.named(B.record("value", {}, ir::RecordKind::Union), "union value");
  ir::TypeId Color =
      B.named(B.enumeration("color", {"RED", "GREEN"}), "enum color");
  ir::TypeId ULong =
      B.integer(ir::IntegerKind::ULong, false, 8, "unsigned long");
  ir::TypeId SizeT = B.named(B.typedefOf("kb_size_t", ULong), "kb_size_t");
  ir::ItemId Anonymous = B.record("", {});
  ir::ItemId PairT = B.typedefOf("pair_t", B.named(Anonymous, "pair_t"));
  B.M.item(Anonymous).NamingTypedef = PairT;
  ir::TypeId Pair = B.named(PairT, "pair_t");
  ir::TypeId Nothing = B.named(B.typedefOf("nothing_t", Void), "nothing_t");
  ir::TypeId Handler = B.pointerTo(B.functionType(Void, {Int}));

  B.staticFunction("reset", B.functionType(Void, {}));
  B.staticFunction(
      "count_args",
      B.functionType(Int,
                     {ConstCharPtr, B.pointerTo(B.pointerTo(ConstChar, true)),
                      B.pointerTo(B.qualified(Int, false, true), true)}),
      {"name", "argv", "reg"});
  B.staticFunction(
      "call",
      B.functionType(
          Int, {B.pointerTo(B.functionType(Int, {Int, VoidPtr})), VoidPtr}),
      {"cb", "data"});
  B.staticFunction("ignore_signal", B.functionType(Void, {Int}), {"sig"});
  B.staticFunction("get_handler", B.functionType(Handler, {Int}), {"sig"});
  B.staticFunction("sum_rows",
                   B.functionType(Int, {B.pointerTo(B.arrayOf(Int, 4)), Int}),
                   {"rows", "n"});
  B.staticFunction(
      "dot",
      B.functionType(Int, {B.arrayOf(Int, 3),
                           B.incompleteArrayOf(B.qualified(Int, true))}),
      {"v", "w"});
  B.staticFunction(
      "trace",
      B.functionType(B.doubleType(), {B.pointerTo(B.qualified(
                                         B.arrayOf(B.doubleType(), 2), true))}),
      {"m"});
  B.staticFunction("mid", B.functionType(Point, {Point, B.pointerTo(Point)}),
                   {"a", "b"});
  B.staticFunction("pick", B.functionType(Value, {Color, Value}), {"c", "v"});
  B.staticFunction("pair_size",
                   B.functionType(SizeT, {B.pointerTo(Pair), Pair}),
                   {"p", "q"});
  B.staticFunction("die", B.functionType(Void, {ConstCharPtr}, false, true),
                   {"msg"});
  B.staticFunction("log_fmt", B.functionType(Int, {ConstCharPtr}, true),
                   {"fmt"});
  B.staticFunction("idle", B.functionType(Nothing, {Int}), {"ticks"});
  B.staticFunction("max_of", B.functionType(Int, {Int, Int}),
                   {"current", "min"});
  B.staticFunction(
      "mix",
      B.functionType(
          B.integer(ir::IntegerKind::ULongLong, false, 8, "unsigned long long"),
          {B.integer(ir::IntegerKind::Bool, false, 1, "_Bool"),
           B.integer(ir::IntegerKind::UChar, false, 1, "unsigned char"),
           B.integer(ir::IntegerKind::Int128, true, 16, "__int128")}),
      {"b", "c", "w"});
  ir::ItemId Run = B.staticFunction(
      "run", B.functionType(Void, {B.pointerTo(B.functionType(Void, {}))}),
      {"thunk"});
  B.M.item(Run).as<ir::Function>().IsInline = false;
  for (const char *Macro : {"current", "min", "max_of", "reg"})
    B.M.SkippedMacros.push_back({Macro, {}, "not a constant"});
}

} // namespace

TEST_CASE("generated wrappers compile with -Werror and the kernel's warnings",
          "[cwrappers]") {
  std::string Clang = findClang();
  REQUIRE(!Clang.empty());

  ScratchDir Dir("kbindgen-cwrappers");
  std::string Header = Dir.file("shapes.h"), Source = Dir.file("wrappers.c"),
              Object = Dir.file("wrappers.o");

  CWrappersTestModule B;
  buildShapes(B);
  Options Opts;
  Opts.HeaderPath = std::string(Header);
  std::string Wrappers = B.emit(Opts);
  // Every function but the variadic one has a wrapper.
  CHECK(Wrappers.find("log_fmt is not wrapped") != std::string::npos);
  CHECK(Wrappers.find("int max_of__extern(") != std::string::npos);
  REQUIRE(writeWholeFile(Header, ShapesHeader));
  REQUIRE(writeWholeFile(Source, Wrappers));

  ToolResult Clanged =
      runTool(Clang, {"-c", "-std=gnu11", "-Werror", "-Wall", "-Wextra",
                      "-Wmissing-prototypes", "-Wstrict-prototypes", "-Wshadow",
                      Source, "-o", Object});
  int Status = Clanged.ExitCode;
  std::string Diagnostics = Clanged.Output;
  INFO("wrappers:\n" << Wrappers << "\nclang:\n" << Diagnostics);
  CHECK(Status == 0);
  CHECK(Diagnostics.empty());
  CHECK(llvm::sys::fs::exists(Object));
}
