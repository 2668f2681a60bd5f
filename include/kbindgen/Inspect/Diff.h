//===- Diff.h - What changed between two IRs -----------------*- C++ -*-===//
//
// `kbindgen diff OLD NEW`: items are matched by kind and C name (anonymous
// ones by their Rust name), never by id, and only items the bindings emit
// count. Every difference is one Change, classified as breaking (code
// built against OLD misbehaves with NEW: a size, offset, type, value or
// signature changed, something was removed) or compatible (something was
// added and nothing moved).
//
//===----------------------------------------------------------------------===//

#ifndef KBINDGEN_INSPECT_DIFF_H
#define KBINDGEN_INSPECT_DIFF_H

#include "kbindgen/Serialization/IRReader.h"

#include "llvm/Support/raw_ostream.h"

#include <string>
#include <vector>

namespace kbindgen {

enum class ChangeAction : uint8_t { Added, Removed, Changed };

struct Change {
  ChangeAction Action = ChangeAction::Changed;
  bool Breaking = false;
  /// `struct ethtool_cmd`, `function ethtool_op_get_link`, `constant FOO`.
  std::string Item;
  /// What changed (`field speed: offset 4 -> 8 bytes`); for Added/Removed
  /// the item's shape (a signature, a size).
  std::string Detail;
};

struct IRDiff {
  std::vector<Change> Changes;
  size_t ItemsAdded = 0, ItemsRemoved = 0, ItemsChanged = 0;

  bool breaking() const;
};

/// The process exit code of `kbindgen diff` when the IRs differ in a
/// breaking way (0 otherwise; 1 is bad input).
constexpr int DiffBreakingExitCode = 3;

IRDiff diffModules(const AnalysedModule &Old, const AnalysedModule &New);

/// A type as diff compares it: built from the IR, not from clang's
/// spelling, so that anonymous types and file paths do not show as changes.
std::string diffTypeName(const AnalysedModule &IR, ir::TypeId Id);

void printDiff(const IRDiff &Diff, llvm::raw_ostream &OS);
void printDiffJson(const IRDiff &Diff, llvm::raw_ostream &OS);

} // namespace kbindgen

#endif // KBINDGEN_INSPECT_DIFF_H
