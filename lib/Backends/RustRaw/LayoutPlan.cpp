//===- LayoutPlan.cpp - Rust fields that reproduce clang's layout ---------===//
//
// Rules, in order:
//  1. Bitfield runs become byte-array storage units placed at clang's byte
//     offset of the run; a zero-sized `[uK; 0]` marker gives the record the
//     alignment the bitfields' types give it in C.
//  2. If every field sits at a multiple of its Rust alignment and no field
//     is more aligned than the record, plain repr(C) works: padding is
//     inserted where clang leaves a gap repr(C) would not, and
//     `#[repr(align(N))]` when clang's alignment exceeds the fields'.
//  3. Otherwise the record is `packed(N)` with N = clang's alignment. Fields
//     still misaligned under packing, or whose type carries repr(align)
//     (Rust rejects those in a packed type), become byte blobs. A zero-sized
//     marker raises the alignment back to N when blobs lowered it.
//  4. If no integer marker carries N (N > 8, or u64 on i386), packing is
//     dropped: repr(C) with align(N), and every field repr(C) cannot place
//     becomes a byte blob.
//  5. Trailing padding brings the size to clang's. Any inconsistency left
//     makes the plan invalid and the record an opaque blob.
//
//===----------------------------------------------------------------------===//

#include "LayoutPlan.h"

#include <fmt/format.h>

#include <algorithm>

