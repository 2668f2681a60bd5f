//===- RustSafeRulesTest.cpp - The --safe-rules file ----------------------===//

#include "../../lib/Backends/RustSafe/SafeModel.h"

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
  CHECK(errorOf(R"({"int_return_patterns": [{"match": "(", "as": "value"}]})")
            .find("invalid regex") != std::string::npos);
  CHECK(errorOf(R"({"nonsense": 1})") == "r.json: nonsense: unknown key");
  CHECK(errorOf("{}").empty());
}
