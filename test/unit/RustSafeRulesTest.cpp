//===- RustSafeRulesTest.cpp - The --safe-rules file ----------------------===//

#include "TestSupport.h"

#include "../../lib/Backends/RustSafe/SafeModel.h"

#include "kbindgen/Analysis/Analysis.h"

#include <catch2/catch.hpp>

using namespace kbindgen::rustsafe;

static std::string errorOf(const std::string &Json) {
  auto Rules = parseSafeRules(Json, "r.json");
  if (Rules)
    return "";
  return llvm::toString(Rules.takeError());
}

TEST_CASE("rules: a full file parses", "[rustsafe]") {
  auto Rules = parseSafeRules(R"({
    "int_returns": "code", "strip_prefix": "x_",
    "int_return_patterns": [{"match": "x_column_.*", "as": "value"}],
    "functions": {"x_step": {"returns": "code", "ok_codes": [100],
                             "ok_type": "i32", "name": "step",
                             "args": {"4": "None"}},
                  "x_bad": {"skip": true}},
    "types": {"x_stmt": {"name": "Stmt", "destructor": "x_finalize"}}})",
                              "r.json");
  REQUIRE(static_cast<bool>(Rules));
  CHECK(Rules->DefaultIntReturns == ReturnConvention::Code);
  CHECK(Rules->StripPrefix == "x_");
  REQUIRE(Rules->IntReturnPatterns.size() == 1);
  CHECK(Rules->IntReturnPatterns[0].Convention == ReturnConvention::Value);
  const FunctionRule &Step = Rules->Functions.at("x_step");
  CHECK(Step.OkCodes == std::vector<int64_t>{100});
  CHECK(Step.Name == "step");
  CHECK(Step.FixedArgs.at(4) == "None");
  CHECK(Rules->Functions.at("x_bad").Skip);
  CHECK(Rules->Types.at("x_stmt").Destructor == "x_finalize");
}

TEST_CASE("rules: errors name the file and the key", "[rustsafe]") {
  CHECK(errorOf("{").find("r.json: JSON:") == 0);
  CHECK(errorOf(R"({"int_returns": "maybe"})") ==
        "r.json: int_returns: expected one of errno, code, value, bool, "
        "err_ptr, nullable");
  CHECK(errorOf(R"({"functions": {"f": {"colour": 1}}})") ==
        "r.json: functions.f.colour: unknown key");
  CHECK(errorOf(R"({"functions": {"f": {"args": {"x": "1"}}}})")
            .find("argument index 'x'") != std::string::npos);
  CHECK(
      errorOf(R"({"int_return_patterns": [{"match": "(", "as": "value"}]})")
          .find("invalid regex in r.json: int_return_patterns[0].match '(':") ==
      0);
  CHECK(errorOf(R"({"nonsense": 1})") == "r.json: nonsense: unknown key");
  CHECK(errorOf("{}").empty());
}

// The rules file's "match" regexes, --safe-allowlist and --allowlist-* are
// one dialect: Rust-regex spellings, whole-name matches.
static const char *const RustSpelledRegex = "x_(?:col|row)_\\d+";

TEST_CASE("rules: a match regex may use Rust-regex spellings", "[rustsafe]") {
  auto Rules = parseSafeRules(
      R"({"int_return_patterns": [{"match": "x_(?:col|row)_\\d+",
                                    "as": "value"}]})",
      "r.json");
  if (!Rules)
    FAIL(llvm::toString(Rules.takeError()));
  REQUIRE(Rules->IntReturnPatterns.size() == 1);
  const kbindgen::analysis::AnchoredRegex &Match =
      Rules->IntReturnPatterns[0].Regex;
  CHECK(Match.pattern() == RustSpelledRegex);
  CHECK(Match.matches("x_col_12"));
  CHECK(Match.matches("x_row_3"));
  CHECK_FALSE(Match.matches("x_col_a"));
  CHECK_FALSE(Match.matches("x_col_12_name"));
  CHECK_FALSE(Match.matches("y_x_col_12"));
}

TEST_CASE("rules: --safe-allowlist selects what --allowlist-function does",
          "[rustsafe]") {
  const char *Header = "void x_col_1(void); void x_row_22(void);\n"
                       "void x_col_a(void); void x_col_1_b(void);\n"
                       "void y_x_col_1(void); void x_cell_1(void);\n";
  kbindgen::Options Allowlisted;
  Allowlisted.AllowlistFunctions = {RustSpelledRegex};
  kbindgen::ir::Module M = kbindgen::test::parseSource(Header);
  auto A = kbindgen::analyzeModule(M, Allowlisted);
  if (!A)
    FAIL(llvm::toString(A.takeError()));

  kbindgen::Options Safe;
  Safe.SafeAllowlist = {RustSpelledRegex};
  auto Rules = loadSafeRules(Safe);
  if (!Rules)
    FAIL(llvm::toString(Rules.takeError()));
  unsigned Functions = 0, Selected = 0;
  for (size_t I = 0; I < M.Items.size(); ++I) {
    const kbindgen::ir::Item &It = M.Items[I];
    if (It.kind() != kbindgen::ir::ItemKind::Function)
      continue;
    ++Functions;
    bool Emitted = A->isEmitted(kbindgen::ir::ItemId{static_cast<uint32_t>(I)});
    Selected += Emitted;
    INFO(It.Name);
    CHECK(Rules->Allowlist.matches(It.Name) == Emitted);
  }
  CHECK(Functions == 6);
  CHECK(Selected == 2);
}

TEST_CASE("rules: a bad --safe-allowlist regex fails as --allowlist-* do",
          "[rustsafe]") {
  kbindgen::Options Opts;
  Opts.SafeAllowlist = {"ok_.*", "a("};
  auto Rules = loadSafeRules(Opts);
  REQUIRE_FALSE(static_cast<bool>(Rules));
  CHECK(llvm::toString(Rules.takeError())
            .find("invalid regex in --safe-allowlist 'a(':") == 0);
}