namespace kbindgen::rustraw {

using namespace ir;

static uint64_t alignUp(uint64_t Value, uint64_t Align) {
  return Align <= 1 ? Value : (Value + Align - 1) / Align * Align;
}

std::string BitfieldUnit::storageType() const {
  return fmt::format("__BindgenBitfieldUnit<[u8; {}usize]>", SizeBytes);
}

std::vector<BitfieldUnit> planBitfieldUnits(EmitContext &Ctx, ItemId Id) {
  std::vector<BitfieldUnit> Units;
  const Record &R = Ctx.M.item(Id).as<Record>();
  size_t I = 0;
  while (I < R.Fields.size()) {
    if (!R.Fields[I].isBitfield()) {
      ++I;
      continue;
    }
    size_t RunBegin = I;
    while (I < R.Fields.size() && R.Fields[I].isBitfield())
      ++I;
    uint64_t StartBit = UINT64_MAX, EndBit = 0, MarkerAlign = 1;
    for (size_t F = RunBegin; F < I; ++F) {
      const Field &Fld = R.Fields[F];
      if (*Fld.BitWidth == 0)
        continue;
      StartBit = std::min(StartBit, Fld.OffsetBits);
      EndBit = std::max(EndBit, Fld.OffsetBits + *Fld.BitWidth);
      // Unnamed bitfields do not affect the record's alignment in C.
      if (!Fld.Name.empty())
        MarkerAlign = std::max(MarkerAlign, typeLayout(Ctx, Fld.Type).second);
    }
    if (StartBit == UINT64_MAX)
      continue; // Only `:0` fields: no storage.
    BitfieldUnit Unit;
    Unit.Number = Units.size() + 1;
    Unit.FirstField = RunBegin;
    Unit.OffsetBytes = StartBit / 8;
    Unit.SizeBytes = (EndBit + 7) / 8 - Unit.OffsetBytes;
    MarkerAlign = std::min<uint64_t>(MarkerAlign, 8);
    // The marker is an integer array: never more than the integer carries.
    while (MarkerAlign > 1 && Ctx.unsignedAlign(MarkerAlign) != MarkerAlign)
      MarkerAlign /= 2;
    while (MarkerAlign > 1 && Unit.OffsetBytes % MarkerAlign != 0)
      MarkerAlign /= 2;
    Unit.MarkerAlign = MarkerAlign;
    for (size_t F = RunBegin; F < I; ++F) {
      const Field &Fld = R.Fields[F];
      if (*Fld.BitWidth == 0 || Ctx.memberName(Id, F).empty())
        continue;
      Unit.Members.push_back({F, Ctx.memberName(Id, F), Fld.Name, Fld.Type,
                              Fld.OffsetBits - Unit.OffsetBytes * 8,
                              *Fld.BitWidth});
    }
    Units.push_back(std::move(Unit));
  }
  return Units;
}

static std::string byteBlob(EmitContext &Ctx, uint64_t Size) {
  return opaqueBlob(Ctx, Size, 1);
}

/// Replaces a regular field by a byte blob of its size (alignment 1).
static void turnIntoBlob(EmitContext &Ctx, RecordPlan &Plan, PlannedField &F,
                         llvm::StringRef Why) {
  if (F.Kind != PlannedField::Regular)
    return;
  F.Kind = PlannedField::Blob;
  F.TypeText = byteBlob(Ctx, F.Size);
  F.Type = RustType();
  F.Type.Flat = F.TypeText;
  F.Align = 1;
  Plan.Notes.push_back(
      fmt::format("field `{}` emitted as a byte blob: {}", F.Name, Why.str()));
}

static UnionForm unionFormOf(const EmitContext &Ctx, ItemId Id) {
  if (Id.Index < Ctx.A.UnionForms.size())
    return Ctx.A.UnionForms[Id.Index];
  return UnionForm::RustUnion;
}

/// Rust accepts only Copy (or ManuallyDrop) fields in a union: the union's
/// form (Analysis::UnionForms) says which wrapper each field gets.
static void wrapUnionField(EmitContext &Ctx, ItemId Id, const RecordPlan &Plan,
                           PlannedField &F, const Field &Fld) {
  if (!Plan.IsUnion)
    return;
  std::string Wrapper;
  switch (unionFormOf(Ctx, Id)) {
  case UnionForm::RustUnion:
    // A hand-built analysis may leave a non-Copy field here.
    if (!isCopy(Ctx, Fld.Type))
      Wrapper = Ctx.core() + "::mem::ManuallyDrop";
    break;
  case UnionForm::ManuallyDropFields:
    Wrapper = Ctx.core() + "::mem::ManuallyDrop";
    break;
  case UnionForm::BindgenUnionFieldStruct:
    Wrapper = "__BindgenUnionField";
    Ctx.UsesUnionField = true;
    // Zero-sized: every member sits at offset 0 of the struct.
    F.Size = 0;
    F.Align = 1;
    break;
  }
  if (Wrapper.empty())
    return;
  F.TypeText = Wrapper + "<" + F.TypeText + ">";
  F.Type = RustType();
  F.Type.Flat = F.TypeText;
}

static void collectFields(EmitContext &Ctx, ItemId Id, RecordPlan &Plan) {
  const Record &R = Ctx.M.item(Id).as<Record>();
  for (size_t I = 0; I < R.Fields.size(); ++I) {
    const Field &Fld = R.Fields[I];
    if (Fld.isBitfield()) {
      for (size_t U = 0; U < Plan.Units.size(); ++U) {
        const BitfieldUnit &Unit = Plan.Units[U];
        if (Unit.FirstField != I)
          continue;
        PlannedField Marker;
        Marker.Kind = PlannedField::BitfieldMarker;
        Marker.Name = fmt::format("_bitfield_align_{}", Unit.Number);
        Marker.Offset = Unit.OffsetBytes;
        Marker.Align = Unit.MarkerAlign;
        Marker.UnitIndex = U;
        Plan.Fields.push_back(Marker);
        PlannedField Storage;
        Storage.Kind = PlannedField::Unit;
        Storage.Name = fmt::format("_bitfield_{}", Unit.Number);
        Storage.TypeText = Unit.storageType();
        Storage.Offset = Unit.OffsetBytes;
        Storage.Size = Unit.SizeBytes;
        Storage.UnitIndex = U;
        Plan.Fields.push_back(Storage);
      }
      continue;
    }
    PlannedField F;
    F.Name = Ctx.memberName(Id, I);
    F.FieldIndex = I;
    F.Offset = Fld.OffsetBits / 8;
    F.Doc = Fld.Doc;
    if (Fld.OffsetBits % 8 != 0)
      Plan.Valid = false;
    auto [Size, Align] = typeLayout(Ctx, Fld.Type);
    F.Size = Size;
    F.Align = Align;
    const Type &T = Ctx.M.type(Fld.Type);
    // GNU `T a[0]` is a flexible array member too, for bindgen and for us.
    if (T.Kind == TypeKind::IncompleteArray ||
        (T.Kind == TypeKind::Array && T.ArrayLength == 0)) {
      F.TypeText =
          "__IncompleteArrayField<" + spellType(Ctx, T.Pointee, Id).Flat + ">";
      F.Type.Flat = F.TypeText;
    } else {
      F.Type = spellType(Ctx, Fld.Type, Id);
      F.TypeText = F.Type.Flat;
    }
    wrapUnionField(Ctx, Id, Plan, F, Fld);
    Plan.Fields.push_back(std::move(F));
  }
  if (Plan.EmulatedUnion) {
    // The blob gives the struct the union's size and alignment.
    PlannedField Blob;
    Blob.Kind = PlannedField::Blob;
    Blob.Name = "bindgen_union_field";
    Blob.TypeText = opaqueBlob(Ctx, Plan.SizeBytes, Plan.AlignBytes);
    Blob.Type.Flat = Blob.TypeText;
    Blob.Size = Plan.SizeBytes;
    Blob.Align = Plan.AlignBytes;
    Plan.Fields.push_back(std::move(Blob));
  }
}

static uint64_t packedAlign(const RecordPlan &Plan, const PlannedField &F) {
  return Plan.Pack ? std::min(F.Align, Plan.Pack) : F.Align;
}

/// Rule 3: packed(P), blobbing fields packing cannot hold, and a marker
/// that raises the alignment back to P. False when that marker would not
/// carry P on the target; then Plan is left half-done for the caller to
/// restore.
static bool packFields(EmitContext &Ctx, const Record &R, RecordPlan &Plan,
                       uint64_t P) {
  Plan.Pack = P;
  for (PlannedField &F : Plan.Fields) {
    if (F.Kind == PlannedField::Regular && F.FieldIndex >= 0 &&
        containsReprAlign(Ctx, R.Fields[F.FieldIndex].Type))
      turnIntoBlob(Ctx, Plan, F,
                   "Rust forbids an over-aligned type in a packed struct");
    if (F.Offset % packedAlign(Plan, F) == 0)
      continue;
    if (F.Kind == PlannedField::BitfieldMarker) {
      while (F.Offset % packedAlign(Plan, F) != 0)
        F.Align /= 2;
      continue;
    }
    turnIntoBlob(Ctx, Plan, F, "its offset is misaligned for its type");
  }
  uint64_t Reached = 1;
  for (const PlannedField &F : Plan.Fields)
    Reached = std::max(Reached, packedAlign(Plan, F));
  if (Reached >= P)
    return true;
  if (Ctx.unsignedAlign(P) != P)
    return false;
  PlannedField Marker;
  Marker.Kind = PlannedField::AlignMarker;
  Marker.Name = "__bindgen_align";
  Marker.TypeText = fmt::format("[{}; 0]", unsignedOfSize(P));
  Marker.Align = P;
  Plan.Fields.insert(Plan.Fields.begin(), Marker);
  return true;
}

/// Rules 2-4: chooses packing and alignment, blobbing what must be.
static void choosePacking(EmitContext &Ctx, ItemId Id, RecordPlan &Plan) {
  const Record &R = Ctx.M.item(Id).as<Record>();
  uint64_t P = Plan.AlignBytes;
  uint64_t MaxAlign = 1;
  bool Misaligned = false;
  for (const PlannedField &F : Plan.Fields) {
    MaxAlign = std::max(MaxAlign, F.Align);
    Misaligned |= F.Offset % F.Align != 0;
  }
  if (!Misaligned && MaxAlign <= P) {
    Plan.ReprAlign = P > MaxAlign ? P : 0;
    return;
  }
  // Rule 3 needs an integer marker that carries P (u64 does not on i386).
  if (P <= 8) {
    std::vector<PlannedField> Unpacked = Plan.Fields;
    size_t NotesBefore = Plan.Notes.size();
    auto HelpersBefore = Ctx.OpaqueHelpers;
    if (packFields(Ctx, R, Plan, P))
      return;
    Plan.Fields = std::move(Unpacked);
    Plan.Notes.resize(NotesBefore);
    Ctx.OpaqueHelpers = std::move(HelpersBefore);
    Plan.Pack = 0;
  }
  // Rule 4: no packing.
  Plan.Notes.push_back(P > 8 ? "packed record aligned above 8 bytes: packing "
                               "dropped"
                             : "packed record whose alignment no integer "
                               "carries on this target: packing dropped");
  MaxAlign = 1;
  for (PlannedField &F : Plan.Fields) {
    if (F.Kind == PlannedField::BitfieldMarker) {
      while (F.Align > 1 && F.Offset % F.Align != 0)
        F.Align /= 2;
    } else if (F.Offset % F.Align != 0 || F.Align > P) {
      turnIntoBlob(Ctx, Plan, F, "repr(C) cannot place it at clang's offset");
    }
    MaxAlign = std::max(MaxAlign, F.Align);
  }
  Plan.ReprAlign = P > MaxAlign ? P : 0;
}

bool RecordPlan::hasFillerWithoutDefault() const {
  // Both are [u8; Size] (byteBlob, paddingField).
  constexpr uint64_t ArrayDefaultLimit = 32;
  return std::any_of(Fields.begin(), Fields.end(), [](const PlannedField &F) {
    return (F.Kind == PlannedField::Padding || F.Kind == PlannedField::Blob) &&
           F.Size > ArrayDefaultLimit;
  });
}

static PlannedField paddingField(unsigned Number, uint64_t Offset,
                                 uint64_t Size) {
  PlannedField Pad;
  Pad.Kind = PlannedField::Padding;
  Pad.Name = fmt::format("__bindgen_padding_{}", Number);
  Pad.TypeText = fmt::format("[u8; {}usize]", Size);
  Pad.Type.Flat = Pad.TypeText;
  Pad.Offset = Offset;
  Pad.Size = Size;
  return Pad;
}

/// Rule 5 for structs: places padding and checks the result.
static void placeStructFields(EmitContext &Ctx, RecordPlan &Plan) {
  std::vector<PlannedField> Placed;
  uint64_t Cursor = 0, RustAlign = std::max<uint64_t>(Plan.ReprAlign, 1);
  unsigned PadNumber = 0;
  for (PlannedField &F : Plan.Fields) {
    uint64_t Align = packedAlign(Plan, F);
    RustAlign = std::max(RustAlign, Align);
    if (F.Offset < Cursor) {
      Plan.Valid = false;
      return;
    }
    bool Gap = alignUp(Cursor, Align) < F.Offset;
    if (Gap || (Ctx.Opts.ExplicitPadding && F.Offset > Cursor)) {
      Placed.push_back(paddingField(PadNumber++, Cursor, F.Offset - Cursor));
      Cursor = F.Offset;
    }
    if (alignUp(Cursor, Align) != F.Offset) {
      Plan.Valid = false;
      return;
    }
    Cursor = F.Offset + F.Size;
    Placed.push_back(std::move(F));
  }
  uint64_t RustSize = alignUp(Cursor, RustAlign);
  if (RustSize > Plan.SizeBytes || Cursor > Plan.SizeBytes) {
    Plan.Valid = false;
    return;
  }
  if (RustSize < Plan.SizeBytes ||
      (Ctx.Opts.ExplicitPadding && Cursor < Plan.SizeBytes))
    Placed.push_back(
        paddingField(PadNumber++, Cursor, Plan.SizeBytes - Cursor));
  Plan.Fields = std::move(Placed);
  if (RustAlign != Plan.AlignBytes ||
      alignUp(Plan.SizeBytes, RustAlign) != Plan.SizeBytes)
    Plan.Valid = false;
}

static void placeUnionFields(EmitContext &Ctx, RecordPlan &Plan) {
  uint64_t RustAlign = std::max<uint64_t>(Plan.ReprAlign, 1), MaxSize = 0;
  for (const PlannedField &F : Plan.Fields) {
    if (F.Offset != 0) {
      Plan.Valid = false;
      return;
    }
    RustAlign = std::max(RustAlign, packedAlign(Plan, F));
    MaxSize = std::max(MaxSize, F.Size);
  }
  // Rust rejects a union without fields (`union U { int : 0; }` has none).
  if (alignUp(MaxSize, RustAlign) < Plan.SizeBytes || Plan.Fields.empty())
    Plan.Fields.push_back(paddingField(0, 0, Plan.SizeBytes));
  else if (alignUp(MaxSize, RustAlign) > Plan.SizeBytes)
    Plan.Valid = false;
  if (RustAlign != Plan.AlignBytes)
    Plan.Valid = false;
}

RecordPlan planRecord(EmitContext &Ctx, ItemId Id) {
  const Record &R = Ctx.M.item(Id).as<Record>();
  RecordPlan Plan;
  Plan.IsUnion = R.Kind == RecordKind::Union;
  Plan.EmulatedUnion = Plan.IsUnion && unionFormOf(Ctx, Id) ==
                                           UnionForm::BindgenUnionFieldStruct;
  Plan.SizeBytes = R.SizeBytes;
  Plan.AlignBytes = std::max<uint64_t>(R.AlignBytes, 1);
  Plan.Units = planBitfieldUnits(Ctx, Id);
  collectFields(Ctx, Id, Plan);
  if (!Plan.Valid)
    return Plan;
  choosePacking(Ctx, Id, Plan);
  if (Plan.IsUnion)
    placeUnionFields(Ctx, Plan);
  else
    placeStructFields(Ctx, Plan);
  for (const PlannedField &F : Plan.Fields)
    if (F.Kind == PlannedField::Regular && F.FieldIndex >= 0 &&
        containsReprAlign(Ctx, R.Fields[F.FieldIndex].Type))
      Plan.AlignInside = true;
  // Markers may have been lowered by packing; keep units in sync.
  for (const PlannedField &F : Plan.Fields)
    if (F.Kind == PlannedField::BitfieldMarker && F.UnitIndex >= 0)
      Plan.Units[F.UnitIndex].MarkerAlign = F.Align;
  return Plan;
}

} // namespace kbindgen::rustraw
