//===- DriverCommandLineTest.cpp - bindgen's command line into Options ----===//

#include "Driver/CommandLine.h"
#include "Driver/OptionTable.h"

#include <catch2/catch.hpp>

#include <set>
#include <string>
#include <vector>

using namespace kbindgen;
using namespace kbindgen::driver;

namespace {

CommandLine parseOk(std::vector<std::string> Args) {
  auto Parsed = parseCommandLine(Args);
  if (!Parsed) {
    FAIL("unexpected error: " << llvm::toString(Parsed.takeError()));
  }
  return std::move(*Parsed);
}

std::string parseError(std::vector<std::string> Args) {
  auto Parsed = parseCommandLine(Args);
  if (Parsed)
    return "";
  return llvm::toString(Parsed.takeError());
}

} // namespace

// The kernel's rust/Makefile with the union of rust/bindgen_parameters over
// 6.12-2026, after make's $(shell grep ...) and the shell's quote removal.
TEST_CASE("the kernel's bindings_generated.rs invocation", "[driver]") {
  std::vector<std::string> Args = {
      "rust/bindings/bindings_helper.h",
      "--blocklist-type",
      "__kernel_s?size_t",
      "--blocklist-type",
      "__kernel_ptrdiff_t",
      "--opaque-type",
      "xregs_state",
      "--opaque-type",
      "desc_struct",
      "--opaque-type",
      "spinlock",
      "--no-doc-comments",
      "--blocklist-function",
      "__list_.*_report",
      "--blocklist-item",
      "ARCH_SLAB_MINALIGN",
      "--with-derive-custom-struct",
      ".*=MaybeZeroable",
      "--with-derive-custom-union",
      ".*=MaybeZeroable",
      "--newtype-enum",
      "lru_status",
      "--with-attribute-custom-enum=lru_status=#[cfi_encoding=\"10lru_"
      "status\"]",
      "--rust-target",
      "1.68",
      "--use-core",
      "--with-derive-default",
      "--ctypes-prefix",
      "ffi",
      "--no-layout-tests",
      "--no-debug",
      ".*",
      "--enable-function-attribute-detection",
      "-o",
      "rust/bindings/bindings_generated.rs",
      "--",
      "-Wp,-MMD,rust/bindings/.bindings_generated.rs.d",
      "-nostdinc",
      "-I./include",
      "-include",
      "./include/linux/kconfig.h",
      "-D__KERNEL__",
      "-fno-builtin",
      "-D__BINDGEN__",
      "-DMODULE"};
  CommandLine CL = parseOk(Args);
  const Options &O = CL.Opts;

  CHECK(O.HeaderPath == "rust/bindings/bindings_helper.h");
  CHECK(CL.Positionals.size() == 1);
  CHECK(O.BlocklistTypes ==
        std::vector<std::string>{"__kernel_s?size_t", "__kernel_ptrdiff_t"});
  CHECK(O.OpaqueTypes ==
        std::vector<std::string>{"xregs_state", "desc_struct", "spinlock"});
  CHECK_FALSE(O.DocComments);
  CHECK(O.BlocklistFunctions == std::vector<std::string>{"__list_.*_report"});
  CHECK(O.BlocklistItems == std::vector<std::string>{"ARCH_SLAB_MINALIGN"});
  REQUIRE(O.DeriveCustomStruct.size() == 1);
  CHECK(O.DeriveCustomStruct[0].Regex == ".*");
  CHECK(O.DeriveCustomStruct[0].Value == "MaybeZeroable");
  REQUIRE(O.DeriveCustomUnion.size() == 1);
  CHECK(O.DeriveCustomUnion[0].Value == "MaybeZeroable");
  REQUIRE(O.EnumStyleRegexes.size() == 1);
  CHECK(O.EnumStyleRegexes[0].first == EnumStyle::NewType);
  CHECK(O.EnumStyleRegexes[0].second == "lru_status");
  REQUIRE(O.AttributeCustomEnum.size() == 1);
  CHECK(O.AttributeCustomEnum[0].Regex == "lru_status");
  CHECK(O.AttributeCustomEnum[0].Value == "#[cfi_encoding=\"10lru_status\"]");
  CHECK(O.Target.Major == 1);
  CHECK(O.Target.Minor == 68);
  CHECK(O.UseCore);
  CHECK(O.DeriveDefault);
  CHECK(O.CtypesPrefix == "ffi");
  CHECK(O.ctypesPrefix() == "ffi");
  CHECK_FALSE(O.LayoutTests);
  CHECK(O.NoDebug == std::vector<std::string>{".*"});
  CHECK(O.FunctionAttributeDetection);
  CHECK(O.OutputPath == "rust/bindings/bindings_generated.rs");
  // Everything after `--` is clang's, in order, even `-o`-like or `--` ones.
  REQUIRE(O.ClangArgs.size() == 9);
  CHECK(O.ClangArgs.front() ==
        "-Wp,-MMD,rust/bindings/.bindings_generated.rs.d");
  CHECK(O.ClangArgs[3] == "-include");
  CHECK(O.ClangArgs.back() == "-DMODULE");
}

