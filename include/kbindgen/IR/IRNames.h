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

namespace kbindgen {

const char *typeKindName(ir::TypeKind Kind);
const char *integerKindName(ir::IntegerKind Kind);
const char *floatKindName(ir::FloatKind Kind);
const char *opaqueReasonName(ir::OpaqueReason Reason);
const char *callingConvName(ir::CallingConv Convention);
const char *itemKindName(ir::ItemKind Kind);
const char *constantKindName(ir::ConstantKind Kind);

} // namespace kbindgen

#endif // KBINDGEN_IR_IRNAMES_H
