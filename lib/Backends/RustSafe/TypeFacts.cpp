//===- TypeFacts.cpp - Questions the safe backend asks of IR types --------===//

#include "SafeModel.h"

#include "llvm/ADT/StringExtras.h"

namespace kbindgen::rustsafe {

using namespace ir;

static const Type *resolved(const Module &M, TypeId Id) {
  if (!Id.isValid())
    return nullptr;
  TypeId R = M.resolveTypedefs(Id);
  if (!R.isValid())
    return nullptr;
  return &M.type(R);
}

ItemId pointeeRecord(const Module &M, TypeId Pointer, bool *IsConst) {
  const Type *P = resolved(M, Pointer);
  if (!P || P->Kind != TypeKind::Pointer)
    return {};
  const Type *Pointee = resolved(M, P->Pointee);
  if (!Pointee || Pointee->Kind != TypeKind::Named || !Pointee->Item.isValid())
    return {};
  if (M.item(Pointee->Item).kind() != ItemKind::Record)
    return {};
  if (IsConst)
    *IsConst = M.type(P->Pointee).IsConst || Pointee->IsConst;
  return Pointee->Item;
}

unsigned pointerDepthToRecord(const Module &M, TypeId Id, ItemId *Record) {
  unsigned Depth = 0;
  const Type *T = resolved(M, Id);
  while (T && T->Kind == TypeKind::Pointer && Depth < 4) {
    ++Depth;
    T = resolved(M, T->Pointee);
  }
  if (!T || Depth == 0 || T->Kind != TypeKind::Named || !T->Item.isValid() ||
      M.item(T->Item).kind() != ItemKind::Record)
    return 0;
  if (Record)
    *Record = T->Item;
  return Depth;
}

std::string primitiveType(const Module &M, TypeId Id) {
  const Type *T = resolved(M, Id);
  if (!T)
    return "";
  if (T->Kind == TypeKind::Named && T->Item.isValid()) {
    // Enums in consts style are integer aliases: pass their integer.
    if (const auto *E = M.item(T->Item).getIf<Enum>())
      return primitiveType(M, E->IntegerType);
    return "";
  }
  if (T->Kind == TypeKind::Float) {
    if (T->Float == FloatKind::Float)
      return "f32";
    if (T->Float == FloatKind::Double)
      return "f64";
    return "";
  }
  if (T->Kind != TypeKind::Integer)
    return "";
  if (T->Integer == IntegerKind::Bool)
    return "bool";
  const char *Bits = nullptr;
  switch (T->SizeBytes) {
  case 1:
    Bits = "8";
    break;
  case 2:
    Bits = "16";
    break;
  case 4:
    Bits = "32";
    break;
  case 8:
    Bits = "64";
    break;
  default:
    return "";
  }
  return std::string(T->IsSigned ? "i" : "u") + Bits;
}

bool isCharPointer(const Module &M, TypeId Id, bool *IsConst) {
  const Type *P = resolved(M, Id);
  if (!P || P->Kind != TypeKind::Pointer)
    return false;
  const Type &Written = M.type(P->Pointee);
  const Type *Pointee = resolved(M, P->Pointee);
  if (!Pointee || Pointee->Kind != TypeKind::Integer)
    return false;
  if (Pointee->Integer != IntegerKind::Char &&
      Pointee->Integer != IntegerKind::SChar &&
      Pointee->Integer != IntegerKind::UChar)
    return false;
  if (IsConst)
    *IsConst = Written.IsConst || Pointee->IsConst;
  return true;
}

bool isVoidPointer(const Module &M, TypeId Id) {
  const Type *P = resolved(M, Id);
  if (!P || P->Kind != TypeKind::Pointer)
    return false;
  const Type *Pointee = resolved(M, P->Pointee);
  return Pointee && Pointee->Kind == TypeKind::Void;
}

bool isIntegerType(const Module &M, TypeId Id) {
  const Type *T = resolved(M, Id);
  if (!T)
    return false;
  if (T->Kind == TypeKind::Named && T->Item.isValid())
    return M.item(T->Item).kind() == ItemKind::Enum;
  return T->Kind == TypeKind::Integer && T->Integer != IntegerKind::Bool;
}

bool isVoid(const Module &M, TypeId Id) {
  const Type *T = resolved(M, Id);
  return !T || T->Kind == TypeKind::Void;
}

const FunctionSignature *signatureOf(const Module &M, const Item &Fn) {
  const auto *F = Fn.getIf<Function>();
  if (!F || !F->Type.isValid())
    return nullptr;
  const Type &T = M.type(F->Type);
  if (T.Kind != TypeKind::Function || T.Signature >= M.Signatures.size())
    return nullptr;
  return &M.signature(T);
}

std::string camelCase(llvm::StringRef CName) {
  std::string Out;
  bool Upper = true;
  for (char C : CName) {
    if (C == '_') {
      Upper = true;
      continue;
    }
    Out += Upper ? llvm::toUpper(C) : C;
    Upper = false;
  }
  if (Out.empty() || llvm::isDigit(Out[0]))
    Out = "T" + Out;
  return Out;
}

} // namespace kbindgen::rustsafe
