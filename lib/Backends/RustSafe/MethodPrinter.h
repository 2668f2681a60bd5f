//===- MethodPrinter.h - Printing one safe method ---------------*- C++ -*-===//
//
// The printer of one MethodPlan, shared by the files that print its parts:
// the method itself (MethodWriter.cpp), the conversion of its return value
// (MethodResult.cpp) and its forward on a lent handle (LentForward.cpp).
//
//===----------------------------------------------------------------------===//

#ifndef KBINDGEN_LIB_BACKENDS_RUSTSAFE_METHODPRINTER_H
#define KBINDGEN_LIB_BACKENDS_RUSTSAFE_METHODPRINTER_H

#include "SafeWriter.h"

#include "llvm/ADT/StringExtras.h"

#include <string>
#include <utility>
#include <vector>

namespace kbindgen::rustsafe {

/// Prints one MethodPlan. collectParams fills the parameter, argument and
/// out-value lists that the parts below read.
class MethodPrinter {
public:
  MethodPrinter(WriteContext &Ctx, const MethodPlan &Plan)
      : Ctx(Ctx), Plan(Plan) {}

  void print(SourceWriter &W);
  /// The same method on `BorrowedMut<'_, T>`, forwarding to the handle.
  void printLentForward(SourceWriter &W);

private:
  const Handle *handle(int Index) const {
    return Index >= 0 ? &Ctx.Model.Handles[Index] : nullptr;
  }
  /// The safe type of handle Index as this method names it.
  std::string handleName(int Index) const {
    if (Plan.IsConstructor && Index == Plan.ReceiverHandle)
      return "Self";
    return handle(Index)->RustName;
  }
  /// The raw pointer type of handle Index.
  std::string rawPointer(int Index) const {
    return "*mut " + Ctx.rawName(handle(Index)->Record);
  }
  void collectParams();
  std::string okValueType() const;
  std::string returnType() const;
  /// `<F1: FnMut(i32), ...>` after the fn name, or nothing.
  std::string genericList() const {
    return Generics.empty() ? "" : "<" + llvm::join(Generics, ", ") + ">";
  }
  void writeCallbackTrampoline(SourceWriter &W, const ParamPlan &P,
                               size_t Index);
  std::string safetyText() const;
  /// The return value from `ret` and the out values (MethodResult.cpp).
  void writeResult(SourceWriter &W);
  /// `Self::from_raw(ptr)` for the handle (an Option).
  std::string fromRaw(int Index, llvm::StringRef Ptr) const {
    return handleName(Index) + "::from_raw(" + Ptr.str() + ")";
  }

  WriteContext &Ctx;
  const MethodPlan &Plan;
  std::vector<std::string> SafeParams, Generics, Args;
  /// The locals out-parameters point to: `let mut NAME: TYPE` and its
  /// initial value.
  std::vector<std::pair<std::string, std::string>> OutLocals;
  /// Out values in order: local name and type (handles: "handle:<index>").
  std::vector<std::pair<std::string, int>> Outs;
};

} // namespace kbindgen::rustsafe

#endif // KBINDGEN_LIB_BACKENDS_RUSTSAFE_METHODPRINTER_H
