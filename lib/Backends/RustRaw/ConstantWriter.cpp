//===- ConstantWriter.cpp - macro and const-variable constants ------------===//

#include "EmitContext.h"

#include <fmt/format.h>

#include <cmath>

namespace kbindgen::rustraw {

using namespace ir;

namespace {

/// bindgen's typing of a constant by its value: unsigned (u32, else u64)
/// unless negative or --default-macro-constant-type signed (i32, else i64);
/// --fit-macro-constant-types also tries the 8- and 16-bit types first. A
/// value above i64's range stays u64 whatever the signedness asked for.
std::pair<std::string, std::string> literalTyping(const Options &Opts,
                                                  const Constant &C) {
  bool Fit = Opts.FitMacroConstantTypes;
  if (C.IsNegative ||
      (Opts.MacroConstantsSigned && C.IntegerBits <= uint64_t(INT64_MAX))) {
    int64_t Value = static_cast<int64_t>(C.IntegerBits);
    const char *Type = "i64";
    if (Fit && Value >= INT8_MIN && Value <= INT8_MAX)
      Type = "i8";
    else if (Fit && Value >= INT16_MIN && Value <= INT16_MAX)
      Type = "i16";
    else if (Value >= INT32_MIN && Value <= INT32_MAX)
      Type = "i32";
    return {Type, std::to_string(Value)};
  }
  uint64_t Value = C.IntegerBits;
  const char *Type = "u64";
  if (Fit && Value <= UINT8_MAX)
    Type = "u8";
  else if (Fit && Value <= UINT16_MAX)
    Type = "u16";
  else if (Value <= UINT32_MAX)
    Type = "u32";
  return {Type, std::to_string(Value)};
}

/// The value's bits read as an integer of that width and signedness, so the
/// literal compiles for the type (negative values in unsigned types wrap).
std::string wrappedValue(uint64_t Bits, uint64_t SizeBytes, bool Signed) {
  if (SizeBytes == 0 || SizeBytes > 8)
    SizeBytes = 8;
  unsigned Width = SizeBytes * 8;
  if (Width < 64)
    Bits &= (uint64_t(1) << Width) - 1;
  if (Signed && Width <= 64 && (Bits >> (Width - 1)) & 1) {
    if (Width < 64)
      Bits |= ~((uint64_t(1) << Width) - 1);
    return std::to_string(static_cast<int64_t>(Bits));
  }
  return std::to_string(Bits);
}

/// Value wrapped in the constructor of each newtype typedef (--new-type-alias)
/// the C type goes through: `my_t(2)` for `((my_t)2)`.
std::string throughNewTypes(EmitContext &Ctx, TypeId CType, std::string Value) {
  const Type &T = Ctx.M.type(CType);
  if (T.Kind != TypeKind::Named || !T.Item.isValid())
    return Value;
  const auto *TD = Ctx.M.item(T.Item).getIf<Typedef>();
  if (!TD)
    return Value;
  Value = throughNewTypes(Ctx, TD->Underlying, std::move(Value));
  if (T.Item.Index < Ctx.A.AliasStyles.size() &&
      Ctx.A.AliasStyles[T.Item.Index] != AliasStyle::TypeAlias &&
      !stdTypedefPrimitive(Ctx, T.Item))
    return Ctx.rustName(T.Item) + "(" + Value + ")";
  return Value;
}

/// Type and value text for an integer constant written with its C type
/// CType, or nothing when that type has no integer spelling we can write a
/// literal for.
std::optional<std::pair<std::string, std::string>>
typedInteger(EmitContext &Ctx, ItemId Id, const Constant &C, TypeId CType) {
  TypeId Resolved = Ctx.M.resolveTypedefs(CType);
  const Type &T = Ctx.M.type(Resolved);
  bool Signed = false;
  if (T.Kind == TypeKind::Integer) {
    if (T.Integer == IntegerKind::Int128 || T.Integer == IntegerKind::UInt128)
      return std::nullopt;
    if (T.Integer == IntegerKind::Bool)
      return std::make_pair(std::string("bool"),
                            std::string(C.IntegerBits ? "true" : "false"));
    Signed = T.IsSigned;
  } else if (T.Kind == TypeKind::Named && T.Item.isValid()) {
    const auto *E = Ctx.M.item(T.Item).getIf<Enum>();
    if (!E)
      return std::nullopt;
    EnumStyle Style = Ctx.A.EnumStyles[T.Item.Index];
    if (Style != EnumStyle::Consts && Style != EnumStyle::ModuleConsts)
      return std::nullopt;
    Signed = E->IsSigned;
  } else {
    return std::nullopt;
  }
  uint64_t Size = typeLayout(Ctx, CType).first;
  return std::make_pair(
      spellType(Ctx, CType, Id).Flat,
      throughNewTypes(Ctx, CType, wrappedValue(C.IntegerBits, Size, Signed)));
}

/// A float literal Rust reads back to the same double.
std::string floatLiteral(double Value) {
  // Shortest round-trip form; Rust reads `1e+300` as is, and a bare `2`
  // needs `.0` to be a float.
  std::string Text = fmt::format("{}", Value);
  if (Text.find_first_of(".eE") == std::string::npos)
    Text += ".0";
  return Text;
}

/// Infinity or NaN (sign kept, payload not) as the primitive's constants:
/// C's INFINITY, HUGE_VAL, NAN and overflowing constant arithmetic.
std::string nonFiniteFloat(llvm::StringRef Primitive, double Value) {
  const char *Name = std::isnan(Value) ? "NAN" : "INFINITY";
  bool Negative = std::signbit(Value);
  return fmt::format("{}{}::{}", Negative ? "-" : "", Primitive, Name);
}

std::string escapeBytes(llvm::StringRef Bytes) {
  std::string Out;
  for (size_t I = 0; I < Bytes.size(); ++I) {
    unsigned char B = Bytes[I];
    switch (B) {
    case '\0': {
      bool DigitFollows =
          I + 1 < Bytes.size() && Bytes[I + 1] >= '0' && Bytes[I + 1] <= '7';
      Out += DigitFollows ? "\\x00" : "\\0";
      break;
    }
    case '\t':
      Out += "\\t";
      break;
    case '\n':
      Out += "\\n";
      break;
    case '\r':
      Out += "\\r";
      break;
    case '"':
      Out += "\\\"";
      break;
    case '\\':
      Out += "\\\\";
      break;
    default:
      if (B >= 0x20 && B <= 0x7e)
        Out += static_cast<char>(B);
      else
        Out += fmt::format("\\x{:02X}", B);
    }
  }
  return Out;
}

} // namespace

void writeConstant(EmitContext &Ctx, SourceWriter &W, ItemId Id) {
  const Item &It = Ctx.M.item(Id);
  const Constant &C = It.as<Constant>();
  std::string Name = Ctx.rustName(Id);
  // Invalid for bindgen's typing by value.
  TypeId CType = Ctx.A.ConstantCTypes[Id.Index];
  std::string TypeText, ValueText;
  switch (C.Kind) {
  case ConstantKind::Integer: {
    std::optional<std::pair<std::string, std::string>> Typed;
    if (CType.isValid())
      Typed = typedInteger(Ctx, Id, C, CType);
    std::tie(TypeText, ValueText) = Typed ? *Typed : literalTyping(Ctx.Opts, C);
    break;
  }
  case ConstantKind::Float: {
    // bindgen's type of a float macro is double: f64, or c_double with
    // --no-convert-floats.
    TypeText = Ctx.Opts.ConvertFloats ? "f64" : Ctx.ctype("c_double");
    const char *Primitive = "f64";
    bool SpelledAsCType = false;
    if (CType.isValid()) {
      const Type &T = Ctx.M.type(Ctx.M.resolveTypedefs(CType));
      if (T.Kind == TypeKind::Float && T.Float == FloatKind::Float) {
        TypeText = spellType(Ctx, CType, Id).Flat;
        Primitive = "f32";
        SpelledAsCType = true;
      }
    }
    ValueText = std::isfinite(C.FloatValue)
                    ? floatLiteral(C.FloatValue)
                    : nonFiniteFloat(Primitive, C.FloatValue);
    if (SpelledAsCType)
      ValueText = throughNewTypes(Ctx, CType, std::move(ValueText));
    break;
  }
  case ConstantKind::String: {
    bool InteriorNul = C.Bytes.find('\0') != std::string::npos;
    if (Ctx.Opts.GenerateCstr && Ctx.Opts.Target.atLeast(1, 77) &&
        !InteriorNul) {
      TypeText = "&" + Ctx.core() + "::ffi::CStr";
      ValueText = "c\"" + escapeBytes(C.Bytes) + "\"";
    } else {
      TypeText = fmt::format("&[u8; {}]", C.Bytes.size() + 1);
      ValueText = "b\"" + escapeBytes(C.Bytes) + "\\0\"";
    }
    break;
  }
  case ConstantKind::Char:
    if (C.IntegerBits <= 0xff) {
      TypeText = "u8";
      ValueText = fmt::format("{}u8", C.IntegerBits);
    } else {
      TypeText = "u32";
      ValueText = fmt::format("{}u32", C.IntegerBits & 0xffffffff);
    }
    break;
  }
  if (Ctx.Opts.DocComments && !It.Doc.empty())
    W.doc(It.Doc);
  RustType Value;
  Value.Flat = ValueText;
  W.assignment("pub const " + Name + ": " + TypeText, Value);
}

} // namespace kbindgen::rustraw
