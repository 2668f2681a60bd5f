//===- MethodWriter.cpp - One safe method over one C function -------------===//
//
// Prints a MethodPlan: the safe signature, the locals the out-parameters
// need and one unsafe call with its SAFETY comment; the conversion of the
// return value is MethodResult.cpp's.
//
//===----------------------------------------------------------------------===//

#include "MethodPrinter.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringExtras.h"

#include <cstring>

#include <fmt/format.h>

namespace kbindgen::rustsafe {

using namespace ir;

void writeFnHead(SourceWriter &W, const std::string &Head,
                 const std::vector<std::string> &Params,
                 const std::string &Return) {
  std::string Flat = Head + "(";
  for (size_t I = 0; I < Params.size(); ++I)
    Flat += (I ? ", " : "") + Params[I];
  Flat += ")" + Return + " {";
  if (W.column() + Flat.size() <= SourceWriter::MaxWidth) {
    W.line(Flat);
    W.indent();
    return;
  }
  // rustfmt puts the brace alone under a long return type: when `) -> T {`
  // would end past column 96 (measured with rustfmt 1.9).
  std::string Close = ")" + Return;
  if (W.column() + Close.size() + 2 <= SourceWriter::MaxWidth - 4) {
    W.verticalList(Head + "(", Params, Close + " {");
  } else {
    W.verticalList(Head + "(", Params, Close);
    W.line("{");
  }
  W.indent();
}

void writeUnsafeCall(SourceWriter &W, llvm::StringRef Lead,
                     const std::string &Callee,
                     const std::vector<std::string> &Args,
                     llvm::StringRef Trail) {
  std::string Call = Callee + "(" + llvm::join(Args, ", ") + ")";
  std::string Block = "unsafe { " + Call + " }" + Trail.str();
  size_t Width = SourceWriter::MaxWidth;
  // rustfmt's fn_call_width: longer argument lists go one per line (a
  // single argument only when the line is full).
  bool ArgsFit = Args.size() <= 1 || Call.size() - Callee.size() - 2 <= 60;
  if (ArgsFit && W.column() + Lead.size() + Block.size() <= Width) {
    W.line(Lead.str() + Block);
    return;
  }
  // rustfmt moves the right-hand side of a `let` to the next line first.
  bool IsLet = Lead.starts_with("let ") && Lead.ends_with(" = ");
  if (ArgsFit && IsLet && W.column() + 4 + Block.size() <= Width) {
    W.line(Lead.rtrim());
    W.indent();
    W.line(Block);
    W.dedent();
    return;
  }
  W.line(Lead.str() + "unsafe {");
  W.indent();
  // Where even one argument a line is too wide, rustfmt leaves the call.
  bool VerticalFits = llvm::all_of(Args, [&](const std::string &Arg) {
    return W.column() + 4 + Arg.size() + 1 <= Width;
  });
  if ((ArgsFit && W.column() + Call.size() <= Width) || !VerticalFits)
    W.line(Call);
  else
    W.verticalList(Callee + "(", Args, ")");
  W.dedent();
  W.line("}" + Trail.str());
}

void writeReviews(SourceWriter &W, const std::vector<Inference> &Inferences) {
  for (const Inference &I : Inferences)
    if (I.IsGuess)
      W.line("// REVIEW: " + I.Rule + ": " + I.Detail + ".");
}

void MethodPrinter::collectParams() {
  const FunctionSignature *Sig = signatureOf(Ctx.M, Ctx.M.item(Plan.Function));
  for (size_t I = 0; I < Plan.Params.size(); ++I) {
    const ParamPlan &P = Plan.Params[I];
    switch (P.Kind) {
    case ParamKind::Receiver:
      if (P.Consumed) {
        // The call frees the object: Drop must not run, but the closures
        // the handle owns are freed after the call.
        SafeParams.push_back("self");
        Args.push_back("this.as_raw()");
        break;
      }
      SafeParams.push_back(P.IsMutable ? "&mut self" : "&self");
      Args.push_back("self.as_raw()");
      break;
    case ParamKind::ElementSize:
      // A narrower C size type only truncates it: the product shrinks.
      SafeParams.push_back(P.Name + ": " + P.SafeType);
      Args.push_back(P.Name + " as _");
      break;
    case ParamKind::ItemCount: {
      // count = len / size (0 when size is 0): size * count <= len, and a
      // narrower count type only truncates it further.
      const ParamPlan &Buffer = Plan.Params[P.BufferIndex];
      const ParamPlan &Size = Plan.Params[P.SizeIndex];
      Args.push_back(fmt::format("({}.len() as u64).checked_div({} as "
                                 "u64).unwrap_or(0) as _",
                                 Buffer.Name, Size.Name));
      break;
    }
    case ParamKind::Value:
    case ParamKind::Bool:
      SafeParams.push_back(P.Name + ": " + P.SafeType);
      Args.push_back(P.Kind == ParamKind::Bool ? P.Name : P.Name + " as _");
      break;
    case ParamKind::CStr:
      SafeParams.push_back(P.Name + ": &" + Ctx.S.cstrType());
      Args.push_back(Ctx.S.cstrPointer(P.Name) + ".cast()");
      break;
    case ParamKind::Slice:
      SafeParams.push_back(P.Name + ": &" + (P.IsMutable ? "mut " : "") + "[" +
                           P.ElementType + "]");
      Args.push_back(P.Name + (P.IsMutable ? ".as_mut_ptr()" : ".as_ptr()") +
                     ".cast()");
      break;
    case ParamKind::Length: {
      const std::string &Slice = Plan.Params[I - 1].Name;
      Args.push_back(Slice + ".len() as _");
      break;
    }
    case ParamKind::OutValue: {
      std::string Local = "out_" + P.Name;
      OutLocals.push_back({fmt::format("let mut {}: {}", Local, P.ElementType),
                           "Default::default()"});
      Args.push_back(
          fmt::format("(&mut {} as *mut {}).cast()", Local, P.ElementType));
      Outs.push_back({Local, -1});
      break;
    }
    case ParamKind::OutHandle: {
      std::string Local = "new_" + P.Name;
      OutLocals.push_back(
          {fmt::format("let mut {}: {}", Local, rawPointer(P.HandleIndex)),
           "core::ptr::null_mut()"});
      Args.push_back(fmt::format("(&mut {} as *mut {}).cast()", Local,
                                 rawPointer(P.HandleIndex)));
      Outs.push_back({Local, P.HandleIndex});
      break;
    }
    case ParamKind::HandleRef:
      SafeParams.push_back(P.Name + ": &" + (P.IsMutable ? "mut " : "") +
                           handle(P.HandleIndex)->RustName);
      Args.push_back(P.Name + ".as_raw()");
      break;
    case ParamKind::Callback: {
      // A closure the handle keeps goes where the handle goes, and a Sync
      // handle may fire it from several threads at once: then it is `Fn`.
      const Handle *Keeper =
          P.OwnedByReceiver ? handle(Plan.ReceiverHandle) : nullptr;
      bool Shared = Keeper && Keeper->Sync;
      std::string Bound = Shared ? "Fn(" : "FnMut(";
      bool First = true;
      for (const std::string &T : P.CallbackParams) {
        if (T.empty())
          continue;
        Bound += (First ? "" : ", ") + T;
        First = false;
      }
      Bound += ")";
      if (!P.CallbackReturn.empty())
        Bound += " -> " + P.CallbackReturn;
      std::string Generic = fmt::format("F{}", I);
      if (Keeper && (Keeper->Send || Keeper->Sync))
        Bound += Shared ? " + Send + Sync" : " + Send";
      if (P.OwnedByReceiver) {
        Generics.push_back(Generic + ": " + Bound + " + 'static");
        SafeParams.push_back(P.Name + ": " + Generic);
      } else {
        Generics.push_back(Generic + ": " + Bound);
        SafeParams.push_back("mut " + P.Name + ": " + Generic);
      }
      Args.push_back(fmt::format("Some(trampoline_{}::<{}>)", I, Generic));
      break;
    }
    case ParamKind::UserData: {
      // The closure of the callback that names this slot.
      for (size_t J = 0; J < Plan.Params.size(); ++J)
        if (Plan.Params[J].Kind == ParamKind::Callback &&
            Plan.Params[J].UserDataIndex == I)
          Args.push_back(Plan.Params[J].OwnedByReceiver
                             ? "user.cast()"
                             : fmt::format("(&mut {} as *mut F{}).cast()",
                                           Plan.Params[J].Name, J));
      break;
    }
    case ParamKind::Fixed:
      Args.push_back(P.FixedExpr);
      break;
    }
  }
  (void)Sig;
}

std::string MethodPrinter::okValueType() const {
  std::vector<std::string> Types;
  for (const auto &[Local, HandleIndex] : Outs) {
    if (HandleIndex >= 0) {
      Types.push_back(handleName(HandleIndex));
      continue;
    }
    for (const ParamPlan &P : Plan.Params)
      if (P.Kind == ParamKind::OutValue && "out_" + P.Name == Local)
        Types.push_back(P.ElementType);
  }
  if (Types.empty())
    return Plan.Return.ValueType;
  if (Types.size() == 1)
    return Types[0];
  std::string Tuple = "(";
  for (size_t I = 0; I < Types.size(); ++I)
    Tuple += (I ? ", " : "") + Types[I];
  return Tuple + ")";
}

std::string MethodPrinter::returnType() const {
  const ReturnPlan &R = Plan.Return;
  int H = R.HandleIndex;
  bool HasReceiver =
      !Plan.Params.empty() && Plan.Params[0].Kind == ParamKind::Receiver;
  std::string Lifetime = HasReceiver ? "&" : "&'static ";
  switch (R.Kind) {
  case ReturnKind::Unit: {
    std::string T = okValueType();
    bool HandleOut = !Outs.empty() && Outs[0].second >= 0;
    if (T.empty())
      return "";
    return HandleOut ? " -> Option<" + T + ">" : " -> " + T;
  }
  case ReturnKind::Value:
    return " -> " + R.ValueType;
  case ReturnKind::Bool:
    return " -> bool";
  case ReturnKind::Errno:
  case ReturnKind::Code:
    return " -> " + Ctx.S.result(okValueType());
  case ReturnKind::ErrPtr:
    return " -> " + Ctx.S.result(Ctx.isPointerHandle(*handle(H))
                                     ? handleName(H)
                                     : Lifetime + handleName(H));
  case ReturnKind::Nullable:
    if (Ctx.isPointerHandle(*handle(H)))
      return std::string(" -> Option<") +
             (R.UniqueLend ? "BorrowedMut<" : "Borrowed<") +
             (HasReceiver ? std::string("'_") : std::string("'static")) + ", " +
             handleName(H) + ">>";
    return " -> Option<" + Lifetime + handleName(H) + ">";
  case ReturnKind::NewOwned:
    return " -> Option<" + handleName(H) + ">";
  case ReturnKind::CStr:
    return " -> Option<" + Lifetime + Ctx.S.cstrType() + ">";
  }
  return "";
}

void MethodPrinter::writeCallbackTrampoline(SourceWriter &W, const ParamPlan &P,
                                            size_t Index) {
  std::vector<std::string> Params;
  std::string Call = "f(";
  bool First = true;
  for (size_t J = 0; J < P.CallbackParams.size(); ++J) {
    const std::string &T = P.CallbackParams[J];
    if (T.empty()) {
      Params.push_back("user: *mut core::ffi::c_void");
      continue;
    }
    Params.push_back(fmt::format("a{}: {}", J, T));
    Call += (First ? "" : ", ") + fmt::format("a{}", J);
    First = false;
  }
  Call += ")";
  std::string Generic = fmt::format("F{}", Index);
  std::string Bound = Generics[0];
  for (const std::string &G : Generics)
    if (llvm::StringRef(G).starts_with(Generic + ":"))
      Bound = G;
  writeFnHead(
      W, fmt::format("unsafe extern \"C\" fn trampoline_{}<{}>", Index, Bound),
      Params, P.CallbackReturn.empty() ? "" : " -> " + P.CallbackReturn);
  bool Confirmed = true;
  for (const Inference &A : Plan.Assumptions)
    Confirmed &= A.Rule != "param.callback-user-data";
  bool Shared = P.OwnedByReceiver && handle(Plan.ReceiverHandle)->Sync;
  if (P.OwnedByReceiver)
    W.line(
        "// SAFETY: `user` is the `" + Generic +
        "` the receiver owns; the rules file says C calls it only "
        "before the receiver's destructor has run" +
        (Shared ? "; it is `Fn + Sync`, so concurrent calls share it." : "."));
  else
    W.line("// SAFETY: `user` is the `&mut " + Generic +
           "` passed with this trampoline; " +
           (Confirmed ? "the rules file confirms that C hands it back only "
                        "during the call."
                      : "that C hands it back only during the call is a "
                        "guess the caller vouches for (`# Safety`)."));
  W.line(fmt::format("let f = unsafe {{ &{}*user.cast::<{}>() }};",
                     Shared ? "" : "mut ", Generic));
  W.line(Call);
  W.close();
}

std::string MethodPrinter::safetyText() const {
  std::vector<std::string> Facts;
  for (const ParamPlan &P : Plan.Params) {
    switch (P.Kind) {
    case ParamKind::Receiver:
      Facts.push_back(std::string(P.Consumed ? "`this`" : "`self`") +
                      " wraps a valid `" +
                      Ctx.M.item(handle(P.HandleIndex)->Record).Name + "`" +
                      (P.Consumed ? " that nothing uses after the call" : ""));
      break;
    case ParamKind::ItemCount:
      Facts.push_back("`" + Plan.Params[P.SizeIndex].Name + " * " + P.Name +
                      "` is at most `" + Plan.Params[P.BufferIndex].Name +
                      ".len()` bytes");
      break;
    case ParamKind::CStr:
      Facts.push_back("`" + P.Name + "` is NUL-terminated");
      break;
    case ParamKind::Slice:
      Facts.push_back("`" + P.Name + "` is valid for `" + P.Name +
                      ".len()` elements");
      break;
    case ParamKind::OutValue:
    case ParamKind::OutHandle:
      Facts.push_back("`" + P.Name + "` points to a local");
      break;
    case ParamKind::HandleRef:
      Facts.push_back("`" + P.Name + "` wraps a valid object");
      break;
    case ParamKind::Callback:
      Facts.push_back(P.OwnedByReceiver
                          ? "the receiver owns the closure until it is dropped"
                          : "the closure outlives the call");
      break;
    case ParamKind::Fixed:
      Facts.push_back("argument " + P.Name + " is the rules file's value");
      break;
    default:
      break;
    }
  }
  if (!Plan.Assumptions.empty())
    Facts.push_back("the caller vouches for the guesses in `# Safety`");
  if (Facts.empty())
    return "// SAFETY: `" + Plan.CName +
           "` takes only values; it has no pointer preconditions.";
  std::string Text = "// SAFETY: ";
  for (size_t I = 0; I < Facts.size(); ++I)
    Text += (I ? "; " : "") + Facts[I];
  return Text + ".";
}

void MethodPrinter::print(SourceWriter &W) {
  collectParams();
  W.line("/// Calls `" + Plan.CName + "`.");
  std::string Rules;
  for (const Inference &I : Plan.Inferences)
    Rules += (Rules.empty() ? "" : ", ") + I.Rule;
  W.line("/// Rules: " + Rules + ".");
  if (!Plan.Assumptions.empty()) {
    W.line("///");
    W.line("/// # Safety");
    W.line("///");
    W.line("/// The skeleton guessed what this call's soundness rests on; the "
           "caller makes");
    W.line("/// sure each holds (or the rules file confirms the rule, and the "
           "wrapper is safe):");
    for (const Inference &A : Plan.Assumptions)
      W.line("/// - `" + A.Rule + "`: " + A.Detail + ".");
  }
  writeReviews(W, Plan.Inferences);
  std::string Head = (Plan.Assumptions.empty() ? "pub fn " : "pub unsafe fn ") +
                     Plan.RustName + genericList();
  writeFnHead(W, Head, SafeParams, returnType());
  for (size_t I = 0; I < Plan.Params.size(); ++I)
    if (Plan.Params[I].Kind == ParamKind::Callback)
      writeCallbackTrampoline(W, Plan.Params[I], I);
  for (const auto &[Local, Init] : OutLocals) {
    backends::RustType InitValue;
    InitValue.Flat = Init;
    W.assignment(Local, InitValue);
  }
  bool Consumed = !Plan.Params.empty() && Plan.Params[0].Consumed;
  bool OwnsClosures = Plan.ReceiverHandle >= 0 &&
                      handleOwnsClosures(Ctx.Model, Plan.ReceiverHandle);
  if (Consumed)
    W.line(std::string("let ") + (OwnsClosures ? "mut " : "") +
           "this = core::mem::ManuallyDrop::new(self);");
  for (size_t I = 0; I < Plan.Params.size(); ++I) {
    if (!Plan.Params[I].OwnedByReceiver)
      continue;
    // The closure lives in the handle, which drops it after its destructor.
    W.line("self.closures.push(Box::new(" + Plan.Params[I].Name + "));");
    W.line(fmt::format("let user: *mut F{} = self", I));
    W.indent();
    W.line(".closures");
    W.line(".last_mut()");
    W.line(fmt::format(".and_then(|c| c.downcast_mut::<F{}>())", I));
    W.line(".unwrap();");
    W.dedent();
  }
  W.line(safetyText());
  bool UsesRet = Plan.Return.Kind != ReturnKind::Unit;
  writeUnsafeCall(W, UsesRet ? "let ret = " : "", Ctx.rawFn(Plan.Function),
                  Args, ";");
  if (Consumed && OwnsClosures)
    W.line("drop(core::mem::take(&mut this.closures));");
  writeResult(W);
  W.close();
}

void writeMethod(WriteContext &Ctx, SourceWriter &W, const MethodPlan &Plan) {
  MethodPrinter(Ctx, Plan).print(W);
}

} // namespace kbindgen::rustsafe
