//===- FuzzMacroLiterals.cpp - libFuzzer target: macro literal parser -----===//
//
// Input: a macro body as text. It is cut into tokens the way libclang would
// hand them over (literals, identifiers, punctuation; never an empty one)
// and given to the literal parser and the constant-expression screen.
// Checks, beyond "no crash" and UBSan: a parsed value is self-consistent.
//
//===----------------------------------------------------------------------===//

#include "FuzzInput.h"

#include "Macros/MacroLiterals.h"

#include "llvm/ADT/StringExtras.h"

#include <cstdio>
#include <cstdlib>

using namespace kbindgen;
using frontend::MacroToken;

namespace {

bool isIdentifierChar(char C) { return llvm::isAlnum(C) || C == '_'; }

/// Cuts Text into tokens: a quoted literal runs to its closing quote (a
/// backslash escapes the next character), a number or identifier runs over
/// identifier characters (and `.`, `'` and exponent signs for numbers),
/// anything else is one punctuation character.
std::vector<MacroToken> tokenize(llvm::StringRef Text) {
  std::vector<MacroToken> Tokens;
  size_t I = 0;
  while (I < Text.size()) {
    char C = Text[I];
    if (llvm::isSpace(C)) {
      ++I;
      continue;
    }
    size_t Start = I;
    CXTokenKind Kind = CXToken_Punctuation;
    bool Prefixed = (C == 'L' || C == 'u' || C == 'U') && I + 1 < Text.size() &&
                    (Text[I + 1] == '"' || Text[I + 1] == '\'');
    if (C == '"' || C == '\'' || Prefixed) {
      Kind = CXToken_Literal;
      if (Prefixed)
        ++I;
      char Quote = Text[I++];
      while (I < Text.size() && Text[I] != Quote)
        I += Text[I] == '\\' ? 2 : 1;
      I = std::min(I + 1, Text.size());
    } else if (llvm::isDigit(C) || (C == '.' && I + 1 < Text.size() &&
                                    llvm::isDigit(Text[I + 1]))) {
      Kind = CXToken_Literal;
      while (I < Text.size() &&
             (isIdentifierChar(Text[I]) || Text[I] == '.' || Text[I] == '\'' ||
              ((Text[I] == '+' || Text[I] == '-') &&
               llvm::StringRef("eEpP").contains(Text[I - 1]))))
        ++I;
    } else if (isIdentifierChar(C)) {
      Kind = CXToken_Identifier;
      while (I < Text.size() && isIdentifierChar(Text[I]))
        ++I;
    } else {
      ++I;
    }
    Tokens.push_back({Kind, Text.slice(Start, I).str()});
  }
  return Tokens;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  if (Size > 4096)
    return -1;
  std::vector<MacroToken> Body = tokenize(fuzz::asText(Data, Size));
  (void)frontend::mayBeConstantExpression(Body);
  std::optional<ir::Constant> Value = frontend::parseLiteralMacro(Body);
  if (!Value)
    return 0;
  if (Value->Kind == ir::ConstantKind::Char && Value->IntegerBits > 255) {
    std::fprintf(stderr, "macro literal fuzzer: a char constant above 255\n");
    std::abort();
  }
  if (Value->Kind == ir::ConstantKind::Integer && Value->IsNegative &&
      Value->IntegerBits == 0) {
    std::fprintf(stderr, "macro literal fuzzer: a negative zero integer\n");
    std::abort();
  }
  return 0;
}
