//===- Derives.cpp - Which traits each type can derive --------------------===//
//
// A type can derive a trait only if every field can, so the capabilities are
// computed bottom-up over the type graph (memoized; by-value containment is
// acyclic in C, and a pointer never needs its pointee's traits). The rules
// follow bindgen (checked against 0.60.1):
//   - pointers: everything but Default; function pointers (Option<fn>) also
//     Default;
//   - arrays: as their element; longer than 32: no Default (and, for Rust
//     targets before 1.47, no Debug/Hash/PartialEq/Eq/PartialOrd/Ord);
//   - flexible array members, `[]` or GNU `[0]`: Debug and Default only (not
//     Copy, Clone, Hash, PartialEq, ...);
//   - floats: no Hash, Eq, Ord;
//   - enums: everything but Default (bindgen never derives Default through an
//     enum field, whatever the style);
//   - unions: Copy/Clone only (when every field is Copy); no Debug, Default,
//     Hash, PartialEq, ...; in the __BindgenUnionField struct form
//     (UnionForms.cpp) what a blob of the union's layout derives, Copy only
//     when every field is Copy;
//   - opaque blobs (opaque records, vector/complex types): everything when the
//     blob array has at most 32 elements, nothing otherwise;
//   - forward-declared records: Copy, Clone, Debug;
//   - packed records that cannot be Copy (a flexible array member): nothing,
//     since Rust's derives on packed structs need Copy (bindgen 0.60.1
//     agrees for the struct itself but still lets containers derive);
//   - a type that is not emitted (blocklisted, not allowlisted): nothing,
//     except the <stdint.h> names bindgen maps to Rust primitives;
//   - --no-debug/--no-copy/--no-default/--no-hash/--no-partialeq remove the
//     trait from the matching item and so from everything that contains it.
// Default that cannot be derived but was asked for becomes DefaultViaZeroed
// on records (an `impl Default` through zeroed memory).
//
//===----------------------------------------------------------------------===//

#include "AnalysisPasses.h"

#include "llvm/ADT/StringSet.h"

namespace kbindgen::analysis {

using ir::Item;
using ir::ItemKind;
using ir::TypeId;
using ir::TypeKind;

namespace {

enum TraitBits : uint16_t {
  CopyBit = 1 << 0, ///< Copy and Clone go together.
  DebugBit = 1 << 1,
  DefaultBit = 1 << 2,
  HashBit = 1 << 3,
  PartialEqBit = 1 << 4,
  EqBit = 1 << 5,
  PartialOrdBit = 1 << 6,
  OrdBit = 1 << 7,
  AllBits = 0xff,
  ComparisonBits = PartialEqBit | EqBit | PartialOrdBit | OrdBit,
};

/// Rust's derives for arrays stopped at 32 elements before const generics.
constexpr uint64_t ArrayDeriveLimit = 32;

bool isStdintName(llvm::StringRef Name) {
  static const llvm::StringSet<> Names = {
      "int8_t",    "uint8_t", "int16_t",  "uint16_t",  "int32_t",
      "uint32_t",  "int64_t", "uint64_t", "uintptr_t", "intptr_t",
      "ptrdiff_t", "size_t",  "ssize_t"};
  return Names.contains(Name);
}

/// bindgen's opaque blob is an array of the integer as wide as the
/// alignment (u8..u64; u128 for 16), or of bytes.
uint64_t blobElementCount(uint64_t SizeBytes, uint64_t AlignBytes) {
  uint64_t Element = 1;
  if (AlignBytes == 2 || AlignBytes == 4 || AlignBytes == 8 || AlignBytes == 16)
    Element = AlignBytes;
  return SizeBytes / Element;
}

uint16_t blobTraits(uint64_t SizeBytes, uint64_t AlignBytes) {
  return blobElementCount(SizeBytes, AlignBytes) <= ArrayDeriveLimit ? AllBits
                                                                     : 0;
}

class DeriveAnalysis {
public:
  DeriveAnalysis(const ir::Module &M, const Options &Opts,
                 const CompiledOptions &C, Analysis &A)
      : M(M), Opts(Opts), C(C), A(A), ItemState(M.Items.size(), Unknown),
        ItemTraits(M.Items.size(), 0), TypeTraitsMemo(M.Types.size(), -1) {}

  uint16_t itemTraits(uint32_t Index) {
    if (ItemState[Index] == Done)
      return ItemTraits[Index];
    // Only a malformed IR contains a record by value: assume the best, as a
    // greatest fixpoint would.
    if (ItemState[Index] == InProgress)
      return AllBits;
    ItemState[Index] = InProgress;
    uint16_t Traits = computeItemTraits(Index) & ~removedByName(Index);
    ItemTraits[Index] = Traits;
    ItemState[Index] = Done;
    return Traits;
  }

