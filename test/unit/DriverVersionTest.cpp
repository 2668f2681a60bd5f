//===- DriverVersionTest.cpp - --version as the kernel's scripts read it --===//

#include "Driver/Version.h"

#include "llvm/ADT/SmallVector.h"
#include "llvm/Support/Regex.h"

#include <catch2/catch.hpp>

using namespace kbindgen::driver;

namespace {
std::string versionText() {
  std::string Text;
  llvm::raw_string_ostream OS(Text);
  printVersion(OS, "Debian clang version 19.1.7 (3~deb12u1)");
  return OS.str();
}
} // namespace

TEST_CASE("option --version line 1 satisfies the kernel's regexes",
          "[driver]") {
  std::string Text = versionText();
  llvm::StringRef Line1 = llvm::StringRef(Text).split('\n').first;

  // scripts/rust_is_available.sh (6.12): greedy `.*bindgen (X.Y.Z).*`.
  llvm::Regex Sed("^.*bindgen ([0-9]+\\.[0-9]+\\.[0-9]+).*$");
  llvm::SmallVector<llvm::StringRef, 2> Groups;
  REQUIRE(Sed.match(Line1, &Groups));
  CHECK(Groups[1] == bindgenCompatibleVersion());

  // Pre-2023 scripts: every X.Y.Z on line 1; there must be exactly one.
  llvm::Regex Number("[0-9]+\\.[0-9]+\\.[0-9]+");
  llvm::StringRef Rest = Line1;
  unsigned Count = 0;
  while (Number.match(Rest, &Groups)) {
    ++Count;
    Rest = Rest.drop_front(Groups[0].data() - Rest.data() + Groups[0].size());
  }
  CHECK(Count == 1);
  CHECK(Line1 == "bindgen " + bindgenCompatibleVersion().str());

  // At least the newest minimum the kernel has required (0.71.1, 2026).
  llvm::SmallVector<llvm::StringRef, 3> Parts;
  bindgenCompatibleVersion().split(Parts, '.');
  REQUIRE(Parts.size() == 3);
  unsigned Major = 0, Minor = 0, Patch = 0;
  REQUIRE_FALSE(Parts[0].getAsInteger(10, Major));
  REQUIRE_FALSE(Parts[1].getAsInteger(10, Minor));
  REQUIRE_FALSE(Parts[2].getAsInteger(10, Patch));
  CHECK(100000 * Major + 100 * Minor + Patch >= 7101);
}

TEST_CASE("option --version lines 2 and 3 name kbindgen and libclang",
          "[driver]") {
  llvm::SmallVector<llvm::StringRef, 4> Lines;
  std::string Text = versionText();
  llvm::StringRef(Text).split(Lines, '\n', -1, false);
  REQUIRE(Lines.size() == 3);
  // kbindgen's own version and the commit it was built from (or "unknown"
  // outside git), then the libclang it runs on, for bug reports.
  llvm::StringRef Own = Lines[1];
  CHECK(Own.starts_with("kbindgen " + kbindgenVersion().str() + " (commit "));
  CHECK(Own.ends_with(")"));
  CHECK(Lines[2].starts_with("libclang: "));
  CHECK(Lines[2].contains("clang version "));
}
