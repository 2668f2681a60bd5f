//===- EnumWriter.cpp - enums in every bindgen style ----------------------===//

#include "EmitContext.h"

#include <fmt/format.h>

#include <map>

namespace kbindgen::rustraw {

using namespace ir;

namespace {

struct EnumInfo {
  std::string Name;
  std::string IntegerType; ///< Rust spelling of the underlying integer.
  std::string ReprType;    ///< `u32`, `i8`, ... for `#[repr(..)]`.
  std::vector<std::string> Values;
};

std::string valueText(const Enum &E, const Enumerator &V) {
  if (E.IsSigned)
    return std::to_string(V.signedValue());
  return std::to_string(V.RawValue);
}

EnumInfo describe(EmitContext &Ctx, ItemId Id) {
  const Enum &E = Ctx.M.item(Id).as<Enum>();
  EnumInfo Info;
  Info.Name = Ctx.rustName(Id);
  uint64_t Size = typeLayout(Ctx, E.IntegerType).first;
  Info.ReprType = unsignedOfSize(Size ? Size : 4);
  if (Info.ReprType.empty())
    Info.ReprType = "u32";
  if (E.IsSigned)
    Info.ReprType[0] = 'i';
  Info.IntegerType = Ctx.Opts.TranslateEnumIntegerTypes
                         ? Info.ReprType
                         : spellType(Ctx, E.IntegerType, Id).Flat;
  for (const Enumerator &V : E.Enumerators)
    Info.Values.push_back(valueText(E, V));
  return Info;
}

const DeriveSet &derivesOf(const EmitContext &Ctx, ItemId Id) {
  return Ctx.A.Derives[Id.Index];
}

void writeDoc(EmitContext &Ctx, SourceWriter &W, const std::string &Doc) {
  if (Ctx.Opts.DocComments && !Doc.empty())
    W.doc(Doc);
}

void writeConsts(EmitContext &Ctx, SourceWriter &W, ItemId Id,
                 const EnumInfo &Info) {
  const Enum &E = Ctx.M.item(Id).as<Enum>();
  for (size_t I = 0; I < E.Enumerators.size(); ++I) {
    writeDoc(Ctx, W, E.Enumerators[I].Doc);
    RustType Value;
    Value.Flat = Info.Values[I];
    W.assignment("pub const " + Ctx.memberName(Id, I) + ": " + Info.Name,
                 Value);
  }
  writeDoc(Ctx, W, Ctx.M.item(Id).Doc);
  RustType Integer;
  Integer.Flat = Info.IntegerType;
  W.assignment("pub type " + Info.Name, Integer);
}

void writeModuleConsts(EmitContext &Ctx, SourceWriter &W, ItemId Id,
                       const EnumInfo &Info) {
  const Enum &E = Ctx.M.item(Id).as<Enum>();
  writeDoc(Ctx, W, Ctx.M.item(Id).Doc);
  W.open("pub mod " + Info.Name);
  auto Raw = Ctx.Opts.ModuleRawLines.find(Info.Name);
  if (Raw != Ctx.Opts.ModuleRawLines.end())
    for (const std::string &Line : Raw->second)
      W.line(Line);
  W.line("pub type Type = " + Info.IntegerType + ";");
  for (size_t I = 0; I < E.Enumerators.size(); ++I) {
    writeDoc(Ctx, W, E.Enumerators[I].Doc);
    RustType Value;
    Value.Flat = Info.Values[I];
    W.assignment("pub const " + Ctx.memberName(Id, I) + ": Type", Value);
  }
  W.close();
}

void writeRustEnum(EmitContext &Ctx, SourceWriter &W, ItemId Id,
                   const EnumInfo &Info, bool NonExhaustive) {
  const Enum &E = Ctx.M.item(Id).as<Enum>();
  // Rust forbids two variants with one value: later ones become aliases.
  std::map<std::string, size_t> FirstWithValue;
  std::vector<std::pair<size_t, size_t>> Aliases;
  for (size_t I = 0; I < E.Enumerators.size(); ++I) {
    auto [It, New] = FirstWithValue.emplace(Info.Values[I], I);
    if (!New)
      Aliases.emplace_back(I, It->second);
  }
  if (!Aliases.empty()) {
    W.openImpl("", Info.Name);
    for (auto [Alias, Original] : Aliases) {
      RustType Value;
      Value.Flat = Info.Name + "::" + Ctx.memberName(Id, Original);
      W.assignment("pub const " + Ctx.memberName(Id, Alias) + ": " + Info.Name,
                   Value);
    }
    W.close();
  }
  writeDoc(Ctx, W, Ctx.M.item(Id).Doc);
  W.line("#[repr(" + Info.ReprType + ")]");
  writeDerives(Ctx, W, derivesOf(Ctx, Id), true);
  if (NonExhaustive)
    W.line("#[non_exhaustive]");
  W.openItem("pub enum " + Info.Name);
  size_t AliasIndex = 0;
  for (size_t I = 0; I < E.Enumerators.size(); ++I) {
    if (AliasIndex < Aliases.size() && Aliases[AliasIndex].first == I) {
      ++AliasIndex;
      continue;
    }
    writeDoc(Ctx, W, E.Enumerators[I].Doc);
    W.line(Ctx.memberName(Id, I) + " = " + Info.Values[I] + ",");
  }
  W.close();
}

void writeOperator(SourceWriter &W, const std::string &Name,
                   const std::string &Core, llvm::StringRef Trait,
                   llvm::StringRef Method, llvm::StringRef Op) {
  W.openImpl(fmt::format("{}::ops::{}<{}>", Core, Trait.str(), Name), Name);
  W.line("type Output = Self;");
  W.line("#[inline]");
  W.open(fmt::format("fn {}(self, other: Self) -> Self", Method.str()));
  W.line(fmt::format("{}(self.0 {} other.0)", Name, Op.str()));
  W.close();
  W.close();
  W.openImpl(fmt::format("{}::ops::{}Assign", Core, Trait.str()), Name);
  W.line("#[inline]");
  W.open(fmt::format("fn {}_assign(&mut self, rhs: {})", Method.str(), Name));
  W.line(fmt::format("self.0 {}= rhs.0;", Op.str()));
  W.close();
  W.close();
}

void writeNewType(EmitContext &Ctx, SourceWriter &W, ItemId Id,
                  const EnumInfo &Info, bool BitOperators, bool Global) {
  const Enum &E = Ctx.M.item(Id).as<Enum>();
  for (size_t I = 0; I < E.Enumerators.size(); ++I) {
    // --newtype-global-enum: the same constants, at top level and named
    // like the consts style's (`E_A`).
    if (Global) {
      writeDoc(Ctx, W, E.Enumerators[I].Doc);
      RustType Value;
      Value.Flat = Info.Name + "(" + Info.Values[I] + ")";
      W.assignment("pub const " + Ctx.memberName(Id, I) + ": " + Info.Name,
                   Value);
      continue;
    }
    W.openImpl("", Info.Name);
    writeDoc(Ctx, W, E.Enumerators[I].Doc);
    RustType Value;
    Value.Flat = Info.Name + "(" + Info.Values[I] + ")";
    W.assignment("pub const " + Ctx.memberName(Id, I) + ": " + Info.Name,
                 Value);
    W.close();
  }
  if (BitOperators) {
    writeOperator(W, Info.Name, Ctx.core(), "BitOr", "bitor", "|");
    writeOperator(W, Info.Name, Ctx.core(), "BitAnd", "bitand", "&");
  }
  writeDoc(Ctx, W, Ctx.M.item(Id).Doc);
  W.line("#[repr(transparent)]");
  writeDerives(Ctx, W, derivesOf(Ctx, Id), true);
  W.line("pub struct " + Info.Name + "(pub " + Info.IntegerType + ");");
}

/// bindgen exports the variants of an anonymous enum written as a Rust
/// enum or newtype as top-level constants too (`pub const A: _bindgen_ty_1 =
/// _bindgen_ty_1::A;`).
void writeAnonymousAliases(EmitContext &Ctx, SourceWriter &W, ItemId Id,
                           const EnumInfo &Info) {
  const std::vector<std::string> &Names =
      Ctx.A.AnonymousEnumConstNames[Id.Index];
  for (size_t I = 0; I < Names.size(); ++I) {
    RustType Value;
    Value.Flat = Info.Name + "::" + Ctx.memberName(Id, I);
    W.assignment("pub const " + Names[I] + ": " + Info.Name, Value);
  }
}

} // namespace

void writeEnum(EmitContext &Ctx, SourceWriter &W, ItemId Id) {
  EnumInfo Info = describe(Ctx, Id);
  EnumStyle Style = Ctx.A.EnumStyles[Id.Index];
  const Enum &E = Ctx.M.item(Id).as<Enum>();
  if ((Style == EnumStyle::Rust || Style == EnumStyle::RustNonExhaustive) &&
      E.Enumerators.empty()) {
    Ctx.warn(Id, "a Rust enum without variants cannot have a repr; emitted "
                 "as constants");
    Style = EnumStyle::Consts;
  }
  switch (Style) {
  case EnumStyle::Consts:
    writeConsts(Ctx, W, Id, Info);
    return;
  case EnumStyle::ModuleConsts:
    writeModuleConsts(Ctx, W, Id, Info);
    return;
  case EnumStyle::Rust:
  case EnumStyle::RustNonExhaustive:
    writeAnonymousAliases(Ctx, W, Id, Info);
    writeRustEnum(Ctx, W, Id, Info, Style == EnumStyle::RustNonExhaustive);
    return;
  case EnumStyle::NewType:
  case EnumStyle::Bitfield:
    writeAnonymousAliases(Ctx, W, Id, Info);
    writeNewType(Ctx, W, Id, Info, Style == EnumStyle::Bitfield,
                 /*Global=*/false);
    return;
  case EnumStyle::NewTypeGlobal:
    writeNewType(Ctx, W, Id, Info, /*BitOperators=*/false, /*Global=*/true);
    return;
  }
}

} // namespace kbindgen::rustraw
