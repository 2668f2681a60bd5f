//===- DiffTypeNames.cpp - Types spelled for comparison -------------------===//
//
// clang's spelling names anonymous types by file and line, which moves with
// every edit of the header; diff spells a type from the IR instead: builtins
// by their kind, named types by keyword and name (anonymous ones by their
// Rust name, which bindgen-style numbering keeps stable). It stays apart
// from the other type texts on purpose: `kbindgen layout` prints clang's
// spelling as pahole does (Layout.cpp, spellType), the C declarator writes
// compilable C (lib/IR/CDeclarator), and the JSON IR writes no text of its
// own, only the type's parts and clang's spelling. Diff's goldens hold this
// text (`bool`, `char *const`, `int (int, ...)`, `opaque 16/16`).
//
//===----------------------------------------------------------------------===//

#include "kbindgen/Inspect/Diff.h"

#include "kbindgen/IR/IRNames.h"
#include "kbindgen/IR/Vocabulary.h"

namespace kbindgen {

namespace {

std::string namedTypeName(const AnalysedModule &IR, ir::ItemId Id) {
  const ir::Item &It = IR.Module.item(Id);
  std::string Name = ir::cNameOrRustName(It, IR.Decisions.rustName(Id)).str();
  if (It.getIf<ir::Typedef>())
    return Name;
  return (ir::itemKeyword(It) + " " + Name).str();
}

std::string typeName(const AnalysedModule &IR, ir::TypeId Id, unsigned Depth) {
  const ir::Module &M = IR.Module;
  // The verifier proved the type graph acyclic; the bound only keeps the
  // text of an absurdly deep type short.
  if (Depth > 64)
    return "<invalid>";
  const ir::Type &T = M.type(Id);
  std::string Const = T.IsConst ? "const " : "";
  switch (T.Kind) {
  case ir::TypeKind::Void:
    return Const + "void";
  case ir::TypeKind::Integer:
    return Const + integerKindName(T.Integer);
  case ir::TypeKind::Float:
    return Const + floatKindName(T.Float);
  case ir::TypeKind::Pointer:
    return typeName(IR, T.Pointee, Depth + 1) + " *" +
           (T.IsConst ? "const" : "");
  case ir::TypeKind::Array:
    // `T a[0]` and `T a[]` are the same flexible array member to Rust.
    return typeName(IR, T.Pointee, Depth + 1) + "[" +
           (T.ArrayLength ? std::to_string(T.ArrayLength) : "") + "]";
  case ir::TypeKind::IncompleteArray:
    return typeName(IR, T.Pointee, Depth + 1) + "[]";
  case ir::TypeKind::Function: {
    const ir::FunctionSignature &Sig = M.signature(T);
    std::string Text = typeName(IR, Sig.Result, Depth + 1) + " (";
    for (size_t I = 0; I < Sig.Params.size(); ++I)
      Text += (I ? ", " : "") + typeName(IR, Sig.Params[I], Depth + 1);
    if (Sig.IsVariadic)
      Text += Sig.Params.empty() ? "..." : ", ...";
    return Text + ")";
  }
  case ir::TypeKind::Named:
    return Const + namedTypeName(IR, T.Item);
  case ir::TypeKind::Opaque:
    return Const + "opaque " + std::to_string(T.SizeBytes) + "/" +
           std::to_string(T.AlignBytes);
  }
  return "<invalid>";
}

} // namespace

std::string diffTypeName(const AnalysedModule &IR, ir::TypeId Id) {
  return typeName(IR, Id, 0);
}

} // namespace kbindgen
