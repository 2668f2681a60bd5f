//===- TypeTranslator.cpp - CXType to ir::Type ----------------------------===//
//
// Every libclang type kind maps to an IR type; whatever the IR cannot model
// becomes Opaque with clang's layout, so no header can make this crash.
//
//===----------------------------------------------------------------------===//

#include "TypeTranslator.h"

#include "CXStringRef.h"

#include "llvm/ADT/SmallVector.h"

using namespace kbindgen;
using namespace kbindgen::frontend;

namespace {

struct IntegerInfo {
  ir::IntegerKind Kind;
  bool IsSigned;
};

std::optional<IntegerInfo> integerInfo(CXTypeKind Kind) {
  using IK = ir::IntegerKind;
  switch (Kind) {
  case CXType_Bool:
    return IntegerInfo{IK::Bool, false};
  case CXType_Char_U:
    return IntegerInfo{IK::Char, false};
  case CXType_Char_S:
    return IntegerInfo{IK::Char, true};
  case CXType_UChar:
    return IntegerInfo{IK::UChar, false};
  case CXType_SChar:
    return IntegerInfo{IK::SChar, true};
  case CXType_Char16:
    return IntegerInfo{IK::Char16, false};
  case CXType_Char32:
    return IntegerInfo{IK::Char32, false};
  case CXType_WChar:
    return IntegerInfo{IK::WChar, true};
  case CXType_UShort:
    return IntegerInfo{IK::UShort, false};
  case CXType_Short:
    return IntegerInfo{IK::Short, true};
  case CXType_UInt:
    return IntegerInfo{IK::UInt, false};
  case CXType_Int:
    return IntegerInfo{IK::Int, true};
  case CXType_ULong:
    return IntegerInfo{IK::ULong, false};
  case CXType_Long:
    return IntegerInfo{IK::Long, true};
  case CXType_ULongLong:
    return IntegerInfo{IK::ULongLong, false};
  case CXType_LongLong:
    return IntegerInfo{IK::LongLong, true};
  case CXType_UInt128:
    return IntegerInfo{IK::UInt128, false};
  case CXType_Int128:
    return IntegerInfo{IK::Int128, true};
  default:
    return std::nullopt;
  }
}

std::optional<ir::FloatKind> floatKind(CXTypeKind Kind) {
  using FK = ir::FloatKind;
  switch (Kind) {
  case CXType_Half:
    return FK::Half;
  case CXType_Float16:
    return FK::Float16;
  case CXType_BFloat16:
    return FK::BFloat16;
  case CXType_Float:
    return FK::Float;
  case CXType_Double:
    return FK::Double;
  case CXType_LongDouble:
    return FK::LongDouble;
  case CXType_Float128:
    return FK::Float128;
  default:
    return std::nullopt;
  }
}

ir::CallingConv callingConv(CXType FunctionType) {
  switch (clang_getFunctionTypeCallingConv(FunctionType)) {
  case CXCallingConv_Default:
  case CXCallingConv_C:
  case CXCallingConv_X86_64SysV:
  case CXCallingConv_Invalid:
    return ir::CallingConv::C;
  case CXCallingConv_X86StdCall:
    return ir::CallingConv::StdCall;
  case CXCallingConv_X86FastCall:
    return ir::CallingConv::FastCall;
  case CXCallingConv_X86ThisCall:
    return ir::CallingConv::ThisCall;
  case CXCallingConv_X86VectorCall:
    return ir::CallingConv::VectorCall;
  default:
    return ir::CallingConv::Other;
  }
}

bool isArrayKind(CXTypeKind Kind) {
  return Kind == CXType_ConstantArray || Kind == CXType_IncompleteArray ||
         Kind == CXType_VariableArray || Kind == CXType_DependentSizedArray;
}

/// A function declared through a typedef (`fn_t f;`), typeof or attributes:
/// the function type under the sugar, keeping the parameters' typedefs.
CXType stripToFunctionType(CXType T) {
  for (int Depth = 0; Depth < 16; ++Depth) {
    switch (T.kind) {
    case CXType_FunctionProto:
    case CXType_FunctionNoProto:
      return T;
    case CXType_Typedef:
      T = clang_getTypedefDeclUnderlyingType(clang_getTypeDeclaration(T));
      break;
    case CXType_Elaborated:
      T = clang_Type_getNamedType(T);
      break;
    case CXType_Attributed:
      T = clang_Type_getModifiedType(T);
      break;
    default:
      return clang_getCanonicalType(T);
    }
  }
  return clang_getCanonicalType(T);
}

} // namespace

