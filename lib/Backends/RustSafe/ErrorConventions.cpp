//===- ErrorConventions.cpp - How a C return maps to safe Rust ------------===//
//
// The return of a function decides the error convention of its method: an
// int that is negative on error (-errno, the kernel's way) or a library's
// own error codes become Result; pointers become Option (NULL) or Result
// (ERR_PTR); `is_`/`has_` ints become bool. The rules file overrides all of
// it, per function or by name pattern.
//
//===----------------------------------------------------------------------===//

#include "SafeModel.h"

namespace kbindgen::rustsafe {

using namespace ir;

bool isCreatorName(llvm::StringRef Name) {
  static const char *const Words[] = {"new",   "create", "alloc",
                                      "open",  "dup",    "copy",
                                      "clone", "make",   "request"};
  for (const char *Word : Words)
    if (Name.contains(Word))
      return true;
  return false;
}

bool isBoolLikeName(llvm::StringRef Name) {
  static const char *const Markers[] = {"_is_", "_has_", "_can_", "_should_"};
  for (const char *Marker : Markers)
    if (Name.contains(Marker))
      return true;
  return Name.starts_with("is_") || Name.starts_with("has_") ||
         Name.starts_with("can_") || Name.ends_with("_empty") ||
         Name.ends_with("_valid") || Name.ends_with("_enabled");
}

static ReturnPlan plan(ReturnKind Kind, std::string Rule, bool Guess,
                       std::string Detail, std::string ValueType = "") {
  ReturnPlan P;
  P.Kind = Kind;
  P.ValueType = std::move(ValueType);
  P.Why = {std::move(Rule), Guess, std::move(Detail)};
  return P;
}

/// The convention the rules file gives an int-returning function, if any.
static std::optional<std::pair<ReturnConvention, std::string>>
ruleConvention(const SafeRules &Rules, const FunctionRule *Rule,
               llvm::StringRef Name) {
  if (Rule && Rule->Returns)
    return std::make_pair(*Rule->Returns, std::string("ret.rules"));
  for (const ConventionPattern &P : Rules.IntReturnPatterns) {
    if (P.Regex.matches(Name))
      return std::make_pair(P.Convention, std::string("ret.rules-pattern"));
  }
  if (Rules.DefaultIntReturns != ReturnConvention::Infer)
    return std::make_pair(Rules.DefaultIntReturns,
                          std::string("ret.rules-default"));
  return std::nullopt;
}

static std::optional<ReturnPlan> integerReturn(const ModelInput &In,
                                               const Item &Fn, TypeId Result,
                                               const FunctionRule *Rule,
                                               bool HasOutParams) {
  std::string Prim = primitiveType(In.M, Result);
  if (Prim == "bool")
    return plan(ReturnKind::Value, "ret.value", false, "C bool", "bool");
  auto Given = ruleConvention(In.Rules, Rule, Fn.Name);
  std::string OkType = Rule ? Rule->OkType : "";
  if (Given) {
    const std::string &RuleName = Given->second;
    std::string Detail = std::string("rules: ") + conventionName(Given->first);
    switch (Given->first) {
    case ReturnConvention::Errno:
      return plan(ReturnKind::Errno, RuleName, false, Detail, OkType);
    case ReturnConvention::Code: {
      ReturnPlan P = plan(ReturnKind::Code, RuleName, false, Detail, OkType);
      if (Rule)
        P.OkCodes = Rule->OkCodes;
      if (!P.OkCodes.empty() && P.ValueType.empty())
        P.ValueType = Prim;
      return P;
    }
    case ReturnConvention::Bool:
      return plan(ReturnKind::Bool, RuleName, false, Detail);
    case ReturnConvention::Value:
      return plan(ReturnKind::Value, RuleName, false, Detail, Prim);
    default:
      break; // A pointer convention on an int: fall through to inference.
    }
  }
  if (isBoolLikeName(Fn.Name))
    return plan(ReturnKind::Bool, "ret.bool-like-name", true,
                "int return of a predicate name");
  bool Signed = !Prim.empty() && Prim[0] == 'i';
  if (!Signed)
    return plan(ReturnKind::Value, "ret.value", false, "unsigned return", Prim);
  if (In.Opts.SafeWrapperStyle == SafeStyle::Kernel)
    return plan(ReturnKind::Errno, "ret.kernel-errno", false,
                "int return: negative is -errno (kernel convention)", OkType);
  // Beside out-parameters the int is a status: -errno and positive codes
  // (SQLite's) both read as errors.
  if (HasOutParams && OkType.empty())
    return plan(ReturnKind::Code, "ret.status-guess", true,
                "int return beside out-parameters read as a status: zero is "
                "success, anything else an error");
  // A rules-given Ok type asks for a Result; without it the value is kept
  // as is: a count, a position, -errno or a positive error code alike.
  if (!OkType.empty())
    return plan(ReturnKind::Errno, "ret.errno-guess", true,
                "signed int return read as negative -errno", OkType);
  return plan(ReturnKind::Value, "ret.value-guess", true,
              "signed int return kept as is: a count, -errno or an error "
              "code, the skeleton cannot tell",
              Prim);
}

std::optional<ReturnPlan> planReturn(const ModelInput &In,
                                     const SafeModel &Model, const Item &Fn,
                                     const FunctionRule *Rule,
                                     bool HasOutParams) {
  const Module &M = In.M;
  const FunctionSignature *Sig = signatureOf(M, Fn);
  if (!Sig)
    return std::nullopt;
  TypeId Result = Sig->Result;
  if (Sig->IsNoReturn || isVoid(M, Result))
    return plan(ReturnKind::Unit, "ret.void", false,
                HasOutParams ? "out-parameters are the value" : "void");
  if (isIntegerType(M, Result) || primitiveType(M, Result) == "bool")
    return integerReturn(In, Fn, Result, Rule, HasOutParams);
  std::string Prim = primitiveType(M, Result);
  if (!Prim.empty())
    return plan(ReturnKind::Value, "ret.value", false, "float return", Prim);
  std::optional<ReturnConvention> Given;
  if (Rule && Rule->Returns)
    Given = Rule->Returns;
  bool IsConstChar = false;
  if (isCharPointer(M, Result, &IsConstChar) && IsConstChar) {
    if (Given && *Given == ReturnConvention::Nullable)
      return plan(ReturnKind::CStr, "ret.rules", false,
                  "rules: nullable C string borrowed from the receiver");
    return plan(ReturnKind::CStr, "ret.cstr", true,
                "const char * read as a C string borrowed from the receiver");
  }
  ItemId Record;
  if (pointerDepthToRecord(M, Result, &Record) != 1)
    return std::nullopt;
  int H = Model.handleOf(Record);
  if (H < 0)
    return std::nullopt;
  bool Owning = Model.Handles[H].Kind == HandleKind::Owned ||
                Model.Handles[H].Kind == HandleKind::RefCounted;
  // A method that returns an object of an owning type hands out a new one
  // only when its name says so (sqlite3_db_handle returns the statement's
  // connection, which the caller must not close).
  const FunctionSignature *FnSig = signatureOf(M, Fn);
  bool HasReceiver = !FnSig->Params.empty() &&
                     Model.handleOf(pointeeRecord(M, FnSig->Params[0])) >= 0;
  if (Owning && HasReceiver && !isCreatorName(Fn.Name))
    Owning = false;
  bool KernelErrPtr = In.Opts.SafeWrapperStyle == SafeStyle::Kernel &&
                      (!Given || *Given == ReturnConvention::ErrPtr);
  ReturnPlan P;
  if (Given && *Given == ReturnConvention::ErrPtr)
    P = plan(ReturnKind::ErrPtr, "ret.rules", false, "rules: err_ptr");
  else if (Given && *Given == ReturnConvention::Nullable)
    P = plan(ReturnKind::Nullable, "ret.rules", false, "rules: nullable");
  else if (KernelErrPtr && Owning)
    P = plan(ReturnKind::ErrPtr, "ret.kernel-err-ptr", true,
             "kernel pointer return read as ERR_PTR-or-object");
  else if (Owning)
    P = plan(ReturnKind::NewOwned, "owned.ctor-returns-ptr", true,
             "returns a new " + Model.Handles[H].RustName +
                 " the caller owns; NULL is None");
  else
    P = plan(ReturnKind::Nullable, "ret.nullable", true,
             "pointer return read as borrowed from the receiver; NULL is "
             "None");
  P.HandleIndex = H;
  return P;
}

} // namespace kbindgen::rustsafe
