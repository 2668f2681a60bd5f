//===- FunctionTranslator.cpp - Function declarations ---------------------===//

#include "ModuleBuilder.h"

#include "CXStringRef.h"

#include "llvm/ADT/StringExtras.h"

using namespace kbindgen;
using namespace kbindgen::frontend;

namespace {

struct FunctionAttributes {
  bool WarnUnusedResult = false;
  bool HasNoReturnKeyword = false;
  bool HasAsmLabel = false;
  /// clang's `overloadable` extension to C: the function's symbol is
  /// mangled as C++'s (`_Z1fi`), not its name.
  bool IsOverloadable = false;
};

/// Whether an attribute libclang does not expose is C11 `_Noreturn` (or
/// `noreturn` from <stdnoreturn.h>, or C23 `[[noreturn]]`), judged from the
/// source text it was written with (read from clang's buffer, not lexed
/// again: functions carry many attributes in the kernel).
bool isNoReturnAttribute(ModuleBuilder &B, CXCursor Attr) {
  llvm::StringRef Text =
      B.sourceTextFrom(clang_getRangeStart(clang_getCursorExtent(Attr)));
  Text.consume_front("[[");
  Text = Text.ltrim();
  return Text.starts_with("_Noreturn") || Text.starts_with("noreturn") ||
         Text.starts_with("__noreturn__");
}

bool isOverloadableAttribute(ModuleBuilder &B, CXCursor Attr) {
  llvm::StringRef Text =
      B.sourceTextFrom(clang_getRangeStart(clang_getCursorExtent(Attr)));
  return Text.starts_with("overloadable") ||
         Text.starts_with("__overloadable__");
}

/// With function bodies skipped, clang no longer calls a function with a
/// body a definition; the body's `{` follows the declaration's extent.
bool isDefinition(ModuleBuilder &B, CXCursor C) {
  if (clang_isCursorDefinition(C))
    return true;
  CXSourceLocation End = clang_getRangeEnd(clang_getCursorExtent(C));
  // A K&R definition declares its parameters after the declarator:
  // `int f(a) int a; { ... }`; only a definition may do that.
  if (clang_Cursor_getNumArguments(C) > 0) {
    unsigned EndOffset = 0, ParamOffset = 0;
    CXFile EndFile = nullptr, ParamFile = nullptr;
    clang_getSpellingLocation(End, &EndFile, nullptr, nullptr, &EndOffset);
    clang_getSpellingLocation(
        clang_getCursorLocation(clang_Cursor_getArgument(C, 0)), &ParamFile,
        nullptr, nullptr, &ParamOffset);
    if (EndFile && ParamFile && clang_File_isEqual(EndFile, ParamFile) &&
        ParamOffset > EndOffset)
      return true;
  }
  llvm::StringRef After = B.sourceTextFrom(End);
  return After.ltrim().starts_with("{");
}

/// What one declaration of an inline function says about whether the
/// definition is external, read from clang's printing of it (which writes
/// `inline` only where it was written, also through a macro, and `extern`
/// and `gnu_inline` as clang understood them).
struct InlineSpecifiers {
  bool Inline = false;
  bool Extern = false;
  bool GnuInline = false;
};

InlineSpecifiers inlineSpecifiers(CXCursor C) {
  InlineSpecifiers Found;
  Found.Extern = clang_Cursor_getStorageClass(C) == CX_SC_Extern;
  CXPrintingPolicy Policy = clang_getCursorPrintingPolicy(C);
  clang_PrintingPolicy_setProperty(Policy, CXPrintingPolicy_TerseOutput, 1);
  CXStringRef Printed(clang_getCursorPrettyPrinted(C, Policy));
  clang_PrintingPolicy_dispose(Policy);
  llvm::StringRef Text = Printed.str();
  while (!Text.empty()) {
    Text =
        Text.drop_until([](char Ch) { return llvm::isAlnum(Ch) || Ch == '_'; });
    llvm::StringRef Word =
        Text.take_while([](char Ch) { return llvm::isAlnum(Ch) || Ch == '_'; });
    Text = Text.drop_front(Word.size());
    if (Word == "inline")
      Found.Inline = true;
    else if (Word == "gnu_inline" || Word == "__gnu_inline__")
      Found.GnuInline = true;
  }
  return Found;
}

/// Whether this declaration makes the inline function's definition in this
/// unit external, so that the library exports its symbol. C99 (C11
/// 6.7.4p7): a file-scope declaration that is `extern` or not `inline`
/// does. GNU inline semantics: a declaration that is `inline` but not
/// `extern`, or a definition that is not `extern inline`, does.
bool makesInlineDefinitionExternal(ModuleBuilder &B, CXCursor C,
                                   bool IsDefinition) {
  InlineSpecifiers Decl = inlineSpecifiers(C);
  if (B.gnuInlineMode() || Decl.GnuInline)
    return (Decl.Inline && !Decl.Extern) ||
           (IsDefinition && !(Decl.Inline && Decl.Extern));
  return !Decl.Inline || Decl.Extern;
}

struct AttributeScan {
  ModuleBuilder &B;
  FunctionAttributes Found;
};

FunctionAttributes scanAttributes(ModuleBuilder &B, CXCursor C) {
  AttributeScan Scan{B, {}};
  clang_visitChildren(
      C,
      [](CXCursor Child, CXCursor, CXClientData Data) {
        auto &Scan = *static_cast<AttributeScan *>(Data);
        switch (clang_getCursorKind(Child)) {
#if CINDEX_VERSION_MINOR >= 63
        case CXCursor_WarnUnusedResultAttr:
          Scan.Found.WarnUnusedResult = true;
          break;
#endif
        case CXCursor_AsmLabelAttr:
          Scan.Found.HasAsmLabel = true;
          break;
        case CXCursor_UnexposedAttr:
          if (!Scan.Found.HasNoReturnKeyword &&
              isNoReturnAttribute(Scan.B, Child))
            Scan.Found.HasNoReturnKeyword = true;
          else if (isOverloadableAttribute(Scan.B, Child))
            Scan.Found.IsOverloadable = true;
          break;
        default:
          break;
        }
        return CXChildVisit_Continue;
      },
      &Scan);
  return Scan.Found;
}

} // namespace

