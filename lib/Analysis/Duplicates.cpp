//===- Duplicates.cpp - One emitted item per Rust name and namespace ------===//
//
// Rust has a type namespace (structs, unions, enums, type aliases, modules)
// and a value namespace (functions, statics, constants). Two emitted items
// with one name in one namespace do not compile, so the first (in
// declaration order) wins and the later ones are skipped. `struct stat` and
// the function `stat` live in different namespaces and both stay.
// Enumerator constants that become top-level constants are registered first
// and always win: `enum { BUS_ADRALN = 1 }; #define BUS_ADRALN BUS_ADRALN`
// keeps the enumerator and skips the macro's constant. Declarations come
// next, macro constants last (bindgen emits both, which does not compile).
// The kernel's rust/Makefile renames `RUST_CONST_HELPER_X` to `X` after
// generation (its helper constants stand in for macros bindgen could not
// evaluate); since we evaluate `X` itself, `X` yields to the helper.
//
//===----------------------------------------------------------------------===//

#include "AnalysisPasses.h"

#include "llvm/ADT/StringMap.h"

namespace kbindgen::analysis {

static bool inTypeNamespace(ir::ItemKind Kind) {
  return Kind == ir::ItemKind::Record || Kind == ir::ItemKind::Enum ||
         Kind == ir::ItemKind::Typedef;
}

/// The top-level constants an enum's variants become under its style.
static void registerEnumConstants(const ir::Module &M, const Analysis &A,
                                  uint32_t Index,
                                  llvm::StringMap<uint32_t> &ValueNames) {
  const ir::Item &It = M.Items[Index];
  EnumStyle Style = A.EnumStyles[Index];
  if (Style == EnumStyle::Consts || Style == EnumStyle::NewTypeGlobal) {
    for (const std::string &Name : A.MemberNames[Index])
      ValueNames.try_emplace(Name, Index);
    return;
  }
  // Unnamed enums in the other scoped styles also export each variant.
  if (Style == EnumStyle::ModuleConsts || !It.isAnonymous() ||
      It.NamingTypedef.isValid())
    return;
  for (const std::string &Name : A.AnonymousEnumConstNames[Index])
    ValueNames.try_emplace(Name, Index);
}

/// The name the kernel's sed gives a `RUST_CONST_HELPER_` constant.
static constexpr llvm::StringLiteral KernelConstHelperPrefix =
    "RUST_CONST_HELPER_";

static void registerKernelConstHelpers(const ir::Module &M, const Analysis &A,
                                       llvm::StringMap<uint32_t> &ValueNames) {
  for (uint32_t I = 0; I < M.Items.size(); ++I) {
    llvm::StringRef Name = A.RustNames[I];
    if (M.Items[I].kind() == ir::ItemKind::Constant &&
        Name.consume_front(KernelConstHelperPrefix) && !Name.empty() &&
        A.isEmitted(ir::ItemId{I}))
      ValueNames.try_emplace(Name, I);
  }
}

static bool isMacroConstant(const ir::Item &It) {
  const ir::Constant *C = It.getIf<ir::Constant>();
  return C && C->Origin == ir::ConstantOrigin::Macro;
}

void skipDuplicateNames(const ir::Module &M, Analysis &A) {
  llvm::StringMap<uint32_t> TypeNames, ValueNames;
  for (uint32_t I = 0; I < M.Items.size(); ++I)
    if (M.Items[I].kind() == ir::ItemKind::Enum && A.isEmitted(ir::ItemId{I}))
      registerEnumConstants(M, A, I, ValueNames);
  registerKernelConstHelpers(M, A, ValueNames);
  auto Claim = [&](uint32_t I) {
    llvm::StringMap<uint32_t> &Names =
        inTypeNamespace(M.Items[I].kind()) ? TypeNames : ValueNames;
    auto [It, Inserted] = Names.try_emplace(A.RustNames[I], I);
    if (Inserted)
      return;
    const ir::Item &First = M.Items[It->second];
    std::string Reason = A.RustNames[It->second] == A.RustNames[I]
                             ? "duplicate Rust name " + A.RustNames[I]
                             : "the kernel renames " + A.RustNames[It->second] +
                                   " to " + A.RustNames[I];
    A.Decisions[I] = {Disposition::Skipped,
                      Reason + " (first declared at " + M.fileName(First.Loc) +
                          ":" + std::to_string(First.Loc.Line) + ")",
                      ir::ItemId()};
  };
  // Declarations first, then macro constants: a macro that shares a
  // function's or variable's name is the one to drop, wherever the IR puts
  // macros.
  for (bool Macros : {false, true})
    for (uint32_t I = 0; I < M.Items.size(); ++I)
      if (A.isEmitted(ir::ItemId{I}) && isMacroConstant(M.Items[I]) == Macros)
        Claim(I);
}

} // namespace kbindgen::analysis
