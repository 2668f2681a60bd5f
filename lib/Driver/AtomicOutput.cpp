//===- AtomicOutput.cpp - Replace a file all at once ----------------------===//

#include "Driver/AtomicOutput.h"

#include "llvm/ADT/SmallString.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"

namespace kbindgen::driver {

static llvm::Error writeError(llvm::StringRef Path, const llvm::Twine &Why) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                 "cannot write '" + Path + "': " + Why);
}

AtomicOutputFile::AtomicOutputFile(std::string Path, std::string TempPath,
                                   int FD)
    : Path(std::move(Path)), TempPath(std::move(TempPath)),
      Stream(std::make_unique<llvm::raw_fd_ostream>(FD,
                                                    /*shouldClose=*/true)) {}

AtomicOutputFile::AtomicOutputFile(AtomicOutputFile &&Other)
    : Path(std::move(Other.Path)), TempPath(std::move(Other.TempPath)),
      Stream(std::move(Other.Stream)), Finished(Other.Finished) {
  Other.Finished = true;
}

AtomicOutputFile::~AtomicOutputFile() {
  if (!Finished)
    discard();
}

llvm::Expected<AtomicOutputFile>
AtomicOutputFile::create(llvm::StringRef Path) {
  llvm::StringRef Directory = llvm::sys::path::parent_path(Path);
  if (Directory.empty())
    Directory = ".";
  // A hidden name in the same directory: rename() is only atomic within one
  // file system, and build systems globbing the directory skip dot files.
  llvm::SmallString<256> Model(Directory);
  llvm::sys::path::append(Model, "." + llvm::sys::path::filename(Path) +
                                     ".tmp-%%%%%%%%");
  int FD = -1;
  llvm::SmallString<256> TempPath;
  if (std::error_code EC = llvm::sys::fs::createUniqueFile(Model, FD, TempPath))
    return writeError(Path, "cannot create a file in '" + Directory +
                                "': " + EC.message());
  return AtomicOutputFile(Path.str(), TempPath.str().str(), FD);
}

void AtomicOutputFile::discard() {
  Finished = true;
  if (Stream) {
    Stream->close();
    // An unreported stream error would abort in raw_fd_ostream's destructor.
    Stream->clear_error();
  }
  llvm::sys::fs::remove(TempPath);
}

llvm::Error AtomicOutputFile::commit() {
  if (Finished)
    return writeError(Path, "output already finished");
  Stream->close();
  if (std::error_code EC = Stream->error()) {
    discard();
    return writeError(Path, EC.message());
  }
  if (std::error_code EC = llvm::sys::fs::rename(TempPath, Path)) {
    discard();
    return writeError(Path, EC.message());
  }
  Finished = true;
  return llvm::Error::success();
}

/// Writes Contents into an existing file that is not a regular one.
static llvm::Error writeInPlace(llvm::StringRef Path,
                                llvm::StringRef Contents) {
  std::error_code EC;
  llvm::raw_fd_ostream Out(Path, EC);
  if (EC)
    return writeError(Path, EC.message());
  Out << Contents;
  Out.close();
  if (std::error_code WriteEC = Out.error()) {
    Out.clear_error();
    return writeError(Path, WriteEC.message());
  }
  return llvm::Error::success();
}

/// Whether the regular file Path holds exactly Contents. Unreadable counts
/// as different: the write that follows then reports the real problem.
static bool holdsExactly(llvm::StringRef Path, uint64_t Size,
                         llvm::StringRef Contents) {
  if (Size != Contents.size())
    return false;
  auto Existing = llvm::MemoryBuffer::getFile(Path, /*IsText=*/false,
                                              /*RequiresNullTerminator=*/false);
  return Existing && (*Existing)->getBuffer() == Contents;
}

llvm::Error writeFileAtomically(llvm::StringRef Path, llvm::StringRef Contents,
                                IdenticalOutput WhenIdentical) {
  llvm::sys::fs::file_status Status; // of the file a symlink points to
  if (!llvm::sys::fs::status(Path, Status)) {
    llvm::sys::fs::file_type Type = Status.type();
    // `-o /dev/null`, a FIFO: renaming over it would replace the device
    // (as root) with a regular file.
    if (Type != llvm::sys::fs::file_type::regular_file &&
        Type != llvm::sys::fs::file_type::directory_file)
      return writeInPlace(Path, Contents);
    // A symlink stays a symlink: its target is the file replaced.
    llvm::SmallString<256> Target;
    if (llvm::sys::fs::is_symlink_file(Path) &&
        !llvm::sys::fs::real_path(Path, Target))
      return writeFileAtomically(Target, Contents, WhenIdentical);
    if (WhenIdentical == IdenticalOutput::Keep &&
        Type == llvm::sys::fs::file_type::regular_file &&
        holdsExactly(Path, Status.getSize(), Contents))
      return llvm::Error::success();
  }
  auto File = AtomicOutputFile::create(Path);
  if (!File)
    return File.takeError();
  File->os() << Contents;
  return File->commit();
}

} // namespace kbindgen::driver
