//===- Layout.cpp - A record's members, holes and padding -----------------===//
//
// Builds a RecordLayout from the offsets and sizes clang computed (the IR).
// The only arithmetic is bookkeeping over those numbers: where one member's
// storage ends and the next begins.
//
//===----------------------------------------------------------------------===//

#include "kbindgen/Inspect/Layout.h"

#include "kbindgen/IR/Vocabulary.h"

#include <algorithm>

namespace kbindgen::layout {
namespace {

/// The anonymous record a field's type shows in place (through arrays), or
/// an invalid id.
ir::ItemId expandableRecord(const ir::Module &M, ir::TypeId Id) {
  while (Id.isValid()) {
    const ir::Type &T = M.type(Id);
    if (T.Kind == ir::TypeKind::Array ||
        T.Kind == ir::TypeKind::IncompleteArray) {
      Id = T.Pointee;
      continue;
    }
    if (T.Kind != ir::TypeKind::Named || !T.Item.isValid())
      return {};
    const ir::Item &Target = M.item(T.Item);
    const auto *Record = Target.getIf<ir::Record>();
    if (!Record || !Target.isAnonymous() || !Record->IsComplete)
      return {};
    return T.Item;
  }
  return {};
}

/// Splits a field's type into the declaration prefix and the array suffix
/// that follows the name (`char x[4][2]`). The prefix is clang's own
/// spelling of the element type, as pahole prints it (`unsigned int`,
/// `struct list_head *`, typedef names kept), with only anonymous tags
/// shortened. It is not diffTypeName (DiffTypeNames.cpp), which rebuilds
/// the text from the IR (`bool`, `T *const`, anonymous types by their Rust
/// name, no `volatile`) so that it does not move with the header's lines, nor
/// the C declarator (lib/IR/CDeclarator), which writes compilable C for the
/// wrappers; the layout goldens (test/layout) hold clang's text.
void spellType(const ir::Module &M, ir::TypeId Id, MemberLayout &Member) {
  while (Id.isValid()) {
    const ir::Type &T = M.type(Id);
    if (T.Kind == ir::TypeKind::Array) {
      Member.ArraySuffix += "[" + std::to_string(T.ArrayLength) + "]";
      Id = T.Pointee;
      continue;
    }
    if (T.Kind == ir::TypeKind::IncompleteArray) {
      Member.ArraySuffix += "[]";
      Id = T.Pointee;
      continue;
    }
    break;
  }
  if (!Id.isValid())
    return;
  const ir::Type &T = M.type(Id);
  Member.TypeSpelling = T.Spelling;
  // clang spells anonymous tags with their location; the keyword reads
  // better and the body is shown in place anyway.
  if (T.Kind == ir::TypeKind::Named && T.Item.isValid() &&
      M.item(T.Item).isAnonymous()) {
    const ir::Item &Target = M.item(T.Item);
    if (const auto *Record = Target.getIf<ir::Record>())
      Member.TypeSpelling = ir::recordKeyword(Record->Kind).str();
    else if (Target.getIf<ir::Enum>())
      Member.TypeSpelling = "enum {...}";
    if (T.IsConst)
      Member.TypeSpelling = "const " + Member.TypeSpelling;
  }
}

/// Where a member's storage starts and ends, in bits from its body's start.
struct Extent {
  uint64_t Start = 0;
  uint64_t End = 0;
  /// Bitfields: the storage unit (the declared type, aligned down).
  uint64_t UnitStart = 0;
  uint64_t UnitEnd = 0;
  uint64_t UnitBits = 0;
};

Extent extentOf(const ir::Field &F, uint64_t TypeBytes) {
  Extent E;
  E.Start = F.OffsetBits;
  if (!F.BitWidth) {
    E.End = E.Start + TypeBytes * 8;
    return E;
  }
  E.End = E.Start + *F.BitWidth;
  E.UnitBits = TypeBytes * 8;
  if (E.UnitBits == 0) {
    E.UnitStart = E.Start;
    E.UnitEnd = E.End;
    return E;
  }
  E.UnitStart = E.Start / E.UnitBits * E.UnitBits;
  E.UnitEnd = E.UnitStart + E.UnitBits;
  // A packed record can let a bitfield run past its type's unit.
  while (E.UnitEnd < E.End)
    E.UnitEnd += E.UnitBits;
  return E;
}

class LayoutBuilder {
public:
  LayoutBuilder(const ir::Module &M, const ItemDecisions &A) : M(M), A(A) {}

  BodyLayout body(ir::ItemId Id, uint64_t BaseBits) {
    const auto &Record = M.item(Id).as<ir::Record>();
    BodyLayout Body;
    Body.Kind = Record.Kind;
    Body.SizeBytes = Record.SizeBytes;
    Body.AlignBytes = Record.AlignBytes;
    Body.IsPacked = Record.IsPacked;
    std::vector<Extent> Extents;
    for (size_t I = 0; I < Record.Fields.size(); ++I) {
      const ir::Field &F = Record.Fields[I];
      const ir::Type *T = F.Type.isValid() ? &M.type(F.Type) : nullptr;
      uint64_t TypeBytes = T ? T->SizeBytes : 0;
      Extent E = extentOf(F, TypeBytes);
      MemberLayout Member;
      Member.Name = F.Name;
      Member.RustName = rustMemberName(Id, I);
      spellType(M, F.Type, Member);
      Member.OffsetBits = BaseBits + E.Start;
      Member.OffsetBytes =
          (BaseBits + (F.BitWidth ? E.UnitStart : E.Start)) / 8;
      Member.SizeBytes = TypeBytes;
      Member.AlignBytes = T ? T->AlignBytes : 0;
      if (F.BitWidth) {
        Member.Bitfield = BitfieldLayout{*F.BitWidth, E.Start - E.UnitStart};
        Member.IsUnnamedBitfield = F.Name.empty();
      }
      ir::ItemId Nested = expandableRecord(M, F.Type);
      // The verifier refuses a record that holds itself by value, so this
      // recursion ends.
      if (Nested.isValid() && !F.BitWidth) {
        Member.Expansion =
            std::make_unique<BodyLayout>(body(Nested, BaseBits + E.Start));
      }
      Body.Members.push_back(std::move(Member));
      Extents.push_back(E);
    }
    if (Body.Kind == ir::RecordKind::Struct)
      findHoles(Body, Extents);
    else
      findUnionPadding(Body, Extents);
    return Body;
  }

private:
  std::string rustMemberName(ir::ItemId Id, size_t Field) const {
    const auto &Names = A.MemberNames[Id.Index];
    return Field < Names.size() ? Names[Field] : std::string();
  }