ir::ItemId frontend::translateFunction(ModuleBuilder &B, CXCursor C) {
  FunctionAttributes Attributes = scanAttributes(B, C);
  ir::Function Fn;
  Fn.Type = B.types().withArgumentParamNames(
      B.types().translateFunction(clang_getCursorType(C),
                                  Attributes.HasNoReturnKeyword),
      C);
  int NumArgs = clang_Cursor_getNumArguments(C);
  for (int I = 0; I < NumArgs; ++I)
    Fn.ParamNames.push_back(
        CXStringRef(clang_getCursorSpelling(clang_Cursor_getArgument(C, I)))
            .string());
  // K&R definitions have named parameters but no prototype: keep the names
  // and the types in step.
  const ir::Type &FnType = B.module().type(Fn.Type);
  if (FnType.Kind == ir::TypeKind::Function)
    Fn.ParamNames.resize(B.module().signature(FnType).Params.size());
  Fn.IsStatic = clang_Cursor_getStorageClass(C) == CX_SC_Static;
  Fn.IsInline = clang_Cursor_isFunctionInlined(C);
  Fn.IsDefinition = isDefinition(B, C);
  // Only for inline functions with linkage: the others need no printing.
  bool DeclIsDefinition = Fn.IsDefinition;
  if (Fn.IsInline && !Fn.IsStatic)
    Fn.InlineHasSymbol = makesInlineDefinitionExternal(B, C, DeclIsDefinition);
  for (int I = 0; I < NumArgs; ++I) {
    CXType Declared = clang_getCursorType(clang_Cursor_getArgument(C, I));
    if (clang_getCanonicalType(Declared).kind != CXType_ConstantArray)
      continue;
    Fn.ParamArrayTypes.resize(Fn.ParamNames.size());
    if (size_t(I) < Fn.ParamArrayTypes.size())
      Fn.ParamArrayTypes[I] = B.types().translate(Declared);
  }
  Fn.WarnUnusedResult = Attributes.WarnUnusedResult;
  Fn.IsDeprecated = clang_getCursorAvailability(C) == CXAvailability_Deprecated;

  CXStringRef Name(clang_getCursorSpelling(C));
  if (Attributes.HasAsmLabel || Attributes.IsOverloadable) {
    CXStringRef Mangled(clang_Cursor_getMangling(C));
    if (Mangled.str() != Name.str())
      Fn.LinkName = Mangled.string();
  }

  ir::ItemId Existing = B.lookup(C);
  if (Existing.isValid()) {
    // A redeclaration: the entity keeps its first position; the facts of
    // all declarations add up.
    ir::Item &Item = B.module().item(Existing);
    auto *Known = Item.getIf<ir::Function>();
    if (!Known)
      return Existing;
    Fn.IsDefinition |= Known->IsDefinition;
    // C99: an earlier declaration that was not inline at all makes the
    // definition external.
    bool GnuRules = B.gnuInlineMode();
    Fn.InlineHasSymbol |= Known->InlineHasSymbol ||
                          (Fn.IsInline && !Known->IsInline && !GnuRules);
    if (Fn.ParamArrayTypes.empty())
      Fn.ParamArrayTypes = Known->ParamArrayTypes;
    Fn.IsInline |= Known->IsInline;
    Fn.IsStatic |= Known->IsStatic;
    Fn.WarnUnusedResult |= Known->WarnUnusedResult;
    Fn.IsDeprecated |= Known->IsDeprecated;
    if (Fn.LinkName.empty())
      Fn.LinkName = Known->LinkName;
    // A declaration without _Noreturn must not lose it.
    if (Attributes.HasNoReturnKeyword == false) {
      const ir::Type &KnownType = B.module().type(Known->Type);
      if (KnownType.Kind == ir::TypeKind::Function &&
          B.module().signature(KnownType).IsNoReturn)
        Fn.Type = B.types().withArgumentParamNames(
            B.types().translateFunction(clang_getCursorType(C), true), C);
    }
    for (size_t I = 0; I < Fn.ParamNames.size(); ++I)
      if (Fn.ParamNames[I].empty() && I < Known->ParamNames.size())
        Fn.ParamNames[I] = Known->ParamNames[I];
    if (!Fn.IsInline || Fn.IsStatic)
      Fn.InlineHasSymbol = false;
    *Known = std::move(Fn);
    if (Item.Doc.empty())
      Item.Doc = B.docComment(C);
    return Existing;
  }

  ir::Item NewItem = B.declItem(C);
  NewItem.Data = std::move(Fn);
  return B.createItem(C, std::move(NewItem));
}
