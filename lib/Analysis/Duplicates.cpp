//===- Duplicates.cpp - One emitted item per Rust name and namespace ------===//
//
// Rust has a type namespace (structs, unions, enums, type aliases, modules)
// and a value namespace (functions, statics, constants). Two emitted items
// with one name in one namespace do not compile, so the first (in
// declaration order) wins and the later ones are skipped. `struct stat` and
// the function `stat` live in different namespaces and both stay.
// (Enumerator constants are not checked: C forbids most clashes there.)
//
//===----------------------------------------------------------------------===//

#include "AnalysisPasses.h"

#include "llvm/ADT/StringMap.h"

namespace kbindgen::analysis {

static bool inTypeNamespace(ir::ItemKind Kind) {
  return Kind == ir::ItemKind::Record || Kind == ir::ItemKind::Enum ||
         Kind == ir::ItemKind::Typedef;
}

void skipDuplicateNames(const ir::Module &M, Analysis &A) {
  llvm::StringMap<uint32_t> TypeNames, ValueNames;
  for (uint32_t I = 0; I < M.Items.size(); ++I) {
    if (!A.isEmitted(ir::ItemId{I}))
      continue;
    llvm::StringMap<uint32_t> &Names =
        inTypeNamespace(M.Items[I].kind()) ? TypeNames : ValueNames;
    auto [It, Inserted] = Names.try_emplace(A.RustNames[I], I);
    if (Inserted)
      continue;
    const ir::Item &First = M.Items[It->second];
    A.Decisions[I] = {Disposition::Skipped,
                      "duplicate Rust name " + A.RustNames[I] +
                          " (first declared at " + M.fileName(First.Loc) + ":" +
                          std::to_string(First.Loc.Line) + ")",
                      ir::ItemId()};
  }
}

} // namespace kbindgen::analysis
