//===- MethodResult.cpp - The return value of a safe method ---------------===//
//
// Converts the C result of the one unsafe call under the function's error
// convention (errno, error codes, error pointers, NULL, handles, strings)
// into the safe method's return value, with the SAFETY comments its
// from_raw calls need.
//
//===----------------------------------------------------------------------===//

#include "MethodPrinter.h"

#include "llvm/ADT/SmallVector.h"

#include <cstring>

#include <fmt/format.h>

namespace kbindgen::rustsafe {

void MethodPrinter::writeResult(SourceWriter &W) {
  const ReturnPlan &R = Plan.Return;
  int H = R.HandleIndex;
  // SAFETY comments say which of their claims the skeleton only guessed.
  bool StillGuessed = false;
  for (const Inference &A : Plan.Assumptions)
    StillGuessed |= A.Rule == R.Why.Rule;
  const char *Guessed = StillGuessed    ? " (guessed: see `# Safety`)"
                        : R.Why.IsGuess ? " (the rules file confirms it)"
                                        : "";
  // The Ok value: out-parameters, a handle, the code, or unit.
  std::string OkValue;
  bool HandleOut = !Outs.empty() && Outs[0].second >= 0;
  if (HandleOut) {
    // SAFETY of from_raw: the pointer is new and ours (owned.ctor-out-ptr).
    OkValue = "unsafe { " + fromRaw(Outs[0].second, Outs[0].first) + " }";
  } else if (Outs.size() == 1) {
    OkValue = Outs[0].first;
  } else if (!Outs.empty()) {
    OkValue = "(";
    for (size_t I = 0; I < Outs.size(); ++I)
      OkValue += (I ? ", " : "") + Outs[I].first;
    OkValue += ")";
  } else if (!R.ValueType.empty()) {
    OkValue = "ret as " + R.ValueType;
  }
  auto WriteOk = [&](bool InResult) {
    if (HandleOut) {
      W.line(std::string("// SAFETY: the callee filled a new pointer the "
                         "caller owns") +
             (Plan.Assumptions.empty() ? "." : " (guessed: see `# Safety`)."));
      W.line(InResult ? OkValue + ".ok_or(" + Ctx.S.nullError() + ")"
                      : OkValue);
      return;
    }
    if (InResult)
      W.line(OkValue.empty() ? "Ok(())" : "Ok(" + OkValue + ")");
    else if (!OkValue.empty())
      W.line(OkValue);
  };
  switch (R.Kind) {
  case ReturnKind::Unit:
    WriteOk(false);
    return;
  case ReturnKind::Value:
    W.line("ret as " + R.ValueType);
    return;
  case ReturnKind::Bool:
    W.line("ret != 0");
    return;
  case ReturnKind::Errno:
    W.line(Ctx.S.errnoCheck("ret"));
    WriteOk(true);
    return;
  case ReturnKind::Code: {
    std::string Codes = "&[";
    for (size_t I = 0; I < R.OkCodes.size(); ++I)
      Codes += fmt::format("{}{}", I ? ", " : "", R.OkCodes[I]);
    llvm::SmallVector<llvm::StringRef, 4> Lines;
    std::string Check = Ctx.S.codeCheck("ret", Codes + "]");
    llvm::StringRef(Check).split(Lines, '\n');
    for (llvm::StringRef Line : Lines)
      W.line(Line);
    WriteOk(true);
    return;
  }
  case ReturnKind::ErrPtr:
    W.line("let ptr = from_err_ptr(ret as " + rawPointer(H) + ")?;");
    if (Ctx.isPointerHandle(*handle(H))) {
      W.line(std::string("// SAFETY: a pointer that is not an error is a new "
                         "reference the caller owns") +
             Guessed + ".");
      W.line("unsafe { " + fromRaw(H, "ptr") + " }.ok_or(" + Ctx.S.nullError() +
             ")");
    } else {
      W.line(std::string("// SAFETY: the object is valid while the receiver "
                         "is") +
             Guessed + ".");
      W.line("Ok(unsafe { " + handleName(H) + "::from_raw(ptr) })");
    }
    return;
  case ReturnKind::Nullable:
    if (Ctx.isPointerHandle(*handle(H))) {
      W.line(std::string("// SAFETY: a borrowed object: ") +
             (R.UniqueLend ? "BorrowedMut" : "Borrowed") + " never frees it" +
             Guessed + ".");
      std::string Borrow =
          "unsafe { " + fromRaw(H, "ret as " + rawPointer(H)) + " }";
      const char *Map =
          R.UniqueLend ? ".map(BorrowedMut::new)" : ".map(Borrowed::new)";
      if (W.column() + Borrow.size() + strlen(Map) <= SourceWriter::MaxWidth) {
        W.line(Borrow + Map);
      } else {
        W.line(Borrow);
        W.line(std::string("    ") + Map);
      }
      return;
    }
    W.line("if ret.is_null() {");
    W.line("    return None;");
    W.line("}");
    W.line(std::string("// SAFETY: a non-null result is valid while the "
                       "receiver is") +
           Guessed + ".");
    writeUnsafeCall(W, "Some(", handleName(H) + "::from_raw",
                    {"ret as " + rawPointer(H)}, ")");
    return;
  case ReturnKind::NewOwned:
    W.line(std::string("// SAFETY: the result is NULL or a new object the "
                       "caller owns") +
           Guessed + ".");
    writeUnsafeCall(W, "", handleName(H) + "::from_raw",
                    {"ret as " + rawPointer(H)}, "");
    return;
  case ReturnKind::CStr:
    W.line("if ret.is_null() {");
    W.line("    return None;");
    W.line("}");
    W.line(std::string("// SAFETY: a non-null result is a NUL-terminated "
                       "string that lives as long as the receiver") +
           Guessed + ".");
    W.line("Some(unsafe { " + Ctx.S.cstrFromPointer("ret.cast()") + " })");
    return;
  }
}

} // namespace kbindgen::rustsafe
