//===- TypedefWriter.cpp - type aliases -----------------------------------===//

#include "EmitContext.h"

namespace kbindgen::rustraw {

using namespace ir;

void writeTypedef(EmitContext &Ctx, SourceWriter &W, ItemId Id) {
  const Item &It = Ctx.M.item(Id);
  const Typedef &TD = It.as<Typedef>();
  std::string Name = Ctx.rustName(Id);
  RustType Target;
  if (std::optional<std::string> Primitive = stdTypedefPrimitive(Ctx, Id))
    Target.Flat = *Primitive;
  else
    Target = spellType(Ctx, TD.Underlying, Id);
  // `typedef struct foo foo;`: the record already has the name.
  if (Target.Flat == Name)
    return;
  if (Ctx.Opts.DocComments && !It.Doc.empty())
    W.doc(It.Doc);
  W.assignment("pub type " + Name, Target);
}

} // namespace kbindgen::rustraw
