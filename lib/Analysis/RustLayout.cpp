//===- RustLayout.cpp - How Rust lays a C record out ----------------------===//
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
//     makes the layout invalid and the record an opaque blob.
//
//===----------------------------------------------------------------------===//

#include "kbindgen/Analysis/RustLayout.h"

#include "kbindgen/Analysis/CallAbi.h"

#include <algorithm>

namespace kbindgen {

using namespace ir;

using Field_ = RustLayoutField;

static uint64_t alignUp(uint64_t Value, uint64_t Align) {
  return Align <= 1 ? Value : (Value + Align - 1) / Align * Align;
}

RustLayouts::RustLayouts(const Module &M, const Analysis &A,
                         const Options &Opts)
    : M(M), A(A), Opts(Opts) {}

RustLayouts::~RustLayouts() = default;

uint64_t RustLayouts::unsignedAlign(uint64_t Bytes) const {
  return rustUnsignedAlign(M.Target, Bytes);
}

bool RustLayouts::hasNativeInt128() const {
  return rustInt128MatchesC(M.Target, Opts.Target);
}

bool RustLayouts::integerElementCarriesAlign(uint64_t Size,
                                             uint64_t Align) const {
  return Align >= 1 && Align <= 8 && Size % Align == 0 &&
         unsignedAlign(Align) == Align;
}

uint64_t RustLayouts::opaqueRecordReprAlign(uint64_t Size,
                                            uint64_t Align) const {
  Align = std::max<uint64_t>(Align, 1);
  uint64_t Element = std::min<uint64_t>(Align, 8);
  if (Size % Element != 0)
    Element = 1;
  return unsignedAlign(Element) < Align ? Align : 0;
}

std::pair<uint64_t, uint64_t> RustLayouts::typeLayout(TypeId Id) const {
  if (!Id.isValid())
    return {0, 1};
  const Type &T = M.type(Id);
  switch (T.Kind) {
  case TypeKind::Array: {
    auto [Size, Align] = typeLayout(T.Pointee);
    return {Size * T.ArrayLength, Align};
  }
  case TypeKind::IncompleteArray:
    return {0, typeLayout(T.Pointee).second};
  case TypeKind::Named: {
    if (!T.Item.isValid())
      return {T.SizeBytes, std::max<uint64_t>(T.AlignBytes, 1)};
    const Item &It = M.item(T.Item);
    if (const auto *TD = It.getIf<Typedef>())
      return typeLayout(TD->Underlying);
    if (const auto *E = It.getIf<Enum>())
      return typeLayout(E->IntegerType);
    if (const auto *R = It.getIf<Record>()) {
      if (!R->IsComplete)
        return {0, 1};
      return {R->SizeBytes, std::max<uint64_t>(R->AlignBytes, 1)};
    }
    return {T.SizeBytes, std::max<uint64_t>(T.AlignBytes, 1)};
  }
  case TypeKind::Pointer:
    return {M.Target.PointerBytes, M.Target.PointerBytes};
  default:
    return {T.SizeBytes, std::max<uint64_t>(T.AlignBytes, 1)};
  }
}

bool RustLayouts::containsReprAlign(TypeId Id) {
  if (!Id.isValid())
    return false;
  const Type &T = M.type(Id);
  // A blob that is no integer array is a helper struct with repr(align).
  auto BlobHasReprAlign = [&](uint64_t Size, uint64_t Align) {
    return !integerElementCarriesAlign(Size, std::max<uint64_t>(Align, 1));
  };
  switch (T.Kind) {
  case TypeKind::Array:
  case TypeKind::IncompleteArray:
    return containsReprAlign(T.Pointee);
  case TypeKind::Integer:
    if (T.Integer == IntegerKind::Int128 || T.Integer == IntegerKind::UInt128)
      return !hasNativeInt128() &&
             BlobHasReprAlign(T.SizeBytes ? T.SizeBytes : 16,
                              T.AlignBytes ? T.AlignBytes : 16);
    return false;
  case TypeKind::Float:
    if (T.Float == FloatKind::Float || T.Float == FloatKind::Double)
      return false;
    return BlobHasReprAlign(T.SizeBytes, T.AlignBytes);
  case TypeKind::Opaque:
    return BlobHasReprAlign(T.SizeBytes, T.AlignBytes);
  case TypeKind::Named: {
    if (!T.Item.isValid())
      return false;
    const Item &It = M.item(T.Item);
    if (const auto *TD = It.getIf<Typedef>())
      return containsReprAlign(TD->Underlying);
    const auto *R = It.getIf<Record>();
    if (!R || !R->IsComplete)
      return false;
    // Opaque, or unknown spelling (then assume the worst): a blob.
    if (A.decision(T.Item).Kind != Disposition::Emit)
      return opaqueRecordReprAlign(R->SizeBytes, R->AlignBytes) != 0;
    const RustRecordLayout &Inner = record(T.Item);
    // An invalid layout is written as an opaque blob.
    if (!Inner.Valid)
      return opaqueRecordReprAlign(R->SizeBytes, R->AlignBytes) != 0;
    return Inner.carriesReprAlign();
  }
  default:
    return false;
  }
}

const RustRecordLayout &RustLayouts::record(ItemId Id) {
  auto Found = Layouts.find(Id.Index);
  if (Found != Layouts.end())
    return *Found->second;
  // Laying a record out may lay out the records it holds by value; the
  // verifier refuses a record that holds itself, so this recursion ends.
  auto Layout = std::make_unique<RustRecordLayout>(plan(Id));
  return *Layouts.emplace(Id.Index, std::move(Layout)).first->second;
}

namespace {

/// Plans one record; RustLayouts keeps the result.
class RecordLayoutPlanner {
public:
  RecordLayoutPlanner(RustLayouts &Layouts, const Module &M, const Analysis &A,
                      ItemId Id)
      : Layouts(Layouts), A(A), Id(Id), R(M.item(Id).as<Record>()) {}

