//===- CTypeSpecifier.cpp - C spelling of leaf types ----------------------===//

#include "CTypeSpecifier.h"

#include "llvm/ADT/StringRef.h"

namespace kbindgen::cwrappers {

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
  case ir::IntegerKind::Bool:
    return "_Bool";
  case ir::IntegerKind::Char:
    return "char";
  case ir::IntegerKind::SChar:
    return "signed char";
  case ir::IntegerKind::UChar:
    return "unsigned char";
  case ir::IntegerKind::Short:
    return "short";
  case ir::IntegerKind::UShort:
    return "unsigned short";
  case ir::IntegerKind::Int:
    return "int";
  case ir::IntegerKind::UInt:
    return "unsigned int";
  case ir::IntegerKind::Long:
    return "long";
  case ir::IntegerKind::ULong:
    return "unsigned long";
  case ir::IntegerKind::LongLong:
    return "long long";
  case ir::IntegerKind::ULongLong:
    return "unsigned long long";
  case ir::IntegerKind::Int128:
    return "__int128";
  case ir::IntegerKind::UInt128:
    return "unsigned __int128";
  // Keywords in C++ only; in C these are typedefs, which the IR keeps as
  // Named types, so clang's spelling is the safer guess.
  case ir::IntegerKind::WChar:
    return spellingOr(T, "wchar_t");
  case ir::IntegerKind::Char16:
    return spellingOr(T, "char16_t");
  case ir::IntegerKind::Char32:
    return spellingOr(T, "char32_t");
  }
  return spellingOr(T, "int");
}

std::string floatSpecifier(const ir::Type &T) {
  switch (T.Float) {
  case ir::FloatKind::Half:
    return "__fp16";
  case ir::FloatKind::Float16:
    return "_Float16";
  case ir::FloatKind::BFloat16:
    return "__bf16";
  case ir::FloatKind::Float:
    return "float";
  case ir::FloatKind::Double:
    return "double";
  case ir::FloatKind::LongDouble:
    return "long double";
  case ir::FloatKind::Float128:
    return "__float128";
  }
  return spellingOr(T, "double");
}

/// `struct NAME`, `enum NAME` or a typedef name; anonymous records and enums
/// go by the typedef that names them.
llvm::Expected<std::string> namedSpecifier(const ir::Module &M,
                                           const ir::Type &T) {
  if (!T.Item.isValid() || T.Item.Index >= M.Items.size())
    return unspellable("a type refers to no declaration");
  const ir::Item &Named = M.item(T.Item);
  StringRef Tag;
  switch (Named.kind()) {
  case ir::ItemKind::Record:
    Tag = Named.as<ir::Record>().Kind == ir::RecordKind::Union ? "union"
                                                               : "struct";
    break;
  case ir::ItemKind::Enum:
    Tag = "enum";
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
      Named.NamingTypedef.Index < M.Items.size() &&
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
    return floatSpecifier(T);
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

} // namespace kbindgen::cwrappers
