//===- LayoutPlan.h - The spelling of a record's Rust layout ----*- C++ -*-===//
//
// The layout (packing, alignment, padding, which members become bytes) is
// the analysis' (kbindgen/Analysis/RustLayout.h); a plan holds it and adds
// only what the writer spells: names, field types and blob types.
//
//===----------------------------------------------------------------------===//

#ifndef KBINDGEN_LIB_BACKENDS_RUSTRAW_LAYOUTPLAN_H
#define KBINDGEN_LIB_BACKENDS_RUSTRAW_LAYOUTPLAN_H

#include "EmitContext.h"

namespace kbindgen::rustraw {

/// One named bitfield inside a storage unit.
struct BitfieldMember {
  const RustLayoutBitfield &Laid;
  std::string Name; ///< The field's Rust name (a constructor parameter).
  ir::TypeId Type;
};

/// `_bitfield_N: __BindgenBitfieldUnit<[u8; SizeBytes]>`.
struct BitfieldUnit {
  const RustLayoutUnit &Laid;
  std::vector<BitfieldMember> Members;
  std::string storageType() const;
};

/// One Rust field of the layout, spelled.
struct PlannedField {
  const RustLayoutField &Laid;
  std::string Name;
  std::string TypeText;
  RustType Type; ///< Regular fields: the structured spelling.
  std::string Doc;
};

struct RecordPlan {
  const RustRecordLayout &Layout;
  /// One per Layout.Fields; none when the layout is invalid (the writer then
  /// emits an opaque blob).
  std::vector<PlannedField> Fields;
  std::vector<BitfieldUnit> Units;
  /// --flexarray-dst: the index in Fields of the flexible array member the
  /// struct is generic over (its type is `FAM`), or -1.
  long FlexTail = -1;
  /// The element type of that member.
  RustType FlexElement;

  /// Some padding or byte blob the layout added is longer than 32 bytes:
  /// Rust implements Default only for arrays up to 32 elements.
  bool hasFillerWithoutDefault() const;
};

/// Plans a complete record with Disposition Emit. Pure: no text is written.
RecordPlan planRecord(EmitContext &Ctx, ir::ItemId Id);

// FlexibleArrayDst.cpp (--flexarray-dst)
/// Makes the plan of a struct ending in a flexible array member generic over
/// that member when Rust can write it so, and warns when it cannot.
void planFlexibleTail(EmitContext &Ctx, ir::ItemId Id, RecordPlan &Plan);
/// `Head<FAM: ?Sized = [T; 0]> {` (Head: `pub struct NAME`), broken as
/// rustfmt breaks it.
void openFlexibleStruct(SourceWriter &W, const std::string &Head,
                        const RecordPlan &Plan);
/// The impls that go between the sized and the dynamically sized form.
void writeFlexibleTailHelpers(EmitContext &Ctx, SourceWriter &W, ir::ItemId Id,
                              const RecordPlan &Plan);

} // namespace kbindgen::rustraw

#endif
