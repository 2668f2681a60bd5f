//===- MacroLiterals.cpp - Macros that are a single literal ---------------===//
//
// The fast path: most constant macros are one literal, maybe negated or in
// parentheses. Anything less plain is left to clang (MacroEvaluator.cpp).
//
//===----------------------------------------------------------------------===//

#include "Macros/MacroLiterals.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSwitch.h"

using namespace kbindgen;
using namespace kbindgen::frontend;

namespace {

bool isPunct(const MacroToken &Token, llvm::StringRef Text) {
  return Token.Kind == CXToken_Punctuation && Token.Text == Text;
}

/// Whether the first token is a `(` closed by the last token.
bool isWrappedInParens(llvm::ArrayRef<MacroToken> Body) {
  if (Body.size() < 2 || !isPunct(Body.front(), "(") ||
      !isPunct(Body.back(), ")"))
    return false;
  int Depth = 0;
  for (size_t I = 0; I < Body.size(); ++I) {
    if (isPunct(Body[I], "("))
      ++Depth;
    else if (isPunct(Body[I], ")") && --Depth == 0)
      return I == Body.size() - 1;
  }
  return false;
}

llvm::ArrayRef<MacroToken> stripParens(llvm::ArrayRef<MacroToken> Body) {
  while (isWrappedInParens(Body))
    Body = Body.drop_front().drop_back();
  return Body;
}

/// Decodes the escapes of a narrow character or string literal's inside.
std::optional<std::string> decodeEscapes(llvm::StringRef Inside) {
  std::string Bytes;
  while (!Inside.empty()) {
    char C = Inside.front();
    Inside = Inside.drop_front();
    if (C != '\\') {
      Bytes += C;
      continue;
    }
    if (Inside.empty())
      return std::nullopt;
    char Escape = Inside.front();
    Inside = Inside.drop_front();
    switch (Escape) {
    case 'n':
      Bytes += '\n';
      break;
    case 't':
      Bytes += '\t';
      break;
    case 'r':
      Bytes += '\r';
      break;
    case 'a':
      Bytes += '\a';
      break;
    case 'b':
      Bytes += '\b';
      break;
    case 'f':
      Bytes += '\f';
      break;
    case 'v':
      Bytes += '\v';
      break;
    case 'e':
      Bytes += '\x1b';
      break;
    case '\\':
    case '\'':
    case '"':
    case '?':
      Bytes += Escape;
      break;
    case 'x': {
      size_t Digits = 0;
      unsigned Value = 0;
      while (Digits < Inside.size() && llvm::isHexDigit(Inside[Digits])) {
        Value = Value * 16 + llvm::hexDigitValue(Inside[Digits]);
        if (Value > 0xff)
          return std::nullopt;
        ++Digits;
      }
      if (Digits == 0)
        return std::nullopt;
      Inside = Inside.drop_front(Digits);
      Bytes += static_cast<char>(Value);
      break;
    }
    default: {
      if (Escape < '0' || Escape > '7')
        return std::nullopt; // \u, \U and unknown escapes: leave to clang.
      unsigned Value = Escape - '0';
      for (int I = 0; I < 2 && !Inside.empty() && Inside.front() >= '0' &&
                      Inside.front() <= '7';
           ++I) {
        Value = Value * 8 + (Inside.front() - '0');
        Inside = Inside.drop_front();
      }
      if (Value > 0xff)
        return std::nullopt;
      Bytes += static_cast<char>(Value);
      break;
    }
    }
  }
  return Bytes;
}

std::optional<ir::Constant> parseNumber(llvm::StringRef Text, bool Negative) {
  std::string Digits;
  Digits.reserve(Text.size());
  for (char C : Text)
    if (C != '\'') // C23 digit separators
      Digits += C;
  llvm::StringRef Number(Digits);

  bool IsHex = Number.starts_with_insensitive("0x");
  bool IsBinary = Number.starts_with_insensitive("0b");
  bool IsFloat = IsHex ? Number.contains_insensitive('p')
                       : !IsBinary && (Number.contains('.') ||
                                       Number.contains_insensitive('e'));
  if (IsFloat) {
    if (IsHex)
      return std::nullopt; // hex floats: clang knows best
    llvm::StringRef Mantissa = Number;
    if (Mantissa.ends_with_insensitive("f") ||
        Mantissa.ends_with_insensitive("l"))
      Mantissa = Mantissa.drop_back();
    double Value = 0;
    if (Mantissa.getAsDouble(Value))
      return std::nullopt;
    ir::Constant Float;
    Float.Kind = ir::ConstantKind::Float;
    Float.FloatValue = Negative ? -Value : Value;
    return Float;
  }

  bool IsUnsigned = false;
  while (!Number.empty()) {
    char Last = llvm::toLower(Number.back());
    if (Last == 'u')
      IsUnsigned = true;
    else if (Last != 'l')
      break;
    Number = Number.drop_back();
  }
  unsigned Radix = 10;
  if (IsHex) {
    Radix = 16;
    Number = Number.drop_front(2);
  } else if (IsBinary) {
    Radix = 2;
    Number = Number.drop_front(2);
  } else if (Number.size() > 1 && Number.front() == '0') {
    Radix = 8;
    Number = Number.drop_front();
  }
  uint64_t Value = 0;
  if (Number.empty() || Number.getAsInteger(Radix, Value))
    return std::nullopt;

  ir::Constant Integer;
  Integer.Kind = ir::ConstantKind::Integer;
  Integer.IntegerBits = Value;
  if (Negative && Value != 0) {
    // `-1u` wraps around and `-9223372036854775809` does not fit: clang.
    if (IsUnsigned || Value > (uint64_t(1) << 63))
      return std::nullopt;
    Integer.IntegerBits = ~Value + 1;
    Integer.IsNegative = true;
  }
  return Integer;
}

bool isStringLiteral(const MacroToken &Token) {
  return Token.Kind == CXToken_Literal && Token.Text.size() >= 2 &&
         Token.Text.front() == '"' && Token.Text.back() == '"';
}

} // namespace

