#include "TestSupport.h"

#include "llvm/ADT/StringRef.h"

#include <cmath>

using namespace kbindgen;
using namespace kbindgen::test;

namespace {

const char *const Header = R"(
#define NEG (-7)
#define NAME "ab\x01"
#define RATIO 2.5
enum big : unsigned long long { BIG_TOP = 0xffffffffffffffffULL };
enum sgn { SGN_MINUS = -3, SGN_ONE = 1 };
struct inner { int a; unsigned b : 3; };
typedef struct inner inner_t;
struct outer {
  inner_t in;
  struct { int x; } anon;
  void (*cb)(int count, struct inner *);
  char tail[];
};
int consume(struct outer *o, ...);
extern const int table[4];
)";

AnalysedModule readBack(const std::string &Text) {
  llvm::Expected<AnalysedModule> IR = readIRJson(Text, "t.json");
  if (!IR)
    FAIL(llvm::toString(IR.takeError()));
  return std::move(*IR);
}

std::string readError(const std::string &Text) {
  llvm::Expected<AnalysedModule> IR = readIRJson(Text, "t.json");
  REQUIRE(!IR);
  return llvm::toString(IR.takeError());
}

/// Text with the first occurrence of From replaced by To.
std::string edited(std::string Text, const std::string &From,
                   const std::string &To) {
  size_t At = Text.find(From);
  REQUIRE(At != std::string::npos);
  return Text.replace(At, From.size(), To);
}

} // namespace

TEST_CASE("IR reader: emit, read, emit gives the same bytes", "[irreader]") {
  Options Opts;
  Opts.AllowlistFunctions = {"consume"};
  Opts.AllowlistVars = {"NEG|NAME|RATIO|table"};
  AnalysedModule IR = analyseSource(Header, Opts);
  std::string First = irJson(IR);
  AnalysedModule Back = readBack(First);
  CHECK(irJson(Back) == First);

  // The facts themselves, not only the bytes.
  CHECK(Back.Module.Items.size() == IR.Module.Items.size());
  ir::ItemId Inner = idNamed(Back, "inner", ir::ItemKind::Record);
  const Decision &D = Back.Decisions.decision(Inner);
  CHECK(D.Kind == Disposition::Emit);
  CHECK(D.Via == IR.Decisions.decision(Inner).Via);
  CHECK(!D.Via.empty());
  CHECK(Back.Decisions.EmitOrder.size() == IR.Decisions.EmitOrder.size());
  const ir::Enum &Big =
      Back.Module.item(idNamed(Back, "big", ir::ItemKind::Enum)).as<ir::Enum>();
  CHECK(Big.Enumerators[0].RawValue == 0xffffffffffffffffULL);
  CHECK(Big.Enumerators[0].Loc.Line == 5);
  const ir::Enum &Sgn =
      Back.Module.item(idNamed(Back, "sgn", ir::ItemKind::Enum)).as<ir::Enum>();
  CHECK(Sgn.Enumerators[0].signedValue() == -3);
  const ir::Constant &Name =
      Back.Module.item(idNamed(Back, "NAME", ir::ItemKind::Constant))
          .as<ir::Constant>();
  CHECK(Name.Bytes == std::string("ab\x01"));
  const ir::Record &Inr = Back.Module.item(Inner).as<ir::Record>();
  REQUIRE(Inr.Fields.size() == 2);
  CHECK(Inr.Fields[1].BitWidth == 3u);
  CHECK(Inr.Fields[1].OffsetBits == 32);
}

TEST_CASE("IR reader: only this schema version", "[irreader]") {
  std::string Text = irJson(analyseSource(Header));
  std::string Old = edited(Text, "\"version\": 2", "\"version\": 1");
  CHECK(readError(Old).find("t.json: top level: IR schema version 1 is not "
                            "supported (this kbindgen reads version 2)") == 0);
  CHECK(readError(edited(Text, "\"kbindgen-ir\"", "\"other\""))
            .find("not a kbindgen IR") != std::string::npos);
  CHECK(readError("{ not json").find("t.json: not valid JSON") == 0);
}

TEST_CASE("IR reader: unknown optional keys are ignored", "[irreader]") {
  std::string Text = irJson(analyseSource(Header));
  std::string WithSafe =
      edited(Text, "\"schema\": \"kbindgen-ir\",",
             "\"schema\": \"kbindgen-ir\",\n \"safe\": {\"functions\": [1]},");
  std::string WithItemKey = edited(WithSafe, "\"id\": 0,",
                                   "\"id\": 0, "
                                   "\"future\": true,");
  AnalysedModule Back = readBack(WithItemKey);
  CHECK(irJson(Back) == Text);
}

TEST_CASE("IR reader: bad references name where they are", "[irreader]") {
  std::string Text = irJson(analyseSource("struct s { int a; };"));
  // The field's type id points past the types array.
  size_t At = Text.find("\"fields\"");
  REQUIRE(At != std::string::npos);
  size_t TypeAt = Text.find("\"type\": ", At);
  size_t End = Text.find(',', TypeAt);
  std::string Bad =
      Text.substr(0, TypeAt) + "\"type\": 4000" + Text.substr(End);
  std::string Error = readError(Bad);
  CHECK(Error.find("items[0].fields[0]: 'type' refers to type 4000 of") !=
        std::string::npos);
  std::string MissingKind = edited(Text, "\"kind\": \"record\"", "\"k\": 1");
  CHECK(readError(MissingKind).find("items[0]: 'kind' must be a string") !=
        std::string::npos);
}

TEST_CASE("IR reader: infinities and NaNs are strings and read back",
          "[irreader]") {
  Options Opts;
  Opts.AllowlistVars = {"POS|NEG_INF|QNAN|NEG_NAN"};
  AnalysedModule IR = analyseSource("#define POS (1e308 * 10)\n"
                                    "#define NEG_INF (-__builtin_inf())\n"
                                    "#define QNAN __builtin_nan(\"\")\n"
                                    "#define NEG_NAN (-__builtin_nan(\"\"))\n",
                                    Opts);
  std::string First = irJson(IR);
  // Valid JSON: no bare inf or nan.
  CHECK(First.find(": inf") == std::string::npos);
  CHECK(First.find(": nan") == std::string::npos);
  CHECK_THAT(First, Catch::Contains("\"value\": \"inf\""));
  CHECK_THAT(First, Catch::Contains("\"value\": \"-inf\""));
  CHECK_THAT(First, Catch::Contains("\"value\": \"nan\""));
  CHECK_THAT(First, Catch::Contains("\"value\": \"-nan\""));
  AnalysedModule Back = readBack(First);
  CHECK(irJson(Back) == First);
  auto valueOf = [&](const char *Name) {
    return Back.Module.item(idNamed(Back, Name, ir::ItemKind::Constant))
        .as<ir::Constant>()
        .FloatValue;
  };
  CHECK(std::isinf(valueOf("POS")));
  CHECK(valueOf("POS") > 0);
  CHECK(std::isinf(valueOf("NEG_INF")));
  CHECK(valueOf("NEG_INF") < 0);
  CHECK(std::isnan(valueOf("QNAN")));
  CHECK(!std::signbit(valueOf("QNAN")));
  CHECK(std::isnan(valueOf("NEG_NAN")));
  CHECK(std::signbit(valueOf("NEG_NAN")));

  CHECK_THAT(
      readError(edited(First, "\"value\": \"inf\"", "\"value\": \"infinity\"")),
      Catch::Contains("'value' must be a number or one of \"inf\""));
}
