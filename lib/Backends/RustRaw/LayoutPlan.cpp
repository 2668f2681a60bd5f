//===- LayoutPlan.cpp - Rust fields that reproduce clang's layout ---------===//
//
// The decisions (packing, alignment, padding, which members become bytes,
// whether the record can be laid out at all) are the analysis' Rust layout
// (kbindgen/Analysis/RustLayout.h), which the call ABI check reads too. This
// file only spells them: field types, names and blob types.
//
//===----------------------------------------------------------------------===//

#include "LayoutPlan.h"

#include <fmt/format.h>

#include <algorithm>

namespace kbindgen::rustraw {

using namespace ir;

std::string BitfieldUnit::storageType() const {
  return fmt::format("__BindgenBitfieldUnit<[u8; {}usize]>", SizeBytes);
}

static BitfieldUnit spellUnit(EmitContext &Ctx, ItemId Id,
                              const RustLayoutUnit &Laid) {
  const Record &R = Ctx.M.item(Id).as<Record>();
  BitfieldUnit Unit;
  Unit.Number = Laid.Number;
  Unit.OffsetBytes = Laid.OffsetBytes;
  Unit.SizeBytes = Laid.SizeBytes;
  Unit.MarkerAlign = Laid.MarkerAlign;
  Unit.FirstField = Laid.FirstField;
  for (size_t F : Laid.Members) {
    const Field &Fld = R.Fields[F];
    Unit.Members.push_back({F, Ctx.memberName(Id, F), Fld.Type,
                            Fld.OffsetBits - Unit.OffsetBytes * 8,
                            *Fld.BitWidth});
  }
  return Unit;
}

std::vector<BitfieldUnit> planBitfieldUnits(EmitContext &Ctx, ItemId Id) {
  std::vector<BitfieldUnit> Units;
  for (const RustLayoutUnit &Laid : Ctx.Layouts.record(Id).Units)
    Units.push_back(spellUnit(Ctx, Id, Laid));
  return Units;
}

static UnionForm unionFormOf(const EmitContext &Ctx, ItemId Id) {
  if (Id.Index < Ctx.A.UnionForms.size())
    return Ctx.A.UnionForms[Id.Index];
  return UnionForm::RustUnion;
}

/// Rust accepts only Copy (or ManuallyDrop) fields in a union: the union's
/// form (Analysis::UnionForms) says which wrapper each field gets.
static RustType wrapUnionField(EmitContext &Ctx, ItemId Id, RustType Spelled,
                               const Field &Fld) {
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
    break;
  }
  if (Wrapper.empty())
    return Spelled;
  RustType Wrapped;
  Wrapped.Flat = Wrapper + "<" + Spelled.Flat + ">";
  return Wrapped;
}

/// The Rust type of every member that is no bitfield, by field index.
static std::vector<RustType> spellMembers(EmitContext &Ctx, ItemId Id,
                                          bool IsUnion) {
  const Record &R = Ctx.M.item(Id).as<Record>();
  std::vector<RustType> Spelled(R.Fields.size());
  for (size_t I = 0; I < R.Fields.size(); ++I) {
    const Field &Fld = R.Fields[I];
    if (Fld.isBitfield())
      continue;
    const Type &T = Ctx.M.type(Fld.Type);
    // GNU `T a[0]` is a flexible array member too, for bindgen and for us.
    if (T.Kind == TypeKind::IncompleteArray ||
        (T.Kind == TypeKind::Array && T.ArrayLength == 0))
      Spelled[I].Flat =
          "__IncompleteArrayField<" + spellType(Ctx, T.Pointee, Id).Flat + ">";
    else
      Spelled[I] = spellType(Ctx, Fld.Type, Id);
    if (IsUnion)
      Spelled[I] = wrapUnionField(Ctx, Id, std::move(Spelled[I]), Fld);
  }
  return Spelled;
}

/// Plans the records a member holds by value before the record itself, so
/// that what spelling them reports comes first, as their use does in C.
static void planHeldRecords(EmitContext &Ctx, TypeId Id) {
  while (Id.isValid()) {
    const Type &T = Ctx.M.type(Id);
    if (T.Kind == TypeKind::Array || T.Kind == TypeKind::IncompleteArray) {
      Id = T.Pointee;
      continue;
    }
    if (T.Kind != TypeKind::Named || !T.Item.isValid())
      return;
    const Item &It = Ctx.M.item(T.Item);
    if (const auto *TD = It.getIf<Typedef>()) {
      Id = TD->Underlying;
      continue;
    }
    const auto *R = It.getIf<Record>();
    if (R && R->IsComplete && Ctx.A.decision(T.Item).Kind == Disposition::Emit)
      Ctx.ensurePlanned(T.Item);
    return;
  }
}

