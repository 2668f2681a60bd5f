//===- OptionValues.cpp - Parsing the values options take -----------------===//

#include "Driver/OptionValues.h"

#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringSwitch.h"

#include <optional>

using llvm::StringRef;

namespace kbindgen::driver {

static llvm::Error valueError(const llvm::Twine &Message) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(), Message);
}

llvm::Expected<RustTarget> parseRustTarget(StringRef Value) {
  // bindgen tracks no Rust features newer than its own release; "stable" and
  // "nightly" mean the newest target we know, which is our default.
  if (Value == "stable" || Value == "nightly")
    return RustTarget{};
  llvm::SmallVector<StringRef, 3> Parts;
  Value.split(Parts, '.');
  RustTarget Target;
  unsigned Patch = 0;
  bool Valid = (Parts.size() == 2 || Parts.size() == 3) &&
               !Parts[0].getAsInteger(10, Target.Major) &&
               !Parts[1].getAsInteger(10, Target.Minor) &&
               (Parts.size() == 2 || !Parts[2].getAsInteger(10, Patch)) &&
               Target.Major >= 1;
  if (!Valid)
    return valueError("expected a Rust version such as '1.68' or '1.68.0', "
                      "'stable' or 'nightly'");
  // bindgen 0.72 refuses targets older than 1.33 too: the code it writes
  // (and so ours) needs at least that.
  if (!Target.atLeast(1, 33))
    return valueError("Rust " + Value +
                      " is older than the oldest supported target, 1.33");
  return Target;
}

/// The Rust version an edition first shipped in.
static RustTarget editionRelease(unsigned Edition) {
  if (Edition >= 2024)
    return {1, 85};
  if (Edition >= 2021)
    return {1, 56};
  return {1, 31};
}

llvm::Error checkRustEdition(Options &Opts) {
  if (!Opts.RustEditionGiven) {
    // As bindgen: the newest edition the target has.
    if (Opts.NightlyTarget) {
      Opts.RustEdition = 2024;
      return llvm::Error::success();
    }
    for (unsigned Edition : {2024u, 2021u, 2018u}) {
      RustTarget Release = editionRelease(Edition);
      if (Opts.Target.atLeast(Release.Major, Release.Minor)) {
        Opts.RustEdition = Edition;
        break;
      }
    }
    return llvm::Error::success();
  }
  RustTarget Release = editionRelease(Opts.RustEdition);
  if (Opts.NightlyTarget || Opts.Target.atLeast(Release.Major, Release.Minor))
    return llvm::Error::success();
  return valueError(
      "edition " + llvm::Twine(Opts.RustEdition) +
      " is not available in --rust-target " + llvm::Twine(Opts.Target.Major) +
      "." + llvm::Twine(Opts.Target.Minor) + " (it needs Rust " +
      llvm::Twine(Release.Major) + "." + llvm::Twine(Release.Minor) + ")");
}

llvm::Error checkDynamicLoading(const Options &Opts) {
  if (Opts.DynamicLibraryName.empty())
    return llvm::Error::success();
  // The C wrappers are compiled into the program and call the library's
  // functions directly: the program would link the library after all, and
  // dlsym would look for the wrappers in the library, which has none.
  if (Opts.WrapStaticFns)
    return valueError(
        "--dynamic-loading cannot be combined with --wrap-static-fns: the C "
        "wrappers are linked into the program and call the library directly, "
        "so it would not be loaded at run time; bind the static functions in "
        "a second run without --dynamic-loading");
  // The skeletons call `bindings::f(..)`; here f is a method of the
  // library struct.
  if (!Opts.SafeOutputPath.empty())
    return valueError(
        "--dynamic-loading cannot be combined with --safe-output: the safe "
        "skeletons call the raw functions as free functions, which "
        "--dynamic-loading makes methods of the library struct");
  return llvm::Error::success();
}

llvm::Error checkFlexarrayDst(const Options &Opts) {
  // layout(len) computes the size from offset_of! of the flexible array
  // member; the other helpers need Rust 1.44.
  if (!Opts.FlexarrayDst || Opts.NightlyTarget || Opts.Target.atLeast(1, 77))
    return llvm::Error::success();
  return valueError("--flexarray-dst needs --rust-target 1.77 or newer (its "
                    "layout(len) helper uses offset_of!); the target is " +
                    llvm::Twine(Opts.Target.Major) + "." +
                    llvm::Twine(Opts.Target.Minor));
}

llvm::Expected<unsigned> parseRustEdition(StringRef Value) {
  if (Value == "2018" || Value == "2021" || Value == "2024")
    return static_cast<unsigned>(std::stoul(Value.str()));
  return valueError("expected 2018, 2021 or 2024");
}

