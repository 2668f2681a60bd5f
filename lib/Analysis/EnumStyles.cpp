//===- EnumStyles.cpp - Which Rust shape each enum takes ------------------===//
//
// The first --*-enum regex (in command-line order) that matches the enum's
// Rust name wins; an unnamed enum is also matched through its variants, as
// bindgen does. Otherwise the default style applies.
//
//===----------------------------------------------------------------------===//

#include "AnalysisPasses.h"

namespace kbindgen::analysis {

static bool ruleMatches(const EnumStyleRule &Rule, const ir::Module &M,
                        const Analysis &A, uint32_t Index) {
  if (Rule.Regex.matches(A.RustNames[Index]))
    return true;
  const ir::Item &It = M.Items[Index];
  if (!It.isAnonymous() || It.NamingTypedef.isValid())
    return false;
  for (const ir::Enumerator &Variant : It.as<ir::Enum>().Enumerators)
    if (Rule.Regex.matches(Variant.Name))
      return true;
  return false;
}

void chooseEnumStyles(const ir::Module &M, const Options &Opts,
                      const CompiledOptions &Compiled, Analysis &A) {
  A.EnumStyles.assign(M.Items.size(), Opts.DefaultEnumStyle);
  for (uint32_t I = 0; I < M.Items.size(); ++I) {
    if (M.Items[I].kind() != ir::ItemKind::Enum)
      continue;
    for (const EnumStyleRule &Rule : Compiled.EnumStyles) {
      if (ruleMatches(Rule, M, A, I)) {
        A.EnumStyles[I] = Rule.Style;
        break;
      }
    }
  }
}

} // namespace kbindgen::analysis