bool RecordPlan::hasFillerWithoutDefault() const {
  // Both are [u8; Size] (byteBlob, paddingField).
  constexpr uint64_t ArrayDefaultLimit = 32;
  return std::any_of(Fields.begin(), Fields.end(), [](const PlannedField &F) {
    return (F.Kind == PlannedField::Padding || F.Kind == PlannedField::Blob) &&
           F.Size > ArrayDefaultLimit;
  });
}

static PlannedField spellField(EmitContext &Ctx, ItemId Id,
                               const RustRecordLayout &Layout,
                               const RustLayoutField &Laid,
                               const std::vector<RustType> &Spelled) {
  const Record &R = Ctx.M.item(Id).as<Record>();
  PlannedField F;
  F.Offset = Laid.Offset;
  F.Size = Laid.Size;
  F.Align = Laid.Align;
  F.FieldIndex = Laid.FieldIndex;
  F.UnitIndex = Laid.UnitIndex;
  if (Laid.FieldIndex >= 0) {
    F.Name = Ctx.memberName(Id, Laid.FieldIndex);
    F.Doc = R.Fields[Laid.FieldIndex].Doc;
  }
  switch (Laid.Kind) {
  case RustLayoutField::Regular:
    F.Kind = PlannedField::Regular;
    F.Type = Spelled[Laid.FieldIndex];
    F.TypeText = F.Type.Flat;
    return F;
  case RustLayoutField::Blob:
    F.Kind = PlannedField::Blob;
    if (Laid.FieldIndex < 0) {
      F.Name = "bindgen_union_field";
      F.TypeText = opaqueBlob(Ctx, Layout.SizeBytes, Layout.AlignBytes);
    } else {
      F.TypeText = opaqueBlob(Ctx, Laid.Size, 1);
    }
    F.Type.Flat = F.TypeText;
    return F;
  case RustLayoutField::Padding:
    F.Kind = PlannedField::Padding;
    F.Name = fmt::format("__bindgen_padding_{}", Laid.PaddingNumber);
    F.TypeText = fmt::format("[u8; {}usize]", Laid.Size);
    F.Type.Flat = F.TypeText;
    return F;
  case RustLayoutField::AlignMarker:
    F.Kind = PlannedField::AlignMarker;
    F.Name = "__bindgen_align";
    F.TypeText = fmt::format("[{}; 0]", unsignedOfSize(Laid.Align));
    return F;
  case RustLayoutField::BitfieldMarker:
    F.Kind = PlannedField::BitfieldMarker;
    F.Name =
        fmt::format("_bitfield_align_{}", Layout.Units[Laid.UnitIndex].Number);
    return F;
  case RustLayoutField::Unit: {
    const RustLayoutUnit &Unit = Layout.Units[Laid.UnitIndex];
    F.Kind = PlannedField::Unit;
    F.Name = fmt::format("_bitfield_{}", Unit.Number);
    F.TypeText =
        fmt::format("__BindgenBitfieldUnit<[u8; {}usize]>", Unit.SizeBytes);
    return F;
  }
  }
  return F;
}

RecordPlan planRecord(EmitContext &Ctx, ItemId Id) {
  const Record &R = Ctx.M.item(Id).as<Record>();
  const RustRecordLayout &Layout = Ctx.Layouts.record(Id);
  RecordPlan Plan;
  Plan.IsUnion = Layout.IsUnion;
  Plan.EmulatedUnion = Layout.EmulatedUnion;
  Plan.Valid = Layout.Valid;
  Plan.Pack = Layout.Pack;
  Plan.ReprAlign = Layout.ReprAlign;
  Plan.AlignInside = Layout.AlignInside;
  Plan.SizeBytes = Layout.SizeBytes;
  Plan.AlignBytes = Layout.AlignBytes;
  Plan.Notes = Layout.Notes;
  for (const RustLayoutUnit &Laid : Layout.Units)
    Plan.Units.push_back(spellUnit(Ctx, Id, Laid));
  // Every member is spelled, even one the layout turns into bytes: spelling
  // reports what Rust cannot express.
  std::vector<RustType> Spelled = spellMembers(Ctx, Id, Layout.IsUnion);
  if (!Layout.Valid)
    return Plan;
  for (const Field &Fld : R.Fields)
    if (!Fld.isBitfield())
      planHeldRecords(Ctx, Fld.Type);
  for (const RustLayoutField &Laid : Layout.Fields)
    Plan.Fields.push_back(spellField(Ctx, Id, Layout, Laid, Spelled));
  planFlexibleTail(Ctx, Id, Plan);
  return Plan;
}

} // namespace kbindgen::rustraw
