//===- DriverAtomicOutputTest.cpp - Replacing files all at once -----------===//

#include "Driver/AtomicOutput.h"
#include "TestSupport.h"

#include "llvm/ADT/SmallString.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Process.h"

#include <chrono>

#include <catch2/catch.hpp>

using namespace kbindgen::driver;
using namespace kbindgen::test;

TEST_CASE("atomic write creates and replaces", "[driver]") {
  ScratchDir Dir;
  std::string Out = Dir.file("out.rs");
  REQUIRE(
      succeeded(writeFileAtomically(Out, "first\n", IdenticalOutput::Keep)));
  CHECK(readWholeFile(Out) == "first\n");
  REQUIRE(
      succeeded(writeFileAtomically(Out, "second\n", IdenticalOutput::Keep)));
  CHECK(readWholeFile(Out) == "second\n");
  CHECK(Dir.entries() == std::vector<std::string>{"out.rs"});
}

TEST_CASE("the temporary file lives beside the destination until commit",
          "[driver]") {
  ScratchDir Dir;
  std::string Out = Dir.file("out.rs");
  REQUIRE(writeWholeFile(Out, "old\n"));
  auto File = AtomicOutputFile::create(Out);
  REQUIRE(succeeded(File));
  CHECK(llvm::sys::path::parent_path(File->tempPath()) ==
        llvm::sys::path::parent_path(Out));
  File->os() << "new\n";
  File->os().flush();
  CHECK(readWholeFile(Out) == "old\n");
  REQUIRE(succeeded(File->commit()));
  CHECK(readWholeFile(Out) == "new\n");
  CHECK_FALSE(llvm::sys::fs::exists(File->tempPath()));
}

TEST_CASE("an abandoned write leaves the old file and no temporary",
          "[driver]") {
  ScratchDir Dir;
  std::string Out = Dir.file("out.rs");
  REQUIRE(writeWholeFile(Out, "old\n"));
  {
    auto File = AtomicOutputFile::create(Out);
    REQUIRE(succeeded(File));
    File->os() << "half of the new conte";
    File->os().flush();
  }
  CHECK(readWholeFile(Out) == "old\n");
  CHECK(Dir.entries() == std::vector<std::string>{"out.rs"});
}

TEST_CASE("a failed commit leaves the old file", "[driver]") {
  ScratchDir Dir;
  std::string Out = Dir.file("out.rs");
  REQUIRE(writeWholeFile(Out, "old\n"));
  auto File = AtomicOutputFile::create(Out);
  REQUIRE(succeeded(File));
  File->os() << "new\n";
  // Losing the temporary file makes the final rename fail.
  REQUIRE_FALSE(llvm::sys::fs::remove(File->tempPath()));
  llvm::Error Err = File->commit();
  REQUIRE(static_cast<bool>(Err));
  std::string Message = llvm::toString(std::move(Err));
  CHECK(Message.find("cannot write '" + Out + "'") == 0);
  CHECK(readWholeFile(Out) == "old\n");
  CHECK(Dir.entries() == std::vector<std::string>{"out.rs"});
}

TEST_CASE("a destination that cannot be replaced fails in one line",
          "[driver]") {
  ScratchDir Dir;
  // A non-empty directory cannot be renamed over, even by root.
  std::string Blocked = Dir.file("out.rs");
  REQUIRE_FALSE(llvm::sys::fs::create_directory(Blocked));
  REQUIRE(writeWholeFile(Dir.file("out.rs/keep"), "kept\n"));
  llvm::Error Err =
      writeFileAtomically(Blocked, "new\n", IdenticalOutput::Keep);
  REQUIRE(static_cast<bool>(Err));
  std::string Message = llvm::toString(std::move(Err));
  CHECK(Message.find('\n') == std::string::npos);
  CHECK(readWholeFile(Dir.file("out.rs/keep")) == "kept\n");
  CHECK(Dir.entries() == std::vector<std::string>{"out.rs"});

  llvm::Error Missing = writeFileAtomically(Dir.file("no-such-dir/out.rs"), "x",
                                            IdenticalOutput::Keep);
  REQUIRE(static_cast<bool>(Missing));
  std::string MissingMessage = llvm::toString(std::move(Missing));
  CHECK(MissingMessage.find("no-such-dir") != std::string::npos);
  CHECK(MissingMessage.find('\n') == std::string::npos);
}

namespace {

/// The file's identity and modification time: what make and ninja look at.
struct FileStamp {
  llvm::sys::fs::UniqueID Id;
  llvm::sys::TimePoint<> Modified;
  bool operator==(const FileStamp &Other) const {
    return Id == Other.Id && Modified == Other.Modified;
  }
};

FileStamp stampOf(llvm::StringRef Path) {
  llvm::sys::fs::file_status Status;
  REQUIRE_FALSE(llvm::sys::fs::status(Path, Status));
  return {Status.getUniqueID(), Status.getLastModificationTime()};
}

/// Dates Path back to 2001, so that a rewrite within the same second as the
/// first write still shows.
void backdate(llvm::StringRef Path) {
  int FD = -1;
  REQUIRE_FALSE(llvm::sys::fs::openFileForWrite(
      Path, FD, llvm::sys::fs::CD_OpenExisting, llvm::sys::fs::OF_Append));
  auto Old = std::chrono::time_point_cast<llvm::sys::TimePoint<>::duration>(
      std::chrono::system_clock::from_time_t(978307200));
  CHECK_FALSE(llvm::sys::fs::setLastAccessAndModificationTime(FD, Old, Old));
  llvm::sys::Process::SafelyCloseFileDescriptor(FD);
}

} // namespace

TEST_CASE("an identical output keeps its file and modification time",
          "[driver]") {
  ScratchDir Dir;
  std::string Out = Dir.file("out.rs");
  REQUIRE(writeWholeFile(Out, "same\n"));
  backdate(Out);
  FileStamp Before = stampOf(Out);
  REQUIRE(succeeded(writeFileAtomically(Out, "same\n", IdenticalOutput::Keep)));
  CHECK(stampOf(Out) == Before);
  CHECK(Dir.entries() == std::vector<std::string>{"out.rs"});

  // Through a symlink: its target is compared, and kept.
  std::string Link = Dir.file("link.rs");
  REQUIRE_FALSE(llvm::sys::fs::create_link("out.rs", Link));
  REQUIRE(
      succeeded(writeFileAtomically(Link, "same\n", IdenticalOutput::Keep)));
  CHECK(stampOf(Out) == Before);
  CHECK(llvm::sys::fs::is_symlink_file(Link));
}

TEST_CASE("a changed output, or --always-write, replaces the file",
          "[driver]") {
  ScratchDir Dir;
  std::string Out = Dir.file("out.rs");
  REQUIRE(writeWholeFile(Out, "same\n"));
  backdate(Out);
  FileStamp Before = stampOf(Out);
  REQUIRE(
      succeeded(writeFileAtomically(Out, "same\n", IdenticalOutput::Replace)));
  FileStamp Replaced = stampOf(Out);
  CHECK_FALSE(Replaced == Before);
  CHECK(readWholeFile(Out) == "same\n");

  // Same size, other bytes: a prefix or size check alone would miss it.
  backdate(Out);
  Before = stampOf(Out);
  REQUIRE(succeeded(writeFileAtomically(Out, "sane\n", IdenticalOutput::Keep)));
  CHECK_FALSE(stampOf(Out) == Before);
  CHECK(readWholeFile(Out) == "sane\n");
  CHECK(Dir.entries() == std::vector<std::string>{"out.rs"});
}
