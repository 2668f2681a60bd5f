//===- Layout.h - A record's memory layout, pahole-style -------*- C++ -*-===//
//
// `kbindgen layout` answers "what does this type look like in memory": each
// member with its offset, size, alignment and bitfield position, the holes
// between members, the trailing padding and the 64-byte cache lines, with
// anonymous members expanded in place. Every number comes from the IR (what
// clang computed); nothing here applies C layout rules. Holes follow pahole's
// reading of a bitfield: it occupies a storage unit of its declared type,
// placed at the unit-aligned byte at or below its first bit (docs/layout.md).
//
//===----------------------------------------------------------------------===//

#ifndef KBINDGEN_INSPECT_LAYOUT_H
#define KBINDGEN_INSPECT_LAYOUT_H

#include "kbindgen/Analysis/Analysis.h"
#include "kbindgen/IR/IR.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/raw_ostream.h"

#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace kbindgen::layout {

/// The size of a cache line, in bytes (pahole's default on x86_64).
constexpr uint64_t CacheLineBytes = 64;

struct MemberLayout;

/// The members of a struct or union body and the space they leave unused.
struct BodyLayout {
  ir::RecordKind Kind = ir::RecordKind::Struct;
  uint64_t SizeBytes = 0;
  uint64_t AlignBytes = 0;
  bool IsPacked = false;
  std::vector<MemberLayout> Members;
  /// Unused bytes after the last member's storage (unions: after the largest
  /// member).
  uint64_t PaddingBytes = 0;
  /// Unused bits at the end of the last bitfield's storage unit.
  uint64_t PaddingBits = 0;
};

struct BitfieldLayout {
  uint32_t Width = 0;
  /// The first bit, counted from the start of the storage unit.
  uint64_t BitInUnit = 0;
};

struct MemberLayout {
  /// The C name; empty for an anonymous member or an unnamed bitfield.
  std::string Name;
  /// The Rust field name (Analysis), empty for an unnamed bitfield.
  std::string RustName;
  /// The C type, as a declaration prefix ("unsigned int", "struct foo *").
  std::string TypeSpelling;
  /// What follows the name in a C declarator ("[4]", or empty).
  std::string ArraySuffix;
  /// Offset from the start of the outermost record, in bytes. For a
  /// bitfield: its storage unit's offset.
  uint64_t OffsetBytes = 0;
  /// The first bit, from the start of the outermost record.
  uint64_t OffsetBits = 0;
  /// The type's size (a bitfield's: its storage unit's) and alignment.
  uint64_t SizeBytes = 0;
  uint64_t AlignBytes = 0;
  std::optional<BitfieldLayout> Bitfield;
  /// An unnamed bitfield: declared padding, counted as part of the holes
  /// around it (it has no storage a program can use, and no DWARF member).
  bool IsUnnamedBitfield = false;
  /// Unused space between this member's storage and the next member.
  uint64_t HoleBytesAfter = 0;
  uint64_t HoleBitsAfter = 0;
  /// The body of an anonymous struct or union type shown in place (an
  /// anonymous member, or a field declared as `struct { ... } name[N]`).
  std::unique_ptr<BodyLayout> Expansion;
};

/// A whole record, with pahole's summary figures.
struct RecordLayout {
  ir::ItemId Item;
  /// `struct foo`, `union bar`, or the typedef naming an anonymous record.
  std::string CName;
  /// CName is the typedef naming an anonymous record.
  bool IsTypedefName = false;
  std::string RustName;
  BodyLayout Body;
  /// Member bytes outside bitfields, the holes and the bitfield bits,
  /// counted over the top-level members (as pahole does).
  uint64_t SumMemberBytes = 0;
  uint64_t HoleCount = 0;
  uint64_t SumHoleBytes = 0;
  uint64_t SumBitfieldBits = 0;
  uint64_t BitHoleCount = 0;
  uint64_t SumHoleBits = 0;
};

/// Finds the record a name given on the command line refers to: `struct
/// foo`, `union foo`, a tag name, a typedef of a record, or a Rust name.
/// Built once per module: the kernel asks for thousands of names.
class RecordIndex {
public:
  RecordIndex(const ir::Module &M, const ItemDecisions &A);
  /// Fails with a message naming the type when nothing complete matches.
  llvm::Expected<ir::ItemId> find(llvm::StringRef Name) const;

private:
  const ir::Module &M;
  llvm::StringMap<std::vector<ir::ItemId>> ByTag, ByTypedef, ByRustName;
  /// Every name find() takes for a complete record, in item order: the
  /// candidates of "did you mean".
  std::vector<llvm::StringRef> KnownNames;
};

/// The layout of the complete record Id.
RecordLayout computeLayout(const ir::Module &M, const ItemDecisions &A,
                           ir::ItemId Id);

/// A pahole-like text view of Layouts, one record after another.
void printLayoutText(llvm::ArrayRef<RecordLayout> Layouts,
                     llvm::raw_ostream &OS);

/// The same facts as JSON (docs/layout.md).
void writeLayoutJson(llvm::ArrayRef<RecordLayout> Layouts,
                     llvm::raw_ostream &OS);

} // namespace kbindgen::layout

#endif // KBINDGEN_INSPECT_LAYOUT_H
