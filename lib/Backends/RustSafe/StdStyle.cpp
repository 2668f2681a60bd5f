//===- StdStyle.cpp - The self-contained prelude for userspace ------------===//
//
// The std style writes its few helpers into the skeleton itself: an Error
// carrying the C value, Result, the -errno / code / ERR_PTR checks and an
// Opaque cell, so the skeleton needs nothing beyond core.
//
//===----------------------------------------------------------------------===//

#include "SafeWriter.h"

namespace kbindgen::rustsafe {

namespace {

class StdStyle final : public Style {
public:
  void writePrelude(SourceWriter &W, llvm::StringRef RawPath) override {
    W.line("use " + RawPath.str() + " as raw;");
    W.blankLine();
    static const char *const Prelude[] = {
        "/// The error a C function reported: its negative errno, its error",
        "/// code, or `Error::NULL` for an unexpected NULL.",
        "#[derive(Clone, Copy, Debug, PartialEq, Eq)]",
        "pub struct Error(pub i64);",
        "",
        "impl Error {",
        "    /// A constructor returned NULL without an error value.",
        "    pub const NULL: Error = Error(i64::MIN);",
        "",
        "    /// The value the C function returned.",
        "    pub fn code(self) -> i64 {",
        "        self.0",
        "    }",
        "}",
        "",
        "pub type Result<T = ()> = core::result::Result<T, Error>;",
        "",
        "/// Negative is -errno.",
        "#[allow(dead_code)]",
        "fn to_result(ret: i64) -> Result {",
        "    if ret < 0 {",
        "        return Err(Error(ret));",
        "    }",
        "    Ok(())",
        "}",
        "",
        "/// Zero and `ok` are success; any other value is an error code.",
        "#[allow(dead_code)]",
        "fn code_result(ret: i64, ok: &[i64]) -> Result {",
        "    if ret == 0 || ok.contains(&ret) {",
        "        return Ok(());",
        "    }",
        "    Err(Error(ret))",
        "}",
        "",
        "/// The last 4095 addresses encode -errno (the kernel's ERR_PTR).",
        "#[allow(dead_code)]",
        "fn from_err_ptr<T>(ptr: *mut T) -> Result<*mut T> {",
        "    let value = ptr as isize;",
        "    if (-4095..0).contains(&value) {",
        "        return Err(Error(value as i64));",
        "    }",
        "    Ok(ptr)",
        "}",
        "",
        "/// A C object that C code may change behind Rust's back.",
        "#[repr(transparent)]",
        "pub struct "
        "Opaque<T>(core::cell::UnsafeCell<core::mem::MaybeUninit<T>>);",
        "",
        "impl<T> Opaque<T> {",
        "    /// The C object.",
        "    pub fn get(&self) -> *mut T {",
        "        self.0.get().cast()",
        "    }",
        "}",
    };
    for (const char *Line : Prelude)
      W.line(Line);
    W.blankLine();
  }
  std::string result(llvm::StringRef T) const override {
    return T.empty() ? "Result" : "Result<" + T.str() + ">";
  }
  std::string cstrType() const override { return "core::ffi::CStr"; }
  std::string cstrPointer(llvm::StringRef Name) const override {
    return Name.str() + ".as_ptr()";
  }
  std::string cstrFromPointer(llvm::StringRef Ptr) const override {
    return "core::ffi::CStr::from_ptr(" + Ptr.str() + ")";
  }
  std::string errnoCheck(llvm::StringRef Ret) const override {
    return "to_result(" + Ret.str() + " as i64)?;";
  }
  std::string codeCheck(llvm::StringRef Ret,
                        llvm::StringRef OkCodes) const override {
    return "code_result(" + Ret.str() + " as i64, " + OkCodes.str() + ")?;";
  }
  std::string nullError() const override { return "Error::NULL"; }
  bool refCountedIsARef() const override { return false; }
  std::string cell() const override { return "Opaque"; }
};

} // namespace

std::unique_ptr<Style> makeStdStyle() { return std::make_unique<StdStyle>(); }

} // namespace kbindgen::rustsafe
