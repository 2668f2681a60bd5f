//===- UnusedRegexes.cpp - Option regexes that matched nothing ------------===//
//
// A regex that matches no name is almost always a typo or a stale option
// (bindgen reports these too). Each regex is tried on the names its option
// is matched against (plus a few more, so that a warning is never false):
// types for the type options, functions, variables and constants (and the
// macros that did not become constants), every item for the item options,
// every file read for the file options. The empty regex (`--allowlist-var
// ''`, which only switches to allowlist mode) and `.*` are meant to match
// whatever there is, and are not reported.
//
//===----------------------------------------------------------------------===//

#include "AnalysisPasses.h"

namespace kbindgen::analysis {

using ir::Item;
using ir::ItemKind;

namespace {

/// The names one kind of option is matched against.
struct NameLists {
  std::vector<llvm::StringRef> Types, Records, Unions, Enums, Functions, Vars,
      Items, Files, EnumsAndVariants;
};

NameLists collectNames(const ir::Module &M, const Analysis &A) {
  NameLists L;
  for (uint32_t I = 0; I < M.Items.size(); ++I) {
    const Item &It = M.Items[I];
    llvm::SmallVector<llvm::StringRef, 2> Names;
    if (!A.RustNames[I].empty())
      Names.push_back(A.RustNames[I]);
    if (!It.Name.empty() && It.Name != A.RustNames[I])
      Names.push_back(It.Name);
    for (llvm::StringRef Name : Names) {
      L.Items.push_back(Name);
      switch (It.kind()) {
      case ItemKind::Record:
        L.Types.push_back(Name);
        (It.as<ir::Record>().Kind == ir::RecordKind::Union ? L.Unions
                                                           : L.Records)
            .push_back(Name);
        break;
      case ItemKind::Enum:
        L.Types.push_back(Name);
        L.Enums.push_back(Name);
        L.EnumsAndVariants.push_back(Name);
        break;
      case ItemKind::Typedef:
        L.Types.push_back(Name);
        break;
      case ItemKind::Function:
        L.Functions.push_back(Name);
        break;
      case ItemKind::Var:
      case ItemKind::Constant:
        L.Vars.push_back(Name);
        break;
      }
    }
    // bindgen offers an unnamed enum's variants to --allowlist-var, and the
    // enum style options try the variants too.
    if (const ir::Enum *E = It.getIf<ir::Enum>())
      for (const ir::Enumerator &Variant : E->Enumerators) {
        L.Vars.push_back(Variant.Name);
        L.EnumsAndVariants.push_back(Variant.Name);
      }
  }
  for (const ir::SkippedMacro &Macro : M.SkippedMacros) {
    L.Vars.push_back(Macro.Name);
    L.Items.push_back(Macro.Name);
  }
  for (const std::string &File : M.Files)
    L.Files.push_back(File);
  return L;
}

bool isMeantToMatchAnything(const AnchoredRegex &Regex) {
  return Regex.pattern().empty() || Regex.matchesEverything();
}

bool matchesAny(const AnchoredRegex &Regex,
                llvm::ArrayRef<llvm::StringRef> Names) {
  for (llvm::StringRef Name : Names)
    if (Regex.matches(Name))
      return true;
  return false;
}

class UnusedFinder {
public:
  explicit UnusedFinder(std::vector<UnusedRegex> &Out) : Out(Out) {}

  void check(const AnchoredRegex &Regex, llvm::StringRef Option,
             llvm::ArrayRef<llvm::StringRef> Names) {
    if (!isMeantToMatchAnything(Regex) && !matchesAny(Regex, Names))
      Out.push_back({Option.str(), Regex.pattern()});
  }
  void check(const RegexSet &Set, llvm::ArrayRef<llvm::StringRef> Names) {
    for (const AnchoredRegex &Regex : Set.regexes())
      check(Regex, Set.optionName(), Names);
  }
  void check(const std::vector<ValueRule> &Rules, llvm::StringRef Option,
             llvm::ArrayRef<llvm::StringRef> Names) {
    for (const ValueRule &Rule : Rules)
      check(Rule.Regex, Option, Names);
  }

private:
  std::vector<UnusedRegex> &Out;
};

} // namespace

void findUnusedRegexes(const ir::Module &M, const CompiledOptions &C,
                       Analysis &A) {
  NameLists L = collectNames(M, A);
  UnusedFinder Find(A.UnusedRegexes);
  Find.check(C.AllowTypes, L.Types);
  Find.check(C.AllowFunctions, L.Functions);
  Find.check(C.AllowVars, L.Vars);
  Find.check(C.AllowItems, L.Items);
  Find.check(C.AllowFiles, L.Files);
  Find.check(C.BlockTypes, L.Types);
  Find.check(C.BlockFunctions, L.Functions);
  Find.check(C.BlockVars, L.Vars);
  Find.check(C.BlockItems, L.Items);
  Find.check(C.BlockFiles, L.Files);
  Find.check(C.OpaqueTypes, L.Types);
  for (const RegexSet *NoTrait : {&C.NoDebug, &C.NoCopy, &C.NoDefault,
                                  &C.NoHash, &C.NoPartialEq, &C.MustUseTypes})
    Find.check(*NoTrait, L.Types);
  Find.check(C.DeriveCustom, "--with-derive-custom", L.Types);
  Find.check(C.DeriveCustomStruct, "--with-derive-custom-struct", L.Records);
  Find.check(C.DeriveCustomUnion, "--with-derive-custom-union", L.Unions);
  Find.check(C.DeriveCustomEnum, "--with-derive-custom-enum", L.Enums);
  Find.check(C.AttributeCustom, "--with-attribute-custom", L.Types);
  Find.check(C.AttributeCustomStruct, "--with-attribute-custom-struct",
             L.Records);
  Find.check(C.AttributeCustomUnion, "--with-attribute-custom-union", L.Unions);
  Find.check(C.AttributeCustomEnum, "--with-attribute-custom-enum", L.Enums);
  for (const RegexSet *Aliases :
       {&C.NormalAliases, &C.NewTypeAliases, &C.NewTypeDerefAliases})
    Find.check(*Aliases, L.Types);
  Find.check(C.BindgenWrapperUnions, L.Unions);
  Find.check(C.ManuallyDropUnions, L.Unions);
  for (const EnumStyleRule &Rule : C.EnumStyles)
    Find.check(Rule.Regex, enumStyleOptionName(Rule.Style), L.EnumsAndVariants);
}

} // namespace kbindgen::analysis
