//===- LayoutText.cpp - The pahole-like text view of a layout -------------===//
//
// One line per member: the C declaration, then `/* offset size align */`
// (a bitfield's offset is `byte:bit` of its storage unit). Holes, cache-line
// boundaries and a summary are comments, the way pahole prints them, so that
// people who read pahole read this without a legend.
//
//===----------------------------------------------------------------------===//

#include "kbindgen/Inspect/Layout.h"

#include "kbindgen/IR/Vocabulary.h"

#include <fmt/format.h>

namespace kbindgen::layout {
namespace {

constexpr size_t TypeColumn = 26;
constexpr size_t NameColumn = 21;
constexpr size_t TabWidth = 8;

std::string plural(uint64_t Count, const char *Unit) {
  return fmt::format("{} {}{}", Count, Unit, Count == 1 ? "" : "s");
}

/// `void (*)(int)` with a name becomes `void (*name)(int)`.
std::string declarator(const MemberLayout &Member, size_t TypeWidth) {
  std::string Name = Member.Name + Member.ArraySuffix;
  if (Member.Bitfield)
    Name += fmt::format(":{}", Member.Bitfield->Width);
  size_t FnPointer = Member.TypeSpelling.find("(*)");
  if (FnPointer != std::string::npos) {
    std::string Joined = Member.TypeSpelling;
    Joined.insert(FnPointer + 2, Name);
    return Joined + ";";
  }
  return fmt::format("{:<{}} {}", Member.TypeSpelling, TypeWidth, Name + ";");
}

class TextPrinter {
public:
  explicit TextPrinter(llvm::raw_ostream &OS) : OS(OS) {}

  void print(const RecordLayout &Layout) {
    LastCacheLine = 0;
    std::string Opening =
        Layout.IsTypedefName
            ? "typedef " + ir::recordKeyword(Layout.Body.Kind).str() + " {"
            : Layout.CName + " {";
    // The column legend sits where the member comments start.
    size_t CommentColumn = TabWidth + TypeColumn + 1 + NameColumn + 1;
    OS << fmt::format("{:<{}}/* offset  size align */\n", Opening,
                      CommentColumn);
    printMembers(Layout.Body, 1);
    printSummary(Layout);
    OS << "}" << (Layout.Body.IsPacked ? " __attribute__((__packed__))" : "");
    if (Layout.IsTypedefName)
      OS << " " << Layout.CName;
    OS << ";\n";
  }

private:
  std::string indent(unsigned Depth) const { return std::string(Depth, '\t'); }

  size_t typeWidth(unsigned Depth) const {
    size_t Used = (Depth - 1) * TabWidth;
    return TypeColumn > Used ? TypeColumn - Used : 0;
  }

  static std::string place(const MemberLayout &Member) {
    if (Member.Bitfield)
      return fmt::format("{:5}:{:2} {:2}", Member.OffsetBytes,
                         Member.Bitfield->BitInUnit, Member.SizeBytes);
    return fmt::format("{:5} {:5}", Member.OffsetBytes, Member.SizeBytes);
  }

  void printLine(unsigned Depth, const std::string &Code,
                 const MemberLayout &Member) {
    size_t Width = typeWidth(Depth) + 1 + NameColumn;
    OS << indent(Depth)
       << fmt::format("{:<{}} /* {} {:5} */\n", Code, Width, place(Member),
                      Member.AlignBytes);
  }

  void printCacheLine(unsigned Depth, uint64_t OffsetBytes) {
    uint64_t Line = OffsetBytes / CacheLineBytes;
    if (Line <= LastCacheLine)
      return;
    LastCacheLine = Line;
    uint64_t Boundary = Line * CacheLineBytes;
    OS << indent(Depth) << "/* --- cacheline " << Line << " boundary ("
       << Boundary << " bytes)";
    if (OffsetBytes > Boundary)
      OS << " was " << plural(OffsetBytes - Boundary, "byte") << " ago";
    OS << " --- */\n";
  }

  void printHoles(unsigned Depth, const MemberLayout &Member) {
    if (!Member.HoleBitsAfter && !Member.HoleBytesAfter)
      return;
    OS << "\n";
    if (Member.HoleBitsAfter)
      OS << indent(Depth) << "/* XXX " << plural(Member.HoleBitsAfter, "bit")
         << " hole */\n";
    if (Member.HoleBytesAfter)
      OS << indent(Depth) << "/* XXX " << plural(Member.HoleBytesAfter, "byte")
         << " hole */\n";
    OS << "\n";
  }

  void printMembers(const BodyLayout &Body, unsigned Depth) {
    for (const MemberLayout &Member : Body.Members) {
      printCacheLine(Depth, Member.OffsetBytes);
      if (Member.Expansion) {
        OS << indent(Depth) << Member.TypeSpelling << " {\n";
        printMembers(*Member.Expansion, Depth + 1);
        std::string Closing = "} " + Member.Name + Member.ArraySuffix;
        if (Closing.back() == ' ')
          Closing.pop_back();
        printLine(Depth, Closing + ";", Member);
      } else {
        printLine(Depth, declarator(Member, typeWidth(Depth)), Member);
      }
      printHoles(Depth, Member);
    }
  }

  void printSummary(const RecordLayout &Layout) {
    const BodyLayout &Body = Layout.Body;
    uint64_t Members = 0;
    for (const MemberLayout &Member : Body.Members)
      Members += !Member.IsUnnamedBitfield;
    uint64_t CacheLines =
        (Body.SizeBytes + CacheLineBytes - 1) / CacheLineBytes;
    OS << "\n\t/* size: " << Body.SizeBytes << ", align: " << Body.AlignBytes
       << ", cachelines: " << CacheLines << ", members: " << Members << " */\n";
    if (Body.Kind == ir::RecordKind::Struct) {
      OS << "\t/* sum members: " << Layout.SumMemberBytes;
      if (Layout.HoleCount)
        OS << ", holes: " << Layout.HoleCount
           << ", sum holes: " << Layout.SumHoleBytes;
      OS << " */\n";
      if (Layout.SumBitfieldBits) {
        OS << "\t/* sum bitfield members: "
           << plural(Layout.SumBitfieldBits, "bit");
        if (Layout.BitHoleCount)
          OS << ", bit holes: " << Layout.BitHoleCount
             << ", sum bit holes: " << plural(Layout.SumHoleBits, "bit");
        OS << " */\n";
      }
    }
    if (Body.PaddingBytes)
      OS << "\t/* padding: " << Body.PaddingBytes << " */\n";
    if (Body.PaddingBits)
      OS << "\t/* bit_padding: " << plural(Body.PaddingBits, "bit") << " */\n";
    if (Body.SizeBytes) {
      uint64_t Last = Body.SizeBytes % CacheLineBytes;
      OS << "\t/* last cacheline: "
         << plural(Last ? Last : CacheLineBytes, "byte") << " */\n";
    }
  }

  llvm::raw_ostream &OS;
  uint64_t LastCacheLine = 0;
};

} // namespace

void printLayoutText(llvm::ArrayRef<RecordLayout> Layouts,
                     llvm::raw_ostream &OS) {
  TextPrinter Printer(OS);
  for (size_t I = 0; I < Layouts.size(); ++I) {
    if (I)
      OS << "\n";
    Printer.print(Layouts[I]);
  }
}

} // namespace kbindgen::layout
