//===- VarWriter.cpp - extern variables -----------------------------------===//

#include "EmitContext.h"

namespace kbindgen::rustraw {

using namespace ir;

/// Whether C forbids writes to a variable of this type. A sized array is
/// read-only when its elements are (C puts the const on the element); like
/// bindgen, an incomplete `const T a[]` stays `static mut`.
static bool isReadOnly(const Module &M, TypeId Id) {
  while (Id.isValid()) {
    const Type &T = M.type(Id);
    if (T.IsConst)
      return true;
    if (T.Kind != TypeKind::Array)
      return false;
    Id = T.Pointee;
  }
  return false;
}

void writeVar(EmitContext &Ctx, SourceWriter &W, ItemId Id) {
  const Item &It = Ctx.M.item(Id);
  const Var &V = It.as<Var>();
  if (Ctx.Opts.DocComments && !It.Doc.empty())
    W.doc(It.Doc);
  std::string LinkName = linkNameAttribute(Ctx, Id);
  if (!LinkName.empty())
    W.line(LinkName);
  bool IsConst = isReadOnly(Ctx.M, V.Type);
  std::string Head = IsConst ? "pub static " : "pub static mut ";
  W.typed(Head + Ctx.rustName(Id) + ": ", spellType(Ctx, V.Type, Id), ";");
}

} // namespace kbindgen::rustraw
