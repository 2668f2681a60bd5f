//===- FuzzRegex.cpp - libFuzzer target: the regex translator -------------===//
//
// Input: lines. The first lines up to an empty line are regexes (as a user
// writes them after --allowlist-type), the rest are names to match. Checks,
// beyond "no crash": a list matches a name exactly when one of its regexes
// does (the combined alternation and the prefix shortcuts agree with the
// regexes alone), and every match is a whole-name match.
//
//===----------------------------------------------------------------------===//

#include "FuzzInput.h"

#include "kbindgen/Analysis/Regex.h"

#include "llvm/Support/Error.h"
#include "llvm/Support/Regex.h"

#include <cstdio>
#include <cstdlib>

using namespace kbindgen;

namespace {

[[noreturn]] void mismatch(const char *What, const std::string &Name) {
  std::fprintf(stderr, "regex fuzzer: %s for name '%s'\n", What, Name.c_str());
  std::abort();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  if (Size > 4096)
    return -1;
  std::vector<std::string> Lines = fuzz::splitLines(fuzz::asText(Data, Size));
  std::vector<std::string> Patterns, Names;
  bool InNames = false;
  for (std::string &Line : Lines) {
    if (!InNames && Line.empty()) {
      InNames = true;
      continue;
    }
    (InNames ? Names : Patterns).push_back(std::move(Line));
  }
  // llvm::Regex is a backtracking matcher: bound the work per input.
  if (Patterns.size() > 8 || Names.size() > 16)
    return -1;
  (void)analysis::translateRustRegex(fuzz::asText(Data, Size));

  std::vector<analysis::AnchoredRegex> Singles;
  for (const std::string &Pattern : Patterns) {
    auto One = analysis::AnchoredRegex::compile(Pattern, "--fuzz");
    if (!One) {
      llvm::consumeError(One.takeError());
      continue;
    }
    Singles.push_back(std::move(*One));
  }
  auto Set = analysis::RegexSet::compile(Patterns, "--fuzz");
  if (!Set) {
    llvm::consumeError(Set.takeError());
    return 0;
  }
  if (Singles.size() != Patterns.size())
    mismatch("the list compiled though one of its regexes did not", "");

  for (const std::string &Name : Names) {
    bool AnyAlone = false;
    for (const analysis::AnchoredRegex &One : Singles) {
      if (!One.matches(Name))
        continue;
      AnyAlone = true;
      // An independent check of the whole-name rule: the pattern as
      // llvm::Regex sees it must span the name from start to end.
      llvm::Regex Plain("^(" + analysis::translateRustRegex(One.pattern()) +
                        ")$");
      llvm::SmallVector<llvm::StringRef, 4> Groups;
      if (!Plain.match(Name, &Groups) || Groups.empty() ||
          Groups[0].size() != Name.size())
        mismatch("a regex matched only part of the name", Name);
    }
    if (Set->matches(Name) != AnyAlone)
      mismatch("the list and its regexes alone disagree", Name);
    if (Set->firstMatch(Name).has_value() != AnyAlone)
      mismatch("firstMatch disagrees with matches", Name);
  }
  return 0;
}