  RustRecordLayout plan() {
    L.IsUnion = R.Kind == RecordKind::Union;
    L.EmulatedUnion =
        L.IsUnion && unionForm() == UnionForm::BindgenUnionFieldStruct;
    L.SizeBytes = R.SizeBytes;
    L.AlignBytes = std::max<uint64_t>(R.AlignBytes, 1);
    planBitfieldUnits();
    collectFields();
    if (!L.Valid)
      return std::move(L);
    choosePacking();
    if (L.IsUnion)
      placeUnionFields();
    else
      placeStructFields();
    for (const Field_ &F : L.Fields)
      if (F.Kind == Field_::Regular && F.FieldIndex >= 0 &&
          Layouts.containsReprAlign(R.Fields[F.FieldIndex].Type))
        L.AlignInside = true;
    // Markers may have been lowered by packing; keep units in sync.
    for (const Field_ &F : L.Fields)
      if (F.Kind == Field_::BitfieldMarker && F.UnitIndex >= 0)
        L.Units[F.UnitIndex].MarkerAlign = F.Align;
    return std::move(L);
  }

private:
  UnionForm unionForm() const {
    if (Id.Index < A.UnionForms.size())
      return A.UnionForms[Id.Index];
    return UnionForm::RustUnion;
  }

  const std::string &memberName(size_t Index) const {
    return A.MemberNames[Id.Index][Index];
  }

  void planBitfieldUnits() {
    for (const ir::BitfieldRun &Run : R.bitfieldRuns()) {
      uint64_t StartBit = UINT64_MAX, EndBit = 0, MarkerAlign = 1;
      for (size_t F = Run.Begin; F < Run.End; ++F) {
        const ir::Field &Fld = R.Fields[F];
        if (*Fld.BitWidth == 0)
          continue;
        StartBit = std::min(StartBit, Fld.OffsetBits);
        EndBit = std::max(EndBit, Fld.OffsetBits + *Fld.BitWidth);
        // Unnamed bitfields do not affect the record's alignment in C.
        if (!Fld.Name.empty())
          MarkerAlign =
              std::max(MarkerAlign, Layouts.typeLayout(Fld.Type).second);
      }
      RustLayoutUnit Unit;
      Unit.Number = L.Units.size() + 1;
      Unit.FirstField = Run.Begin;
      Unit.OffsetBytes = StartBit / 8;
      Unit.SizeBytes = (EndBit + 7) / 8 - Unit.OffsetBytes;
      MarkerAlign = std::min<uint64_t>(MarkerAlign, 8);
      // The marker is an integer array: never more than the integer carries.
      while (MarkerAlign > 1 &&
             Layouts.unsignedAlign(MarkerAlign) != MarkerAlign)
        MarkerAlign /= 2;
      while (MarkerAlign > 1 && Unit.OffsetBytes % MarkerAlign != 0)
        MarkerAlign /= 2;
      Unit.MarkerAlign = MarkerAlign;
      for (size_t F = Run.Begin; F < Run.End; ++F)
        if (*R.Fields[F].BitWidth != 0 && !memberName(F).empty())
          Unit.Members.push_back({F,
                                  R.Fields[F].OffsetBits - Unit.OffsetBytes * 8,
                                  *R.Fields[F].BitWidth});
      L.Units.push_back(std::move(Unit));
    }
  }

