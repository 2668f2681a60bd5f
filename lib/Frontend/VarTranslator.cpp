//===- VarTranslator.cpp - Global variables and const-variable constants --===//
//
// Like bindgen, a const-qualified variable whose initializer clang can
// evaluate to a number or a string becomes a Constant (`pub const X: T = v;`)
// instead of an extern static; `extern const int c;` stays a Var.
//
//===----------------------------------------------------------------------===//

#include "ModuleBuilder.h"

#include "CXStringRef.h"
#include "InitializerValue.h"

using namespace kbindgen;
using namespace kbindgen::frontend;

namespace {

bool hasInitializer(CXCursor C) {
#if CINDEX_VERSION_MINOR >= 63
  return !clang_Cursor_isNull(clang_Cursor_getVarDeclInitializer(C));
#else
  return clang_isCursorDefinition(C) &&
         clang_Cursor_getStorageClass(C) != CX_SC_Extern;
#endif
}

CXType unqualified(CXType T) {
#if CINDEX_VERSION_MINOR >= 63
  return clang_getUnqualifiedType(T);
#else
  return T;
#endif
}

/// A value type that may become a Constant: integer, float, enum, or a
/// const pointer to char (a string).
bool isConstantCandidate(CXType T) {
  if (!clang_isConstQualifiedType(T))
    return false;
  CXType Canonical = clang_getCanonicalType(T);
  if ((Canonical.kind >= CXType_Bool && Canonical.kind <= CXType_Int128) ||
      (Canonical.kind >= CXType_Float && Canonical.kind <= CXType_LongDouble) ||
      Canonical.kind == CXType_Enum)
    return true;
  if (Canonical.kind == CXType_Pointer) {
    CXTypeKind Pointee =
        clang_getCanonicalType(clang_getPointeeType(Canonical)).kind;
    return Pointee == CXType_Char_S || Pointee == CXType_Char_U;
  }
  return false;
}

} // namespace

ir::ItemId frontend::translateVar(ModuleBuilder &B, CXCursor C) {
  CXType Type = clang_getCursorType(C);
  CX_StorageClass Storage = clang_Cursor_getStorageClass(C);
  ir::ItemId Existing = B.lookup(C);

  if (isConstantCandidate(Type) && hasInitializer(C)) {
    if (std::optional<ir::Constant> Value = evaluateInitializer(C)) {
      Value->Origin = ir::ConstantOrigin::ConstVar;
      Value->CType = B.types().translate(unqualified(Type));
      if (Existing.isValid()) {
        // `extern const int x;` then `const int x = 1;`: now a constant.
        B.module().item(Existing).Data = std::move(*Value);
        return Existing;
      }
      ir::Item NewItem = B.declItem(C);
      NewItem.Data = std::move(*Value);
      return B.createItem(C, std::move(NewItem));
    }
  }

  ir::Var Variable;
  Variable.Type = B.types().translateDeclType(Type, C);
  Variable.IsStatic = Storage == CX_SC_Static;
  Variable.IsExtern = !Variable.IsStatic;
  Variable.IsThreadLocal = clang_getCursorTLSKind(C) != CXTLS_None;
  Variable.IsDefinition = clang_isCursorDefinition(C);

  if (Existing.isValid()) {
    ir::Item &Item = B.module().item(Existing);
    if (auto *Known = Item.getIf<ir::Var>()) {
      Variable.IsDefinition |= Known->IsDefinition;
      Variable.IsStatic |= Known->IsStatic;
      Variable.IsExtern = !Variable.IsStatic;
      Variable.LinkName = Known->LinkName;
      *Known = std::move(Variable);
    }
    return Existing;
  }

  CXStringRef Name(clang_getCursorSpelling(C));
  CXStringRef Mangled(clang_Cursor_getMangling(C));
  if (!Mangled.empty() && Mangled.str() != Name.str())
    Variable.LinkName = Mangled.string();

  ir::Item NewItem = B.declItem(C);
  NewItem.Data = std::move(Variable);
  return B.createItem(C, std::move(NewItem));
}