llvm::Expected<EnumStyle> parseEnumStyle(StringRef Value) {
  std::optional<EnumStyle> Style =
      llvm::StringSwitch<std::optional<EnumStyle>>(Value)
          .Case("consts", EnumStyle::Consts)
          .Case("moduleconsts", EnumStyle::ModuleConsts)
          .Case("rust", EnumStyle::Rust)
          .Case("rust_non_exhaustive", EnumStyle::RustNonExhaustive)
          .Case("newtype", EnumStyle::NewType)
          .Case("newtype_global", EnumStyle::NewTypeGlobal)
          .Case("bitfield", EnumStyle::Bitfield)
          .Default(std::nullopt);
  if (!Style)
    return valueError("expected consts, moduleconsts, rust, "
                      "rust_non_exhaustive, newtype, newtype_global or "
                      "bitfield");
  return *Style;
}

llvm::Expected<std::vector<RegexValue>> parseCustomDerives(StringRef Value) {
  auto [Regex, List] = Value.rsplit('=');
  if (Regex.size() == Value.size())
    return valueError("expected REGEX=DERIVE[,DERIVE...]");
  std::vector<RegexValue> Result;
  llvm::SmallVector<StringRef, 4> Derives;
  List.split(Derives, ',', /*MaxSplit=*/-1, /*KeepEmpty=*/false);
  for (StringRef Derive : Derives)
    if (!Derive.trim().empty())
      Result.push_back({Regex.str(), Derive.trim().str()});
  if (Result.empty())
    return valueError("expected at least one derive after '='");
  return Result;
}

llvm::Expected<std::vector<RegexValue>> parseCustomAttributes(StringRef Value) {
  // Scan from the right so that brackets of the attributes are balanced
  // before we reach the `=` that ends the regex; the regex itself may hold
  // brackets (`foo_[^e].*`) but they lie left of that `=`.
  int Depth = 0;
  size_t Separator = StringRef::npos;
  llvm::SmallVector<size_t, 4> Commas;
  for (size_t I = Value.size(); I-- > 0;) {
    char C = Value[I];
    if (C == ']')
      ++Depth;
    else if (C == '[')
      --Depth;
    else if (C == ',' && Depth == 0)
      Commas.push_back(I);
    else if (C == '=' && Depth == 0) {
      Separator = I;
      break;
    }
  }
  if (Separator == StringRef::npos)
    return valueError("expected REGEX=ATTRIBUTE[,ATTRIBUTE...]");
  StringRef Regex = Value.take_front(Separator);
  std::vector<RegexValue> Result;
  size_t Start = Separator + 1;
  // Commas were collected right to left.
  for (auto It = Commas.rbegin(); It != Commas.rend(); ++It) {
    StringRef Attribute = Value.slice(Start, *It).trim();
    if (!Attribute.empty())
      Result.push_back({Regex.str(), Attribute.str()});
    Start = *It + 1;
  }
  StringRef Last = Value.drop_front(Start).trim();
  if (!Last.empty())
    Result.push_back({Regex.str(), Last.str()});
  if (Result.empty())
    return valueError("expected at least one attribute after '='");
  return Result;
}

llvm::Expected<FieldAttribute> parseFieldAttribute(StringRef Value) {
  // TYPE::FIELD holds no '='; the attribute may (`doc = "..."`).
  auto [Target, Attribute] = Value.split('=');
  size_t Colons = Target.rfind("::");
  Attribute = Attribute.trim();
  if (Attribute.starts_with("#[") && Attribute.ends_with("]"))
    Attribute = Attribute.drop_front(2).drop_back().trim();
  if (Colons == StringRef::npos || Colons == 0 || Colons + 2 == Target.size() ||
      Attribute.empty())
    return valueError("expected TYPE::FIELD=ATTRIBUTE");
  return FieldAttribute{Target.take_front(Colons).trim().str(),
                        Target.drop_front(Colons + 2).trim().str(),
                        Attribute.str()};
}

llvm::Expected<FieldVisibility> parseFieldVisibility(StringRef Value) {
  std::optional<FieldVisibility> Visibility =
      llvm::StringSwitch<std::optional<FieldVisibility>>(Value)
          .Case("public", FieldVisibility::Public)
          .Case("crate", FieldVisibility::Crate)
          .Case("private", FieldVisibility::Private)
          .Default(std::nullopt);
  if (!Visibility)
    return valueError("expected public, crate or private");
  return *Visibility;
}

llvm::Expected<GenerateKinds> parseGenerateKinds(StringRef Value) {
  GenerateKinds Kinds;
  llvm::SmallVector<StringRef, 6> Names;
  Value.split(Names, ',', /*MaxSplit=*/-1, /*KeepEmpty=*/false);
  for (StringRef Name : Names) {
    Name = Name.trim();
    if (Name == "functions")
      Kinds.Functions = true;
    else if (Name == "types")
      Kinds.Types = true;
    else if (Name == "vars")
      Kinds.Vars = true;
    else if (Name != "methods" && Name != "constructors" &&
             Name != "destructors")
      return valueError("unknown kind '" + Name +
                        "'; expected a comma-separated list of functions, "
                        "types, vars, methods, constructors, destructors");
  }
  return Kinds;
}

llvm::Error checkFormatter(StringRef Value) {
  if (Value == "rustfmt" || Value == "prettyplease" || Value == "none")
    return llvm::Error::success();
  return valueError("expected rustfmt, prettyplease or none");
}

} // namespace kbindgen::driver