  void collectFields() {
    for (size_t I = 0; I < R.Fields.size(); ++I) {
      const ir::Field &Fld = R.Fields[I];
      if (Fld.isBitfield()) {
        for (size_t U = 0; U < L.Units.size(); ++U) {
          const RustLayoutUnit &Unit = L.Units[U];
          if (Unit.FirstField != I)
            continue;
          Field_ Marker;
          Marker.Kind = Field_::BitfieldMarker;
          Marker.Offset = Unit.OffsetBytes;
          Marker.Align = Unit.MarkerAlign;
          Marker.UnitIndex = U;
          L.Fields.push_back(Marker);
          Field_ Storage;
          Storage.Kind = Field_::Unit;
          Storage.Offset = Unit.OffsetBytes;
          Storage.Size = Unit.SizeBytes;
          Storage.UnitIndex = U;
          L.Fields.push_back(Storage);
        }
        continue;
      }
      Field_ F;
      F.FieldIndex = I;
      F.Offset = Fld.OffsetBits / 8;
      if (Fld.OffsetBits % 8 != 0)
        L.Valid = false;
      auto [Size, Align] = Layouts.typeLayout(Fld.Type);
      F.Size = Size;
      F.Align = Align;
      // `__BindgenUnionField<T>` is zero-sized: every member sits at offset
      // 0 of the struct.
      if (L.EmulatedUnion) {
        F.Size = 0;
        F.Align = 1;
      }
      L.Fields.push_back(F);
    }
    if (L.EmulatedUnion) {
      // The blob gives the struct the union's size and alignment.
      Field_ Blob;
      Blob.Kind = Field_::Blob;
      Blob.Size = L.SizeBytes;
      Blob.Align = L.AlignBytes;
      L.Fields.push_back(Blob);
    }
  }

  /// Replaces a regular field by a byte blob of its size (alignment 1).
  void turnIntoBlob(Field_ &F, Field_::BytesReasonType Reason,
                    const std::string &Why) {
    if (F.Kind != Field_::Regular)
      return;
    F.Kind = Field_::Blob;
    F.Align = 1;
    F.BytesReason = Reason;
    L.Notes.push_back("field `" + memberName(F.FieldIndex) +
                      "` emitted as a byte blob: " + Why);
  }

  uint64_t packedAlign(const Field_ &F) const {
    return L.Pack ? std::min(F.Align, L.Pack) : F.Align;
  }

  /// Rule 3: packed(P), blobbing fields packing cannot hold, and a marker
  /// that raises the alignment back to P. False when that marker would not
  /// carry P on the target; then L is left half-done for the caller to
  /// restore.
  bool packFields(uint64_t P) {
    L.Pack = P;
    for (Field_ &F : L.Fields) {
      // A member both over-aligned and misaligned counts as misaligned:
      // x86_64 then passes the C record in memory.
      bool Misaligned = F.Offset % packedAlign(F) != 0;
      if (F.Kind == Field_::Regular && F.FieldIndex >= 0 &&
          Layouts.containsReprAlign(R.Fields[F.FieldIndex].Type))
        turnIntoBlob(
            F, Misaligned ? Field_::Misaligned : Field_::OverAlignedInPacked,
            "Rust forbids an over-aligned type in a packed struct");
      if (F.Offset % packedAlign(F) == 0)
        continue;
      if (F.Kind == Field_::BitfieldMarker) {
        while (F.Offset % packedAlign(F) != 0)
          F.Align /= 2;
        continue;
      }
      turnIntoBlob(F, Field_::Misaligned,
                   "its offset is misaligned for its type");
    }
    uint64_t Reached = 1;
    for (const Field_ &F : L.Fields)
      Reached = std::max(Reached, packedAlign(F));
    if (Reached >= P)
      return true;
    if (Layouts.unsignedAlign(P) != P)
      return false;
    Field_ Marker;
    Marker.Kind = Field_::AlignMarker;
    Marker.Align = P;
    L.Fields.insert(L.Fields.begin(), Marker);
    return true;
  }

