//===- VarWriter.cpp - extern variables -----------------------------------===//

#include "EmitContext.h"

namespace kbindgen::rustraw {

using namespace ir;

void writeVar(EmitContext &Ctx, SourceWriter &W, ItemId Id) {
  const Item &It = Ctx.M.item(Id);
  const Var &V = It.as<Var>();
  if (Ctx.Opts.DocComments && !It.Doc.empty())
    W.doc(It.Doc);
  std::string LinkName = linkNameAttribute(Ctx, Id, V.LinkName);
  if (!LinkName.empty())
    W.line(LinkName);
  bool IsConst = V.Type.isValid() && V.Type.Index < Ctx.M.Types.size() &&
                 Ctx.M.type(V.Type).IsConst;
  std::string Head = IsConst ? "pub static " : "pub static mut ";
  W.typed(Head + Ctx.rustName(Id) + ": ", spellType(Ctx, V.Type, Id), ";");
}

} // namespace kbindgen::rustraw
