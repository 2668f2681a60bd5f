//===- KernelStyle.cpp - The kernel's prelude ----------------------------===//
//
// The kernel style writes against rust/kernel: `kernel::prelude`, `Opaque`,
// `to_result`, `from_err_ptr`, `ARef`/`AlwaysRefCounted` and `CStr`.
//
//===----------------------------------------------------------------------===//

#include "SafeWriter.h"

namespace kbindgen::rustsafe {

namespace {

class KernelStyle final : public Style {
public:
  void writePrelude(SourceWriter &W, llvm::StringRef RawPath) override {
    W.line("use " + RawPath.str() + " as raw;");
    W.line("#[allow(unused_imports)]");
    W.line("use kernel::error::{code::EINVAL, from_err_ptr, to_result, "
           "Error};");
    W.line("#[allow(unused_imports)]");
    W.line("use kernel::prelude::*;");
    W.line("#[allow(unused_imports)]");
    W.line("use kernel::types::{ARef, AlwaysRefCounted, Opaque};");
    W.blankLine();
  }
  std::string result(llvm::StringRef T) const override {
    return T.empty() ? "Result" : "Result<" + T.str() + ">";
  }
  std::string cstrType() const override { return "kernel::str::CStr"; }
  std::string cstrPointer(llvm::StringRef Name) const override {
    return Name.str() + ".as_char_ptr()";
  }
  std::string cstrFromPointer(llvm::StringRef Ptr) const override {
    return "kernel::str::CStr::from_char_ptr(" + Ptr.str() + ")";
  }
  std::string errnoCheck(llvm::StringRef Ret) const override {
    return "to_result(" + Ret.str() + " as _)?;";
  }
  std::string codeCheck(llvm::StringRef Ret,
                        llvm::StringRef OkCodes) const override {
    std::string R = Ret.str();
    return "if " + R + " != 0 && !" + OkCodes.str() + ".contains(&(" + R +
           " as i64)) {\n    return Err(Error::from_errno(" + R + " as _));\n}";
  }
  std::string nullError() const override { return "EINVAL"; }
  bool refCountedIsARef() const override { return true; }
  std::string cell() const override { return "Opaque"; }
};

} // namespace

std::unique_ptr<Style> makeKernelStyle() {
  return std::make_unique<KernelStyle>();
}

} // namespace kbindgen::rustsafe
