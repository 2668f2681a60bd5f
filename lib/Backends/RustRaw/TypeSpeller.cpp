//===- TypeSpeller.cpp - ir::Type to Rust type text -----------------------===//

#include "LayoutPlan.h"

#include "kbindgen/Analysis/CallAbi.h"

#include "llvm/ADT/StringSet.h"

#include <fmt/format.h>

namespace kbindgen::rustraw {

using namespace ir;

std::string unsignedOfSize(uint64_t Bytes) {
  switch (Bytes) {
  case 1:
    return "u8";
  case 2:
    return "u16";
  case 4:
    return "u32";
  case 8:
    return "u64";
  case 16:
    return "u128";
  default:
    return "";
  }
}

bool integerElementCarriesAlign(const EmitContext &Ctx, uint64_t Size,
                                uint64_t Align) {
  return Ctx.Layouts.integerElementCarriesAlign(Size, Align);
}

/// Blobs made of an integer array carry their alignment without repr(align)
/// and can derive everything (arrays up to 32 elements derive Default).
static bool blobIsIntegerArray(const EmitContext &Ctx, uint64_t Size,
                               uint64_t Align) {
  return integerElementCarriesAlign(Ctx, Size, Align) && Size / Align <= 32;
}

std::string opaqueBlob(EmitContext &Ctx, uint64_t Size, uint64_t Align) {
  if (Align == 0)
    Align = 1;
  if (blobIsIntegerArray(Ctx, Size, Align))
    return fmt::format("[{}; {}usize]", unsignedOfSize(Align), Size / Align);
  Ctx.OpaqueHelpers.insert({Size, Align});
  return fmt::format("__BindgenOpaque_{}_{}", Size, Align);
}

uint64_t opaqueRecordReprAlign(const EmitContext &Ctx, uint64_t Size,
                               uint64_t Align) {
  return Ctx.Layouts.opaqueRecordReprAlign(Size, Align);
}

static bool hasNativeInt128(const EmitContext &Ctx) {
  // The analysis refuses functions by the same rule.
  return Ctx.Layouts.hasNativeInt128();
}

static std::string integerSpelling(EmitContext &Ctx, const Type &T,
                                   ItemId User) {
  switch (T.Integer) {
  case IntegerKind::Bool:
    return "bool";
  case IntegerKind::Char:
    return Ctx.ctype("c_char");
  case IntegerKind::SChar:
    return Ctx.ctype("c_schar");
  case IntegerKind::UChar:
    return Ctx.ctype("c_uchar");
  case IntegerKind::Short:
    return Ctx.ctype("c_short");
  case IntegerKind::UShort:
    return Ctx.ctype("c_ushort");
  case IntegerKind::Int:
    return Ctx.ctype("c_int");
  case IntegerKind::UInt:
    return Ctx.ctype("c_uint");
  case IntegerKind::Long:
    return Ctx.ctype("c_long");
  case IntegerKind::ULong:
    return Ctx.ctype("c_ulong");
  case IntegerKind::LongLong:
    return Ctx.ctype("c_longlong");
  case IntegerKind::ULongLong:
    return Ctx.ctype("c_ulonglong");
  case IntegerKind::Int128:
  case IntegerKind::UInt128:
    if (hasNativeInt128(Ctx))
      return T.Integer == IntegerKind::Int128 ? "i128" : "u128";
    Ctx.warn(User, "__int128 needs --rust-target 1.77 for a matching "
                   "alignment; emitted as an opaque blob");
    // clang's layout, not x86_64's: __int128 is 8-aligned on s390x.
    return opaqueBlob(Ctx, T.SizeBytes ? T.SizeBytes : 16,
                      T.AlignBytes ? T.AlignBytes : 16);
  case IntegerKind::Char16:
    return "u16";
  case IntegerKind::Char32:
    return "u32";
  case IntegerKind::WChar: {
    std::string Unsigned = unsignedOfSize(T.SizeBytes ? T.SizeBytes : 4);
    if (T.IsSigned)
      Unsigned[0] = 'i';
    return Unsigned;
  }
  }
  return Ctx.ctype("c_int");
}

static RustType atom(std::string Text) {
  RustType R;
  R.Flat = std::move(Text);
  return R;
}

/// Before + Inner + After, keeping a function pointer's structure.
static RustType wrapped(const std::string &Before, RustType Inner,
                        const std::string &After) {
  Inner.Flat = Before + Inner.Flat + After;
  Inner.Before = Before + Inner.Before;
  Inner.After = Inner.After + After;
  return Inner;
}

static RustType functionPointer(EmitContext &Ctx, const Type &FnType,
                                ItemId User) {
  RustType R;
  if (FnType.Signature >= Ctx.M.Signatures.size())
    return atom("*const " + Ctx.ctype("c_void"));
  const FunctionSignature &Sig = Ctx.M.signature(FnType);
  R.IsFnPtr = true;
  R.Params = spellParams(
      Ctx, Sig, rustParamNames(Sig.ParamNames, Sig.Params.size()), User);
  R.Variadic = Sig.IsVariadic && Sig.HasPrototype;
  R.ReturnSuffix = returnSuffix(Ctx, Sig.Result, Sig.IsNoReturn, User);
  R.OptionPath = Ctx.core() + "::option::Option";
  const char *Abi = "C";
  switch (Sig.Convention) {
  case CallingConv::StdCall:
    Abi = "stdcall";
    break;
  case CallingConv::FastCall:
    Abi = "fastcall";
    break;
  case CallingConv::ThisCall:
    Abi = "thiscall";
    break;
  default:
    break;
  }
  R.FnPrefix = fmt::format("unsafe extern \"{}\" fn", Abi);
  R.Flat = R.OptionPath + "<" + R.FnPrefix + flatParams(R.Params, R.Variadic) +
           R.ReturnSuffix + ">";
  return R;
}

/// A typedef the analysis does not emit is spelled as what it names.
static bool typedefIsTransparent(const EmitContext &Ctx, ItemId Id) {
  const Item &It = Ctx.M.item(Id);
  if (!It.getIf<Typedef>())
    return false;
  Disposition D = Ctx.A.decision(Id).Kind;
  return D == Disposition::Skipped || D == Disposition::NotSelected;
}

RustType spellType(EmitContext &Ctx, TypeId Id, ItemId User) {
  if (!Id.isValid())
    return atom(Ctx.ctype("c_void"));
  const Type &T = Ctx.M.type(Id);
  switch (T.Kind) {
  case TypeKind::Void:
    return atom(Ctx.ctype("c_void"));
  case TypeKind::Integer:
    return atom(integerSpelling(Ctx, T, User));
  case TypeKind::Float:
    // --no-convert-floats: the ctypes prefix's names, as bindgen.
    if (T.Float == FloatKind::Float)
      return atom(Ctx.Opts.ConvertFloats ? "f32" : Ctx.ctype("c_float"));
    if (T.Float == FloatKind::Double)
      return atom(Ctx.Opts.ConvertFloats ? "f64" : Ctx.ctype("c_double"));
    Ctx.warn(User, fmt::format("type `{}` has no Rust equivalent; emitted as "
                               "an opaque blob of {} bytes",
                               T.Spelling, T.SizeBytes));
    return atom(opaqueBlob(Ctx, T.SizeBytes, T.AlignBytes));
  case TypeKind::Pointer: {
    TypeId Pointee = T.Pointee;
    if (Pointee.isValid()) {
      const Type &PT = Ctx.M.type(Pointee);
      // A pointer to a function is the nullable function pointer itself.
      if (PT.Kind == TypeKind::Function)
        return functionPointer(Ctx, PT, User);
      TypeId Resolved = Ctx.M.resolveTypedefs(Pointee);
      if (PT.Kind == TypeKind::Named &&
          Ctx.M.type(Resolved).Kind == TypeKind::Function) {
        // `fnt *p` where fnt is a typedef of a function type: the typedef is
        // already spelled as a function pointer.
        if (typedefIsTransparent(Ctx, PT.Item))
          return functionPointer(Ctx, Ctx.M.type(Resolved), User);
        return atom(Ctx.rustName(PT.Item));
      }
      return wrapped(PT.IsConst ? "*const " : "*mut ",
                     spellType(Ctx, Pointee, User), "");
    }
    return atom("*mut " + Ctx.ctype("c_void"));
  }
  case TypeKind::Array:
    return wrapped("[", spellType(Ctx, T.Pointee, User),
                   fmt::format("; {}usize]", T.ArrayLength));
  case TypeKind::IncompleteArray:
    return atom(
        fmt::format("[{}; 0usize]", spellType(Ctx, T.Pointee, User).Flat));
  case TypeKind::Function:
    return functionPointer(Ctx, T, User);
  case TypeKind::Named:
    if (!T.Item.isValid())
      return atom(Ctx.ctype("c_void"));
    if (std::optional<std::string> Primitive = stdTypedefPrimitive(Ctx, T.Item))
      return atom(*Primitive);
    if (typedefIsTransparent(Ctx, T.Item))
      return spellType(Ctx, Ctx.M.item(T.Item).as<Typedef>().Underlying, User);
    // A module-constants enum is a module; its type is `E::Type`.
    if (Ctx.M.item(T.Item).getIf<Enum>() &&
        Ctx.A.EnumStyles[T.Item.Index] == EnumStyle::ModuleConsts)
      return atom(Ctx.rustName(T.Item) + "::Type");
    return atom(Ctx.rustName(T.Item));
  case TypeKind::Opaque:
    Ctx.warn(User, fmt::format("type `{}` has no Rust equivalent; emitted as "
                               "an opaque blob of {} bytes",
                               T.Spelling, T.SizeBytes));
    return atom(opaqueBlob(Ctx, T.SizeBytes, T.AlignBytes));
  }
  return atom(Ctx.ctype("c_void"));
}

std::string returnSuffix(EmitContext &Ctx, TypeId Result, bool NoReturn,
                         ItemId User) {
  if (NoReturn)
    return " -> !";
  if (!Result.isValid() || Ctx.M.type(Result).Kind == TypeKind::Void)
    return "";
  return " -> " + spellType(Ctx, Result, User).Flat;
}

/// --use-array-pointers-in-arguments: a parameter declared `T a[N]` as a
/// pointer to the whole array. C adjusted it to Decayed (`T *`), whose
/// pointee carries the element's const; a declared type that is not an
/// array after all (a malformed IR) keeps the decayed spelling.
static RustType spellArrayPointer(EmitContext &Ctx, TypeId Decayed,
                                  TypeId ArrayType, ItemId User) {
  const Type &Adjusted = Ctx.M.type(Ctx.M.resolveTypedefs(Decayed));
  if (Ctx.M.type(Ctx.M.resolveTypedefs(ArrayType)).Kind != TypeKind::Array ||
      Adjusted.Kind != TypeKind::Pointer)
    return spellType(Ctx, Decayed, User);
  std::string Prefix =
      Ctx.M.type(Adjusted.Pointee).IsConst ? "*const " : "*mut ";
  RustType Result = spellType(Ctx, ArrayType, User);
  Result.Flat = Prefix + Result.Flat;
  if (Result.IsFnPtr)
    Result.Before = Prefix + Result.Before;
  return Result;
}

std::vector<RustParam> spellParams(EmitContext &Ctx,
                                   const FunctionSignature &Sig,
                                   const std::vector<std::string> &RustNames,
                                   ItemId User) {
  std::vector<RustParam> Params;
  if (!Sig.HasPrototype)
    return Params;
  const Function *F = nullptr;
  if (Ctx.Opts.ArrayPointersInArguments && User.isValid())
    F = Ctx.M.item(User).getIf<Function>();
  for (size_t I = 0; I < Sig.Params.size(); ++I) {
    TypeId ArrayType;
    if (F && I < F->ParamArrayTypes.size())
      ArrayType = F->ParamArrayTypes[I];
    Params.emplace_back(
        RustNames[I],
        ArrayType.isValid()
            ? spellArrayPointer(Ctx, Sig.Params[I], ArrayType, User)
            : spellType(Ctx, Sig.Params[I], User));
  }
  return Params;
}

std::pair<uint64_t, uint64_t> typeLayout(EmitContext &Ctx, TypeId Id) {
  return Ctx.Layouts.typeLayout(Id);
}

bool isCopy(EmitContext &Ctx, TypeId Id) {
  if (!Id.isValid())
    return true;
  const Type &T = Ctx.M.type(Id);
  switch (T.Kind) {
  case TypeKind::Array:
    // A field `T a[0]` is written as __IncompleteArrayField, like `T a[]`.
    return T.ArrayLength != 0 && isCopy(Ctx, T.Pointee);
  case TypeKind::IncompleteArray:
    return false; // __IncompleteArrayField is not Copy.
  case TypeKind::Named: {
    if (!T.Item.isValid())
      return true;
    const Item &It = Ctx.M.item(T.Item);
    if (const auto *TD = It.getIf<Typedef>())
      return isCopy(Ctx, TD->Underlying);
    const auto *R = It.getIf<Record>();
    if (!R || !R->IsComplete || !Ctx.A.isEmitted(T.Item))
      return true;
    return Ctx.A.Derives[T.Item.Index].Copy;
  }
  default:
    return true;
  }
}

bool containsReprAlign(EmitContext &Ctx, TypeId Id) {
  return Ctx.Layouts.containsReprAlign(Id);
}

} // namespace kbindgen::rustraw
