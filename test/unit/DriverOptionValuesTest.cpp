//===- DriverOptionValuesTest.cpp - Values with a syntax of their own -----===//

#include "Driver/OptionValues.h"
#include "TestSupport.h"

#include <catch2/catch.hpp>

#include <optional>

using namespace kbindgen;
using namespace kbindgen::driver;
using namespace kbindgen::test;

TEST_CASE("option --rust-target forms", "[driver]") {
  struct Case {
    const char *Text;
    unsigned Major, Minor;
  };
  for (Case C :
       {Case{"1.68", 1, 68}, Case{"1.85", 1, 85}, Case{"1.33", 1, 33},
        Case{"1.68.0", 1, 68}, Case{"1.47.1", 1, 47}, Case{"2.3", 2, 3}}) {
    INFO(C.Text);
    auto Target = parseRustTarget(C.Text);
    REQUIRE(succeeded(Target));
    CHECK(Target->Major == C.Major);
    CHECK(Target->Minor == C.Minor);
  }
  // stable and nightly: the newest target kbindgen knows, our default, and
  // at least as new as what the kernel asks for today.
  for (const char *Text : {"stable", "nightly"}) {
    auto Target = parseRustTarget(Text);
    REQUIRE(succeeded(Target));
    CHECK(Target->Major == RustTarget{}.Major);
    CHECK(Target->Minor == RustTarget{}.Minor);
    CHECK(Target->atLeast(1, 68));
  }
  // bindgen's oldest target is 1.33: older ones are refused, not clamped.
  for (const char *Bad : {"", "1", "1.", "1.x", "0.9", "1.68.0.1", "v1.68",
                          "1.68-beta", "latest", "1.0", "1.32", "1.32.9"}) {
    INFO(Bad);
    auto Target = parseRustTarget(Bad);
    CHECK(failed(Target));
  }
}

TEST_CASE("option --rust-edition values", "[driver]") {
  for (unsigned Year : {2018u, 2021u, 2024u}) {
    auto Edition = parseRustEdition(std::to_string(Year));
    REQUIRE(succeeded(Edition));
    CHECK(*Edition == Year);
  }
  auto Bad = parseRustEdition("2015");
  CHECK(failed(Bad));
}

static std::optional<EnumStyle> styleNamed(llvm::StringRef Name) {
  auto Style = parseEnumStyle(Name);
  if (failed(Style))
    return std::nullopt;
  return *Style;
}

TEST_CASE("enum style names", "[driver]") {
  CHECK(styleNamed("consts") == EnumStyle::Consts);
  CHECK(styleNamed("moduleconsts") == EnumStyle::ModuleConsts);
  CHECK(styleNamed("rust") == EnumStyle::Rust);
  CHECK(styleNamed("rust_non_exhaustive") == EnumStyle::RustNonExhaustive);
  CHECK(styleNamed("newtype") == EnumStyle::NewType);
  CHECK(styleNamed("bitfield") == EnumStyle::Bitfield);
  auto Bad = parseEnumStyle("Rust");
  CHECK(failed(Bad));
}

TEST_CASE("custom derives split at the last '=' into one entry each",
          "[driver]") {
  auto One = parseCustomDerives(".*=MaybeZeroable");
  REQUIRE(succeeded(One));
  REQUIRE(One->size() == 1);
  CHECK((*One)[0].Regex == ".*");
  CHECK((*One)[0].Value == "MaybeZeroable");

  auto Many = parseCustomDerives("foo_(a|b)=Debug, PartialEq ,Eq");
  REQUIRE(succeeded(Many));
  REQUIRE(Many->size() == 3);
  CHECK((*Many)[0].Regex == "foo_(a|b)");
  CHECK((*Many)[0].Value == "Debug");
  CHECK((*Many)[1].Value == "PartialEq");
  CHECK((*Many)[2].Value == "Eq");

  for (const char *Bad : {"MaybeZeroable", ".*=", ".*= , "}) {
    INFO(Bad);
    auto Parsed = parseCustomDerives(Bad);
    CHECK(failed(Parsed));
  }
}

TEST_CASE("custom attributes keep '=' and ',' inside brackets", "[driver]") {
  auto Kernel =
      parseCustomAttributes("lru_status=#[cfi_encoding=\"10lru_status\"]");
  REQUIRE(succeeded(Kernel));
  REQUIRE(Kernel->size() == 1);
  CHECK((*Kernel)[0].Regex == "lru_status");
  CHECK((*Kernel)[0].Value == "#[cfi_encoding=\"10lru_status\"]");

  auto Several = parseCustomAttributes("foo_[^e].*=#[derive(Clone)],#[cfg_attr("
                                       "test, derive(PartialOrd, Copy))]");
  REQUIRE(succeeded(Several));
  REQUIRE(Several->size() == 2);
  CHECK((*Several)[0].Regex == "foo_[^e].*");
  CHECK((*Several)[0].Value == "#[derive(Clone)]");
  CHECK((*Several)[1].Regex == "foo_[^e].*");
  CHECK((*Several)[1].Value == "#[cfg_attr(test, derive(PartialOrd, Copy))]");

  auto NoSeparator = parseCustomAttributes("#[doc(hidden)]");
  CHECK(failed(NoSeparator));
}

TEST_CASE("option --generate kinds", "[driver]") {
  auto Kinds = parseGenerateKinds("functions,vars,constructors");
  REQUIRE(succeeded(Kinds));
  CHECK(Kinds->Functions);
  CHECK(Kinds->Vars);
  CHECK_FALSE(Kinds->Types);
  auto Bad = parseGenerateKinds("functions,macros");
  CHECK(failed(Bad));
}

TEST_CASE("option --field-attr TYPE::FIELD=ATTR", "[driver]") {
  auto Plain = parseFieldAttribute("point::x=doc(alias = \"abscissa\")");
  REQUIRE(succeeded(Plain));
  CHECK(Plain->Type == "point");
  CHECK(Plain->Field == "x");
  // The attribute may hold '=' and '::'; only the first '=' separates.
  CHECK(Plain->Attribute == "doc(alias = \"abscissa\")");
  auto Bracketed = parseFieldAttribute("handle::0=#[doc(hidden)]");
  REQUIRE(succeeded(Bracketed));
  CHECK(Bracketed->Field == "0");
  CHECK(Bracketed->Attribute == "doc(hidden)");
  for (const char *Bad : {"", "point", "point::x", "point::x=", "::x=a",
                          "point::=a", "x=cfg(test)", "point::x=#[]"}) {
    INFO(Bad);
    auto Parsed = parseFieldAttribute(Bad);
    CHECK(failed(Parsed));
  }
}

TEST_CASE("option --default-visibility values", "[driver]") {
  struct Case {
    const char *Text;
    FieldVisibility Expected;
  };
  for (Case C : {Case{"public", FieldVisibility::Public},
                 Case{"crate", FieldVisibility::Crate},
                 Case{"private", FieldVisibility::Private}}) {
    INFO(C.Text);
    auto Parsed = parseFieldVisibility(C.Text);
    REQUIRE(succeeded(Parsed));
    CHECK(*Parsed == C.Expected);
  }
  for (const char *Bad : {"", "pub", "Public", "pub(crate)", "none"}) {
    INFO(Bad);
    auto Parsed = parseFieldVisibility(Bad);
    CHECK(failed(Parsed));
  }
}
