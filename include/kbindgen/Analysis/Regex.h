//===- Regex.h - The one compiler of user regexes ---------------*- C++ -*-===//
//
// Every regex a user writes (the --allowlist-*, --blocklist-*, --opaque-type,
// --no-*, --with-*-custom and enum-style options, --safe-allowlist, and the
// safe rules file's "match" patterns) is compiled here, so all of them speak
// one dialect:
//
//   - bindgen's Rust-regex spellings users write most (`(?:`, `\d`, `\w`,
//     `\s`) are translated to the POSIX ERE llvm::Regex runs;
//   - the regex matches the whole name, as bindgen's `^(?:RE)$` does;
//   - a bad regex fails with "invalid regex in WHERE 'RE': why", WHERE being
//     the option or the place in a file that gave it.
//
// A list is compiled once into one anchored alternation, so an item costs one
// match per list, however many regexes the list holds.
//
//===----------------------------------------------------------------------===//

#ifndef KBINDGEN_ANALYSIS_REGEX_H
#define KBINDGEN_ANALYSIS_REGEX_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/Regex.h"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace kbindgen::analysis {

/// Rewrites the Rust-regex spellings option writers use most (`(?:`, `\d`,
/// `\w`, `\s`) into POSIX ERE, outside bracket expressions.
std::string translateRustRegex(llvm::StringRef Pattern);

/// One compiled, anchored regex (for lists whose entries carry values).
/// llvm::Regex costs microseconds per match, so the shapes options use most
/// take a shortcut: `.*` matches everything, a plain name is a string
/// compare, and a regex with a literal prefix (`rust_helper_.*`) is only run
/// on names with that prefix.
class AnchoredRegex {
public:
  /// Fails with "invalid regex in WHERE 'RE': why". Where names the option
  /// (`--allowlist-type`) or the place in a file
  /// (`rules.json: int_return_patterns[0].match`).
  static llvm::Expected<AnchoredRegex> compile(llvm::StringRef Pattern,
                                               llvm::StringRef Where);
  bool matches(llvm::StringRef Name) const;
  const std::string &pattern() const { return Pattern; }

  bool matchesEverything() const { return Shape == MatchAll; }
  bool isLiteral() const { return Shape == Literal; }
  /// The literal every match starts with (the whole name for a literal).
  const std::string &requiredPrefix() const { return Prefix; }

private:
  enum ShapeKind : uint8_t { MatchAll, Literal, General };
  std::string Pattern;
  ShapeKind Shape = General;
  std::string Prefix;
  std::shared_ptr<llvm::Regex> Compiled;
};

/// The regexes of one command-line list, matched as one.
class RegexSet {
public:
  RegexSet() = default;
  /// Fails as AnchoredRegex::compile does, naming the first bad regex.
  static llvm::Expected<RegexSet> compile(llvm::ArrayRef<std::string> Patterns,
                                          llvm::StringRef OptionName);

  bool empty() const { return Patterns.empty(); }
  const std::string &optionName() const { return OptionName; }
  /// Whether any regex of the list matches the whole of Name.
  bool matches(llvm::StringRef Name) const;
  /// The first regex (as written) that matches Name, for messages.
  std::optional<std::string> firstMatch(llvm::StringRef Name) const;
  /// Each regex of the list alone, in command-line order.
  const std::vector<AnchoredRegex> &regexes() const { return Individual; }

private:
  std::string OptionName;
  std::vector<std::string> Patterns;
  bool MatchesEverything = false;
  llvm::StringSet<> Literals;
  /// The non-literal regexes, as one anchored alternation, and their
  /// required prefixes: the alternation only runs when a prefix fits.
  std::shared_ptr<llvm::Regex> Combined;
  std::vector<std::string> GeneralPrefixes;
  /// Each regex alone; only consulted to explain a match.
  std::vector<AnchoredRegex> Individual;
};

} // namespace kbindgen::analysis

#endif // KBINDGEN_ANALYSIS_REGEX_H
