//===- NameSuggestion.h - "did you mean ..." for unknown names -*- C++ -*-===//
//
// explain and layout answer a name that matches nothing with the closest
// name the header has, when one is close enough to be a typo.
//
//===----------------------------------------------------------------------===//

#ifndef KBINDGEN_INSPECT_NAMESUGGESTION_H
#define KBINDGEN_INSPECT_NAMESUGGESTION_H

#include "llvm/ADT/StringRef.h"

#include <string>

namespace kbindgen {

/// Collects candidates and keeps the one closest to Wanted by edit
/// distance; the first of equally close ones wins, so the answer follows
/// the order candidates are offered in.
class NameSuggestion {
public:
  explicit NameSuggestion(llvm::StringRef Wanted);
  void consider(llvm::StringRef Candidate);
  /// The closest candidate, or empty when none is within a typo's reach
  /// (2 edits, or a quarter of the name's length when that is more).
  llvm::StringRef best() const { return Best; }
  /// "; did you mean 'NAME'?", or empty.
  std::string didYouMean() const;

private:
  std::string Wanted;
  std::string Best;
  unsigned Limit;
  unsigned BestDistance;
};

} // namespace kbindgen

#endif // KBINDGEN_INSPECT_NAMESUGGESTION_H
