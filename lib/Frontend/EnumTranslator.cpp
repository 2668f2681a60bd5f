//===- EnumTranslator.cpp - Enums and their enumerators -------------------===//

#include "ModuleBuilder.h"

#include "CXStringRef.h"

using namespace kbindgen;
using namespace kbindgen::frontend;

ir::ItemId frontend::declareEnum(ModuleBuilder &B, CXCursor C,
                                 ir::ItemId Parent) {
  ir::ItemId Existing = B.lookup(C);
  if (Existing.isValid())
    return Existing;
  ir::Item NewItem = B.tagItem(C, Parent);
  ir::Enum Declared;
  Declared.IsComplete = false;
  NewItem.Data = std::move(Declared);
  return B.createItem(C, std::move(NewItem));
}

namespace {

struct EnumBodyContext {
  ModuleBuilder &B;
  bool IsSigned;
  std::vector<ir::Enumerator> Enumerators;
};

} // namespace

ir::ItemId frontend::translateEnum(ModuleBuilder &B, CXCursor C,
                                   ir::ItemId Parent) {
  ir::ItemId Id = declareEnum(B, C, Parent);
  if (!clang_isCursorDefinition(C) || !B.markDefined(C.data[0]))
    return Id;

  // The IR wants the integer type itself, not a typedef of it (C23
  // `enum e : uint8_t`).
  ir::TypeId IntegerType = B.types().translate(
      clang_getCanonicalType(clang_getEnumDeclIntegerType(C)));
  EnumBodyContext Context{B, B.module().type(IntegerType).IsSigned, {}};
  clang_visitChildren(
      C,
      [](CXCursor Child, CXCursor, CXClientData Data) {
        if (clang_getCursorKind(Child) != CXCursor_EnumConstantDecl)
          return CXChildVisit_Continue;
        auto &Context = *static_cast<EnumBodyContext *>(Data);
        ir::Enumerator Value;
        Value.Name = CXStringRef(clang_getCursorSpelling(Child)).string();
        Value.RawValue =
            Context.IsSigned
                ? static_cast<uint64_t>(clang_getEnumConstantDeclValue(Child))
                : clang_getEnumConstantDeclUnsignedValue(Child);
        Value.Doc = Context.B.docComment(Child);
        Value.Loc = Context.B.location(Child);
        Context.Enumerators.push_back(std::move(Value));
        return CXChildVisit_Continue;
      },
      &Context);

  ir::Item &Item = B.module().item(Id);
  if (auto *Enum = Item.getIf<ir::Enum>()) {
    Enum->IntegerType = IntegerType;
    Enum->IsSigned = Context.IsSigned;
    Enum->IsComplete = true;
    Enum->Enumerators = std::move(Context.Enumerators);
  }
  if (Item.Doc.empty())
    Item.Doc = B.docComment(C);
  return Id;
}