TEST_CASE("the kernel's helpers invocation, old and new spellings",
          "[driver]") {
  for (bool Old : {false, true}) {
    CommandLine CL =
        parseOk({"rust/helpers/helpers.c",
                 Old ? "--blacklist-type" : "--blocklist-type", ".*",
                 Old ? "--whitelist-var" : "--allowlist-var", "",
                 Old ? "--whitelist-function" : "--allowlist-function",
                 "rust_helper_.*", "--size_t-is-usize", "--", "-I./rust"});
    CHECK(CL.Opts.HeaderPath == "rust/helpers/helpers.c");
    CHECK(CL.Opts.BlocklistTypes == std::vector<std::string>{".*"});
    // An empty value is a value, not a missing one.
    CHECK(CL.Opts.AllowlistVars == std::vector<std::string>{""});
    CHECK(CL.Opts.AllowlistFunctions ==
          std::vector<std::string>{"rust_helper_.*"});
    CHECK(CL.Opts.ClangArgs == std::vector<std::string>{"-I./rust"});
  }
}

TEST_CASE("option --opt=value equals --opt value, options after the header",
          "[driver]") {
  CommandLine Joined =
      parseOk({"--opaque-type=a.*", "h.h", "--output=o.rs",
               "--rust-target=1.85", "--module-raw-line=m", "use x;"});
  CommandLine Split =
      parseOk({"--opaque-type", "a.*", "h.h", "--output", "o.rs",
               "--rust-target", "1.85", "--module-raw-line", "m", "use x;"});
  for (const CommandLine *CL : {&Joined, &Split}) {
    CHECK(CL->Opts.HeaderPath == "h.h");
    CHECK(CL->Opts.OpaqueTypes == std::vector<std::string>{"a.*"});
    CHECK(CL->Opts.OutputPath == "o.rs");
    CHECK(CL->Opts.Target.Minor == 85);
    REQUIRE(CL->Opts.ModuleRawLines.count("m") == 1);
    CHECK(CL->Opts.ModuleRawLines.at("m") ==
          std::vector<std::string>{"use x;"});
  }
  // Only the first `=` separates the name: the value keeps the rest.
  CHECK(parseOk({"h.h", "--raw-line=const A: u8 = 1;"}).Opts.RawLines ==
        std::vector<std::string>{"const A: u8 = 1;"});
  // Short options take attached values too.
  CHECK(parseOk({"h.h", "-oout.rs"}).Opts.OutputPath == "out.rs");
}

TEST_CASE("values are taken even when they start with a dash", "[driver]") {
  CommandLine CL =
      parseOk({"h.h", "--raw-line", "--not-an-option", "-o", "-x"});
  CHECK(CL.Opts.RawLines == std::vector<std::string>{"--not-an-option"});
  CHECK(CL.Opts.OutputPath == "-x");
}

TEST_CASE("every alias reaches the same field as its option", "[driver]") {
  struct Alias {
    const char *Old, *New;
  };
  for (Alias A : {Alias{"--blacklist-type", "--blocklist-type"},
                  Alias{"--blacklist-function", "--blocklist-function"},
                  Alias{"--blacklist-item", "--blocklist-item"},
                  Alias{"--blacklist-file", "--blocklist-file"},
                  Alias{"--whitelist-type", "--allowlist-type"},
                  Alias{"--whitelist-function", "--allowlist-function"},
                  Alias{"--whitelist-var", "--allowlist-var"}}) {
    INFO(A.Old);
    REQUIRE(findOption(A.Old) != nullptr);
    CHECK(findOption(A.Old) == findOption(A.New));
  }
  CHECK(findOption("-o") == findOption("--output"));
  CHECK(findOption("-V") == findOption("--version"));
  CHECK(findOption("-h") == findOption("--help"));
}

