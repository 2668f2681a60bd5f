//===- DriverAtomicOutputTest.cpp - Replacing files all at once -----------===//

#include "Driver/AtomicOutput.h"
#include "TestSupport.h"

#include "llvm/ADT/SmallString.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"

#include <catch2/catch.hpp>

using namespace kbindgen::driver;
using namespace kbindgen::test;

TEST_CASE("atomic write creates and replaces", "[driver]") {
  ScratchDir Dir;
  std::string Out = Dir.file("out.rs");
  REQUIRE(succeeded(writeFileAtomically(Out, "first\n")));
  CHECK(readWholeFile(Out) == "first\n");
  REQUIRE(succeeded(writeFileAtomically(Out, "second\n")));
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
  llvm::Error Err = writeFileAtomically(Blocked, "new\n");
  REQUIRE(static_cast<bool>(Err));
  std::string Message = llvm::toString(std::move(Err));
  CHECK(Message.find('\n') == std::string::npos);
  CHECK(readWholeFile(Dir.file("out.rs/keep")) == "kept\n");
  CHECK(Dir.entries() == std::vector<std::string>{"out.rs"});

  llvm::Error Missing =
      writeFileAtomically(Dir.file("no-such-dir/out.rs"), "x");
  REQUIRE(static_cast<bool>(Missing));
  std::string MissingMessage = llvm::toString(std::move(Missing));
  CHECK(MissingMessage.find("no-such-dir") != std::string::npos);
  CHECK(MissingMessage.find('\n') == std::string::npos);
}
