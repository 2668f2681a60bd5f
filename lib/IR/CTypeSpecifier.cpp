//===- CTypeSpecifier.cpp - C spelling of leaf types ----------------------===//

#include "CTypeSpecifier.h"

#include "kbindgen/IR/Vocabulary.h"

#include "llvm/ADT/StringRef.h"

namespace kbindgen::ir {

using llvm::StringRef;

namespace {

llvm::Error unspellable(const llvm::Twine &Why) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(), Why);
}

/// clang's spelling without the qualifiers it puts in front; the declarator
/// writes the IR's qualifiers itself so that they are never doubled.
std::string withoutLeadingQualifiers(StringRef Spelling) {
  Spelling = Spelling.trim();
  for (;;) {
    StringRef Rest = Spelling;
    for (StringRef Qualifier : {"const ", "volatile ", "restrict "})
      if (Rest.consume_front(Qualifier))
        break;
    if (Rest.size() == Spelling.size())
      return Spelling.str();
    Spelling = Rest.ltrim();
  }
}

/// The clang spelling when the IR has one, else the given C name.
std::string spellingOr(const ir::Type &T, StringRef Fallback) {
  std::string Spelled = withoutLeadingQualifiers(T.Spelling);
  return Spelled.empty() ? Fallback.str() : Spelled;
}

std::string integerSpecifier(const ir::Type &T) {
  switch (T.Integer) {
  // Keywords in C++ only; in C these are typedefs, which the IR keeps as
  // Named types, so clang's spelling is the safer guess.
  case ir::IntegerKind::WChar:
  case ir::IntegerKind::Char16:
  case ir::IntegerKind::Char32:
    return spellingOr(T, cIntegerTypeName(T.Integer));
  default:
    return cIntegerTypeName(T.Integer).str();
  }
}

/// `struct NAME`, `enum NAME` or a typedef name; anonymous records and enums
/// go by the typedef that names them.
llvm::Expected<std::string> namedSpecifier(const ir::Module &M,
                                           const ir::Type &T) {
  const ir::Item &Named = M.item(T.Item);
  StringRef Tag = itemKeyword(Named);
  switch (Named.kind()) {
  case ir::ItemKind::Record:
  case ir::ItemKind::Enum:
    break;
  case ir::ItemKind::Typedef:
    if (Named.isAnonymous())
      return unspellable("a typedef has no name");
    return Named.Name;
  default:
    return unspellable("a type refers to a function, variable or constant");
  }
  if (!Named.isAnonymous())
    return (Tag + " " + Named.Name).str();
  if (Named.NamingTypedef.isValid() &&
      !M.item(Named.NamingTypedef).isAnonymous())
    return M.item(Named.NamingTypedef).Name;
  return unspellable("an anonymous " + Tag + " has no name C can spell");
}

} // namespace

std::string qualifierPrefix(bool IsConst, bool IsVolatile) {
  std::string Prefix;
  if (IsConst)
    Prefix += "const ";
  if (IsVolatile)
    Prefix += "volatile ";
  return Prefix;
}

llvm::Expected<std::string> writeCTypeSpecifier(const ir::Module &M,
                                                const ir::Type &T) {
  switch (T.Kind) {
  case ir::TypeKind::Void:
    return std::string("void");
  case ir::TypeKind::Integer:
    return integerSpecifier(T);
  case ir::TypeKind::Float:
    return cFloatTypeName(T.Float).str();
  case ir::TypeKind::Named:
    return namedSpecifier(M, T);
  case ir::TypeKind::Opaque: {
    // Vectors, _Complex, _BitInt: C spells them fine even though Rust cannot.
    std::string Spelled = withoutLeadingQualifiers(T.Spelling);
    if (Spelled.empty())
      return unspellable("an opaque type has no spelling");
    return Spelled;
  }
  case ir::TypeKind::Pointer:
  case ir::TypeKind::Array:
  case ir::TypeKind::IncompleteArray:
  case ir::TypeKind::Function:
    break;
  }
  return unspellable("a declarator type was used as a specifier");
}

} // namespace kbindgen::ir