  /// Walks the members in order, as pahole does: a bitfield run ends at the
  /// end of its widest storage unit; bits left in it before the next member
  /// are a bit hole, whole bytes between storages a byte hole.
  static void findHoles(BodyLayout &Body, const std::vector<Extent> &Extents) {
    uint64_t LastSeen = 0;
    bool InBitfieldRun = false;
    uint64_t RunEnd = 0;
    MemberLayout *Previous = nullptr;
    for (size_t I = 0; I < Body.Members.size(); ++I) {
      MemberLayout &Member = Body.Members[I];
      if (Member.IsUnnamedBitfield)
        continue;
      const Extent &E = Extents[I];
      uint64_t BitHole = 0, ByteHole = 0;
      if (InBitfieldRun) {
        uint64_t RunCut = std::min(E.Start, RunEnd);
        if (RunCut > LastSeen) {
          BitHole = RunCut - LastSeen;
          LastSeen = RunCut;
        }
      }
      if (Member.Bitfield) {
        if (LastSeen < E.UnitStart && E.UnitStart <= E.Start) {
          ByteHole = E.UnitStart / 8 - LastSeen / 8;
          LastSeen = E.UnitStart;
        }
        if (E.Start > LastSeen)
          BitHole += E.Start - LastSeen;
      } else if (E.Start / 8 > LastSeen / 8) {
        ByteHole = E.Start / 8 - LastSeen / 8;
      }
      LastSeen = E.End;
      if (Member.Bitfield) {
        RunEnd = InBitfieldRun ? std::max(RunEnd, E.UnitEnd) : E.UnitEnd;
        InBitfieldRun = true;
      } else {
        InBitfieldRun = false;
      }
      if (Previous) {
        Previous->HoleBytesAfter = ByteHole;
        Previous->HoleBitsAfter = BitHole;
      }
      Previous = &Member;
    }
    uint64_t SizeBits = Body.SizeBytes * 8;
    if (InBitfieldRun) {
      uint64_t UnitEnd = std::min(SizeBits, RunEnd);
      if (UnitEnd > LastSeen) {
        Body.PaddingBits = UnitEnd - LastSeen;
        LastSeen = UnitEnd;
      }
    }
    Body.PaddingBytes =
        SizeBits / 8 > LastSeen / 8 ? SizeBits / 8 - LastSeen / 8 : 0;
  }

  static void findUnionPadding(BodyLayout &Body,
                               const std::vector<Extent> &Extents) {
    uint64_t LargestEnd = 0;
    for (size_t I = 0; I < Body.Members.size(); ++I)
      if (!Body.Members[I].IsUnnamedBitfield)
        LargestEnd =
            std::max(LargestEnd, Body.Members[I].Bitfield ? Extents[I].UnitEnd
                                                          : Extents[I].End);
    uint64_t LargestBytes = (LargestEnd + 7) / 8;
    Body.PaddingBytes =
        Body.SizeBytes > LargestBytes ? Body.SizeBytes - LargestBytes : 0;
  }

  const ir::Module &M;
  const ItemDecisions &A;
};

std::string cNameOf(const ir::Module &M, ir::ItemId Id) {
  const ir::Item &Item = M.item(Id);
  const auto &Record = Item.as<ir::Record>();
  if (Item.isAnonymous() && Item.NamingTypedef.isValid())
    return M.item(Item.NamingTypedef).Name;
  return (ir::recordKeyword(Record.Kind) + " " +
          (Item.isAnonymous() ? "{anonymous}" : Item.Name))
      .str();
}

} // namespace

RecordLayout computeLayout(const ir::Module &M, const ItemDecisions &A,
                           ir::ItemId Id) {
  RecordLayout Layout;
  Layout.Item = Id;
  Layout.CName = cNameOf(M, Id);
  const ir::Item &Item = M.item(Id);
  Layout.IsTypedefName = Item.isAnonymous() && Item.NamingTypedef.isValid();
  Layout.RustName = A.rustName(Id);
  Layout.Body = LayoutBuilder(M, A).body(Id, 0);
  for (const MemberLayout &Member : Layout.Body.Members) {
    if (Member.IsUnnamedBitfield)
      continue;
    if (Member.Bitfield)
      Layout.SumBitfieldBits += Member.Bitfield->Width;
    else
      Layout.SumMemberBytes += Member.SizeBytes;
    if (Member.HoleBytesAfter) {
      ++Layout.HoleCount;
      Layout.SumHoleBytes += Member.HoleBytesAfter;
    }
    if (Member.HoleBitsAfter) {
      ++Layout.BitHoleCount;
      Layout.SumHoleBits += Member.HoleBitsAfter;
    }
  }
  return Layout;
}

} // namespace kbindgen::layout
