//===- CXStringRef.h - RAII wrapper for libclang strings -------*- C++ -*-===//
//
// Owns a CXString and disposes it; exposes it as a StringRef without copying.
//
//===----------------------------------------------------------------------===//

#ifndef KBINDGEN_LIB_FRONTEND_CXSTRINGREF_H
#define KBINDGEN_LIB_FRONTEND_CXSTRINGREF_H

#include "llvm/ADT/StringRef.h"

#include <clang-c/CXString.h>

#include <string>

namespace kbindgen::frontend {

class CXStringRef {
public:
  explicit CXStringRef(CXString Owned) : Str(Owned) {}
  ~CXStringRef() { clang_disposeString(Str); }
  CXStringRef(const CXStringRef &) = delete;
  CXStringRef &operator=(const CXStringRef &) = delete;

  llvm::StringRef str() const {
    const char *Chars = clang_getCString(Str);
    return Chars ? llvm::StringRef(Chars) : llvm::StringRef();
  }
  std::string string() const { return str().str(); }
  bool empty() const { return str().empty(); }

private:
  CXString Str;
};

} // namespace kbindgen::frontend

#endif // KBINDGEN_LIB_FRONTEND_CXSTRINGREF_H
