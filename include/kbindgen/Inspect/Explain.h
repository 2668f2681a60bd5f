//===- Explain.h - Why an item is (not) in the bindings ---------*- C++ -*-===//
//
// `kbindgen explain ITEM...`: for each item its disposition (emitted, opaque,
// blocked, not selected, skipped), the rule behind it and, for an item
// pulled in through an allowlist, the chain of references from the
// allowlisted root, naming the field, parameter or typedef of each link.
//
//===----------------------------------------------------------------------===//

#ifndef KBINDGEN_INSPECT_EXPLAIN_H
#define KBINDGEN_INSPECT_EXPLAIN_H

#include "kbindgen/Serialization/IRReader.h"

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/raw_ostream.h"

#include <string>
#include <vector>

namespace kbindgen {

/// One step of a chain: Item, reached from the previous step through Via
/// (`field mdio`, `parameter dev`, ...; empty for the root).
struct ChainLink {
  ir::ItemId Item;
  std::string Via;
};

/// What explain says about one item.
struct ItemExplanation {
  ir::ItemId Item;
  /// Root first, Item last; only Item itself when it was not reached
  /// through another item.
  std::vector<ChainLink> Chain;
  /// Set when the query named a variant of this enum.
  std::string Variant;
};

/// Everything that answers to one name: items (a struct and a function may
/// share a C name) and object-like macros that did not become constants.
struct Explanation {
  std::string Query;
  std::vector<ItemExplanation> Items;
  std::vector<const ir::SkippedMacro *> SkippedMacros;
  /// When nothing answers: the closest name that would, or empty.
  std::string Suggestion;

  bool empty() const { return Items.empty() && SkippedMacros.empty(); }
};

/// Finds the items Query names: a C name (`phy_device`), a tagged C name
/// (`struct phy_device`) or a Rust name (`phy_device__bindgen_ty_1`).
Explanation explainItem(const AnalysedModule &IR, llvm::StringRef Query);

/// `struct phy_device`, `function phy_start`, `macro FOO`...: how explain
/// names an item (anonymous ones by their Rust name).
std::string describeItem(const AnalysedModule &IR, ir::ItemId Id);

/// The human-readable answer (see docs/inspect.md).
void printExplanation(const AnalysedModule &IR, const Explanation &E,
                      llvm::raw_ostream &OS);
/// The answers for all queries as one JSON document.
void printExplanationsJson(const AnalysedModule &IR,
                           const std::vector<Explanation> &Explanations,
                           llvm::raw_ostream &OS);

} // namespace kbindgen

#endif // KBINDGEN_INSPECT_EXPLAIN_H
