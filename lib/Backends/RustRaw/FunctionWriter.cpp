//===- FunctionWriter.cpp - extern functions ------------------------------===//

#include "EmitContext.h"

#include <fmt/format.h>

namespace kbindgen::rustraw {

using namespace ir;

std::string externBlockHead(const EmitContext &Ctx, llvm::StringRef Abi) {
  // Rust 1.82 accepts (and edition 2024 requires) `unsafe extern`.
  return (Ctx.Opts.Target.atLeast(1, 82) ? "unsafe extern \"" : "extern \"") +
         Abi.str() + "\"";
}

std::vector<std::string> functionBlockAttributes(const EmitContext &Ctx) {
  std::vector<std::string> Lines;
  if (!Ctx.Opts.WasmImportModuleName.empty())
    Lines.push_back("#[link(wasm_import_module = \"" +
                    Ctx.Opts.WasmImportModuleName + "\")]");
  for (llvm::StringRef Attribute : Ctx.Opts.ExternFnBlockAttrs) {
    Attribute = Attribute.trim();
    if (Attribute.starts_with("#[") || Attribute.starts_with("#!["))
      Lines.push_back(Attribute.str());
    else
      Lines.push_back("#[" + Attribute.str() + "]");
  }
  return Lines;
}

std::string linkNameAttribute(const EmitContext &Ctx, ItemId Id) {
  const LinkName &Link = Ctx.A.linkName(Id);
  if (Link.Symbol.empty())
    return "";
  return "#[link_name = \"" + std::string(Link.Exact ? "\\u{1}" : "") +
         Link.Symbol + "\"]";
}

/// --must-use-type: the function returns a type the option matched, named
/// directly (as bindgen: a pointer to it or a typedef of it that did not
/// match does not count).
static bool returnsMustUseType(const EmitContext &Ctx,
                               const FunctionSignature &Sig) {
  if (!Sig.Result.isValid())
    return false;
  const Type &T = Ctx.M.type(Sig.Result);
  return T.Kind == TypeKind::Named && T.Item.isValid() &&
         T.Item.Index < Ctx.A.Derives.size() &&
         Ctx.A.Derives[T.Item.Index].MustUse;
}

bool resultMustBeUsed(const EmitContext &Ctx, ItemId Id) {
  const Function &F = Ctx.M.item(Id).as<Function>();
  if (F.WarnUnusedResult && Ctx.Opts.FunctionAttributeDetection)
    return true;
  if (!F.Type.isValid() || Ctx.M.type(F.Type).Kind != TypeKind::Function ||
      Ctx.M.type(F.Type).Signature >= Ctx.M.Signatures.size())
    return false;
  return returnsMustUseType(Ctx, Ctx.M.signature(Ctx.M.type(F.Type)));
}

void writeFunction(EmitContext &Ctx, SourceWriter &W, ItemId Id) {
  const Item &It = Ctx.M.item(Id);
  const Function &F = It.as<Function>();
  if (!F.Type.isValid() || Ctx.M.type(F.Type).Kind != TypeKind::Function ||
      Ctx.M.type(F.Type).Signature >= Ctx.M.Signatures.size()) {
    Ctx.warn(Id, "function without a prototype type; skipped");
    return;
  }
  const FunctionSignature &Sig = Ctx.M.signature(Ctx.M.type(F.Type));
  if (Ctx.Opts.DocComments && !It.Doc.empty())
    W.doc(It.Doc);
  if (Id.Index < Ctx.A.FunctionAbis.size() &&
      !Ctx.A.FunctionAbis[Id.Index].Caveat.empty())
    Ctx.warn(Id, Ctx.A.FunctionAbis[Id.Index].Caveat);
  if (resultMustBeUsed(Ctx, Id))
    W.line("#[must_use]");
  // A static function links to its C wrapper (--wrap-static-fns).
  std::string LinkName = linkNameAttribute(Ctx, Id);
  if (!LinkName.empty())
    W.line(LinkName);
  Signature S;
  S.Head = "pub fn " + Ctx.rustName(Id);
  S.Params = spellParams(Ctx, Sig, Ctx.A.ParamNames[Id.Index], Id);
  S.Variadic = Sig.IsVariadic && Sig.HasPrototype;
  S.Tail = returnSuffix(Ctx, Sig.Result, Sig.IsNoReturn, Id) + ";";
  S.Terminator = ";";
  if (!Sig.IsNoReturn && Sig.Result.isValid() &&
      Ctx.M.type(Sig.Result).Kind != TypeKind::Void)
    S.Return = spellType(Ctx, Sig.Result, Id);
  W.signature(S);
}

} // namespace kbindgen::rustraw
