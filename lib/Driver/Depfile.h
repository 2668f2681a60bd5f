//===- Depfile.h - make rules for --depfile --------------------*- C++ -*-===//

#ifndef KBINDGEN_LIB_DRIVER_DEPFILE_H
#define KBINDGEN_LIB_DRIVER_DEPFILE_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"

#include <string>

namespace kbindgen::driver {

/// A path as make reads it in a rule: spaces, tabs and `#` backslashed, `$`
/// doubled.
std::string escapeForMake(llvm::StringRef Path);

/// `TARGET: DEP1 DEP2 ...\n`, the dependencies sorted and without
/// duplicates (like bindgen) so the file is the same on every run, `.`
/// components removed. Entries that are not files (`<built-in>`, empty) are
/// left out.
std::string formatDepfile(llvm::StringRef Target,
                          llvm::ArrayRef<std::string> Dependencies);

} // namespace kbindgen::driver

#endif // KBINDGEN_LIB_DRIVER_DEPFILE_H
