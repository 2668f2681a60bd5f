//===- IRReader.cpp - The JSON IR read back -------------------------------===//
//
// Placeholder until the reader lands (issue 7).
//
//===----------------------------------------------------------------------===//

#include "kbindgen/IRReader.h"

namespace kbindgen {

llvm::Expected<AnalysedModule> readIRJson(llvm::StringRef,
                                          llvm::StringRef FileName) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                 "%s: reading a saved IR is not implemented "
                                 "yet",
                                 FileName.str().c_str());
}

} // namespace kbindgen
