//===- Depfile.cpp - make rules for --depfile -----------------------------===//

#include "Driver/Depfile.h"

#include "llvm/ADT/SmallString.h"
#include "llvm/Support/Path.h"

#include <algorithm>
#include <vector>

namespace kbindgen::driver {

std::string escapeForMake(llvm::StringRef Path) {
  std::string Escaped;
  Escaped.reserve(Path.size());
  for (char C : Path) {
    if (C == ' ' || C == '\t' || C == '#')
      Escaped += '\\';
    else if (C == '$')
      Escaped += '$';
    Escaped += C;
  }
  return Escaped;
}

std::string formatDepfile(llvm::StringRef Target,
                          llvm::ArrayRef<std::string> Dependencies) {
  std::vector<std::string> Files;
  for (const std::string &File : Dependencies) {
    if (File.empty() || File.front() == '<')
      continue;
    // `-include ./x.h` is recorded as `././x.h`; one spelling per file keeps
    // the list short. `..` stays: it may cross a symlink.
    llvm::SmallString<128> Clean(File);
    llvm::sys::path::remove_dots(Clean, /*remove_dot_dot=*/false);
    Files.push_back(Clean.str().str());
  }
  std::sort(Files.begin(), Files.end());
  Files.erase(std::unique(Files.begin(), Files.end()), Files.end());

  std::string Rule = escapeForMake(Target) + ":";
  for (const std::string &File : Files)
    Rule += " " + escapeForMake(File);
  Rule += '\n';
  return Rule;
}

} // namespace kbindgen::driver
