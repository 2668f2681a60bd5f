//===- TypedefTranslator.cpp - Typedefs
//------------------------------------===//

#include "ModuleBuilder.h"

#include "CXStringRef.h"

using namespace kbindgen;
using namespace kbindgen::frontend;

namespace {

/// The record/enum declaration a typedef names directly, if any
/// (`typedef struct {...} name;`, possibly qualified).
CXCursor namedTagDecl(CXType Underlying) {
  // Each CXType libclang makes walks the sugar under it (in MakeCXType), so
  // desugaring a chain of typedefs step by step costs its depth: ask the
  // canonical type, which has none, first.
  CXTypeKind CanonicalKind = clang_getCanonicalType(Underlying).kind;
  if (CanonicalKind != CXType_Record && CanonicalKind != CXType_Enum)
    return clang_getNullCursor();
  while (Underlying.kind == CXType_Elaborated)
    Underlying = clang_Type_getNamedType(Underlying);
  if (Underlying.kind != CXType_Record && Underlying.kind != CXType_Enum)
    return clang_getNullCursor();
  return clang_getTypeDeclaration(Underlying);
}

} // namespace

ir::ItemId frontend::translateTypedef(ModuleBuilder &B, CXCursor C) {
  ir::ItemId Existing = B.lookup(C);
  if (Existing.isValid())
    return Existing;

  ir::Item NewItem = B.declItem(C);
  NewItem.Data = ir::Typedef{};
  // Bind before translating the underlying type, which may refer back.
  ir::ItemId Id = B.createItem(C, std::move(NewItem));

  CXType Underlying = clang_getTypedefDeclUnderlyingType(C);
  ir::TypeId UnderlyingId = B.types().translateDeclType(Underlying, C);
  B.module().item(Id).as<ir::Typedef>().Underlying = UnderlyingId;

  CXCursor Tag = namedTagDecl(Underlying);
  if (!clang_Cursor_isNull(Tag)) {
    ir::ItemId TagItem = B.lookup(Tag);
    if (TagItem.isValid()) {
      ir::Item &Named = B.module().item(TagItem);
      if (Named.isAnonymous() && !Named.NamingTypedef.isValid())
        Named.NamingTypedef = Id;
    }
  }
  return Id;
}