void TypeTranslator::setLayout(CXType T, ir::Type &Result) {
  long long Size = clang_Type_getSizeOf(T);
  long long Align = clang_Type_getAlignOf(T);
  Result.SizeBytes = Size > 0 ? static_cast<uint64_t>(Size) : 0;
  Result.AlignBytes = Align > 0 ? static_cast<uint64_t>(Align) : 0;
}

ir::TypeId TypeTranslator::translate(CXType T) {
  if (T.kind == CXType_Invalid || !T.data[0])
    return opaque(T, ir::OpaqueReason::Unsupported);
  auto It = Cache.find(T.data[0]);
  if (It != Cache.end())
    return It->second;
  ir::TypeId Result = translateUncached(T);
  Cache[T.data[0]] = Result;
  return Result;
}

ir::TypeId TypeTranslator::withQualifiers(ir::TypeId Base, bool IsConst,
                                          bool IsVolatile) {
  const ir::Type &BaseType = M.type(Base);
  if ((!IsConst || BaseType.IsConst) && (!IsVolatile || BaseType.IsVolatile))
    return Base;
  ir::Type Qualified = BaseType;
  if (IsConst && !Qualified.IsConst)
    Qualified.Spelling.insert(0, "const ");
  if (IsVolatile && !Qualified.IsVolatile)
    Qualified.Spelling.insert(0, "volatile ");
  Qualified.IsConst |= IsConst;
  Qualified.IsVolatile |= IsVolatile;
  return Interner.intern(std::move(Qualified));
}

ir::TypeId TypeTranslator::opaque(CXType T, ir::OpaqueReason Reason) {
  ir::Type Result;
  Result.Kind = ir::TypeKind::Opaque;
  Result.Opaque = Reason;
  if (T.kind != CXType_Invalid) {
    setLayout(T, Result);
    Result.Spelling = CXStringRef(clang_getTypeSpelling(T)).string();
  }
  return Interner.intern(std::move(Result));
}

ir::TypeId TypeTranslator::named(CXType T, CXCursor Decl) {
  ir::ItemId Item = Resolver.itemForTypeDecl(Decl);
  if (!Item.isValid())
    return opaque(T, ir::OpaqueReason::Unsupported);
  ir::Type Result;
  Result.Kind = ir::TypeKind::Named;
  Result.Item = Item;
  Result.IsConst = clang_isConstQualifiedType(T);
  Result.IsVolatile = clang_isVolatileQualifiedType(T);
  setLayout(T, Result);
  Result.Spelling = CXStringRef(clang_getTypeSpelling(T)).string();
  return Interner.intern(std::move(Result));
}

ir::TypeId TypeTranslator::pointerTo(ir::TypeId Pointee) {
  ir::Type Result;
  Result.Kind = ir::TypeKind::Pointer;
  Result.Pointee = Pointee;
  Result.SizeBytes = Result.AlignBytes = M.Target.PointerBytes;
  Result.Spelling = M.type(Pointee).Spelling + " *";
  return Interner.intern(std::move(Result));
}

ir::TypeId TypeTranslator::translateParam(CXType T) {
  CXType Canonical = clang_getCanonicalType(T);
  if (isArrayKind(Canonical.kind)) {
    // A canonical array carries its element's qualifiers on itself.
    CXType Element =
        clang_getArrayElementType(isArrayKind(T.kind) ? T : Canonical);
    return pointerTo(withQualifiers(translate(Element),
                                    clang_isConstQualifiedType(Canonical),
                                    clang_isVolatileQualifiedType(Canonical)));
  }
  if (Canonical.kind == CXType_FunctionProto ||
      Canonical.kind == CXType_FunctionNoProto)
    return pointerTo(translate(T));
  return translate(T);
}

ir::TypeId TypeTranslator::translateFunction(CXType T, bool ForceNoReturn) {
  if (!ForceNoReturn && T.kind != CXType_Invalid && T.data[0]) {
    auto It = Cache.find(T.data[0]);
    if (It != Cache.end())
      return It->second;
  }
  if (T.kind != CXType_FunctionProto && T.kind != CXType_FunctionNoProto) {
    T = stripToFunctionType(T);
    if (T.kind != CXType_FunctionProto && T.kind != CXType_FunctionNoProto)
      return opaque(T, ir::OpaqueReason::Unsupported);
    return translateFunction(T, ForceNoReturn);
  }
  ir::FunctionSignature Signature;
  Signature.Result = translate(clang_getResultType(T));
  Signature.HasPrototype = T.kind == CXType_FunctionProto;
  if (Signature.HasPrototype) {
    int NumParams = clang_getNumArgTypes(T);
    Signature.Params.reserve(NumParams > 0 ? NumParams : 0);
    for (int I = 0; I < NumParams; ++I)
      Signature.Params.push_back(translateParam(clang_getArgType(T, I)));
    Signature.IsVariadic = clang_isFunctionTypeVariadic(T);
  }
  Signature.Convention = callingConv(T);
  CXStringRef Spelling(clang_getTypeSpelling(T));
  // libclang has no accessor for the noreturn bit of a function type, but
  // prints it as an attribute.
  Signature.IsNoReturn =
      ForceNoReturn || Spelling.str().contains("__attribute__((noreturn))");

  ir::Type Result;
  Result.Kind = ir::TypeKind::Function;
  Result.Signature = Interner.internSignature(std::move(Signature));
  Result.Spelling = Spelling.string();
  ir::TypeId Id = Interner.intern(std::move(Result));
  if (!ForceNoReturn)
    Cache[T.data[0]] = Id;
  return Id;
}