TEST_CASE("enum styles keep command-line order", "[driver]") {
  CommandLine CL =
      parseOk({"h.h", "--rustified-enum", "a", "--constified-enum-module", "b",
               "--bitfield-enum", "c", "--rustified-non-exhaustive-enum", "d",
               "--constified-enum", "e", "--newtype-enum", "f",
               "--default-enum-style", "moduleconsts"});
  std::vector<std::pair<EnumStyle, std::string>> Expected = {
      {EnumStyle::Rust, "a"},     {EnumStyle::ModuleConsts, "b"},
      {EnumStyle::Bitfield, "c"}, {EnumStyle::RustNonExhaustive, "d"},
      {EnumStyle::Consts, "e"},   {EnumStyle::NewType, "f"}};
  CHECK(CL.Opts.EnumStyleRegexes == Expected);
  CHECK(CL.Opts.DefaultEnumStyle == EnumStyle::ModuleConsts);
}

TEST_CASE("flags set their fields", "[driver]") {
  CommandLine CL = parseOk({"h.h",
                            "--no-recursive-allowlist",
                            "--no-prepend-enum-name",
                            "--translate-enum-integer-types",
                            "--explicit-padding",
                            "--merge-extern-blocks",
                            "--sort-semantically",
                            "--wrap-unsafe-ops",
                            "--generate-cstr",
                            "--experimental",
                            "--disable-header-comment",
                            "--no-derive-debug",
                            "--no-derive-copy",
                            "--with-derive-eq",
                            "--with-derive-ord",
                            "--with-derive-hash",
                            "--impl-debug",
                            "--impl-partialeq",
                            "--time-phases",
                            "--verbose",
                            "--rust-target",
                            "1.85",
                            "--rust-edition",
                            "2024",
                            "--depfile",
                            "d.d",
                            "--emit-ir",
                            "ir.json"});
  const Options &O = CL.Opts;
  CHECK_FALSE(O.RecursiveAllowlist);
  CHECK_FALSE(O.PrependEnumName);
  CHECK(O.TranslateEnumIntegerTypes);
  CHECK(O.ExplicitPadding);
  CHECK(O.MergeExternBlocks);
  CHECK(O.SortSemantically);
  CHECK(O.WrapUnsafeOps);
  CHECK(O.GenerateCstr);
  CHECK(O.Experimental);
  CHECK_FALSE(O.HeaderComment);
  CHECK_FALSE(O.DeriveDebug);
  CHECK_FALSE(O.DeriveCopy);
  // Eq and Ord bring their partial halves along, as in bindgen.
  CHECK(O.DeriveEq);
  CHECK(O.DerivePartialEq);
  CHECK(O.DeriveOrd);
  CHECK(O.DerivePartialOrd);
  CHECK(O.DeriveHash);
  CHECK(O.ImplDebug);
  CHECK(O.ImplPartialEq);
  CHECK(O.TimePhases);
  CHECK(CL.Verbose);
  CHECK(O.RustEdition == 2024);
  CHECK(O.DepfilePath == "d.d");
  CHECK(O.EmitIrPath == "ir.json");
  // Untouched defaults stay.
  CHECK_FALSE(O.UseCore);
  CHECK(O.LayoutTests);
  CHECK(parseOk({"h.h"}).Opts.HeaderComment);
}

TEST_CASE("option --generate and --ignore-functions become blocklists",
          "[driver]") {
  CommandLine Types = parseOk({"h.h", "--generate", "types,methods"});
  CHECK(Types.Opts.BlocklistFunctions == std::vector<std::string>{".*"});
  CHECK(Types.Opts.BlocklistVars == std::vector<std::string>{".*"});
  CHECK(Types.Opts.BlocklistTypes.empty());
  CommandLine All = parseOk({"h.h", "--generate=functions,types,vars"});
  CHECK(All.Opts.BlocklistFunctions.empty());
  CommandLine NoFns = parseOk({"h.h", "--ignore-functions"});
  CHECK(NoFns.Opts.BlocklistFunctions == std::vector<std::string>{".*"});
  CHECK(parseError({"h.h", "--generate", "types,structs"})
            .find("unknown kind 'structs'") != std::string::npos);
}

TEST_CASE("option --version and --help are recognised with stray positionals",
          "[driver]") {
  CommandLine Version = parseOk({"--version", "workaround-for-0.69.0"});
  CHECK(Version.ShowVersion);
  CHECK_FALSE(Version.ShowHelp);
  CHECK(parseOk({"-V"}).ShowVersion);
  CHECK(parseOk({"-h"}).ShowHelp);
  CHECK(parseOk({"x.h", "--help"}).ShowHelp);
}

