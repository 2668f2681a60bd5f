//===- AnalysisPasses.h - The passes analyzeModule runs ---------*- C++ -*-===//
//
// Private to lib/Analysis. analyzeModule runs, in this order:
//   1. CompiledOptions::compile  every option regex, once
//   2. assignRustNames            item and field names (selection matches on
//                                 them, as bindgen matches its canonical
//                                 names), then assignBitfieldMethodNames
//   3. selectItems                allow/block/opaque lists and reachability
//   4. chooseEnumStyles, assignEnumMemberNames, chooseAliasStyles
//   5. skipDuplicateNames         one emitted item per Rust name and namespace
//   6. assignSymbolNames          link, C wrapper and raw call names of
//                                 functions and variables (Analysis.h)
//   7. computeDerives             derive fixpoint over the type graph
//   8. computeEmitOrder
//   9. chooseConstantTypes        C type or bindgen's typing by value
//  10. findUnusedRegexes          option regexes that matched nothing
//
//===----------------------------------------------------------------------===//

#ifndef KBINDGEN_LIB_ANALYSIS_ANALYSISPASSES_H
#define KBINDGEN_LIB_ANALYSIS_ANALYSISPASSES_H

#include "kbindgen/Analysis/Analysis.h"
#include "kbindgen/Analysis/Regex.h"

#include <string>
#include <vector>

namespace kbindgen::analysis {

/// A regex with the values it attaches (`RE=Trait1,Trait2`).
struct ValueRule {
  AnchoredRegex Regex;
  std::vector<std::string> Values;
};

struct EnumStyleRule {
  AnchoredRegex Regex;
  EnumStyle Style;
};

/// Every regex of the options, compiled once.
struct CompiledOptions {
  RegexSet AllowTypes, AllowFunctions, AllowVars, AllowItems, AllowFiles;
  RegexSet BlockTypes, BlockFunctions, BlockVars, BlockItems, BlockFiles;
  RegexSet OpaqueTypes;
  RegexSet NoDebug, NoCopy, NoDefault, NoHash, NoPartialEq;
  RegexSet MustUseTypes; ///< --must-use-type
  std::vector<ValueRule> DeriveCustom, DeriveCustomStruct, DeriveCustomUnion,
      DeriveCustomEnum;
  std::vector<ValueRule> AttributeCustom, AttributeCustomStruct,
      AttributeCustomUnion, AttributeCustomEnum;
  std::vector<EnumStyleRule> EnumStyles;
  /// --normal-alias, --new-type-alias, --new-type-alias-deref.
  RegexSet NormalAliases, NewTypeAliases, NewTypeDerefAliases;
  /// --bindgen-wrapper-union, --manually-drop-union.
  RegexSet BindgenWrapperUnions, ManuallyDropUnions;

  /// Whether any --allowlist-* was given (even `--allowlist-var ''`, which
  /// matches nothing but still switches to allowlist mode, as the kernel's
  /// helpers rely on).
  bool hasAllowlist() const {
    return !AllowTypes.empty() || !AllowFunctions.empty() ||
           !AllowVars.empty() || !AllowItems.empty() || !AllowFiles.empty();
  }

  static llvm::Expected<CompiledOptions> compile(const Options &Opts);
};

/// The option that gives an enum style (`--rustified-enum`, ...).
const char *enumStyleOptionName(EnumStyle Style);

/// The record or enum a typedef disappears into: `typedef struct {..} T`
/// (T names the anonymous struct) and `typedef struct T T` (same Rust name).
/// Invalid when the typedef is an ordinary alias. Needs RustNames.
ir::ItemId foldedTypedefTarget(const ir::Module &M, const Analysis &A,
                               ir::ItemId TypedefId);

void assignRustNames(const ir::Module &M, const Options &Opts, Analysis &A);
void selectItems(const ir::Module &M, const Options &Opts,
                 const CompiledOptions &Compiled, Analysis &A);
void skipDuplicateNames(const ir::Module &M, Analysis &A);
void chooseEnumStyles(const ir::Module &M, const Options &Opts,
                      const CompiledOptions &Compiled, Analysis &A);
void assignEnumMemberNames(const ir::Module &M, const Options &Opts,
                           Analysis &A);
void computeDerives(const ir::Module &M, const Options &Opts,
                    const CompiledOptions &Compiled, Analysis &A);
void computeEmitOrder(const ir::Module &M, const Options &Opts, Analysis &A);
/// Fills UnusedRegexes: option regexes no name matches (UnusedRegexes.cpp).
void findUnusedRegexes(const ir::Module &M, const CompiledOptions &C,
                       Analysis &A);
/// The form of union R named Name, given whether all its fields are Copy
/// (UnionForms.cpp; computeDerives records it in UnionForms).
UnionForm chooseUnionForm(const Options &Opts, const CompiledOptions &Compiled,
                          const ir::Record &R, llvm::StringRef Name,
                          bool AllFieldsCopy);
/// Fills AliasStyles (AliasStyles.cpp); needs RustNames.
void chooseAliasStyles(const ir::Module &M, const Options &Opts,
                       const CompiledOptions &Compiled, Analysis &A);
/// Fills ConstantCTypes (ConstantTypes.cpp); needs only the IR facts.
void chooseConstantTypes(const ir::Module &M, const Options &Opts, Analysis &A);
/// --override-abi: the extern ABI of every function (FunctionAbis); before
/// selection, which refuses the functions whose ABI rustc refuses.
llvm::Error chooseFunctionAbis(const ir::Module &M, const Options &Opts,
                               Analysis &A);

} // namespace kbindgen::analysis

#endif // KBINDGEN_LIB_ANALYSIS_ANALYSISPASSES_H
