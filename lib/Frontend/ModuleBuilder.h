//===- ModuleBuilder.h - State shared by the declaration translators -*- C++
//-*-===//
//
// One ModuleBuilder walks one parsed translation unit and fills an ir::Module.
// The per-kind translators (RecordTranslator.cpp, EnumTranslator.cpp, ...)
// are free functions over it; they reach its state only through its methods.
//
//===----------------------------------------------------------------------===//

#ifndef KBINDGEN_LIB_FRONTEND_MODULEBUILDER_H
#define KBINDGEN_LIB_FRONTEND_MODULEBUILDER_H

#include "FileTable.h"
#include "Macros/MacroTranslator.h"
#include "TypeTranslator.h"

#include "kbindgen/Frontend/Frontend.h"
#include "kbindgen/IR/IR.h"

#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/DenseSet.h"
#include "llvm/ADT/StringRef.h"

#include <clang-c/Index.h>

#include <string>

namespace kbindgen::frontend {

class ModuleBuilder final : public DeclResolver {
public:
  ModuleBuilder(CXTranslationUnit TU, ir::Module &M,
                const FrontendInput &Input);

  /// Walks the top-level declarations and macros in order, but none at or
  /// after line SkipFromLine of SkipFile (the macro probes appended to the
  /// header).
  void walk(CXFile SkipFile = nullptr, unsigned SkipFromLine = 0);
  /// Translates one declaration cursor; Parent is the enclosing record.
  /// Returns the item (invalid for cursors that make none).
  ir::ItemId translateDecl(CXCursor C, ir::ItemId Parent);

  /// The item of a declaration's canonical cursor, or invalid.
  ir::ItemId lookup(CXCursor C) const;
  void bind(CXCursor C, ir::ItemId Id);
  /// Item creation for a new entity, bound to C.
  ir::ItemId createItem(CXCursor C, ir::Item NewItem);

  ir::SourceLoc location(CXCursor C) {
    return Files.location(clang_getCursorLocation(C));
  }
  /// The doc comment of C with comment markers stripped ("" when doc
  /// comments are off).
  std::string docComment(CXCursor C) const;

  /// A new item with the declaration's name, place and doc; the caller sets
  /// its data.
  ir::Item declItem(CXCursor C);
  /// As declItem for a record/enum: no name when the tag is unnamed, and
  /// the enclosing record as parent.
  ir::Item tagItem(CXCursor C, ir::ItemId Parent);

  ir::ItemId itemForTypeDecl(CXCursor Decl) override;

  /// Marks the body of the record/enum declared by DefinitionKey as
  /// translated; false when it already was.
  bool markDefined(const void *DefinitionKey) {
    return Defined.insert(DefinitionKey).second;
  }
  /// The unit's source text from Loc to the end of its file
  /// (FileTable::sourceTextFrom).
  llvm::StringRef sourceTextFrom(CXSourceLocation Loc) {
    return Files.sourceTextFrom(TU, Loc);
  }

  ir::Module &module() { return M; }
  TypeTranslator &types() { return Types; }
  TypeInterner &interner() { return Interner; }
  FileTable &files() { return Files; }
  /// The macros the walk records (when the unit has a detailed
  /// preprocessing record).
  MacroTranslator &macros() { return Macros; }
  /// Whether clang applies GNU inline semantics to the whole unit (a C
  /// standard before C99, or -fgnu89-inline), judged from the clang
  /// arguments as clang judges them.
  bool gnuInlineMode() const { return GnuInlineMode; }

private:
  CXTranslationUnit TU;
  ir::Module &M;
  const FrontendInput &Input;
  FileTable Files;
  TypeInterner Interner;
  TypeTranslator Types;
  MacroTranslator Macros;
  /// Records and enums whose bodies have been translated.
  llvm::DenseSet<const void *> Defined;
  llvm::DenseMap<const void *, ir::ItemId> DeclItems;
  bool GnuInlineMode = false;
};

// Per-kind translators. Each returns the entity's item.
/// Creates the item of a record/enum declaration if it has none yet.
ir::ItemId declareRecord(ModuleBuilder &B, CXCursor C, ir::ItemId Parent);
ir::ItemId declareEnum(ModuleBuilder &B, CXCursor C, ir::ItemId Parent);
ir::ItemId translateRecord(ModuleBuilder &B, CXCursor C, ir::ItemId Parent);
ir::ItemId translateEnum(ModuleBuilder &B, CXCursor C, ir::ItemId Parent);
ir::ItemId translateTypedef(ModuleBuilder &B, CXCursor C);
ir::ItemId translateFunction(ModuleBuilder &B, CXCursor C);
ir::ItemId translateVar(ModuleBuilder &B, CXCursor C);

/// Whether a record/enum declaration has no tag name of its own (unnamed, or
/// named only through a typedef).
bool isUnnamedTag(CXCursor C);

/// Strips comment markers from a raw comment.
std::string stripCommentMarkers(llvm::StringRef Raw);

} // namespace kbindgen::frontend

#endif // KBINDGEN_LIB_FRONTEND_MODULEBUILDER_H
