//===- IRNames.h - Stable spellings of IR enumerations ---------*- C++ -*-===//
//
// The names the JSON IR uses for each enumeration of IR.h.
// They are part of the IR schema (docs/ir-schema.md): change them only with
// a schema version bump.
//
//===----------------------------------------------------------------------===//

#ifndef KBINDGEN_IR_IRNAMES_H
#define KBINDGEN_IR_IRNAMES_H

#include "kbindgen/IR/IR.h"

#include "llvm/ADT/StringRef.h"

#include <optional>

namespace kbindgen {

const char *typeKindName(ir::TypeKind Kind);
const char *integerKindName(ir::IntegerKind Kind);
const char *floatKindName(ir::FloatKind Kind);
const char *opaqueReasonName(ir::OpaqueReason Reason);
const char *callingConvName(ir::CallingConv Convention);
const char *itemKindName(ir::ItemKind Kind);
const char *constantKindName(ir::ConstantKind Kind);

/// JSON numbers cannot say infinity or NaN: a non-finite float constant's
/// value is one of the strings "inf", "-inf", "nan", "-nan".
const char *nonFiniteName(double Value);
/// The value a nonFiniteName stands for, or nothing for any other string.
std::optional<double> nonFiniteValue(llvm::StringRef Name);

} // namespace kbindgen

#endif // KBINDGEN_IR_IRNAMES_H
