#include "kbindgen/Analysis/Regex.h"

#include <catch2/catch.hpp>

using kbindgen::analysis::AnchoredRegex;
using kbindgen::analysis::RegexSet;
using kbindgen::analysis::translateRustRegex;

static RegexSet compileOrFail(std::vector<std::string> Patterns) {
  llvm::Expected<RegexSet> Set = RegexSet::compile(Patterns, "--test");
  if (!Set) {
    FAIL(llvm::toString(Set.takeError()));
  }
  return std::move(*Set);
}

TEST_CASE("RegexSet mixes literals, prefixed regexes and alternations",
          "[analysis]") {
  RegexSet Set = compileOrFail(
      {"VM_READ", "__kernel_s?size_t", "uv_cb.*", "a|b", "(x|y)z", ""});
  CHECK(Set.matches("VM_READ"));
  CHECK_FALSE(Set.matches("VM_READX"));
  CHECK_FALSE(Set.matches("XVM_READ"));
  CHECK(Set.matches("__kernel_size_t"));
  CHECK(Set.matches("__kernel_ssize_t"));
  CHECK_FALSE(Set.matches("__kernel_sssize_t"));
  CHECK(Set.matches("uv_cb"));
  CHECK(Set.matches("uv_cb_share"));
  CHECK_FALSE(Set.matches("my_uv_cb"));
  // An alternation inside one regex stays inside its anchors.
  CHECK(Set.matches("a"));
  CHECK(Set.matches("b"));
  CHECK_FALSE(Set.matches("ab"));
  CHECK(Set.matches("xz"));
  CHECK(Set.matches("yz"));
  CHECK_FALSE(Set.matches("y"));
  // The empty regex matches only the empty name.
  CHECK(Set.matches(""));
  CHECK(Set.firstMatch("__kernel_ssize_t") == "__kernel_s?size_t");
  CHECK(Set.firstMatch("yz") == "(x|y)z");
  CHECK_FALSE(Set.firstMatch("nothing").has_value());
}

TEST_CASE("An empty regex list matches nothing, `.*` everything",
          "[analysis]") {
  RegexSet None = compileOrFail({});
  CHECK(None.empty());
  CHECK_FALSE(None.matches("x"));
  RegexSet All = compileOrFail({"foo", ".*"});
  CHECK(All.matches("anything"));
  CHECK(All.matches(""));
}

TEST_CASE("Rust regex spellings are translated to POSIX ERE", "[analysis]") {
  CHECK(translateRustRegex("(?:ab)\\d+") == "(ab)[0-9]+");
  CHECK(translateRustRegex("\\w\\s") == "[A-Za-z0-9_][[:space:]]");
  // Left alone inside a bracket expression and for other escapes.
  CHECK(translateRustRegex("[\\d]\\.") == "[\\d]\\.");
  llvm::Expected<AnchoredRegex> R = AnchoredRegex::compile("v\\d", "--test");
  REQUIRE(bool(R));
  CHECK(R->matches("v7"));
  CHECK_FALSE(R->matches("vx"));
}

TEST_CASE("A regex whose parentheses only balance inside the anchors is "
          "refused",
          "[analysis]") {
  // Wrapped as ^(a)|(b)$, `a)|(b` would match every name starting with `a`
  // (found by test/libfuzzer's regex target).
  for (const char *Pattern : {"a)|(b", "x)(y", "a)"}) {
    llvm::Expected<AnchoredRegex> One = AnchoredRegex::compile(Pattern, "--t");
    if (One)
      FAIL("accepted: " << Pattern);
    CHECK(llvm::toString(One.takeError()) ==
          std::string("invalid regex in --t '") + Pattern +
              "': parentheses not balanced");
    llvm::Expected<RegexSet> Set = RegexSet::compile({Pattern}, "--t");
    if (Set)
      FAIL("list accepted: " << Pattern);
    llvm::consumeError(Set.takeError());
  }
}
