//===- ModuleBuilder.cpp - Walk of the top-level declarations -------------===//

#include "ModuleBuilder.h"

#include "CXStringRef.h"

using namespace kbindgen;
using namespace kbindgen::frontend;

/// clang's rule for GNU inline semantics (LangOptions::GNUInline): a C
/// standard before C99, or -fgnu89-inline; the last of -f/-fno- counts.
static bool usesGnuInlineSemantics(const std::vector<std::string> &Args) {
  bool BeforeC99 = false, Gnu89InlineFlag = false;
  for (llvm::StringRef Arg : Args) {
    if (Arg == "-ansi")
      BeforeC99 = true;
    else if (Arg.consume_front("-std=") || Arg.consume_front("--std="))
      BeforeC99 = Arg == "c89" || Arg == "c90" || Arg == "gnu89" ||
                  Arg == "gnu90" || Arg == "iso9899:1990" ||
                  Arg == "iso9899:199409";
    else if (Arg == "-fgnu89-inline")
      Gnu89InlineFlag = true;
    else if (Arg == "-fno-gnu89-inline")
      Gnu89InlineFlag = false;
  }
  return BeforeC99 || Gnu89InlineFlag;
}

ModuleBuilder::ModuleBuilder(CXTranslationUnit TU, ir::Module &M,
                             const FrontendInput &Input)
    : TU(TU), M(M), Input(Input), Files(M), Interner(M),
      Types(M, Interner, *this),
      GnuInlineMode(usesGnuInlineSemantics(Input.ClangArgs)) {
  Macros.keepPredefined(Input.PredefinedMacros);
  Macros.keepFunctionMacros(Input.WrapMacroCalls);
}

static const void *declKey(CXCursor C) {
  return clang_getCanonicalCursor(C).data[0];
}

ir::ItemId ModuleBuilder::lookup(CXCursor C) const {
  auto It = DeclItems.find(declKey(C));
  return It == DeclItems.end() ? ir::ItemId() : It->second;
}

void ModuleBuilder::bind(CXCursor C, ir::ItemId Id) {
  DeclItems[declKey(C)] = Id;
}

ir::ItemId ModuleBuilder::createItem(CXCursor C, ir::Item NewItem) {
  ir::ItemId Id = M.addItem(std::move(NewItem));
  bind(C, Id);
  return Id;
}

std::string ModuleBuilder::docComment(CXCursor C) const {
  if (!Input.ParseDocComments)
    return std::string();
  CXStringRef Raw(clang_Cursor_getRawCommentText(C));
  if (Raw.empty())
    return std::string();
  return stripCommentMarkers(Raw.str());
}

ir::ItemId ModuleBuilder::itemForTypeDecl(CXCursor Decl) {
  ir::ItemId Known = lookup(Decl);
  if (Known.isValid())
    return Known;
  switch (clang_getCursorKind(Decl)) {
  case CXCursor_TypedefDecl:
    return translateTypedef(*this, Decl);
  case CXCursor_StructDecl:
  case CXCursor_UnionDecl:
  case CXCursor_EnumDecl: {
    // Met through a type before its declaration was visited: a tag first
    // named inside another declaration, or one of clang's implicit records
    // (`__va_list_tag`), which no visit reaches. The definition, if any, is
    // translated now; a later visit of it finds it done.
    CXCursor SemanticParent = clang_getCursorSemanticParent(Decl);
    ir::ItemId Parent = clang_Cursor_isNull(SemanticParent)
                            ? ir::ItemId()
                            : lookup(SemanticParent);
    if (clang_getCursorKind(Decl) == CXCursor_EnumDecl)
      return translateEnum(*this, Decl, Parent);
    return translateRecord(*this, Decl, Parent);
  }
  default:
    return ir::ItemId();
  }
}

ir::ItemId ModuleBuilder::translateDecl(CXCursor C, ir::ItemId Parent) {
  switch (clang_getCursorKind(C)) {
  case CXCursor_StructDecl:
  case CXCursor_UnionDecl:
    return translateRecord(*this, C, Parent);
  case CXCursor_EnumDecl:
    return translateEnum(*this, C, Parent);
  case CXCursor_TypedefDecl:
    return translateTypedef(*this, C);
  case CXCursor_FunctionDecl:
    return translateFunction(*this, C);
  case CXCursor_VarDecl:
    return translateVar(*this, C);
  case CXCursor_MacroDefinition:
    Macros.add(TU, C, Files);
    return ir::ItemId();
  default:
    return ir::ItemId();
  }
}

void ModuleBuilder::walk(CXFile SkipFile, unsigned SkipFromLine) {
  struct Walk {
    ModuleBuilder &B;
    CXFile SkipFile;
    unsigned SkipFromLine;
  } Data{*this, SkipFile, SkipFromLine};
  clang_visitChildren(
      clang_getTranslationUnitCursor(TU),
      [](CXCursor C, CXCursor, CXClientData Raw) {
        auto &W = *static_cast<Walk *>(Raw);
        if (W.SkipFile) {
          CXFile File = nullptr;
          unsigned Line = 0;
          clang_getExpansionLocation(clang_getCursorLocation(C), &File, &Line,
                                     nullptr, nullptr);
          if (File && Line >= W.SkipFromLine &&
              clang_File_isEqual(File, W.SkipFile))
            return CXChildVisit_Continue;
        }
        W.B.translateDecl(C, ir::ItemId());
        return CXChildVisit_Continue;
      },
      &Data);
}

ir::Item ModuleBuilder::declItem(CXCursor C) {
  ir::Item NewItem;
  NewItem.Name = CXStringRef(clang_getCursorSpelling(C)).string();
  NewItem.Loc = location(C);
  NewItem.Doc = docComment(C);
  return NewItem;
}

ir::Item ModuleBuilder::tagItem(CXCursor C, ir::ItemId Parent) {
  ir::Item NewItem = declItem(C);
  if (isUnnamedTag(C))
    NewItem.Name.clear();
  NewItem.Parent = Parent;
  return NewItem;
}

bool frontend::isUnnamedTag(CXCursor C) {
  if (clang_Cursor_isAnonymous(C) || clang_Cursor_isAnonymousRecordDecl(C))
    return true;
  CXStringRef Spelling(clang_getCursorSpelling(C));
  llvm::StringRef Name = Spelling.str();
  // clang < 16 spells unnamed tags as "", newer ones "struct (unnamed at
  // f.h:1:2)".
  if (Name.empty() || Name.contains(' '))
    return true;
  // A tag named only by a typedef is spelled with the typedef's name; its
  // USR marks it anonymous ("c:@SA@name", "c:@UA@...", "c:@EA@...").
  CXStringRef Usr(clang_getCursorUSR(C));
  llvm::StringRef UsrText = Usr.str();
  size_t LastAt = UsrText.rfind('@');
  if (LastAt == llvm::StringRef::npos)
    return false;
  llvm::StringRef Scope = UsrText.take_front(LastAt);
  return Scope.ends_with("@SA") || Scope.ends_with("@UA") ||
         Scope.ends_with("@EA");
}
