//===- FrontendDiagnosticsTest.cpp - Errors, diagnostics, files -----------===//

#include "TestSupport.h"

using namespace kbindgen;
using namespace kbindgen::test;

namespace {

struct ParseResult {
  std::optional<ir::Module> Module;
  std::string Error;
  std::string Diagnostics;
};

ParseResult tryParse(FrontendInput Input) {
  ParseResult Result;
  llvm::raw_string_ostream Diags(Result.Diagnostics);
  llvm::Expected<ir::Module> M = parseHeader(Input, Diags);
  if (M)
    Result.Module = std::move(*M);
  else
    Result.Error = llvm::toString(M.takeError());
  return Result;
}

} // namespace

TEST_CASE("a syntax error fails with clang's diagnostic", "[frontend]") {
  ParseResult Result = tryParse(
      inMemoryHeader("broken.h", "int ok;\nstruct s { int a }\nint x = ;\n"));
  CHECK_FALSE(Result.Module);
  CHECK(Result.Error.find("error") != std::string::npos);
  CHECK(Result.Error.find("generated") != std::string::npos);
  CHECK(Result.Diagnostics.find("broken.h:2:19: error: ") != std::string::npos);
  CHECK(Result.Diagnostics.find("broken.h:3:9: error: ") != std::string::npos);
}

TEST_CASE("a missing file is an error without clang", "[frontend]") {
  FrontendInput Input;
  Input.Path = "/nonexistent/kbindgen/missing.h";
  ParseResult Result = tryParse(Input);
  CHECK_FALSE(Result.Module);
  CHECK(Result.Error ==
        "/nonexistent/kbindgen/missing.h: error: no such file or directory");
  CHECK(Result.Diagnostics.empty());
}

TEST_CASE("warnings such as #pragma message reach the diagnostics",
          "[frontend]") {
  // The kernel reads libclang's version from this very warning.
  ParseResult Result = tryParse(inMemoryHeader(
      "rust_is_available_bindgen_libclang.h",
      "/* SPDX-License-Identifier: GPL-2.0 */\n"
      "#pragma message(\"clang version \" __clang_version__)\n"));
  REQUIRE(Result.Module);
  CHECK(Result.Diagnostics.find(
            "rust_is_available_bindgen_libclang.h:2:9: warning: clang "
            "version ") != std::string::npos);
  CHECK(Result.Diagnostics.find("[-W#pragma-messages]") != std::string::npos);
  CHECK(libclangVersion().find("clang version") != std::string::npos);
  CHECK(Result.Module->Target.ClangVersion == libclangVersion());
}

TEST_CASE("option -Werror turns warnings into a failed parse", "[frontend]") {
  ParseResult Result = tryParse(
      inMemoryHeader("werror.h", "#warning custom\nint x;\n", {"-Werror"}));
  CHECK_FALSE(Result.Module);
  CHECK(Result.Diagnostics.find("werror.h:1:2: error: custom") !=
        std::string::npos);
}

TEST_CASE("a header is parsed as a header, static helpers and all",
          "[frontend]") {
  // Unused static functions and variables are no error in a header, even
  // with -Werror and function bodies skipped.
  std::string Header = "static int helper(void) { return 1; }\n"
                       "static inline int user(void) { return helper(); }\n"
                       "static int table[2];\n"
                       "static inline int *get(void) { return table; }\n";
  ParseResult AsHeader =
      tryParse(inMemoryHeader("helpers.h", Header, {"-Werror", "-Wall"}));
  INFO(AsHeader.Diagnostics);
  CHECK(AsHeader.Module);
  ParseResult AsC = tryParse(inMemoryHeader("helpers.c", Header, {"-Wall"}));
  CHECK(AsC.Module);
}

