//===- Version.cpp - What --version prints --------------------------------===//

#include "Driver/Version.h"

#ifndef KBINDGEN_VERSION
#error "KBINDGEN_VERSION must be defined by the build"
#endif

namespace kbindgen::driver {

llvm::StringRef bindgenCompatibleVersion() { return "0.72.1"; }

llvm::StringRef kbindgenVersion() { return KBINDGEN_VERSION; }

void printVersion(llvm::raw_ostream &OS, llvm::StringRef LibclangVersion) {
  OS << "bindgen " << bindgenCompatibleVersion() << '\n'
     << "kbindgen " << kbindgenVersion() << '\n'
     << "clang: " << LibclangVersion << '\n';
}

} // namespace kbindgen::driver
