//===- CWriter.cpp - Lines the C outputs share ----------------------------===//

#include "Support/CWriter.h"

#include "llvm/ADT/SmallString.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"

namespace kbindgen::backends {

using llvm::StringRef;

void writeCInclude(llvm::raw_ostream &OS, StringRef GivenPath) {
  // `#include "x.h"` looks next to the C file first, which is rarely where
  // the header was found relative to: name the header absolutely.
  llvm::SmallString<256> HeaderPath(GivenPath);
  if (!HeaderPath.empty()) {
    llvm::sys::fs::make_absolute(HeaderPath);
    llvm::sys::path::remove_dots(HeaderPath, /*remove_dot_dot=*/false);
  }
  // `#include "..."` has no escapes: a quote or a line break cannot be
  // written inside it.
  if (HeaderPath.str().find_first_of("\"\n\r") == StringRef::npos) {
    OS << "#include \"" << HeaderPath << "\"\n";
    return;
  }
  if (HeaderPath.str().find_first_of(">\n\r") == StringRef::npos) {
    OS << "#include <" << HeaderPath << ">\n";
    return;
  }
  OS << "#error \"kbindgen: the header path cannot be written in an "
        "#include\"\n";
}

void writeCComment(llvm::raw_ostream &OS, StringRef Text) {
  std::string Safe = Text.str();
  for (size_t At = Safe.find("*/"); At != std::string::npos;
       At = Safe.find("*/", At))
    Safe.replace(At, 2, "* /");
  OS << "/* " << Safe << " */\n";
}

} // namespace kbindgen::backends