ir::TypeId TypeTranslator::translateBuiltin(CXType T, ir::Type &Result) {
  if (T.kind == CXType_Void) {
    Result.Kind = ir::TypeKind::Void;
    Result.Spelling = "void";
    return Interner.intern(std::move(Result));
  }
  if (std::optional<IntegerInfo> Info = integerInfo(T.kind)) {
    Result.Kind = ir::TypeKind::Integer;
    Result.Integer = Info->Kind;
    Result.IsSigned = Info->IsSigned;
    if (Info->Kind == ir::IntegerKind::Char)
      CharSignedness = Info->IsSigned;
  } else if (std::optional<ir::FloatKind> Kind = floatKind(T.kind)) {
    Result.Kind = ir::TypeKind::Float;
    Result.Float = *Kind;
  } else {
    return opaque(T, ir::OpaqueReason::Unsupported);
  }
  setLayout(T, Result);
  // An 8-byte long double (32-bit arm, -mlong-double-64) is IEEE double in
  // clang, with double's calling convention: it is a double, spelled long
  // double. x87, IEEE quad and IBM double-double ones are 12 or 16 bytes.
  if (Result.Kind == ir::TypeKind::Float &&
      Result.Float == ir::FloatKind::LongDouble && Result.SizeBytes == 8)
    Result.Float = ir::FloatKind::Double;
  Result.Spelling =
      CXStringRef(clang_getTypeSpelling(clang_getCanonicalType(T))).string();
  // The canonical spelling carries the qualifiers; keep the bare name.
  llvm::StringRef Bare(Result.Spelling);
  while (Bare.consume_front("const ") || Bare.consume_front("volatile "))
    ;
  Result.Spelling = Bare.str();
  return Interner.intern(std::move(Result));
}

ir::TypeId TypeTranslator::translateUncached(CXType T) {
  bool IsConst = clang_isConstQualifiedType(T);
  bool IsVolatile = clang_isVolatileQualifiedType(T);
  ir::Type Result;
  Result.IsConst = IsConst;
  Result.IsVolatile = IsVolatile;

  if (T.kind >= CXType_FirstBuiltin && T.kind <= CXType_LastBuiltin)
    return translateBuiltin(T, Result);

  switch (T.kind) {
  case CXType_Pointer:
    Result.Kind = ir::TypeKind::Pointer;
    Result.Pointee = translate(clang_getPointeeType(T));
    break;
  case CXType_ConstantArray:
    Result.Kind = ir::TypeKind::Array;
    Result.Pointee = withQualifiers(translate(clang_getArrayElementType(T)),
                                    IsConst, IsVolatile);
    Result.ArrayLength = static_cast<uint64_t>(clang_getArraySize(T));
    break;
  case CXType_IncompleteArray:
  case CXType_VariableArray:
  case CXType_DependentSizedArray:
    Result.Kind = ir::TypeKind::IncompleteArray;
    Result.Pointee = withQualifiers(translate(clang_getArrayElementType(T)),
                                    IsConst, IsVolatile);
    break;
  case CXType_FunctionProto:
  case CXType_FunctionNoProto:
    return translateFunction(T, /*ForceNoReturn=*/false);
  case CXType_Record:
  case CXType_Enum:
  case CXType_Typedef:
    return named(T, clang_getTypeDeclaration(T));
  case CXType_Elaborated: {
    // An unqualified typedef name: its declaration directly. Making the
    // named type's CXType would walk the typedef chain under it (libclang's
    // MakeCXType looks through sugar), quadratic over a chain of typedefs.
    CXCursor Decl = clang_getTypeDeclaration(T);
    if (!IsConst && !IsVolatile &&
        clang_getCursorKind(Decl) == CXCursor_TypedefDecl)
      return named(T, Decl);
    return withQualifiers(translate(clang_Type_getNamedType(T)), IsConst,
                          IsVolatile);
  }
  case CXType_Attributed:
    return withQualifiers(translate(clang_Type_getModifiedType(T)), IsConst,
                          IsVolatile);
  case CXType_Atomic: {
    CXType Value = clang_Type_getValueType(T);
    if (clang_Type_getSizeOf(Value) != clang_Type_getSizeOf(T))
      return opaque(T, ir::OpaqueReason::Unsupported);
    return withQualifiers(translate(Value), IsConst, IsVolatile);
  }
  case CXType_Complex:
    return opaque(T, ir::OpaqueReason::Complex);
  case CXType_Vector:
  case CXType_ExtVector:
    return opaque(T, ir::OpaqueReason::Vector);
  default: {
    // typeof, __auto_type, BTF tags and other sugar: the canonical type.
    CXType Canonical = clang_getCanonicalType(T);
    if (Canonical.kind != CXType_Invalid && Canonical.kind != T.kind &&
        Canonical.kind != CXType_Unexposed)
      return translate(Canonical);
    CXStringRef Spelling(clang_getTypeSpelling(Canonical));
    if (Spelling.str().contains("_BitInt("))
      return opaque(T, ir::OpaqueReason::BitInt);
    return opaque(T, ir::OpaqueReason::Unsupported);
  }
  }
  setLayout(T, Result);
  Result.Spelling = CXStringRef(clang_getTypeSpelling(T)).string();
  return Interner.intern(std::move(Result));
}

