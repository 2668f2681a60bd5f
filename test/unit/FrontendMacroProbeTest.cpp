//===- FrontendMacroProbeTest.cpp - Macro probes in the main parse --------===//
//
// The macros are read from a preprocessing pass and their probes appended to
// the header, so one parse gives declarations and macro values. These tests
// check that the probes leave no trace in the module and that the one-parse
// path is the one taken (the frontend's steps say so: a fallback adds a
// "clang-probed" step for the attempt it dropped).

#include "TestSupport.h"

#include "llvm/ADT/StringRef.h"

using namespace kbindgen;
using namespace kbindgen::test;

namespace {

struct StepsAndModule {
  ir::Module Module;
  std::vector<std::string> Steps;
};

StepsAndModule parseWithSteps(const std::string &Contents,
                              const std::string &Path = "probed.h") {
  std::vector<std::pair<std::string, double>> Times;
  FrontendInput Input =
      inMemoryHeader(Path, Contents, {"--target=x86_64-linux-gnu"});
  Input.StepTimes = &Times;
  StepsAndModule Result{parseInput(Input), {}};
  for (const auto &Step : Times)
    Result.Steps.push_back(Step.first);
  return Result;
}

const std::vector<std::string> OneParse = {"scan", "clang", "ir", "macros"};

} // namespace

TEST_CASE("macro probes share the main parse and leave no trace",
          "[frontend]") {
  StepsAndModule Parsed =
      parseWithSteps("#define DOUBLED (21 * 2)\n"
                     "#define POINTER_SIZE sizeof(struct only_in_probe *)\n"
                     "#define NOT_AN_EXPRESSION int\n"
                     "struct after { int y; };\n");
  const ir::Module &M = Parsed.Module;
  CHECK(Parsed.Steps == OneParse);
  CHECK(constantNamed(M, "DOUBLED").IntegerBits == 42);
  CHECK(constantNamed(M, "POINTER_SIZE").IntegerBits == 8);
  CHECK(skippedMacro(M, "NOT_AN_EXPRESSION"));
  // The tag the probe line declared, and the probe variables, are not the
  // header's.
  CHECK_FALSE(hasItem(M, "only_in_probe"));
  for (const ir::Item &Item : M.Items) {
    INFO(Item.Name);
    CHECK_FALSE(llvm::StringRef(Item.Name).starts_with("__kbindgen"));
  }
  // The macros' file is the header as the caller named it, not the path
  // the preprocessing pass included.
  const ir::Item &After = itemNamed(M, "after", ir::ItemKind::Record);
  const ir::Item &Doubled = itemNamed(M, "DOUBLED", ir::ItemKind::Constant);
  CHECK(M.fileName(Doubled.Loc) == "probed.h");
  CHECK(Doubled.Loc.File == After.Loc.File);
  CHECK(Doubled.Loc.Line == 1);
  for (const std::string &File : M.Files) {
    INFO(File);
    CHECK(File.find("__kbindgen") == std::string::npos);
  }
}

TEST_CASE("probes follow any line ending the header ends with", "[frontend]") {
  SECTION("CRLF") {
    StepsAndModule Parsed =
        parseWithSteps("#define A (1 + 1)\r\n#define B (A * 2)\r\nint b;\r\n");
    CHECK(Parsed.Steps == OneParse);
    CHECK(constantNamed(Parsed.Module, "B").IntegerBits == 4);
  }
  SECTION("CR alone") {
    StepsAndModule Parsed =
        parseWithSteps("#define A (1 + 1)\r#define B (A * 3)\r");
    CHECK(Parsed.Steps == OneParse);
    CHECK(constantNamed(Parsed.Module, "B").IntegerBits == 6);
  }
  SECTION("a line continuation and no final newline") {
    StepsAndModule Parsed =
        parseWithSteps("#define SUM (1 + 2)\n#define LAST (SUM * 4) \\");
    CHECK(Parsed.Steps == OneParse);
    CHECK(constantNamed(Parsed.Module, "SUM").IntegerBits == 3);
    CHECK(constantNamed(Parsed.Module, "LAST").IntegerBits == 12);
  }
}

TEST_CASE("a header error is reported by a parse without the probes",
          "[frontend]") {
  // The probed parse changes clang's options (no error limit, no typo
  // correction) and holds the probes' own errors; the user's diagnostics
  // come from a parse as clang would make it, once.
  std::vector<std::pair<std::string, double>> Times;
  FrontendInput Input =
      inMemoryHeader("typo.h", "typedef unsigned length_type;\n"
                               "#define PROBED (1 + 1)\n"
                               "length_typ value;\n");
  Input.StepTimes = &Times;
  std::string Diagnostics;
  llvm::raw_string_ostream Diags(Diagnostics);
  llvm::Expected<ir::Module> M = parseHeader(Input, Diags);
  bool Parsed = static_cast<bool>(M);
  if (!Parsed)
    llvm::consumeError(M.takeError());
  REQUIRE_FALSE(Parsed);
  INFO(Diagnostics);
  llvm::StringRef Text(Diagnostics);
  CHECK(Text == "typo.h:3:1: error: unknown type name 'length_typ'\n");
  std::vector<std::string> Steps;
  for (const auto &Step : Times)
    Steps.push_back(Step.first);
  CHECK(Steps == std::vector<std::string>{"scan", "clang-probed"});
}
