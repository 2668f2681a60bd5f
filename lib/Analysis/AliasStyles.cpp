//===- AliasStyles.cpp - How each typedef is written ----------------------===//
//
// bindgen's precedence, not command-line order: --normal-alias, then
// --new-type-alias, then --new-type-alias-deref, then
// --default-alias-style. A typedef that disappears into its record or enum
// (`typedef struct {..} T`) has no alias to style.
//
//===----------------------------------------------------------------------===//

#include "AnalysisPasses.h"

namespace kbindgen::analysis {

void chooseAliasStyles(const ir::Module &M, const Options &Opts,
                       const CompiledOptions &Compiled, Analysis &A) {
  A.AliasStyles.assign(M.Items.size(), AliasStyle::TypeAlias);
  for (uint32_t I = 0; I < M.Items.size(); ++I) {
    if (M.Items[I].kind() != ir::ItemKind::Typedef)
      continue;
    const std::string &Name = A.RustNames[I];
    AliasStyle &Style = A.AliasStyles[I];
    if (Compiled.NormalAliases.matches(Name))
      Style = AliasStyle::TypeAlias;
    else if (Compiled.NewTypeAliases.matches(Name))
      Style = AliasStyle::NewType;
    else if (Compiled.NewTypeDerefAliases.matches(Name))
      Style = AliasStyle::NewTypeDeref;
    else
      Style = Opts.DefaultAliasStyle;
  }
}

} // namespace kbindgen::analysis