  uint16_t removedByName(uint32_t Index) const {
    const std::string &Name = A.RustNames[Index];
    uint16_t Removed = 0;
    if (!C.NoCopy.empty() && C.NoCopy.matches(Name))
      Removed |= CopyBit;
    if (!C.NoDebug.empty() && C.NoDebug.matches(Name))
      Removed |= DebugBit;
    if (!C.NoDefault.empty() && C.NoDefault.matches(Name))
      Removed |= DefaultBit;
    if (!C.NoHash.empty() && C.NoHash.matches(Name))
      Removed |= HashBit;
    if (!C.NoPartialEq.empty() && C.NoPartialEq.matches(Name))
      Removed |= ComparisonBits;
    return Removed;
  }

private:
  /// --no-size_t-is-usize: a blocked size_t is the user's own type then.
  bool keepsSizeTypedef(llvm::StringRef Name) const {
    return !Opts.SizeTIsUsize && (Name == "size_t" || Name == "ssize_t");
  }

  uint16_t computeItemTraits(uint32_t Index) {
    const Item &It = M.Items[Index];
    Disposition Kind = A.Decisions[Index].Kind;
    // Typedefs that are not emitted themselves (folded into their record,
    // duplicates) still stand for their target.
    if (const ir::Typedef *TD = It.getIf<ir::Typedef>()) {
      if (Kind == Disposition::Blocked || Kind == Disposition::NotSelected)
        return isStdintName(It.Name) && !keepsSizeTypedef(It.Name) ? AllBits
                                                                   : 0;
      return typeTraits(TD->Underlying);
    }
    if (Kind == Disposition::Blocked || Kind == Disposition::NotSelected)
      return 0;
    if (It.kind() == ItemKind::Enum)
      return AllBits & ~DefaultBit;
    const ir::Record *R = It.getIf<ir::Record>();
    if (!R)
      return AllBits;
    if (Kind == Disposition::Opaque)
      return blobTraits(R->SizeBytes, R->AlignBytes);
    if (!R->IsComplete)
      return CopyBit | DebugBit;
    uint16_t Traits = AllBits;
    for (const ir::Field &F : R->Fields)
      Traits &= typeTraits(F.Type);
    if (R->Kind == ir::RecordKind::Union) {
      UnionForm Form = chooseUnionForm(Opts, C, *R, A.RustNames[Index],
                                       (Traits & CopyBit) != 0);
      A.UnionForms[Index] = Form;
      // The struct form is zero-sized wrappers plus a blob of the union's
      // layout: it derives what the blob does, Copy only when every field
      // is Copy (bindgen's rule).
      // __BindgenUnionField has no order: no PartialOrd or Ord.
      if (Form == UnionForm::BindgenUnionFieldStruct)
        Traits = (blobTraits(R->SizeBytes, R->AlignBytes) &
                  ~(CopyBit | PartialOrdBit | OrdBit)) |
                 (Traits & CopyBit);
      else
        Traits &= CopyBit;
    }
    // Rust derives on a #[repr(packed)] struct only work when it is Copy
    // (they cannot take references to its fields).
    if (R->IsPacked && !(Traits & CopyBit))
      Traits = 0;
    return Traits;
  }

  uint16_t typeTraits(TypeId Id) {
    int16_t &Memo = TypeTraitsMemo[Id.Index];
    if (Memo < 0)
      Memo = static_cast<int16_t>(computeTypeTraits(M.type(Id)));
    return static_cast<uint16_t>(Memo);
  }

  uint16_t computeTypeTraits(const ir::Type &T) {
    switch (T.Kind) {
    case TypeKind::Void:
    case TypeKind::Integer:
    case TypeKind::Function:
      return AllBits;
    case TypeKind::Float:
      return AllBits & ~(HashBit | EqBit | OrdBit);
    case TypeKind::Pointer: {
      TypeId Pointee = M.resolveTypedefs(T.Pointee);
      bool IsFunctionPointer = M.type(Pointee).Kind == TypeKind::Function;
      return IsFunctionPointer ? AllBits : AllBits & ~DefaultBit;
    }
    case TypeKind::Array: {
      // bindgen turns `T x[0]` into an __IncompleteArrayField as `T x[]`.
      if (T.ArrayLength == 0)
        return typeTraits(T.Pointee) & (DebugBit | DefaultBit);
      uint16_t Traits = typeTraits(T.Pointee);
      if (T.ArrayLength > ArrayDeriveLimit) {
        Traits &= ~DefaultBit;
        if (!Opts.Target.atLeast(1, 47))
          Traits &= ~(DebugBit | HashBit | ComparisonBits);
      }
      return Traits;
    }
    case TypeKind::IncompleteArray:
      return typeTraits(T.Pointee) & (DebugBit | DefaultBit);
    case TypeKind::Named:
      return itemTraits(T.Item.Index);
    case TypeKind::Opaque:
      return blobTraits(T.SizeBytes, T.AlignBytes);
    }
    return AllBits;
  }

