//===- TypedefWriter.cpp - type aliases and newtypes ----------------------===//

#include "EmitContext.h"

namespace kbindgen::rustraw {

using namespace ir;

/// The style the analysis chose; a hand-built Analysis (unit tests) may not
/// have chosen any.
static AliasStyle aliasStyleOf(const EmitContext &Ctx, ItemId Id) {
  if (Id.Index < Ctx.A.AliasStyles.size())
    return Ctx.A.AliasStyles[Id.Index];
  return AliasStyle::TypeAlias;
}

/// `#[repr(transparent)] pub struct T(pub U);`, with the derives the
/// typedef can have, as bindgen writes --new-type-alias.
static void writeNewType(EmitContext &Ctx, SourceWriter &W, ItemId Id,
                         const std::string &Name, const RustType &Target) {
  W.line("#[repr(transparent)]");
  writeDerives(Ctx, W, Ctx.A.Derives[Id.Index], false);
  // --field-attr T::0: bindgen writes the attribute inside the parentheses.
  std::string FieldHead;
  for (const FieldAttribute &Entry : Ctx.Opts.FieldAttributes)
    if (Entry.Field == "0" &&
        (Entry.Type == Name || Entry.Type == Ctx.M.item(Id).Name))
      FieldHead += "#[" + Entry.Attribute + "] ";
  FieldHead += "pub ";
  std::string Line =
      "pub struct " + Name + "(" + FieldHead + Target.Flat + ");";
  if (W.column() + Line.size() <= SourceWriter::MaxWidth) {
    W.line(Line);
    return;
  }
  W.line("pub struct " + Name + "(");
  W.indent();
  // rustfmt writes `pub  ::core::option::Option<` (two spaces) when it
  // breaks a function pointer inside a tuple struct; we write what it does.
  bool OneLine = W.column() + FieldHead.size() + 1 + Target.Flat.size() <=
                 SourceWriter::MaxWidth;
  W.typed(OneLine || !Target.IsFnPtr ? FieldHead : FieldHead + " ", Target, ",",
          /*BreakAfterColon=*/false);
  W.dedent();
  W.line(");");
}

/// --new-type-alias-deref: the newtype derefs to the aliased type.
static void writeDerefImpls(EmitContext &Ctx, SourceWriter &W,
                            const std::string &Name, const RustType &Target) {
  std::string Ops = Ctx.core() + "::ops::";
  W.openImpl(Ops + "Deref", Name);
  W.assignment("type Target", Target);
  W.line("#[inline]");
  W.open("fn deref(&self) -> &Self::Target");
  W.line("&self.0");
  W.close();
  W.close();
  W.openImpl(Ops + "DerefMut", Name);
  W.line("#[inline]");
  W.open("fn deref_mut(&mut self) -> &mut Self::Target");
  W.line("&mut self.0");
  W.close();
  W.close();
}

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
  AliasStyle Style = aliasStyleOf(Ctx, Id);
  if (Style == AliasStyle::TypeAlias) {
    W.assignment("pub type " + Name, Target);
    return;
  }
  writeNewType(Ctx, W, Id, Name, Target);
  if (Style == AliasStyle::NewTypeDeref)
    writeDerefImpls(Ctx, W, Name, Target);
}

} // namespace kbindgen::rustraw
