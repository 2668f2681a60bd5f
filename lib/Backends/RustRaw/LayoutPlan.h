//===- LayoutPlan.h - Rust fields that reproduce clang's layout -*- C++ -*-===//
//
// The plan never recomputes C layout: it takes clang's offsets, size and
// alignment and decides which Rust fields, padding and repr attributes make
// Rust's repr(C) land on exactly those numbers.
//
//===----------------------------------------------------------------------===//

#ifndef KBINDGEN_LIB_BACKENDS_RUSTRAW_LAYOUTPLAN_H
#define KBINDGEN_LIB_BACKENDS_RUSTRAW_LAYOUTPLAN_H

#include "EmitContext.h"

namespace kbindgen::rustraw {

/// One named bitfield inside a storage unit.
struct BitfieldMember {
  size_t FieldIndex = 0; ///< Index into Record::Fields.
  std::string Name;      ///< The field's Rust name (a constructor parameter).
  ir::TypeId Type;
  uint64_t BitOffset = 0; ///< Relative to the unit's first byte.
  uint32_t Width = 0;
};

/// `_bitfield_N: __BindgenBitfieldUnit<[u8; SizeBytes]>`.
struct BitfieldUnit {
  unsigned Number = 1;
  uint64_t OffsetBytes = 0;
  uint64_t SizeBytes = 0;
  /// Alignment of the `_bitfield_align_N: [uK; 0]` marker (1, 2, 4 or 8).
  uint64_t MarkerAlign = 1;
  std::vector<BitfieldMember> Members;
  /// Index of the run's first field in Record::Fields.
  size_t FirstField = 0;
  std::string storageType() const;
};

struct PlannedField {
  enum KindType { Regular, Padding, Blob, AlignMarker, BitfieldMarker, Unit };
  KindType Kind = Regular;
  std::string Name;
  std::string TypeText;
  RustType Type;       ///< Regular fields: the structured spelling.
  uint64_t Offset = 0; ///< clang's byte offset.
  uint64_t Size = 0;
  uint64_t Align = 1; ///< Rust's alignment of the field's type.
  long FieldIndex = -1;
  long UnitIndex = -1;
  std::string Doc;
};

struct RecordPlan {
  bool IsUnion = false;
  /// A union written as a struct of `__BindgenUnionField<T>` members and a
  /// `bindgen_union_field` blob (UnionForm::BindgenUnionFieldStruct).
  bool EmulatedUnion = false;
  /// False when the record cannot be laid out (inconsistent IR): the writer
  /// then emits an opaque blob.
  bool Valid = true;
  /// 0: not packed; 1: `packed`; N: `packed(N)`.
  uint64_t Pack = 0;
  /// 0: none; else `#[repr(align(N))]`.
  uint64_t ReprAlign = 0;
  /// Some field's type carries repr(align) inside.
  bool AlignInside = false;
  uint64_t SizeBytes = 0;
  uint64_t AlignBytes = 1;
  std::vector<PlannedField> Fields;
  std::vector<BitfieldUnit> Units;
  /// Why fields were replaced by blobs, for warnings.
  std::vector<std::string> Notes;
  /// --flexarray-dst: the index in Fields of the flexible array member the
  /// struct is generic over (its type is `FAM`), or -1.
  long FlexTail = -1;
  /// The element type of that member.
  RustType FlexElement;

  bool carriesReprAlign() const { return ReprAlign != 0 || AlignInside; }
  /// Some padding or byte blob the plan added is longer than 32 bytes: Rust
  /// implements Default only for arrays up to 32 elements.
  bool hasFillerWithoutDefault() const;
};

/// Plans a complete record with Disposition Emit. Pure: no text is written.
RecordPlan planRecord(EmitContext &Ctx, ir::ItemId Id);

/// Groups the bitfields of a record into storage units (exposed for tests).
std::vector<BitfieldUnit> planBitfieldUnits(EmitContext &Ctx, ir::ItemId Id);

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