  enum State : uint8_t { Unknown, InProgress, Done };
  const ir::Module &M;
  const Options &Opts;
  const CompiledOptions &C;
  Analysis &A; ///< Read; UnionForms written.
  std::vector<State> ItemState;
  std::vector<uint16_t> ItemTraits;
  std::vector<int16_t> TypeTraitsMemo;
};

void appendMatching(const std::vector<ValueRule> &Rules, llvm::StringRef Name,
                    std::vector<std::string> &Out) {
  for (const ValueRule &Rule : Rules) {
    if (!Rule.Regex.matches(Name))
      continue;
    for (const std::string &Value : Rule.Values)
      if (std::find(Out.begin(), Out.end(), Value) == Out.end())
        Out.push_back(Value);
  }
}

/// The requested derives the traits allow.
DeriveSet requestedDerives(const Options &Opts, uint16_t Traits) {
  bool WantOrd = Opts.DeriveOrd;
  bool WantPartialOrd = Opts.DerivePartialOrd || WantOrd;
  bool WantEq = Opts.DeriveEq || WantOrd;
  bool WantPartialEq = Opts.DerivePartialEq || WantEq || WantPartialOrd;
  DeriveSet D;
  D.Copy = D.Clone = Opts.DeriveCopy && (Traits & CopyBit);
  D.Debug = Opts.DeriveDebug && (Traits & DebugBit);
  D.Default = Opts.DeriveDefault && (Traits & DefaultBit);
  D.Hash = Opts.DeriveHash && (Traits & HashBit);
  D.PartialEq = WantPartialEq && (Traits & PartialEqBit);
  D.Eq = WantEq && D.PartialEq && (Traits & EqBit);
  D.PartialOrd = WantPartialOrd && D.PartialEq && (Traits & PartialOrdBit);
  D.Ord = WantOrd && D.Eq && D.PartialOrd && (Traits & OrdBit);
  return D;
}

} // namespace

void computeDerives(const ir::Module &M, const Options &Opts,
                    const CompiledOptions &Compiled, Analysis &A) {
  A.Derives.assign(M.Items.size(), DeriveSet());
  A.UnionForms.assign(M.Items.size(), UnionForm::RustUnion);
  DeriveAnalysis Analysis(M, Opts, Compiled, A);
  for (uint32_t I = 0; I < M.Items.size(); ++I) {
    const Item &It = M.Items[I];
    ItemKind Kind = It.kind();
    if (Kind != ItemKind::Record && Kind != ItemKind::Enum &&
        Kind != ItemKind::Typedef)
      continue;
    uint16_t Traits = Analysis.itemTraits(I);
    DeriveSet &D = A.Derives[I];
    D = requestedDerives(Opts, Traits);
    const std::string &Name = A.RustNames[I];
    D.MustUse =
        !Compiled.MustUseTypes.empty() && Compiled.MustUseTypes.matches(Name);
    if (Kind == ItemKind::Enum) {
      EnumStyle Style = A.EnumStyles[I];
      // bindgen always derives these on Rust enums and newtypes.
      if (Style != EnumStyle::Consts && Style != EnumStyle::ModuleConsts) {
        D.Hash = D.PartialEq = D.Eq = true;
        D.Copy = D.Clone = true;
      }
      appendMatching(Compiled.DeriveCustom, Name, D.Custom);
      appendMatching(Compiled.DeriveCustomEnum, Name, D.Custom);
      appendMatching(Compiled.AttributeCustom, Name, D.Attributes);
      appendMatching(Compiled.AttributeCustomEnum, Name, D.Attributes);
      continue;
    }
    if (Kind != ItemKind::Record)
      continue;
    const ir::Record &R = It.as<ir::Record>();
    bool Defined = R.IsComplete || A.Decisions[I].Kind == Disposition::Opaque;
    D.DefaultViaZeroed = Opts.DeriveDefault && Defined && !D.Default &&
                         !(Analysis.removedByName(I) & DefaultBit);
    bool IsUnion = R.Kind == ir::RecordKind::Union;
    appendMatching(Compiled.DeriveCustom, Name, D.Custom);
    appendMatching(IsUnion ? Compiled.DeriveCustomUnion
                           : Compiled.DeriveCustomStruct,
                   Name, D.Custom);
    appendMatching(Compiled.AttributeCustom, Name, D.Attributes);
    appendMatching(IsUnion ? Compiled.AttributeCustomUnion
                           : Compiled.AttributeCustomStruct,
                   Name, D.Attributes);
  }
}

} // namespace kbindgen::analysis