std::optional<ir::Constant>
frontend::parseLiteralMacro(llvm::ArrayRef<MacroToken> Body) {
  Body = stripParens(Body);
  bool Negative = false;
  if (!Body.empty() && isPunct(Body.front(), "-")) {
    Negative = true;
    Body = stripParens(Body.drop_front());
  }
  if (Body.empty())
    return std::nullopt;

  // "abc" "def": adjacent string literals concatenate.
  if (!Negative && llvm::all_of(Body, isStringLiteral)) {
    ir::Constant String;
    String.Kind = ir::ConstantKind::String;
    for (const MacroToken &Token : Body) {
      std::optional<std::string> Bytes =
          decodeEscapes(llvm::StringRef(Token.Text).drop_front().drop_back());
      if (!Bytes)
        return std::nullopt;
      String.Bytes += *Bytes;
    }
    return String;
  }

  if (Body.size() != 1 || Body.front().Kind != CXToken_Literal)
    return std::nullopt;
  llvm::StringRef Text = Body.front().Text;
  if (Text.front() == '\'') {
    if (Negative || Text.size() < 3 || Text.back() != '\'')
      return std::nullopt;
    std::optional<std::string> Bytes =
        decodeEscapes(Text.drop_front().drop_back());
    if (!Bytes || Bytes->size() != 1)
      return std::nullopt; // multi-character constants: clang.
    ir::Constant Char;
    Char.Kind = ir::ConstantKind::Char;
    Char.IntegerBits = static_cast<unsigned char>((*Bytes)[0]);
    return Char;
  }
  if (!llvm::isDigit(Text.front()) && Text.front() != '.')
    return std::nullopt; // prefixed (L'a', u8"x") literals: clang.
  return parseNumber(Text, Negative);
}

bool frontend::mayBeConstantExpression(llvm::ArrayRef<MacroToken> Body) {
  int Parens = 0, Brackets = 0;
  for (const MacroToken &Token : Body) {
    // Wide strings: clang would hand back their bytes up to the first NUL.
    if (Token.Kind == CXToken_Literal &&
        (llvm::StringRef(Token.Text).starts_with("L\"") ||
         llvm::StringRef(Token.Text).starts_with("u\"") ||
         llvm::StringRef(Token.Text).starts_with("U\"")))
      return false;
    // Their value depends on where the macro is expanded, not on the header.
    if (Token.Kind == CXToken_Identifier &&
        llvm::StringSwitch<bool>(Token.Text)
            .Cases("__FILE__", "__LINE__", "__COUNTER__", "__DATE__", true)
            .Cases("__TIME__", "__TIMESTAMP__", "__BASE_FILE__", true)
            .Cases("__FILE_NAME__", "__INCLUDE_LEVEL__", true)
            .Default(false))
      return false;
    if (Token.Kind == CXToken_Punctuation) {
      llvm::StringRef Text = Token.Text;
      if (Text == "{" || Text == "}" || Text == ";" || Text == "#" ||
          Text == "##")
        return false;
      Parens += Text == "(" ? 1 : Text == ")" ? -1 : 0;
      Brackets += Text == "[" ? 1 : Text == "]" ? -1 : 0;
      if (Parens < 0 || Brackets < 0)
        return false;
    } else if (Token.Kind == CXToken_Keyword) {
      bool IsStatement =
          llvm::StringSwitch<bool>(Token.Text)
              .Cases("do", "while", "for", "if", "else", true)
              .Cases("return", "goto", "switch", "case", true)
              .Cases("typedef", "asm", "__asm__", "break", "continue", true)
              .Default(false);
      if (IsStatement)
        return false;
    }
  }
  return Parens == 0 && Brackets == 0;
}
