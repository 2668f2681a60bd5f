//===- MacroProbeCache.cpp - The probed macros' names between runs --------===//

#include "Macros/MacroProbeCache.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"
#include "llvm/Support/xxhash.h"

#include <fmt/format.h>

using namespace kbindgen;
using namespace kbindgen::frontend;

namespace {

/// The first line of an entry; a new probe form needs a new one.
constexpr llvm::StringLiteral Magic = "kbindgen-macro-probes 1";

/// The key: everything the macro set depends on.
uint64_t entryKey(const FrontendInput &Input, llvm::StringRef AbsolutePath) {
  std::string Key(Magic);
  auto Add = [&Key](llvm::StringRef Part) {
    Key += '\0';
    Key += Part;
  };
  Add(libclangVersion());
  Add(AbsolutePath);
  llvm::SmallString<256> Cwd;
  if (!llvm::sys::fs::current_path(Cwd))
    Add(Cwd);
  for (const std::string &Arg : Input.ClangArgs)
    Add(Arg);
  // The literals are probed too, and stored with the names.
  Add(Input.RecordAllMacroCTypes ? "c-types" : "bindgen-types");
  return llvm::xxh3_64bits(llvm::StringRef(Key));
}

/// Whether Name is a C identifier (what a probe may be written for).
bool isIdentifier(llvm::StringRef Name) {
  if (Name.empty() || llvm::isDigit(Name.front()))
    return false;
  return llvm::all_of(Name,
                      [](char C) { return llvm::isAlnum(C) || C == '_'; });
}

} // namespace

MacroProbeCache::MacroProbeCache(const FrontendInput &Input,
                                 llvm::StringRef AbsolutePath) {
  if (Input.MacroCacheDir.empty())
    return;
  llvm::SmallString<256> File(Input.MacroCacheDir);
  llvm::sys::path::append(
      File, fmt::format("{:016x}.macros", entryKey(Input, AbsolutePath)));
  Path = File.str().str();
}

std::optional<std::vector<std::string>> MacroProbeCache::load() const {
  if (Path.empty())
    return std::nullopt;
  auto Buffer = llvm::MemoryBuffer::getFile(Path);
  if (!Buffer)
    return std::nullopt;
  llvm::StringRef Text = (*Buffer)->getBuffer();
  auto [First, Rest] = Text.split('\n');
  if (First != Magic)
    return std::nullopt;
  std::vector<std::string> Names;
  while (!Rest.empty()) {
    auto [Name, Next] = Rest.split('\n');
    // The names are written into the probes: nothing else may pass.
    if (!isIdentifier(Name))
      return std::nullopt;
    Names.push_back(Name.str());
    Rest = Next;
  }
  return Names;
}

void MacroProbeCache::store(llvm::ArrayRef<std::string> Names) const {
  if (Path.empty())
    return;
  if (llvm::sys::fs::create_directories(llvm::sys::path::parent_path(Path)))
    return;
  llvm::SmallString<256> Temporary;
  int FD = -1;
  if (llvm::sys::fs::createUniqueFile(Path + ".%%%%%%%%", FD, Temporary))
    return;
  bool Written = false;
  {
    llvm::raw_fd_ostream OS(FD, /*shouldClose=*/true);
    OS << Magic << '\n';
    for (const std::string &Name : Names)
      OS << Name << '\n';
    OS.close();
    Written = !OS.has_error();
    OS.clear_error();
  }
  if (!Written || llvm::sys::fs::rename(Temporary, Path))
    llvm::sys::fs::remove(Temporary);
}