TEST_CASE("usage errors name the option", "[driver]") {
  CHECK(parseError({"h.h", "--foo"}) == "unknown option '--foo'");
  CHECK(parseError({"h.h", "--foo=1"}) == "unknown option '--foo'");
  CHECK(parseError({"h.h", "-I."}) ==
        "unknown option '-I.'; clang arguments go after '--'");
  CHECK(parseError({"h.h", "--target=x86_64-linux-gnu"}) ==
        "unknown option '--target'; clang arguments go after '--'");
  CHECK(parseError({"h.h", "--opaque-typ", "x"}) ==
        "unknown option '--opaque-typ'; did you mean '--opaque-type'?");
  CHECK(parseError({"h.h", "--opaque-type"}) ==
        "option '--opaque-type' needs a value (REGEX)");
  // `--` ends the options; it is never a value.
  CHECK(parseError({"h.h", "-o", "--", "-I."}) ==
        "option '-o' needs a value (FILE)");
  CHECK(parseError({"h.h", "--module-raw-line", "m"}) ==
        "option '--module-raw-line' needs two values (MODULE LINE)");
  CHECK(parseError({"h.h", "--use-core=yes"}) ==
        "option '--use-core' takes no value (got 'yes')");
  CHECK(parseError({"h.h", "--enable-cxx-namespaces"})
            .starts_with("option '--enable-cxx-namespaces' is not supported"));
  CHECK(parseError({"h.h", "--default-enum-style", "enum"})
            .starts_with("invalid value 'enum' for option "
                         "'--default-enum-style': expected consts"));
  CHECK(parseError({"h.h", "--with-derive-custom", "NoEquals"})
            .starts_with("invalid value 'NoEquals' for option "
                         "'--with-derive-custom'"));
  CHECK(parseError({"h.h", "--formatter", "clang-format"})
            .starts_with("invalid value 'clang-format' for option "
                         "'--formatter'"));
}

TEST_CASE("options accepted for compatibility change nothing", "[driver]") {
  CommandLine Plain = parseOk({"h.h"});
  CommandLine Compat = parseOk(
      {"h.h", "--size_t-is-usize", "--no-rustfmt-bindings",
       "--rustfmt-bindings", "--rustfmt-configuration-file", "/x/rustfmt.toml",
       "--formatter", "prettyplease", "--no-include-path-detection",
       "--distrust-clang-mangling", "--ignore-methods"});
  CHECK(Compat.Positionals == Plain.Positionals);
  CHECK(Compat.Opts.ClangArgs.empty());
  CHECK(Compat.Opts.BlocklistFunctions.empty());
  CHECK(Compat.Opts.OutputPath.empty());
}

TEST_CASE("the option table is consistent", "[driver]") {
  std::set<std::string> Seen;
  for (const OptionSpec &Spec : optionTable()) {
    INFO(Spec.Names.str());
    CHECK(!Spec.Help.empty());
    CHECK((Spec.Status == OptionStatus::Unsupported) ==
          (Spec.Apply == nullptr));
    CHECK((Spec.NumValues == 0) == Spec.ValueName.empty());
    for (llvm::StringRef Name : Spec.names()) {
      CHECK(Name.starts_with("-"));
      CHECK(Seen.insert(Name.str()).second);
    }
  }
}

TEST_CASE("option --no-derive-default wins over --with-derive-default",
          "[driver]") {
  // bindgen applies it last, whatever the order on the command line.
  CHECK(parseOk({"h.h", "--with-derive-default"}).Opts.DeriveDefault);
  CHECK_FALSE(parseOk({"h.h", "--with-derive-default", "--no-derive-default"})
                  .Opts.DeriveDefault);
  CHECK_FALSE(parseOk({"h.h", "--no-derive-default", "--with-derive-default"})
                  .Opts.DeriveDefault);
}

TEST_CASE("the type- and field-side options of bindgen", "[driver]") {
  CommandLine CL = parseOk(
      {"h.h", "--no-size_t-is-usize", "--no-convert-floats",
       "--default-visibility", "crate", "--must-use-type", "status_t",
       "--must-use-type", "result", "--field-attr", "p::x=allow(dead_code)"});
  CHECK_FALSE(CL.Opts.SizeTIsUsize);
  CHECK_FALSE(CL.Opts.ConvertFloats);
  CHECK(CL.Opts.DefaultFieldVisibility == FieldVisibility::Crate);
  CHECK(CL.Opts.MustUseTypes == std::vector<std::string>{"status_t", "result"});
  REQUIRE(CL.Opts.FieldAttributes.size() == 1);
  CHECK(CL.Opts.FieldAttributes[0].Attribute == "allow(dead_code)");
  CHECK(parseError({"h.h", "--default-visibility", "pub"})
            .find("expected public, crate or private") != std::string::npos);
  CHECK(parseError({"h.h", "--generate-private-functions"}).find("C++ only") !=
        std::string::npos);
}
