//===- DriverSubcommandsTest.cpp - Subcommand options and exit codes ------===//

#include "Driver/CommandLine.h"
#include "Driver/Errors.h"
#include "Driver/OptionTable.h"
#include "Driver/Subcommands.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

using namespace kbindgen::driver;

namespace {

/// The exit code an error ends a command with (reportFailure's answer).
int exitCodeOf(llvm::Error Err) { return reportFailure(std::move(Err), ""); }

} // namespace

TEST_CASE("the subcommands' options are rows of the option table", "[driver]") {
  auto Explain = parseCommandLine(
      {"--json", "foo", "--ir=x.json", "--allowlist-type", "foo"},
      Command::Explain);
  REQUIRE(static_cast<bool>(Explain));
  CHECK(Explain->Json);
  CHECK(Explain->InputIR == "x.json");
  CHECK(Explain->Positionals == std::vector<std::string>{"foo"});
  CHECK(Explain->Opts.AllowlistTypes == std::vector<std::string>{"foo"});

  auto Layout = parseCommandLine({"--header", "h.h", "t"}, Command::Layout);
  REQUIRE(static_cast<bool>(Layout));
  CHECK(Layout->InputHeader == "h.h");

  auto Diff = parseCommandLine({"--json", "a.h", "b.h"}, Command::Diff);
  REQUIRE(static_cast<bool>(Diff));
  CHECK(Diff->Json);

  // Each command takes only its own: diff has no --ir, bindgen's command
  // line none of them (and --help does not list them).
  CHECK(findOption("--ir", Command::Explain) != nullptr);
  CHECK(findOption("--ir", Command::Diff) == nullptr);
  CHECK(findOption("--json", Command::Generate) == nullptr);
  CHECK(findOption("--opaque-type", Command::Diff) != nullptr);
  auto Generate = parseCommandLine({"h.h", "--json"});
  REQUIRE_FALSE(static_cast<bool>(Generate));
  CHECK(llvm::toString(Generate.takeError()) == "unknown option '--json'");
  // After `--` everything is clang's, the subcommands' options too.
  auto AfterDashes =
      parseCommandLine({"--", "--json", "--ir", "x"}, Command::Explain);
  REQUIRE(static_cast<bool>(AfterDashes));
  CHECK_FALSE(AfterDashes->Json);
  CHECK(AfterDashes->InputIR.empty());
}

TEST_CASE("every usage error is exit code 2, in every command", "[driver]") {
  CHECK(exitCodeOf(parseCommandLine({"--bogus"}).takeError()) == BadUsage);
  CHECK(exitCodeOf(parseCommandLine({"--ir"}, Command::Layout).takeError()) ==
        BadUsage);
  CHECK(exitCodeOf(
            parseCommandLine({"a", "--ir", "x"}, Command::Diff).takeError()) ==
        BadUsage);
  CHECK(exitCodeOf(parseInspectionCommandLine({"item"}, Command::Explain)
                       .takeError()) == BadUsage);
  CHECK(exitCodeOf(
            parseInspectionCommandLine(
                {"item", "--ir", "a.json", "--header", "a.h"}, Command::Layout)
                .takeError()) == BadUsage);
  CHECK(exitCodeOf(usageFailure("x")) == BadUsage);
}

TEST_CASE("bad input is exit code 1", "[driver]") {
  CommandLine CL;
  CL.InputIR = "/nonexistent/kbindgen-test.json";
  CHECK(exitCodeOf(loadInspected(CL).takeError()) == BadInput);
  CL.InputIR.clear();
  CL.InputHeader = "/nonexistent/kbindgen-test.h";
  CHECK(exitCodeOf(loadInspected(CL).takeError()) == BadInput);
  CHECK(exitCodeOf(llvm::createStringError(llvm::inconvertibleErrorCode(),
                                           "plain")) == BadInput);
  CHECK(exitCodeOf(commandFailure(BadInput, "")) == BadInput);
}
