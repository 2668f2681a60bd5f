//===- LayoutJson.cpp - A layout for tools --------------------------------===//
//
// The shape is documented in docs/layout.md; bump LayoutSchemaVersion on any
// incompatible change.
//
//===----------------------------------------------------------------------===//

#include "kbindgen/Inspect/Layout.h"

#include "kbindgen/IR/Vocabulary.h"

#include "llvm/Support/JSON.h"

namespace kbindgen::layout {
namespace {

constexpr int LayoutSchemaVersion = 1;

using llvm::json::OStream;

void writeBody(OStream &J, const BodyLayout &Body);

void writeMember(OStream &J, const MemberLayout &Member) {
  J.object([&] {
    J.attribute("name", Member.Name);
    J.attribute("rust_name", Member.RustName);
    J.attribute("type", Member.TypeSpelling + Member.ArraySuffix);
    J.attribute("offset", Member.OffsetBytes);
    J.attribute("bit_offset", Member.OffsetBits);
    J.attribute("size", Member.SizeBytes);
    J.attribute("align", Member.AlignBytes);
    J.attribute("cacheline", Member.OffsetBytes / CacheLineBytes);
    if (Member.Bitfield)
      J.attributeObject("bitfield", [&] {
        J.attribute("width", Member.Bitfield->Width);
        J.attribute("bit_in_unit", Member.Bitfield->BitInUnit);
        J.attribute("unnamed", Member.IsUnnamedBitfield);
      });
    J.attribute("hole_after", Member.HoleBytesAfter);
    J.attribute("bit_hole_after", Member.HoleBitsAfter);
    if (Member.Expansion)
      J.attributeObject("expansion", [&] { writeBody(J, *Member.Expansion); });
  });
}

void writeBody(OStream &J, const BodyLayout &Body) {
  J.attribute("kind", ir::recordKeyword(Body.Kind));
  J.attribute("size", Body.SizeBytes);
  J.attribute("align", Body.AlignBytes);
  J.attribute("packed", Body.IsPacked);
  J.attributeArray("members", [&] {
    for (const MemberLayout &Member : Body.Members)
      writeMember(J, Member);
  });
  J.attribute("padding", Body.PaddingBytes);
  J.attribute("bit_padding", Body.PaddingBits);
}

} // namespace

void writeLayoutJson(llvm::ArrayRef<RecordLayout> Layouts,
                     llvm::raw_ostream &OS) {
  OStream J(OS, /*IndentSize=*/1);
  J.object([&] {
    J.attribute("schema", "kbindgen-layout");
    J.attribute("version", LayoutSchemaVersion);
    J.attribute("cacheline_size", CacheLineBytes);
    J.attributeArray("records", [&] {
      for (const RecordLayout &Layout : Layouts)
        J.object([&] {
          J.attribute("name", Layout.CName);
          J.attribute("rust_name", Layout.RustName);
          writeBody(J, Layout.Body);
          J.attribute("cachelines",
                      (Layout.Body.SizeBytes + CacheLineBytes - 1) /
                          CacheLineBytes);
          J.attributeObject("sums", [&] {
            J.attribute("member_bytes", Layout.SumMemberBytes);
            J.attribute("holes", Layout.HoleCount);
            J.attribute("hole_bytes", Layout.SumHoleBytes);
            J.attribute("bitfield_bits", Layout.SumBitfieldBits);
            J.attribute("bit_holes", Layout.BitHoleCount);
            J.attribute("hole_bits", Layout.SumHoleBits);
          });
        });
    });
  });
  OS << "\n";
}

} // namespace kbindgen::layout
