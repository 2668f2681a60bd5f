//===- IRNames.cpp - Stable spellings of IR enumerations ------------------===//

#include "kbindgen/IR/IRNames.h"

namespace kbindgen {

const char *typeKindName(ir::TypeKind Kind) {
  switch (Kind) {
  case ir::TypeKind::Void:
    return "void";
  case ir::TypeKind::Integer:
    return "integer";
  case ir::TypeKind::Float:
    return "float";
  case ir::TypeKind::Pointer:
    return "pointer";
  case ir::TypeKind::Array:
    return "array";
  case ir::TypeKind::IncompleteArray:
    return "incomplete_array";
  case ir::TypeKind::Function:
    return "function";
  case ir::TypeKind::Named:
    return "named";
  case ir::TypeKind::Opaque:
    return "opaque";
  }
  return "unknown";
}

const char *integerKindName(ir::IntegerKind Kind) {
  switch (Kind) {
  case ir::IntegerKind::Bool:
    return "bool";
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
  case ir::IntegerKind::WChar:
    return "wchar_t";
  case ir::IntegerKind::Char16:
    return "char16_t";
  case ir::IntegerKind::Char32:
    return "char32_t";
  }
  return "unknown";
}

const char *floatKindName(ir::FloatKind Kind) {
  switch (Kind) {
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
  return "unknown";
}

const char *opaqueReasonName(ir::OpaqueReason Reason) {
  switch (Reason) {
  case ir::OpaqueReason::None:
    return "none";
  case ir::OpaqueReason::Vector:
    return "vector";
  case ir::OpaqueReason::Complex:
    return "complex";
  case ir::OpaqueReason::BitInt:
    return "bitint";
  case ir::OpaqueReason::Unsupported:
    return "unsupported";
  }
  return "unknown";
}

const char *callingConvName(ir::CallingConv Convention) {
  switch (Convention) {
  case ir::CallingConv::C:
    return "c";
  case ir::CallingConv::StdCall:
    return "stdcall";
  case ir::CallingConv::FastCall:
    return "fastcall";
  case ir::CallingConv::ThisCall:
    return "thiscall";
  case ir::CallingConv::VectorCall:
    return "vectorcall";
  case ir::CallingConv::Other:
    return "other";
  }
  return "unknown";
}

const char *itemKindName(ir::ItemKind Kind) {
  switch (Kind) {
  case ir::ItemKind::Record:
    return "record";
  case ir::ItemKind::Enum:
    return "enum";
  case ir::ItemKind::Typedef:
    return "typedef";
  case ir::ItemKind::Function:
    return "function";
  case ir::ItemKind::Var:
    return "var";
  case ir::ItemKind::Constant:
    return "constant";
  }
  return "unknown";
}

const char *constantKindName(ir::ConstantKind Kind) {
  switch (Kind) {
  case ir::ConstantKind::Integer:
    return "integer";
  case ir::ConstantKind::Float:
    return "float";
  case ir::ConstantKind::String:
    return "string";
  case ir::ConstantKind::Char:
    return "char";
  }
  return "unknown";
}

} // namespace kbindgen
