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

static std::string storageTypeOf(uint64_t SizeBytes) {
  return fmt::format("__BindgenBitfieldUnit<[u8; {}usize]>", SizeBytes);
}

std::string BitfieldUnit::storageType() const {
  return storageTypeOf(Laid.SizeBytes);
}

static BitfieldUnit spellUnit(EmitContext &Ctx, ItemId Id,
                              const RustLayoutUnit &Laid) {
  const Record &R = Ctx.M.item(Id).as<Record>();
  BitfieldUnit Unit{Laid, {}};
  for (const RustLayoutBitfield &Member : Laid.Members)
    Unit.Members.push_back({Member, Ctx.memberName(Id, Member.FieldIndex),
                            R.Fields[Member.FieldIndex].Type});
  return Unit;
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
  return std::any_of(Layout.Fields.begin(), Layout.Fields.end(),
                     [](const RustLayoutField &F) {
                       return (F.Kind == RustLayoutField::Padding ||
                               F.Kind == RustLayoutField::Blob) &&
                              F.Size > ArrayDefaultLimit;
                     });
}

static PlannedField spellField(EmitContext &Ctx, ItemId Id,
                               const RustRecordLayout &Layout,
                               const RustLayoutField &Laid,
                               const std::vector<RustType> &Spelled) {
  const Record &R = Ctx.M.item(Id).as<Record>();
  PlannedField F{Laid, {}, {}, {}, {}};
  if (Laid.FieldIndex >= 0) {
    F.Name = Ctx.memberName(Id, Laid.FieldIndex);
    F.Doc = R.Fields[Laid.FieldIndex].Doc;
  }
  switch (Laid.Kind) {
  case RustLayoutField::Regular:
    F.Type = Spelled[Laid.FieldIndex];
    F.TypeText = F.Type.Flat;
    return F;
  case RustLayoutField::Blob:
    if (Laid.FieldIndex < 0) {
      F.Name = "bindgen_union_field";
      F.TypeText = opaqueBlob(Ctx, Layout.SizeBytes, Layout.AlignBytes);
    } else {
      F.TypeText = opaqueBlob(Ctx, Laid.Size, 1);
    }
    F.Type.Flat = F.TypeText;
    return F;
  case RustLayoutField::Padding:
    F.Name = fmt::format("__bindgen_padding_{}", Laid.PaddingNumber);
    F.TypeText = fmt::format("[u8; {}usize]", Laid.Size);
    F.Type.Flat = F.TypeText;
    return F;
  case RustLayoutField::AlignMarker:
    F.Name = "__bindgen_align";
    F.TypeText = fmt::format("[{}; 0]", unsignedOfSize(Laid.Align));
    return F;
  case RustLayoutField::BitfieldMarker:
    F.Name =
        fmt::format("_bitfield_align_{}", Layout.Units[Laid.UnitIndex].Number);
    F.TypeText = fmt::format("[{}; 0]", unsignedOfSize(Laid.Align));
    return F;
  case RustLayoutField::Unit:
    F.Name = fmt::format("_bitfield_{}", Layout.Units[Laid.UnitIndex].Number);
    F.TypeText = storageTypeOf(Layout.Units[Laid.UnitIndex].SizeBytes);
    return F;
  }
  return F;
}

RecordPlan planRecord(EmitContext &Ctx, ItemId Id) {
  const Record &R = Ctx.M.item(Id).as<Record>();
  RecordPlan Plan{Ctx.Layouts.record(Id), {}, {}};
  const RustRecordLayout &Layout = Plan.Layout;
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
