//===- Depfile.cpp - make rules for --depfile -----------------------------===//

#include "Driver/Depfile.h"

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
  for (const std::string &File : Dependencies)
    if (!File.empty() && File.front() != '<')
      Files.push_back(File);
  std::sort(Files.begin(), Files.end());
  Files.erase(std::unique(Files.begin(), Files.end()), Files.end());

  std::string Rule = escapeForMake(Target) + ":";
  for (const std::string &File : Files)
    Rule += " " + escapeForMake(File);
  Rule += '\n';
  return Rule;
}

} // namespace kbindgen::driver
