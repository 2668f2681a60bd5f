//===- Version.h - What --version prints -----------------------*- C++ -*-===//

#ifndef KBINDGEN_LIB_DRIVER_VERSION_H
#define KBINDGEN_LIB_DRIVER_VERSION_H

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/raw_ostream.h"

namespace kbindgen::driver {

/// The bindgen release whose command line and output kbindgen matches; the
/// kernel's scripts compare it with their minimum bindgen version.
llvm::StringRef bindgenCompatibleVersion();

/// kbindgen's own version (the CMake project version).
llvm::StringRef kbindgenVersion();

/// The git commit kbindgen was configured at, or "unknown".
llvm::StringRef kbindgenCommit();

/// Three lines. Line 1 is exactly `bindgen X.Y.Z`: the kernel reads line 1
/// with a greedy `.*bindgen ([0-9.]+).*`, and older scripts take every
/// X.Y.Z number on it, so it must hold that one number and nothing else.
/// Line 2 is kbindgen's version and commit (`kbindgen 0.1.0 (commit
/// 0123abcd4567)`), line 3 libclang's (`libclang: clang version 19.1.7`).
void printVersion(llvm::raw_ostream &OS, llvm::StringRef LibclangVersion);

} // namespace kbindgen::driver

#endif // KBINDGEN_LIB_DRIVER_VERSION_H
