//===- TestSupport.h - What every unit test shares --------------*- C++ -*-===//
//
// One home for the helpers the unit tests would otherwise each write again:
// checking llvm::Error and llvm::Expected, scratch directories and files,
// running a tool (rustc, rustfmt, clang), parsing and analysing a header
// given as a string, and finding items in the parsed module.
//
//===----------------------------------------------------------------------===//

#ifndef KBINDGEN_TEST_UNIT_TESTSUPPORT_H
#define KBINDGEN_TEST_UNIT_TESTSUPPORT_H

#include "kbindgen/Analysis/Analysis.h"
#include "kbindgen/Backends/Backends.h"
#include "kbindgen/Frontend/Frontend.h"
#include "kbindgen/IR/IR.h"
#include "kbindgen/IR/Verifier.h"
#include "kbindgen/Serialization/IRReader.h"

#include <catch2/catch.hpp>

#include "llvm/ADT/SmallString.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Program.h"
#include "llvm/Support/raw_ostream.h"

#include <algorithm>
#include <cstdlib>
#include <optional>
#include <string>
#include <vector>

namespace kbindgen::test {

// llvm::Error and llvm::Expected ---------------------------------------------

/// Catch cannot test llvm::Error / llvm::Expected directly (their bool
/// conversion checks them); these do, and show the message on failure.
[[maybe_unused]] inline bool succeeded(llvm::Error Err) {
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

// Files -----------------------------------------------------------------------

/// The whole file, or "" when it cannot be read.
inline std::string readWholeFile(llvm::StringRef Path) {
  auto Buffer = llvm::MemoryBuffer::getFile(Path);
  return Buffer ? (*Buffer)->getBuffer().str() : std::string();
}

/// Writes Text to Path; false when the file cannot be written.
inline bool writeWholeFile(llvm::StringRef Path, llvm::StringRef Text) {
  std::error_code EC;
  llvm::raw_fd_ostream OS(Path, EC);
  if (EC)
    return false;
  OS << Text;
  return true;
}

/// A fresh directory, removed with its contents at the end of the test.
struct ScratchDir {
  llvm::SmallString<128> Path;

  explicit ScratchDir(llvm::StringRef Prefix = "kbindgen-test") {
    REQUIRE_FALSE(llvm::sys::fs::createUniqueDirectory(Prefix, Path));
  }
  ~ScratchDir() { llvm::sys::fs::remove_directories(Path); }
  ScratchDir(const ScratchDir &) = delete;
  ScratchDir &operator=(const ScratchDir &) = delete;

  /// The path of Name inside the directory (the file is not created).
  std::string file(llvm::StringRef Name) const {
    llvm::SmallString<128> File(Path);
    llvm::sys::path::append(File, Name);
    return File.str().str();
  }
  /// Writes Contents to Name inside the directory; returns its path.
  std::string file(llvm::StringRef Name, llvm::StringRef Contents) const {
    std::string File = file(Name);
    REQUIRE(writeWholeFile(File, Contents));
    return File;
  }
  /// Names in the directory, sorted (to see that no temporary is left over).
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

/// A new temporary file holding Text (the caller removes it).
inline std::string writeTemporaryFile(llvm::StringRef Prefix,
                                      llvm::StringRef Suffix,
                                      llvm::StringRef Text) {
  llvm::SmallString<128> Path;
  llvm::sys::fs::createTemporaryFile(Prefix, Suffix, Path);
  writeWholeFile(Path, Text);
  return Path.str().str();
}

// Tools
// -------------------------------------------------------------------------

/// Output of a tool run.
struct ToolResult {
  int ExitCode = -1;
  std::string Output;
};

/// Runs Program with Args, capturing stdout and stderr together.
inline ToolResult runTool(llvm::StringRef Program,
                          std::vector<llvm::StringRef> Args) {
  ToolResult Result;
  llvm::SmallString<128> OutPath;
  llvm::sys::fs::createTemporaryFile("kbindgen-tool", "txt", OutPath);
  std::vector<llvm::StringRef> Argv = {Program};
  Argv.insert(Argv.end(), Args.begin(), Args.end());
  std::optional<llvm::StringRef> Redirects[] = {std::nullopt, OutPath.str(),
                                                OutPath.str()};
  Result.ExitCode =
      llvm::sys::ExecuteAndWait(Program, Argv, std::nullopt, Redirects);
  Result.Output = readWholeFile(OutPath);
  llvm::sys::fs::remove(OutPath);
  return Result;
}

/// rustc or rustfmt from PATH or ~/.cargo/bin; empty when missing.
inline std::string findRustTool(llvm::StringRef Name) {
  if (auto Found = llvm::sys::findProgramByName(Name))
    return *Found;
  if (const char *Home = std::getenv("HOME")) {
    std::string Path = std::string(Home) + "/.cargo/bin/" + Name.str();
    if (llvm::sys::fs::can_execute(Path))
      return Path;
  }
  return "";
}

/// clang-19, else clang, from PATH; empty when missing.
inline std::string findClang() {
  for (llvm::StringRef Name : {"clang-19", "clang"})
    if (auto Found = llvm::sys::findProgramByName(Name))
      return *Found;
  return "";
}

// Text
// --------------------------------------------------------------------------

inline bool contains(const std::string &Haystack, const std::string &Needle) {
  return Haystack.find(Needle) != std::string::npos;
}

// Parsing and analysing a header given as a string
// -------------------------------

/// The frontend's input for an in-memory header.
inline FrontendInput inMemoryHeader(std::string Path, std::string Contents,
                                    std::vector<std::string> Args = {}) {
  FrontendInput Input;
  Input.Path = std::move(Path);
  Input.Contents = std::move(Contents);
  Input.UseContents = true;
  Input.ClangArgs = std::move(Args);
  return Input;
}

/// Parses Input; fails the test on an error.
inline ir::Module parseInput(const FrontendInput &Input) {
  std::string Diagnostics;
  llvm::raw_string_ostream Diags(Diagnostics);
  llvm::Expected<ir::Module> M = parseHeader(Input, Diags);
  if (!M) {
    INFO(Diagnostics);
    FAIL(llvm::toString(M.takeError()));
  }
  return std::move(*M);
}

/// Parses Contents as an in-memory header; fails the test on an error.
inline ir::Module parseSource(const std::string &Contents,
                              std::vector<std::string> Args = {},
                              std::string Path = "frontend_test.h") {
  return parseInput(inMemoryHeader(std::move(Path), Contents, std::move(Args)));
}

// Analysing a module built by hand
// ---------------------------------------------------------------

/// Fails the test unless M keeps the IR's invariants. The analysis and the
/// backends index the arenas without re-checking, because the frontend and
/// the JSON reader verify every module; a module built by hand must be as
/// well formed.
inline void requireVerified(const ir::Module &M) {
  if (llvm::Error Err = ir::verifyModule(M))
    FAIL(llvm::toString(std::move(Err)));
}

/// Gives each per-item vector of an analysis made by hand one entry per item
/// of M, as analyzeModule does (an added item: not selected, no Rust name,
/// the default enum style, no derives, bindgen's typing for a constant).
inline void sizeAnalysisForItems(const ir::Module &M, Analysis &A) {
  size_t Count = M.Items.size();
  A.Decisions.resize(Count);
  A.RustNames.resize(Count);
  A.MemberNames.resize(Count);
  A.ConstantCTypes.resize(Count);
  A.EnumStyles.resize(Count);
  A.EnumConstPrefixes.resize(Count);
  A.AnonymousEnumConstNames.resize(Count);
  A.Derives.resize(Count);
}

/// analyzeModule on a verified module; fails the test on an error.
inline Analysis analyzeVerified(const ir::Module &M,
                                const Options &Opts = Options()) {
  requireVerified(M);
  llvm::Expected<Analysis> A = analyzeModule(M, Opts);
  if (!A)
    FAIL(llvm::toString(A.takeError()));
  return std::move(*A);
}

/// A header parsed and analysed with Opts, as `--header` does; fails the
/// test on an error.
inline AnalysedModule analyseSource(const std::string &Contents,
                                    const Options &Opts = Options()) {
  ir::Module M = parseSource(Contents);
  llvm::Expected<Analysis> A = analyzeModule(M, Opts);
  if (!A)
    FAIL(llvm::toString(A.takeError()));
  return AnalysedModule{std::move(M), std::move(*A)};
}

/// The JSON IR of an analysed module.
inline std::string irJson(const AnalysedModule &IR) {
  std::string Text;
  llvm::raw_string_ostream OS(Text);
  emitJson(IR.Module, IR.Decisions, OS);
  return Text;
}

// Finding items
// --------------------------------------------------------------------

/// The only item named Name of kind Kind; fails the test otherwise.
inline const ir::Item &itemNamed(const ir::Module &M, const std::string &Name,
                                 ir::ItemKind Kind) {
  const ir::Item *Found = nullptr;
  for (const ir::Item &Item : M.Items) {
    if (Item.Name != Name || Item.kind() != Kind)
      continue;
    INFO("item " << Name << " appears twice");
    REQUIRE(Found == nullptr);
    Found = &Item;
  }
  INFO("no item " << Name);
  REQUIRE(Found != nullptr);
  return *Found;
}

inline ir::ItemId idOf(const ir::Module &M, const ir::Item &Item) {
  return ir::ItemId{static_cast<uint32_t>(&Item - M.Items.data())};
}

inline ir::ItemId idNamed(const AnalysedModule &IR, const std::string &Name,
                          ir::ItemKind Kind) {
  return idOf(IR.Module, itemNamed(IR.Module, Name, Kind));
}

inline const ir::Record &recordNamed(const ir::Module &M,
                                     const std::string &Name) {
  return itemNamed(M, Name, ir::ItemKind::Record).as<ir::Record>();
}

inline const ir::Field &fieldNamed(const ir::Record &R,
                                   const std::string &Name) {
  for (const ir::Field &F : R.Fields)
    if (F.Name == Name)
      return F;
  FAIL("no field " << Name);
  return R.Fields.front();
}

inline const ir::Constant &constantNamed(const ir::Module &M,
                                         const std::string &Name) {
  return itemNamed(M, Name, ir::ItemKind::Constant).as<ir::Constant>();
}

inline const ir::SkippedMacro *skippedMacro(const ir::Module &M,
                                            const std::string &Name) {
  for (const ir::SkippedMacro &Skipped : M.SkippedMacros)
    if (Skipped.Name == Name)
      return &Skipped;
  return nullptr;
}

/// The item a Named type refers to.
inline const ir::Item &namedItem(const ir::Module &M, ir::TypeId Type) {
  const ir::Type &T = M.type(Type);
  REQUIRE(T.Kind == ir::TypeKind::Named);
  return M.item(T.Item);
}

inline bool hasItem(const ir::Module &M, const std::string &Name) {
  for (const ir::Item &Item : M.Items)
    if (Item.Name == Name)
      return true;
  return false;
}

} // namespace kbindgen::test

#endif // KBINDGEN_TEST_UNIT_TESTSUPPORT_H
