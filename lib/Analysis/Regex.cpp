//===- Regex.cpp - The one compiler of user regexes -----------------------===//

#include "kbindgen/Analysis/Regex.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FormatVariadic.h"

namespace kbindgen::analysis {

std::string translateRustRegex(llvm::StringRef Pattern) {
  std::string Out;
  Out.reserve(Pattern.size());
  bool InBracket = false;
  for (size_t I = 0; I < Pattern.size(); ++I) {
    char C = Pattern[I];
    if (InBracket) {
      Out += C;
      // A `]` right after `[` or `[^` is a literal member, not the end.
      if (C == ']' && !(Out.size() >= 2 && Out[Out.size() - 2] == '[') &&
          !(Out.size() >= 3 && Out[Out.size() - 2] == '^' &&
            Out[Out.size() - 3] == '['))
        InBracket = false;
      continue;
    }
    if (C == '[') {
      InBracket = true;
      Out += C;
      continue;
    }
    if (C == '(' && Pattern.substr(I).starts_with("(?:")) {
      Out += '(';
      I += 2;
      continue;
    }
    if (C == '\\' && I + 1 < Pattern.size()) {
      char Next = Pattern[I + 1];
      const char *Class = nullptr;
      switch (Next) {
      case 'd':
        Class = "[0-9]";
        break;
      case 'w':
        Class = "[A-Za-z0-9_]";
        break;
      case 's':
        Class = "[[:space:]]";
        break;
      default:
        break;
      }
      if (Class) {
        Out += Class;
      } else {
        Out += C;
        Out += Next;
      }
      ++I;
      continue;
    }
    Out += C;
  }
  return Out;
}

static llvm::Error invalidRegex(llvm::StringRef Where, llvm::StringRef Pattern,
                                llvm::StringRef Why) {
  return llvm::createStringError(
      llvm::inconvertibleErrorCode(),
      llvm::formatv("invalid regex in {0} '{1}': {2}", Where, Pattern, Why)
          .str());
}

static bool isEreMeta(char C) {
  return llvm::StringRef(".[]()*+?{}|^$\\").contains(C);
}

/// The literal text every match of an ERE must start with: the characters
/// before the first metacharacter, minus the last one if a quantifier makes
/// it optional. Empty when the pattern has an alternation anywhere (a
/// conservative answer: the regex then always runs).
static std::string requiredPrefixOf(llvm::StringRef Ere) {
  if (Ere.contains('|'))
    return "";
  size_t End = 0;
  while (End < Ere.size() && !isEreMeta(Ere[End]))
    ++End;
  if (End < Ere.size() && End > 0 &&
      (Ere[End] == '*' || Ere[End] == '?' || Ere[End] == '{'))
    --End;
  return Ere.substr(0, End).str();
}

llvm::Expected<AnchoredRegex> AnchoredRegex::compile(llvm::StringRef Pattern,
                                                     llvm::StringRef Where) {
  AnchoredRegex Result;
  Result.Pattern = Pattern.str();
  std::string Ere = translateRustRegex(Pattern);
  // Checked alone first: wrapped, `a)|(b` would be valid and match every
  // name that starts with `a` (found by test/libfuzzer's regex target).
  // The empty regex is fine (it matches the empty name) though regcomp
  // refuses an empty pattern.
  std::string Why;
  if (!Ere.empty() && !llvm::Regex(Ere).isValid(Why))
    return invalidRegex(Where, Pattern, Why);
  Result.Compiled = std::make_shared<llvm::Regex>("^(" + Ere + ")$");
  if (!Result.Compiled->isValid(Why))
    return invalidRegex(Where, Pattern, Why);
  if (Ere == ".*") {
    Result.Shape = MatchAll;
  } else if (llvm::none_of(Ere, isEreMeta)) {
    Result.Shape = Literal;
    Result.Prefix = Ere;
  } else {
    Result.Prefix = requiredPrefixOf(Ere);
  }
  return Result;
}

bool AnchoredRegex::matches(llvm::StringRef Name) const {
  switch (Shape) {
  case MatchAll:
    return true;
  case Literal:
    return Name == Prefix;
  case General:
    return Name.starts_with(Prefix) && Compiled && Compiled->match(Name);
  }
  return false;
}

llvm::Expected<RegexSet> RegexSet::compile(llvm::ArrayRef<std::string> Patterns,
                                           llvm::StringRef OptionName) {
  RegexSet Set;
  Set.OptionName = OptionName.str();
  Set.Patterns.assign(Patterns.begin(), Patterns.end());
  if (Patterns.empty())
    return Set;
  // Each regex is checked alone first so that the error names the culprit,
  // and so that an unbalanced `)` cannot leak into its neighbours.
  std::string Alternation = "^(";
  for (size_t I = 0; I < Patterns.size(); ++I) {
    llvm::Expected<AnchoredRegex> One =
        AnchoredRegex::compile(Patterns[I], OptionName);
    if (!One)
      return One.takeError();
    if (One->matchesEverything()) {
      Set.MatchesEverything = true;
    } else if (One->isLiteral()) {
      Set.Literals.insert(One->requiredPrefix());
    } else {
      if (!Set.GeneralPrefixes.empty())
        Alternation += '|';
      Alternation += '(' + translateRustRegex(Patterns[I]) + ')';
      Set.GeneralPrefixes.push_back(One->requiredPrefix());
    }
    Set.Individual.push_back(std::move(*One));
  }
  Alternation += ")$";
  if (Set.GeneralPrefixes.empty())
    return Set;
  Set.Combined = std::make_shared<llvm::Regex>(Alternation);
  std::string Why;
  if (!Set.Combined->isValid(Why))
    return invalidRegex(OptionName, llvm::join(Patterns, "|"), Why);
  return Set;
}

bool RegexSet::matches(llvm::StringRef Name) const {
  if (MatchesEverything || Literals.contains(Name))
    return true;
  if (!Combined)
    return false;
  bool PrefixFits = llvm::any_of(GeneralPrefixes, [&](const std::string &P) {
    return Name.starts_with(P);
  });
  return PrefixFits && Combined->match(Name);
}

std::optional<std::string> RegexSet::firstMatch(llvm::StringRef Name) const {
  if (!matches(Name))
    return std::nullopt;
  for (const AnchoredRegex &One : Individual)
    if (One.matches(Name))
      return One.pattern();
  return std::nullopt;
}

} // namespace kbindgen::analysis
