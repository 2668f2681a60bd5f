#include "TestSupport.h"

#include "kbindgen/Inspect/Diff.h"

using namespace kbindgen;
using namespace kbindgen::test;

namespace {

IRDiff diffSources(const std::string &Old, const std::string &New) {
  return diffModules(analyseSource(Old), analyseSource(New));
}

} // namespace

TEST_CASE("diff: identical headers, no change", "[diff]") {
  const char *Header = "struct s { int a; char b[3]; };\n"
                       "enum e { E_A = 1 };\n#define C 3\n"
                       "int f(struct s *, ...);\n";
  IRDiff Diff = diffSources(Header, Header);
  CHECK(Diff.Changes.empty());
  CHECK(!Diff.breaking());
}

TEST_CASE("diff: matched by kind and name, not by id", "[diff]") {
  // The same items in another order get other ids.
  IRDiff Diff = diffSources("struct a { int x; };\nint g(void);\n",
                            "int g(void);\nstruct a { int x; };\n");
  CHECK(Diff.Changes.empty());
}

TEST_CASE("diff: offsets and sizes break, additions do not", "[diff]") {
  IRDiff Moved = diffSources("struct s { char a; int b; };",
                             "struct s { int b; char a; };");
  REQUIRE(Moved.breaking());
  CHECK(Moved.ItemsChanged == 1);
  bool SawOffset = false;
  for (const Change &C : Moved.Changes)
    SawOffset |= C.Detail == "field b: offset 4 bytes -> 0 bytes";
  CHECK(SawOffset);

  IRDiff Added = diffSources("int f(void);", "int f(void);\nint g(int);");
  REQUIRE(Added.Changes.size() == 1);
  CHECK(Added.Changes[0].Action == ChangeAction::Added);
  CHECK(Added.Changes[0].Item == "function g");
  CHECK(Added.Changes[0].Detail == "int (int)");
  CHECK(!Added.breaking());

  IRDiff Removed = diffSources("int f(void);\nint g(int);", "int f(void);");
  CHECK(Removed.ItemsRemoved == 1);
  CHECK(Removed.breaking());

  IRDiff NewVariant =
      diffSources("enum e { A = 1 };", "enum e { A = 1, B = 2 };");
  REQUIRE(NewVariant.Changes.size() == 1);
  CHECK(!NewVariant.breaking());
}

TEST_CASE("diff: anonymous types compare by structure, not clang spelling",
          "[diff]") {
  // The anonymous member moves down a line: clang's spelling of its type
  // (with the line) changes, the bindings do not.
  IRDiff Diff = diffSources("struct o { struct { int x; } in; };",
                            "\nstruct o {\n  struct { int x; } in;\n};");
  CHECK(Diff.Changes.empty());
}