  /// Rules 2-4: chooses packing and alignment, blobbing what must be.
  void choosePacking() {
    uint64_t P = L.AlignBytes;
    uint64_t MaxAlign = 1;
    bool Misaligned = false;
    for (const Field_ &F : L.Fields) {
      MaxAlign = std::max(MaxAlign, F.Align);
      Misaligned |= F.Offset % F.Align != 0;
    }
    if (!Misaligned && MaxAlign <= P) {
      L.ReprAlign = P > MaxAlign ? P : 0;
      return;
    }
    // Rule 3 needs an integer marker that carries P (u64 does not on i386).
    if (P <= 8) {
      std::vector<Field_> Unpacked = L.Fields;
      size_t NotesBefore = L.Notes.size();
      if (packFields(P))
        return;
      L.Fields = std::move(Unpacked);
      L.Notes.resize(NotesBefore);
      L.Pack = 0;
    }
    // Rule 4: no packing.
    L.Notes.push_back(P > 8 ? "packed record aligned above 8 bytes: packing "
                              "dropped"
                            : "packed record whose alignment no integer "
                              "carries on this target: packing dropped");
    MaxAlign = 1;
    for (Field_ &F : L.Fields) {
      if (F.Kind == Field_::BitfieldMarker) {
        while (F.Align > 1 && F.Offset % F.Align != 0)
          F.Align /= 2;
      } else if (F.Offset % F.Align != 0 || F.Align > P) {
        turnIntoBlob(F, Field_::Misaligned,
                     "repr(C) cannot place it at clang's offset");
      }
      MaxAlign = std::max(MaxAlign, F.Align);
    }
    L.ReprAlign = P > MaxAlign ? P : 0;
  }

  static Field_ paddingField(unsigned Number, uint64_t Offset, uint64_t Size) {
    Field_ Pad;
    Pad.Kind = Field_::Padding;
    Pad.PaddingNumber = Number;
    Pad.Offset = Offset;
    Pad.Size = Size;
    return Pad;
  }

  /// Rule 5 for structs: places padding and checks the result.
  void placeStructFields() {
    std::vector<Field_> Placed;
    uint64_t Cursor = 0, RustAlign = std::max<uint64_t>(L.ReprAlign, 1);
    unsigned PadNumber = 0;
    bool ExplicitPadding = Layouts.explicitPadding();
    for (Field_ &F : L.Fields) {
      uint64_t Align = packedAlign(F);
      RustAlign = std::max(RustAlign, Align);
      if (F.Offset < Cursor) {
        L.Valid = false;
        return;
      }
      bool Gap = alignUp(Cursor, Align) < F.Offset;
      if (Gap || (ExplicitPadding && F.Offset > Cursor)) {
        Placed.push_back(paddingField(PadNumber++, Cursor, F.Offset - Cursor));
        Cursor = F.Offset;
      }
      if (alignUp(Cursor, Align) != F.Offset) {
        L.Valid = false;
        return;
      }
      Cursor = F.Offset + F.Size;
      Placed.push_back(F);
    }
    uint64_t RustSize = alignUp(Cursor, RustAlign);
    if (RustSize > L.SizeBytes || Cursor > L.SizeBytes) {
      L.Valid = false;
      return;
    }
    if (RustSize < L.SizeBytes || (ExplicitPadding && Cursor < L.SizeBytes))
      Placed.push_back(paddingField(PadNumber++, Cursor, L.SizeBytes - Cursor));
    L.Fields = std::move(Placed);
    if (RustAlign != L.AlignBytes ||
        alignUp(L.SizeBytes, RustAlign) != L.SizeBytes)
      L.Valid = false;
  }

  void placeUnionFields() {
    uint64_t RustAlign = std::max<uint64_t>(L.ReprAlign, 1), MaxSize = 0;
    for (const Field_ &F : L.Fields) {
      if (F.Offset != 0) {
        L.Valid = false;
        return;
      }
      RustAlign = std::max(RustAlign, packedAlign(F));
      MaxSize = std::max(MaxSize, F.Size);
    }
    // Rust rejects a union without fields (`union U { int : 0; }` has none).
    if (alignUp(MaxSize, RustAlign) < L.SizeBytes || L.Fields.empty())
      L.Fields.push_back(paddingField(0, 0, L.SizeBytes));
    else if (alignUp(MaxSize, RustAlign) > L.SizeBytes)
      L.Valid = false;
    if (RustAlign != L.AlignBytes)
      L.Valid = false;
  }

  RustLayouts &Layouts;
  const Analysis &A;
  ItemId Id;
  const Record &R;
  RustRecordLayout L;
};

} // namespace

RustRecordLayout RustLayouts::plan(ItemId Id) {
  return RecordLayoutPlanner(*this, M, A, Id).plan();
}

} // namespace kbindgen
