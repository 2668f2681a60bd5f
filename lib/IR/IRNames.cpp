//===- IRNames.cpp - Stable spellings of IR enumerations ------------------===//

#include "kbindgen/IR/IRNames.h"

#include "kbindgen/IR/Vocabulary.h"

#include <cmath>
#include <limits>

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

// The schema names builtin kinds by their C type names (Vocabulary.h owns
// them; each is a string literal, so data() is NUL-terminated), except that
// it spells _Bool `bool`.
const char *integerKindName(ir::IntegerKind Kind) {
  if (Kind == ir::IntegerKind::Bool)
    return "bool";
  return ir::cIntegerTypeName(Kind).data();
}

const char *floatKindName(ir::FloatKind Kind) {
  return ir::cFloatTypeName(Kind).data();
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

const char *nonFiniteName(double Value) {
  if (std::isnan(Value))
    return std::signbit(Value) ? "-nan" : "nan";
  return Value < 0 ? "-inf" : "inf";
}

std::optional<double> nonFiniteValue(llvm::StringRef Name) {
  double Inf = std::numeric_limits<double>::infinity();
  double NaN = std::numeric_limits<double>::quiet_NaN();
  if (Name == "inf")
    return Inf;
  if (Name == "-inf")
    return -Inf;
  if (Name == "nan")
    return NaN;
  if (Name == "-nan")
    return -NaN;
  return std::nullopt;
}

} // namespace kbindgen
