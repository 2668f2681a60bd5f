//===- FrontendTestSupport.h - Helpers for the frontend unit tests -*- C++
//-*-===//

#ifndef KBINDGEN_TEST_UNIT_FRONTENDTESTSUPPORT_H
#define KBINDGEN_TEST_UNIT_FRONTENDTESTSUPPORT_H

#include "kbindgen/Frontend/Frontend.h"
#include "kbindgen/IR/IR.h"

#include <catch2/catch.hpp>

#include <string>
#include <vector>

namespace kbindgen::test {

/// Parses Input; fails the test on an error.
inline ir::Module parseInput(const FrontendInput &Input) {
  std::string Diagnostics;
  llvm::raw_string_ostream Diags(Diagnostics);
  llvm::Expected<ir::Module> M = parseHeader(Input, Diags);
  if (!M) {
    INFO(Diagnostics);
    FAIL(llvm::toString(M.takeError()));
  }
  return std::move(*M);
}

/// Parses Contents as an in-memory header; fails the test on an error.
inline ir::Module parseSource(const std::string &Contents,
                              std::vector<std::string> Args = {},
                              std::string Path = "frontend_test.h") {
  FrontendInput Input;
  Input.Path = std::move(Path);
  Input.Contents = Contents;
  Input.UseContents = true;
  Input.ClangArgs = std::move(Args);
  return parseInput(Input);
}

/// The only item named Name of kind Kind; fails the test otherwise.
inline const ir::Item &itemNamed(const ir::Module &M, const std::string &Name,
                                 ir::ItemKind Kind) {
  const ir::Item *Found = nullptr;
  for (const ir::Item &Item : M.Items) {
    if (Item.Name != Name || Item.kind() != Kind)
      continue;
    INFO("item " << Name << " appears twice");
    REQUIRE(Found == nullptr);
    Found = &Item;
  }
  INFO("no item " << Name);
  REQUIRE(Found != nullptr);
  return *Found;
}

inline ir::ItemId idOf(const ir::Module &M, const ir::Item &Item) {
  return ir::ItemId{static_cast<uint32_t>(&Item - M.Items.data())};
}

inline const ir::Record &recordNamed(const ir::Module &M,
                                     const std::string &Name) {
  return itemNamed(M, Name, ir::ItemKind::Record).as<ir::Record>();
}

inline const ir::Field &fieldNamed(const ir::Record &R,
                                   const std::string &Name) {
  for (const ir::Field &F : R.Fields)
    if (F.Name == Name)
      return F;
  FAIL("no field " << Name);
  return R.Fields.front();
}

inline const ir::Constant &constantNamed(const ir::Module &M,
                                         const std::string &Name) {
  return itemNamed(M, Name, ir::ItemKind::Constant).as<ir::Constant>();
}

inline const ir::SkippedMacro *skippedMacro(const ir::Module &M,
                                            const std::string &Name) {
  for (const ir::SkippedMacro &Skipped : M.SkippedMacros)
    if (Skipped.Name == Name)
      return &Skipped;
  return nullptr;
}

/// The item a Named type refers to.
inline const ir::Item &namedItem(const ir::Module &M, ir::TypeId Type) {
  const ir::Type &T = M.type(Type);
  REQUIRE(T.Kind == ir::TypeKind::Named);
  return M.item(T.Item);
}

inline bool hasItem(const ir::Module &M, const std::string &Name) {
  for (const ir::Item &Item : M.Items)
    if (Item.Name == Name)
      return true;
  return false;
}

} // namespace kbindgen::test

#endif // KBINDGEN_TEST_UNIT_FRONTENDTESTSUPPORT_H
