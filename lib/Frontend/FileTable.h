//===- FileTable.h - libclang files to Module::Files indexes ---*- C++ -*-===//
//
// The one piece of the builder the macro code shares: macros recorded from
// another unit (Macros/MacroScan.cpp) keep their locations in a FileTable of
// their own and are moved into the builder's.
//
//===----------------------------------------------------------------------===//

#ifndef KBINDGEN_LIB_FRONTEND_FILETABLE_H
#define KBINDGEN_LIB_FRONTEND_FILETABLE_H

#include "kbindgen/IR/IR.h"

#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringRef.h"

#include <clang-c/Index.h>

#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <vector>

namespace kbindgen::frontend {

/// Maps libclang files to Module::Files indexes.
class FileTable {
public:
  explicit FileTable(ir::Module &M) : M(M) {}
  uint32_t indexOf(CXFile File);
  /// The index of the file with this name, added if new.
  uint32_t indexOfPath(llvm::StringRef Path);
  /// The index here of Other's file OtherIndex, from another unit: the same
  /// file on disk, else the same name.
  uint32_t indexOfFileIn(const FileTable &Other, uint32_t OtherIndex);
  /// The expansion location, so that declarations made by macros point at
  /// the macro's use.
  ir::SourceLoc location(CXSourceLocation Loc);
  /// The source text from Loc's spelling position to the end of its file
  /// ("" when there is no file), read from clang's buffer without lexing.
  llvm::StringRef sourceTextFrom(CXTranslationUnit TU, CXSourceLocation Loc);

private:
  using UniqueID = std::array<unsigned long long, 3>;

  ir::Module &M;
  llvm::DenseMap<const void *, uint32_t> Indexes;
  llvm::StringMap<uint32_t> PathIndexes;
  /// Per index, the file's identity on disk when libclang knows it.
  std::vector<std::optional<UniqueID>> UniqueIDs;
  std::map<UniqueID, uint32_t> UniqueIDIndexes;
  /// clang_getFileContents searches all source locations linearly; ask once
  /// per file.
  llvm::DenseMap<const void *, llvm::StringRef> Contents;
};

} // namespace kbindgen::frontend

#endif // KBINDGEN_LIB_FRONTEND_FILETABLE_H
