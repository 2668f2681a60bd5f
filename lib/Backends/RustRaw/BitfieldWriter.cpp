//===- BitfieldWriter.cpp - bitfield accessors ----------------------------===//
//
// For each named bitfield: a getter, a setter and their raw-pointer forms,
// and per storage unit a constructor, under the names the analysis gave them
// (BitfieldMethodNames.cpp), with bit offsets relative to the unit's first
// byte. Signed bitfields are sign-extended.
//
//===----------------------------------------------------------------------===//

#include "LayoutPlan.h"

#include <fmt/format.h>

namespace kbindgen::rustraw {

using namespace ir;

namespace {

/// How a raw u64 becomes the field's Rust type and back.
struct Conversion {
  enum KindType { Cast, Bool, Transmute } Kind = Cast;
  bool Signed = false;
  std::string Unsigned; ///< For Transmute: the unsigned type of that size.
};

Conversion conversionFor(EmitContext &Ctx, TypeId Id) {
  Conversion C;
  TypeId Resolved = Ctx.M.resolveTypedefs(Id);
  const Type &T = Ctx.M.type(Resolved);
  uint64_t Size = typeLayout(Ctx, Id).first;
  C.Unsigned = unsignedOfSize(Size);
  if (C.Unsigned.empty())
    C.Unsigned = "u64";
  if (T.Kind == TypeKind::Integer) {
    if (T.Integer == IntegerKind::Bool) {
      C.Kind = Conversion::Bool;
      return C;
    }
    C.Signed = T.IsSigned;
    bool Wide =
        T.Integer == IntegerKind::Int128 || T.Integer == IntegerKind::UInt128;
    C.Kind = Wide ? Conversion::Transmute : Conversion::Cast;
    return C;
  }
  if (T.Kind == TypeKind::Named && T.Item.isValid()) {
    if (const auto *E = Ctx.M.item(T.Item).getIf<Enum>()) {
      C.Signed = E->IsSigned;
      EnumStyle Style = Ctx.A.EnumStyles[T.Item.Index];
      bool IsAlias =
          Style == EnumStyle::Consts || Style == EnumStyle::ModuleConsts;
      C.Kind = IsAlias ? Conversion::Cast : Conversion::Transmute;
      return C;
    }
  }
  C.Kind = Conversion::Transmute;
  return C;
}

/// `recv(args);` on one line, or vertically as rustfmt does past its call
/// width (60) or the line width.
void callStatement(SourceWriter &W, const std::string &Callee,
                   const std::vector<std::string> &Args, llvm::StringRef Tail) {
  std::string Joined;
  for (size_t I = 0; I < Args.size(); ++I)
    Joined += (I ? ", " : "") + Args[I];
  std::string Flat = Callee + "(" + Joined + ")" + Tail.str();
  if (Joined.size() <= 60 &&
      W.column() + Flat.size() <= SourceWriter::MaxWidth) {
    W.line(Flat);
    return;
  }
  W.verticalList(Callee + "(", Args, ")" + Tail.str());
}

/// Lines turning `raw: u64` into the value expression returned last.
void writeFromRaw(SourceWriter &W, const Conversion &C, const BitfieldMember &B,
                  const std::string &TypeText, const std::string &Core,
                  bool InUnsafe) {
  if (C.Signed && C.Kind != Conversion::Bool && B.Laid.Width < 64) {
    unsigned Shift = 64 - B.Laid.Width;
    W.line(fmt::format(
        "let raw = ((raw << {0}usize) as i64 >> {0}usize) as u64;", Shift));
  }
  switch (C.Kind) {
  case Conversion::Bool:
    W.line("raw != 0");
    return;
  case Conversion::Cast:
    W.line("raw as " + TypeText);
    return;
  case Conversion::Transmute: {
    std::string Expr =
        fmt::format("{}::mem::transmute(raw as {})", Core, C.Unsigned);
    W.line(InUnsafe ? Expr : "unsafe { " + Expr + " }");
    return;
  }
  }
}

/// Lines turning `NAME: T` into something `as u64` accepts.
void writeToRaw(SourceWriter &W, const Conversion &C, const std::string &Name,
                const std::string &Core, bool InUnsafe) {
  if (C.Kind != Conversion::Transmute)
    return;
  std::string Expr = fmt::format("{}::mem::transmute({})", Core, Name);
  W.line(fmt::format("let {}: {} = {};", Name, C.Unsigned,
                     InUnsafe ? Expr : "unsafe { " + Expr + " }"));
}

std::string rawArgs(const BitfieldMember &B) {
  return fmt::format("{}usize, {}u8", B.Laid.BitOffset, B.Laid.Width);
}

void writeMember(EmitContext &Ctx, SourceWriter &W, const BitfieldUnit &Unit,
                 const BitfieldMember &B, ItemId Owner, bool InUnion) {
  const BitfieldMethodNames::Accessors &Names =
      Ctx.A.BitfieldMethods[Owner.Index].Fields[B.Laid.FieldIndex];
  RustType T = spellType(Ctx, B.Type, Owner);
  Conversion C = conversionFor(Ctx, B.Type);
  std::string Core = Ctx.core();
  std::string UnitField = fmt::format("_bitfield_{}", Unit.Laid.Number);
  RustType SelfParam; // `&self`: a parameter without a type.
  W.line("#[inline]");
  W.signature({Ctx.fieldVisibility() + "fn " + Names.Get,
               {{"&self", SelfParam}},
               false,
               " -> " + T.Flat + " {",
               RustType(),
               ""});
  W.indent();
  // Reading a union's field is unsafe.
  std::string Get = fmt::format("self.{}.get({})", UnitField, rawArgs(B));
  W.line("let raw = " + (InUnion ? "unsafe { " + Get + " }" : Get) + ";");
  writeFromRaw(W, C, B, T.Flat, Core, false);
  W.close();

  W.line("#[inline]");
  W.signature({Ctx.fieldVisibility() + "fn " + Names.Set,
               {{"&mut self", SelfParam}, {"val", T}},
               false,
               " {",
               RustType(),
               ""});
  W.indent();
  writeToRaw(W, C, "val", Core, false);
  std::string Set =
      fmt::format("self.{}.set({}, val as u64)", UnitField, rawArgs(B));
  W.line(InUnion ? "unsafe { " + Set + " }" : Set);
  W.close();

  RustType ConstThis, MutThis;
  ConstThis.Flat = "*const Self";
  MutThis.Flat = "*mut Self";
  W.line("#[inline]");
  W.signature({Ctx.fieldVisibility() + "unsafe fn " + Names.GetRaw,
               {{"this", ConstThis}},
               false,
               " -> " + T.Flat + " {",
               RustType(),
               ""});
  W.indent();
  W.open("unsafe");
  W.line(fmt::format("let unit = {}::ptr::addr_of!((*this).{});", Core,
                     UnitField));
  W.line(fmt::format("let raw = __BindgenBitfieldUnit::raw_get(unit, {});",
                     rawArgs(B)));
  writeFromRaw(W, C, B, T.Flat, Core, true);
  W.close();
  W.close();

  W.line("#[inline]");
  W.signature({Ctx.fieldVisibility() + "unsafe fn " + Names.SetRaw,
               {{"this", MutThis}, {"val", T}},
               false,
               " {",
               RustType(),
               ""});
  W.indent();
  W.open("unsafe");
  writeToRaw(W, C, "val", Core, true);
  W.line(fmt::format("let unit = {}::ptr::addr_of_mut!((*this).{});", Core,
                     UnitField));
  W.line(fmt::format("__BindgenBitfieldUnit::raw_set(unit, {}, val as u64)",
                     rawArgs(B)));
  W.close();
  W.close();
}

void writeConstructor(EmitContext &Ctx, SourceWriter &W,
                      const BitfieldUnit &Unit,
                      const std::vector<const BitfieldMember *> &Members,
                      ItemId Owner) {
  std::string Core = Ctx.core();
  Signature Sig;
  Sig.Head =
      Ctx.fieldVisibility() + "fn " +
      Ctx.A.BitfieldMethods[Owner.Index].Constructors[Unit.Laid.Number - 1];
  for (const BitfieldMember *B : Members)
    Sig.Params.emplace_back(B->Name, spellType(Ctx, B->Type, Owner));
  Sig.Tail = " -> " + Unit.storageType() + " {";
  W.line("#[inline]");
  W.signature(Sig);
  W.indent();
  W.line(fmt::format("let mut __bindgen_bitfield_unit = "
                     "__BindgenBitfieldUnit::new([0u8; {}usize]);",
                     Unit.Laid.SizeBytes));
  for (const BitfieldMember *B : Members) {
    writeToRaw(W, conversionFor(Ctx, B->Type), B->Name, Core, false);
    callStatement(W, "__bindgen_bitfield_unit.set",
                  {fmt::format("{}usize", B->Laid.BitOffset),
                   fmt::format("{}u8", B->Laid.Width), B->Name + " as u64"},
                  ";");
  }
  W.line("__bindgen_bitfield_unit");
  W.close();
}

} // namespace

void writeBitfieldAccessors(EmitContext &Ctx, SourceWriter &W, ItemId Id,
                            const RecordPlan &Plan) {
  bool Opened = false;
  for (const BitfieldUnit &Unit : Plan.Units) {
    std::vector<const BitfieldMember *> Members;
    for (const BitfieldMember &B : Unit.Members) {
      // The analysis names no accessors for a bitfield wider than 64 bits.
      if (Ctx.A.BitfieldMethods[Id.Index]
              .Fields[B.Laid.FieldIndex]
              .Get.empty()) {
        Ctx.warn(Id,
                 fmt::format("bitfield `{}` is wider than 64 bits; no "
                             "accessors generated",
                             B.Name),
                 "a bitfield is wider than 64 bits; no accessors generated");
        continue;
      }
      Members.push_back(&B);
    }
    // Units of unnamed bitfields only still get their constructor.
    if (!Opened) {
      W.openImpl("", Ctx.rustName(Id));
      Opened = true;
    }
    for (const BitfieldMember *B : Members)
      writeMember(Ctx, W, Unit, *B, Id, Plan.Layout.IsUnion);
    writeConstructor(Ctx, W, Unit, Members, Id);
  }
  if (Opened)
    W.close();
}

} // namespace kbindgen::rustraw