TEST_CASE("files, includes and locations", "[frontend]") {
  ScratchDir Dir;
  Dir.file("inc.h", "#define FROM_INC 1\nstruct inc { int a; };\n");
  Dir.file("forced.h", "typedef int forced_t;\n");
  std::string Main = Dir.file("main.h", "#include \"inc.h\"\n"
                                        "#define DECLARE(name) int name(void)\n"
                                        "DECLARE(by_macro);\n"
                                        "struct inc *use(void);\n");
  FrontendInput Input;
  Input.Path = Main;
  Input.ClangArgs = {"-include",
                     Dir.file("forced.h", "typedef int forced_t;\n")};
  ParseResult Result = tryParse(Input);
  INFO(Result.Diagnostics << Result.Error);
  REQUIRE(Result.Module);
  const ir::Module &M = *Result.Module;
  REQUIRE(M.Files.size() >= 3);
  CHECK(M.Files[0] == Main);

  const ir::Item &Inc = itemNamed(M, "inc", ir::ItemKind::Record);
  CHECK(llvm::sys::path::filename(M.fileName(Inc.Loc)) == "inc.h");
  CHECK(Inc.Loc.Line == 2);
  CHECK(Inc.Loc.Column == 8);

  // Declared through a macro: the location of the macro's use.
  const ir::Item &ByMacro = itemNamed(M, "by_macro", ir::ItemKind::Function);
  CHECK(M.fileName(ByMacro.Loc) == Main);
  CHECK(ByMacro.Loc.Line == 3);

  const ir::Item &Forced = itemNamed(M, "forced_t", ir::ItemKind::Typedef);
  CHECK(llvm::sys::path::filename(M.fileName(Forced.Loc)) == "forced.h");
  CHECK(constantNamed(M, "FROM_INC").IntegerBits == 1);
}

TEST_CASE("the depfile flag is honoured once", "[frontend]") {
  ScratchDir Dir;
  std::string Main = Dir.file("dep.h", "#define NEEDS_PROBE (1 + 1)\n");
  std::string DepFile = Dir.file("out.d");
  FrontendInput Input;
  Input.Path = Main;
  Input.ClangArgs = {"-Wp,-MMD," + DepFile};
  ParseResult Result = tryParse(Input);
  REQUIRE(Result.Module);
  CHECK(constantNamed(*Result.Module, "NEEDS_PROBE").IntegerBits == 2);
  std::string Text = readWholeFile(DepFile);
  CHECK(Text.find("dep.h") != std::string::npos);
  // The probe parse must not have replaced it with its own file.
  CHECK(Text.find("__kbindgen_macro") == std::string::npos);
}

TEST_CASE("doc comments are stripped of their markers", "[frontend]") {
  FrontendInput Input =
      inMemoryHeader("docs.h", "/**\n * The thing.\n *\n * More text.\n */\n"
                               "struct thing {\n"
                               "  /// The field.\n"
                               "  int field;\n"
                               "  int trailing; /**< After it. */\n"
                               "  int slashes; ///< Slashes.\n"
                               "};\n"
                               "/* plain comment */\n"
                               "int plain(void);\n");
  ParseResult Result = tryParse(Input);
  REQUIRE(Result.Module);
  const ir::Item &Thing =
      itemNamed(*Result.Module, "thing", ir::ItemKind::Record);
  CHECK(Thing.Doc == "The thing.\n\nMore text.");
  CHECK(fieldNamed(Thing.as<ir::Record>(), "field").Doc == "The field.");
  CHECK(fieldNamed(Thing.as<ir::Record>(), "trailing").Doc == "After it.");
  CHECK(fieldNamed(Thing.as<ir::Record>(), "slashes").Doc == "Slashes.");
  CHECK(itemNamed(*Result.Module, "plain", ir::ItemKind::Function).Doc.empty());

  Input.ParseDocComments = false;
  ParseResult Without = tryParse(Input);
  REQUIRE(Without.Module);
  CHECK(itemNamed(*Without.Module, "thing", ir::ItemKind::Record).Doc.empty());
}

TEST_CASE("an argument libclang does not know is an error", "[frontend]") {
  // The kernel passes this to clang < 16 only; libclang 16+ rejects it.
  ParseResult Result = tryParse(inMemoryHeader(
      "args.h", "int x;\n",
      {"-enable-trivial-auto-var-init-zero-knowing-it-will-be-removed-from-"
       "clang"}));
  CHECK_FALSE(Result.Module);
  CHECK(Result.Diagnostics.find("unknown argument") != std::string::npos);
  CHECK(Result.Error == "1 error generated.");
}
