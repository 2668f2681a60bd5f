//===- FileTable.cpp - libclang files to Module::Files indexes ------------===//

#include "FileTable.h"

#include "CXStringRef.h"

using namespace kbindgen;
using namespace kbindgen::frontend;

uint32_t FileTable::indexOf(CXFile File) {
  auto [It, Inserted] = Indexes.try_emplace(File, 0);
  if (Inserted) {
    uint32_t Index = indexOfPath(CXStringRef(clang_getFileName(File)).str());
    CXFileUniqueID ID;
    if (clang_getFileUniqueID(File, &ID) == 0) {
      UniqueID Key{ID.data[0], ID.data[1], ID.data[2]};
      UniqueIDs[Index] = Key;
      UniqueIDIndexes.try_emplace(Key, Index);
    }
    It->second = Index;
  }
  return It->second;
}

uint32_t FileTable::indexOfPath(llvm::StringRef Path) {
  auto [It, Inserted] = PathIndexes.try_emplace(Path, 0);
  if (Inserted) {
    M.Files.push_back(Path.str());
    UniqueIDs.emplace_back();
    It->second = static_cast<uint32_t>(M.Files.size() - 1);
  }
  return It->second;
}

uint32_t FileTable::indexOfFileIn(const FileTable &Other, uint32_t OtherIndex) {
  if (const std::optional<UniqueID> &Key = Other.UniqueIDs[OtherIndex]) {
    auto It = UniqueIDIndexes.find(*Key);
    if (It != UniqueIDIndexes.end())
      return It->second;
  }
  return indexOfPath(Other.M.Files[OtherIndex]);
}

ir::SourceLoc FileTable::location(CXSourceLocation Loc) {
  CXFile File = nullptr;
  unsigned Line = 0, Column = 0;
  clang_getExpansionLocation(Loc, &File, &Line, &Column, nullptr);
  ir::SourceLoc Result;
  if (File) {
    Result.File = indexOf(File);
    if (clang_Location_isInSystemHeader(Loc)) {
      if (M.SystemFiles.size() <= Result.File)
        M.SystemFiles.resize(Result.File + 1, false);
      M.SystemFiles[Result.File] = true;
    }
  }
  Result.Line = Line;
  Result.Column = Column;
  return Result;
}

llvm::StringRef FileTable::sourceTextFrom(CXTranslationUnit TU,
                                          CXSourceLocation Loc) {
  CXFile File = nullptr;
  unsigned Offset = 0;
  clang_getSpellingLocation(Loc, &File, nullptr, nullptr, &Offset);
  if (!File)
    return llvm::StringRef();
  auto [It, Inserted] = Contents.try_emplace(File, llvm::StringRef());
  if (Inserted) {
    size_t Size = 0;
    if (const char *Buffer = clang_getFileContents(TU, File, &Size))
      It->second = llvm::StringRef(Buffer, Size);
  }
  llvm::StringRef Text = It->second;
  return Offset < Text.size() ? Text.drop_front(Offset) : llvm::StringRef();
}
