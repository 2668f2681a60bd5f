//===- DriverAtomicOutputTest.cpp - Replacing files all at once -----------===//

#include "Driver/AtomicOutput.h"

#include "llvm/ADT/SmallString.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"

#include <catch2/catch.hpp>

namespace {
/// Catch cannot test llvm::Error / llvm::Expected directly (their bool
/// conversion checks them); these do, and show the message on failure.
[[maybe_unused]] bool succeeded(llvm::Error Err) {
  if (!Err)
    return true;
  UNSCOPED_INFO(llvm::toString(std::move(Err)));
  return false;
}
template <typename T> bool succeeded(llvm::Expected<T> &Value) {
  if (Value)
    return true;
  UNSCOPED_INFO(llvm::toString(Value.takeError()));
  return false;
}
template <typename T> bool failed(llvm::Expected<T> &Value) {
  if (Value)
    return false;
  llvm::consumeError(Value.takeError());
  return true;
}
} // namespace

using namespace kbindgen::driver;

namespace {

/// A fresh directory, removed with its contents at the end of the test.
struct ScratchDir {
  llvm::SmallString<128> Path;
  ScratchDir() {
    REQUIRE_FALSE(
        llvm::sys::fs::createUniqueDirectory("kbindgen-driver", Path));
  }
  ~ScratchDir() { llvm::sys::fs::remove_directories(Path); }
  std::string file(llvm::StringRef Name) const {
    llvm::SmallString<128> File(Path);
    llvm::sys::path::append(File, Name);
    return File.str().str();
  }
  /// Names in the directory, to see that no temporary file is left over.
  std::vector<std::string> entries() const {
    std::vector<std::string> Names;
    std::error_code EC;
    for (llvm::sys::fs::directory_iterator It(Path, EC), End; It != End && !EC;
         It.increment(EC))
      Names.push_back(llvm::sys::path::filename(It->path()).str());
    std::sort(Names.begin(), Names.end());
    return Names;
  }
};

std::string readFile(const std::string &Path) {
  auto Buffer = llvm::MemoryBuffer::getFile(Path);
  REQUIRE(Buffer);
  return (*Buffer)->getBuffer().str();
}

void writeFile(const std::string &Path, llvm::StringRef Text) {
  std::error_code EC;
  llvm::raw_fd_ostream OS(Path, EC);
  REQUIRE_FALSE(EC);
  OS << Text;
}

} // namespace

TEST_CASE("atomic write creates and replaces", "[driver]") {
  ScratchDir Dir;
  std::string Out = Dir.file("out.rs");
  REQUIRE(succeeded(writeFileAtomically(Out, "first\n")));
  CHECK(readFile(Out) == "first\n");
  REQUIRE(succeeded(writeFileAtomically(Out, "second\n")));
  CHECK(readFile(Out) == "second\n");
  CHECK(Dir.entries() == std::vector<std::string>{"out.rs"});
}

TEST_CASE("the temporary file lives beside the destination until commit",
          "[driver]") {
  ScratchDir Dir;
  std::string Out = Dir.file("out.rs");
  writeFile(Out, "old\n");
  auto File = AtomicOutputFile::create(Out);
  REQUIRE(succeeded(File));
  CHECK(llvm::sys::path::parent_path(File->tempPath()) ==
        llvm::sys::path::parent_path(Out));
  File->os() << "new\n";
  File->os().flush();
  CHECK(readFile(Out) == "old\n");
  REQUIRE(succeeded(File->commit()));
  CHECK(readFile(Out) == "new\n");
  CHECK_FALSE(llvm::sys::fs::exists(File->tempPath()));
}

TEST_CASE("an abandoned write leaves the old file and no temporary",
          "[driver]") {
  ScratchDir Dir;
  std::string Out = Dir.file("out.rs");
  writeFile(Out, "old\n");
  {
    auto File = AtomicOutputFile::create(Out);
    REQUIRE(succeeded(File));
    File->os() << "half of the new conte";
    File->os().flush();
  }
  CHECK(readFile(Out) == "old\n");
  CHECK(Dir.entries() == std::vector<std::string>{"out.rs"});
}

TEST_CASE("a failed commit leaves the old file", "[driver]") {
  ScratchDir Dir;
  std::string Out = Dir.file("out.rs");
  writeFile(Out, "old\n");
  auto File = AtomicOutputFile::create(Out);
  REQUIRE(succeeded(File));
  File->os() << "new\n";
  // Losing the temporary file makes the final rename fail.
  REQUIRE_FALSE(llvm::sys::fs::remove(File->tempPath()));
  llvm::Error Err = File->commit();
  REQUIRE(static_cast<bool>(Err));
  std::string Message = llvm::toString(std::move(Err));
  CHECK(Message.find("cannot write '" + Out + "'") == 0);
  CHECK(readFile(Out) == "old\n");
  CHECK(Dir.entries() == std::vector<std::string>{"out.rs"});
}

TEST_CASE("a destination that cannot be replaced fails in one line",
          "[driver]") {
  ScratchDir Dir;
  // A non-empty directory cannot be renamed over, even by root.
  std::string Blocked = Dir.file("out.rs");
  REQUIRE_FALSE(llvm::sys::fs::create_directory(Blocked));
  writeFile(Dir.file("out.rs/keep"), "kept\n");
  llvm::Error Err = writeFileAtomically(Blocked, "new\n");
  REQUIRE(static_cast<bool>(Err));
  std::string Message = llvm::toString(std::move(Err));
  CHECK(Message.find('\n') == std::string::npos);
  CHECK(readFile(Dir.file("out.rs/keep")) == "kept\n");
  CHECK(Dir.entries() == std::vector<std::string>{"out.rs"});

  llvm::Error Missing =
      writeFileAtomically(Dir.file("no-such-dir/out.rs"), "x");
  REQUIRE(static_cast<bool>(Missing));
  std::string MissingMessage = llvm::toString(std::move(Missing));
  CHECK(MissingMessage.find("no-such-dir") != std::string::npos);
  CHECK(MissingMessage.find('\n') == std::string::npos);
}
