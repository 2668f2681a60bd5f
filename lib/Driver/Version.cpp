//===- Version.cpp - What --version prints --------------------------------===//

#include "Driver/Version.h"

#ifndef KBINDGEN_VERSION
#error "KBINDGEN_VERSION must be defined by the build"
#endif
#ifndef KBINDGEN_GIT_COMMIT
#error "KBINDGEN_GIT_COMMIT must be defined by the build"
#endif

namespace kbindgen::driver {

llvm::StringRef bindgenCompatibleVersion() { return "0.72.1"; }

llvm::StringRef kbindgenVersion() { return KBINDGEN_VERSION; }

llvm::StringRef kbindgenCommit() { return KBINDGEN_GIT_COMMIT; }

void printVersion(llvm::raw_ostream &OS, llvm::StringRef LibclangVersion) {
  OS << "bindgen " << bindgenCompatibleVersion() << '\n'
     << "kbindgen " << kbindgenVersion() << " (commit " << kbindgenCommit()
     << ")\n"
     << "libclang: " << LibclangVersion << '\n';
}

} // namespace kbindgen::driver
