//===- NameSuggestion.cpp - "did you mean ..." for unknown names ----------===//

#include "kbindgen/Inspect/NameSuggestion.h"

#include <algorithm>

namespace kbindgen {

NameSuggestion::NameSuggestion(llvm::StringRef Wanted)
    : Wanted(Wanted.str()),
      Limit(std::max<unsigned>(2, static_cast<unsigned>(Wanted.size() / 4))),
      BestDistance(Limit + 1) {}

void NameSuggestion::consider(llvm::StringRef Candidate) {
  if (Candidate.empty() || Candidate == Wanted)
    return;
  // Bounded: a candidate further than the best so far costs little.
  unsigned Distance = llvm::StringRef(Wanted).edit_distance(
      Candidate, /*AllowReplacements=*/true, BestDistance - 1);
  if (Distance < BestDistance) {
    BestDistance = Distance;
    Best = Candidate.str();
  }
}

std::string NameSuggestion::didYouMean() const {
  if (Best.empty())
    return "";
  return "; did you mean '" + Best + "'?";
}

} // namespace kbindgen
