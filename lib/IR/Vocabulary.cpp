//===- Vocabulary.cpp - The C words the IR is spoken in -------------------===//

#include "kbindgen/IR/Vocabulary.h"

#include "kbindgen/IR/IRNames.h"

namespace kbindgen::ir {

llvm::StringRef recordKeyword(RecordKind Kind) {
  return Kind == RecordKind::Union ? "union" : "struct";
}

llvm::StringRef itemKeyword(const Item &It) {
  // The JSON IR names every other kind with its C keyword already.
  if (const auto *R = It.getIf<Record>())
    return recordKeyword(R->Kind);
  return itemKindName(It.kind());
}

llvm::StringRef cIntegerTypeName(IntegerKind Kind) {
  switch (Kind) {
  case IntegerKind::Bool:
    return "_Bool";
  case IntegerKind::Char:
    return "char";
  case IntegerKind::SChar:
    return "signed char";
  case IntegerKind::UChar:
    return "unsigned char";
  case IntegerKind::Short:
    return "short";
  case IntegerKind::UShort:
    return "unsigned short";
  case IntegerKind::Int:
    return "int";
  case IntegerKind::UInt:
    return "unsigned int";
  case IntegerKind::Long:
    return "long";
  case IntegerKind::ULong:
    return "unsigned long";
  case IntegerKind::LongLong:
    return "long long";
  case IntegerKind::ULongLong:
    return "unsigned long long";
  case IntegerKind::Int128:
    return "__int128";
  case IntegerKind::UInt128:
    return "unsigned __int128";
  case IntegerKind::WChar:
    return "wchar_t";
  case IntegerKind::Char16:
    return "char16_t";
  case IntegerKind::Char32:
    return "char32_t";
  }
  return "unknown";
}

llvm::StringRef cFloatTypeName(FloatKind Kind) {
  switch (Kind) {
  case FloatKind::Half:
    return "__fp16";
  case FloatKind::Float16:
    return "_Float16";
  case FloatKind::BFloat16:
    return "__bf16";
  case FloatKind::Float:
    return "float";
  case FloatKind::Double:
    return "double";
  case FloatKind::LongDouble:
    return "long double";
  case FloatKind::Float128:
    return "__float128";
  }
  return "unknown";
}

llvm::StringRef cNameOrRustName(const Item &It, llvm::StringRef RustName) {
  return It.isAnonymous() ? RustName : llvm::StringRef(It.Name);
}

} // namespace kbindgen::ir
