//===- DriverDepfileTest.cpp - make rules for --depfile -------------------===//

#include "Driver/Depfile.h"

#include <catch2/catch.hpp>

using namespace kbindgen::driver;

TEST_CASE("make escaping of paths", "[driver]") {
  CHECK(escapeForMake("include/linux/types.h") == "include/linux/types.h");
  CHECK(escapeForMake("My Headers/a b.h") == "My\\ Headers/a\\ b.h");
  CHECK(escapeForMake("x#1.h") == "x\\#1.h");
  CHECK(escapeForMake("$(evil).h") == "$$(evil).h");
  CHECK(escapeForMake("tab\there.h") == "tab\\\there.h");
}

TEST_CASE("depfile rule: sorted, unique, escaped, files only", "[driver]") {
  std::vector<std::string> Files = {
      "wrapper.h",  "/usr/include/stdint.h", "<built-in>",
      "my dir/b.h", "/usr/include/stdint.h", ""};
  CHECK(formatDepfile("out dir/bindings.rs", Files) ==
        "out\\ dir/bindings.rs: /usr/include/stdint.h my\\ dir/b.h "
        "wrapper.h\n");
  // The same files in another order give the same bytes.
  std::vector<std::string> Shuffled = {"my dir/b.h", "wrapper.h",
                                       "/usr/include/stdint.h"};
  CHECK(formatDepfile("out dir/bindings.rs", Shuffled) ==
        formatDepfile("out dir/bindings.rs", Files));
  CHECK(formatDepfile("o.rs", {}) == "o.rs:\n");
}

TEST_CASE("depfile: one spelling per file", "[driver]") {
  // What `-include ./include/linux/kconfig.h` and `-I./include` give.
  std::vector<std::string> Files = {"././include/linux/kconfig.h",
                                    "./include/linux/kconfig.h",
                                    "./arch/../include/x.h"};
  CHECK(formatDepfile("out.rs", Files) ==
        "out.rs: arch/../include/x.h include/linux/kconfig.h\n");
}
