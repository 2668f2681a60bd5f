//===- CompiledOptions.cpp - Compile every option regex once --------------===//

#include "AnalysisPasses.h"

#include "llvm/ADT/StringExtras.h"

namespace kbindgen::analysis {

/// `Trait1, Trait2` -> {"Trait1", "Trait2"}, empty entries dropped.
static std::vector<std::string> splitValues(llvm::StringRef Value) {
  llvm::SmallVector<llvm::StringRef, 4> Parts;
  Value.split(Parts, ',');
  std::vector<std::string> Values;
  for (llvm::StringRef Part : Parts) {
    Part = Part.trim();
    if (!Part.empty())
      Values.push_back(Part.str());
  }
  return Values;
}

static llvm::Error compileRules(const std::vector<RegexValue> &Entries,
                                llvm::StringRef OptionName,
                                std::vector<ValueRule> &Rules) {
  for (const RegexValue &Entry : Entries) {
    llvm::Expected<AnchoredRegex> Regex =
        AnchoredRegex::compile(Entry.Regex, OptionName);
    if (!Regex)
      return Regex.takeError();
    Rules.push_back({std::move(*Regex), splitValues(Entry.Value)});
  }
  return llvm::Error::success();
}

const char *enumStyleOptionName(EnumStyle Style) {
  switch (Style) {
  case EnumStyle::Consts:
    return "--constified-enum";
  case EnumStyle::ModuleConsts:
    return "--constified-enum-module";
  case EnumStyle::Rust:
    return "--rustified-enum";
  case EnumStyle::RustNonExhaustive:
    return "--rustified-non-exhaustive-enum";
  case EnumStyle::NewType:
    return "--newtype-enum";
  case EnumStyle::Bitfield:
    return "--bitfield-enum";
  case EnumStyle::NewTypeGlobal:
    return "--newtype-global-enum";
  }
  return "--constified-enum";
}

llvm::Expected<CompiledOptions> CompiledOptions::compile(const Options &Opts) {
  CompiledOptions C;
  struct ListSpec {
    RegexSet *Target;
    const std::vector<std::string> *Patterns;
    const char *OptionName;
  };
  const ListSpec Lists[] = {
      {&C.AllowTypes, &Opts.AllowlistTypes, "--allowlist-type"},
      {&C.AllowFunctions, &Opts.AllowlistFunctions, "--allowlist-function"},
      {&C.AllowVars, &Opts.AllowlistVars, "--allowlist-var"},
      {&C.AllowItems, &Opts.AllowlistItems, "--allowlist-item"},
      {&C.AllowFiles, &Opts.AllowlistFiles, "--allowlist-file"},
      {&C.BlockTypes, &Opts.BlocklistTypes, "--blocklist-type"},
      {&C.BlockFunctions, &Opts.BlocklistFunctions, "--blocklist-function"},
      {&C.BlockVars, &Opts.BlocklistVars, "--blocklist-var"},
      {&C.BlockItems, &Opts.BlocklistItems, "--blocklist-item"},
      {&C.BlockFiles, &Opts.BlocklistFiles, "--blocklist-file"},
      {&C.OpaqueTypes, &Opts.OpaqueTypes, "--opaque-type"},
      {&C.NoDebug, &Opts.NoDebug, "--no-debug"},
      {&C.NoCopy, &Opts.NoCopy, "--no-copy"},
      {&C.NoDefault, &Opts.NoDefault, "--no-default"},
      {&C.NoHash, &Opts.NoHash, "--no-hash"},
      {&C.NoPartialEq, &Opts.NoPartialEq, "--no-partialeq"},
      {&C.MustUseTypes, &Opts.MustUseTypes, "--must-use-type"},
      {&C.BindgenWrapperUnions, &Opts.BindgenWrapperUnions,
       "--bindgen-wrapper-union"},
      {&C.ManuallyDropUnions, &Opts.ManuallyDropUnions,
       "--manually-drop-union"},
  };
  for (const ListSpec &List : Lists) {
    llvm::Expected<RegexSet> Set =
        RegexSet::compile(*List.Patterns, List.OptionName);
    if (!Set)
      return Set.takeError();
    *List.Target = std::move(*Set);
  }

  struct RuleSpec {
    std::vector<ValueRule> *Target;
    const std::vector<RegexValue> *Entries;
    const char *OptionName;
  };
  const RuleSpec Rules[] = {
      {&C.DeriveCustom, &Opts.DeriveCustom, "--with-derive-custom"},
      {&C.DeriveCustomStruct, &Opts.DeriveCustomStruct,
       "--with-derive-custom-struct"},
      {&C.DeriveCustomUnion, &Opts.DeriveCustomUnion,
       "--with-derive-custom-union"},
      {&C.DeriveCustomEnum, &Opts.DeriveCustomEnum,
       "--with-derive-custom-enum"},
      {&C.AttributeCustom, &Opts.AttributeCustom, "--with-attribute-custom"},
      {&C.AttributeCustomStruct, &Opts.AttributeCustomStruct,
       "--with-attribute-custom-struct"},
      {&C.AttributeCustomUnion, &Opts.AttributeCustomUnion,
       "--with-attribute-custom-union"},
      {&C.AttributeCustomEnum, &Opts.AttributeCustomEnum,
       "--with-attribute-custom-enum"},
  };
  for (const RuleSpec &Spec : Rules)
    if (llvm::Error Err =
            compileRules(*Spec.Entries, Spec.OptionName, *Spec.Target))
      return Err;

  for (const auto &[Style, Pattern] : Opts.EnumStyleRegexes) {
    llvm::Expected<AnchoredRegex> Regex =
        AnchoredRegex::compile(Pattern, enumStyleOptionName(Style));
    if (!Regex)
      return Regex.takeError();
    C.EnumStyles.push_back({std::move(*Regex), Style});
  }

  std::vector<std::string> AliasPatterns[3];
  for (const auto &[Style, Pattern] : Opts.AliasStyleRegexes)
    AliasPatterns[static_cast<unsigned>(Style)].push_back(Pattern);
  const ListSpec AliasLists[] = {
      {&C.NormalAliases, &AliasPatterns[0], "--normal-alias"},
      {&C.NewTypeAliases, &AliasPatterns[1], "--new-type-alias"},
      {&C.NewTypeDerefAliases, &AliasPatterns[2], "--new-type-alias-deref"},
  };
  for (const ListSpec &List : AliasLists) {
    llvm::Expected<RegexSet> Set =
        RegexSet::compile(*List.Patterns, List.OptionName);
    if (!Set)
      return Set.takeError();
    *List.Target = std::move(*Set);
  }
  return C;
}

} // namespace kbindgen::analysis