ir::TypeId TypeTranslator::translateDeclType(CXType T, CXCursor Decl) {
  return withDeclParamNames(translate(T), Decl);
}

namespace {
/// The direct ParmDecl children of a declaration, in order.
llvm::SmallVector<CXCursor, 4> parameterDecls(CXCursor Decl) {
  llvm::SmallVector<CXCursor, 4> Params;
  clang_visitChildren(
      Decl,
      [](CXCursor Child, CXCursor, CXClientData Data) {
        if (clang_getCursorKind(Child) == CXCursor_ParmDecl)
          static_cast<llvm::SmallVector<CXCursor, 4> *>(Data)->push_back(Child);
        return CXChildVisit_Continue;
      },
      &Params);
  return Params;
}
} // namespace

ir::TypeId TypeTranslator::withDeclParamNames(ir::TypeId Type, CXCursor Decl) {
  // Only a declarator written here names parameters: a typedef'd function
  // pointer type keeps the names of its own typedef.
  // Interning below may grow M.Types and M.Signatures: read what is needed
  // before, and re-read the type after.
  ir::TypeKind Kind = M.type(Type).Kind;
  if (Kind == ir::TypeKind::Pointer) {
    ir::TypeId OldPointee = M.type(Type).Pointee;
    ir::TypeId Pointee = withDeclParamNames(OldPointee, Decl);
    if (Pointee == OldPointee)
      return Type;
    ir::Type Rebuilt = M.type(Type);
    Rebuilt.Pointee = Pointee;
    return Interner.intern(std::move(Rebuilt));
  }
  if (Kind != ir::TypeKind::Function)
    return Type;

  llvm::SmallVector<CXCursor, 4> Params = parameterDecls(Decl);
  ir::FunctionSignature Signature = M.signature(M.type(Type));
  if (Params.empty() || Params.size() != Signature.Params.size())
    return Type;
  Signature.ParamNames.clear();
  bool AnyName = false;
  for (size_t I = 0; I < Params.size(); ++I) {
    std::string Name = CXStringRef(clang_getCursorSpelling(Params[I])).string();
    AnyName |= !Name.empty();
    Signature.ParamNames.push_back(std::move(Name));
    Signature.Params[I] = withDeclParamNames(Signature.Params[I], Params[I]);
  }
  if (!AnyName)
    Signature.ParamNames.clear();
  ir::Type Rebuilt = M.type(Type);
  Rebuilt.Signature = Interner.internSignature(std::move(Signature));
  return Interner.intern(std::move(Rebuilt));
}

ir::TypeId TypeTranslator::withArgumentParamNames(ir::TypeId FunctionType,
                                                  CXCursor FunctionDecl) {
  const ir::Type &Fn = M.type(FunctionType);
  if (Fn.Kind != ir::TypeKind::Function)
    return FunctionType;
  ir::FunctionSignature Signature = M.signature(Fn);
  int NumArgs = clang_Cursor_getNumArguments(FunctionDecl);
  bool Changed = false;
  for (int I = 0; I < NumArgs && size_t(I) < Signature.Params.size(); ++I) {
    ir::TypeId Named = withDeclParamNames(
        Signature.Params[I], clang_Cursor_getArgument(FunctionDecl, I));
    Changed |= Named != Signature.Params[I];
    Signature.Params[I] = Named;
  }
  if (!Changed)
    return FunctionType;
  ir::Type Rebuilt = M.type(FunctionType);
  Rebuilt.Signature = Interner.internSignature(std::move(Signature));
  return Interner.intern(std::move(Rebuilt));
}
