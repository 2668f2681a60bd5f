//===- LentForward.cpp - Methods of a lent mutable handle -----------------===//
//
// `BorrowedMut<'_, T>` forwards each `&mut self` method of T to the handle
// it lends, under the same signature and safety contract.
//
//===----------------------------------------------------------------------===//

#include "MethodPrinter.h"

#include "llvm/ADT/STLExtras.h"

namespace kbindgen::rustsafe {

bool isLentMutMethod(const MethodPlan &Plan) {
  if (!Plan.NotWrappedReason.empty() || Plan.IsConstructor ||
      !Plan.ReceiverMutable || Plan.Params.empty() ||
      Plan.Params[0].Kind != ParamKind::Receiver || Plan.Params[0].Consumed)
    return false;
  // A closure kept by a handle that is never dropped would never be freed.
  return llvm::none_of(Plan.Params,
                       [](const ParamPlan &P) { return P.OwnedByReceiver; });
}

void MethodPrinter::printLentForward(SourceWriter &W) {
  collectParams();
  W.line("/// `" + handleName(Plan.ReceiverHandle) + "::" + Plan.RustName +
         "` on the lent handle.");
  bool Unsafe = !Plan.Assumptions.empty();
  if (Unsafe) {
    W.line("///");
    W.line("/// # Safety");
    W.line("///");
    W.line("/// As for `" + handleName(Plan.ReceiverHandle) +
           "::" + Plan.RustName + "`.");
  }
  std::string Head =
      (Unsafe ? "pub unsafe fn " : "pub fn ") + Plan.RustName + genericList();
  writeFnHead(W, Head, SafeParams, returnType());
  std::vector<std::string> Names;
  for (size_t I = 1; I < SafeParams.size(); ++I) {
    llvm::StringRef Name = llvm::StringRef(SafeParams[I]).split(':').first;
    Name.consume_front("mut ");
    Names.push_back(Name.str());
  }
  std::string Call = "self.0." + Plan.RustName + "(";
  for (size_t I = 0; I < Names.size(); ++I)
    Call += (I ? ", " : "") + Names[I];
  Call += ")";
  if (Unsafe) {
    W.line("// SAFETY: the caller keeps the contract of `# Safety`.");
    Call = "unsafe { " + Call + " }";
  }
  if (W.column() + Call.size() <= SourceWriter::MaxWidth)
    W.line(Call);
  else
    W.verticalList(Call.substr(0, Call.find('(') + 1), Names,
                   Unsafe ? ") }" : ")");
  W.close();
}

void writeLentMethod(WriteContext &Ctx, SourceWriter &W,
                     const MethodPlan &Plan) {
  MethodPrinter(Ctx, Plan).printLentForward(W);
}

} // namespace kbindgen::rustsafe
