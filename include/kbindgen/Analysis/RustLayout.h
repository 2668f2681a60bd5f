//===- RustLayout.h - How Rust lays a C record out --------------*- C++ -*-===//
//
// The Rust layout of a record: which repr(C) fields, padding, packing and
// alignment make Rust land on clang's offsets, size and alignment, which
// members must become bytes for that, and whether it can be done at all
// (when not, the record is written as one opaque blob). It never recomputes
// C layout: it takes clang's numbers from the IR. The Rust writer spells this
// layout; the call ABI check reads it, because rustc classifies a record by
// its Rust fields (bytes, or one blob) where clang classifies the C members.
//
//===----------------------------------------------------------------------===//

#ifndef KBINDGEN_ANALYSIS_RUSTLAYOUT_H
#define KBINDGEN_ANALYSIS_RUSTLAYOUT_H

#include "kbindgen/Analysis/Analysis.h"

#include <map>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace kbindgen {

/// A named bitfield of non-zero width inside a storage unit.
struct RustLayoutBitfield {
  size_t FieldIndex = 0;  ///< Index into Record::Fields.
  uint64_t BitOffset = 0; ///< Relative to the unit's first byte.
  uint32_t Width = 0;
};

/// A run of bitfields stored as `__BindgenBitfieldUnit<[u8; SizeBytes]>`.
struct RustLayoutUnit {
  unsigned Number = 1;
  uint64_t OffsetBytes = 0;
  uint64_t SizeBytes = 0;
  /// Alignment of the `[uK; 0]` marker (1, 2, 4 or 8).
  uint64_t MarkerAlign = 1;
  /// Index of the run's first field in Record::Fields.
  size_t FirstField = 0;
  /// The named bitfields of non-zero width it holds.
  std::vector<RustLayoutBitfield> Members;
};

/// One Rust field of a record's layout.
struct RustLayoutField {
  enum KindType { Regular, Padding, Blob, AlignMarker, BitfieldMarker, Unit };
  KindType Kind = Regular;
  uint64_t Offset = 0; ///< clang's byte offset.
  uint64_t Size = 0;
  uint64_t Align = 1; ///< Rust's alignment of the field's type.
  /// The C member it stands for (Regular, or a member turned into a Blob);
  /// -1 for what the layout adds.
  long FieldIndex = -1;
  /// Markers and units: index into RustRecordLayout::Units.
  long UnitIndex = -1;
  /// Padding: the N of `__bindgen_padding_N`.
  unsigned PaddingNumber = 0;
  /// Why a member became a Blob: its offset is misaligned for its type
  /// under the record's packing (or without packing, more aligned than the
  /// record), or its type carries repr(align), which a packed struct cannot
  /// hold. The call ABI check names it: rustc classifies the bytes, clang
  /// the member's type.
  enum BytesReasonType { NotBytes, Misaligned, OverAlignedInPacked };
  BytesReasonType BytesReason = NotBytes;
};

struct RustRecordLayout {
  bool IsUnion = false;
  /// A union written as a struct of zero-sized members and one blob
  /// (UnionForm::BindgenUnionFieldStruct).
  bool EmulatedUnion = false;
  /// False when no Rust fields reproduce clang's layout: the record is then
  /// written as an opaque blob of its size and alignment.
  bool Valid = true;
  /// 0: not packed; 1: `packed`; N: `packed(N)`.
  uint64_t Pack = 0;
  /// 0: none; else `#[repr(align(N))]`.
  uint64_t ReprAlign = 0;
  /// Some field's type carries repr(align) inside.
  bool AlignInside = false;
  uint64_t SizeBytes = 0;
  uint64_t AlignBytes = 1;
  std::vector<RustLayoutField> Fields;
  std::vector<RustLayoutUnit> Units;
  /// Why members were replaced by bytes, for warnings.
  std::vector<std::string> Notes;

  bool carriesReprAlign() const { return ReprAlign != 0 || AlignInside; }
};

/// The Rust layouts of a module's records, computed on demand and kept (a
/// record's layout may need those of the records it holds). Reads the
/// analysis' dispositions (an opaque or unselected record is a blob), member
/// names (for the notes) and union forms (absent: a Rust union, which lays
/// out the same way).
class RustLayouts {
public:
  RustLayouts(const ir::Module &M, const Analysis &A, const Options &Opts);
  ~RustLayouts();

  /// The layout of a complete record (its fields as clang laid them out).
  const RustRecordLayout &record(ir::ItemId Id);

  /// Size and alignment of a type as its Rust spelling has them (clang's).
  std::pair<uint64_t, uint64_t> typeLayout(ir::TypeId Id) const;
  /// Whether the Rust spelling of the type carries `#[repr(align)]` inside
  /// (then a packed struct cannot contain it).
  bool containsReprAlign(ir::TypeId Id);
  /// Rust's alignment of its unsigned integer of that many bytes.
  uint64_t unsignedAlign(uint64_t Bytes) const;
  /// Whether `[uA; S/A]` has alignment A on the target.
  bool integerElementCarriesAlign(uint64_t Size, uint64_t Align) const;
  /// The `#[repr(align(N))]` an opaque blob of that layout needs, or 0.
  uint64_t opaqueRecordReprAlign(uint64_t Size, uint64_t Align) const;
  /// Whether Rust's i128/u128 are C's __int128 here.
  bool hasNativeInt128() const;
  /// --explicit-padding: every gap gets a padding field.
  bool explicitPadding() const { return Opts.ExplicitPadding; }

private:
  RustRecordLayout plan(ir::ItemId Id);

  const ir::Module &M;
  const Analysis &A;
  const Options &Opts;
  std::map<uint32_t, std::unique_ptr<RustRecordLayout>> Layouts;
};

} // namespace kbindgen

#endif // KBINDGEN_ANALYSIS_RUSTLAYOUT_H
