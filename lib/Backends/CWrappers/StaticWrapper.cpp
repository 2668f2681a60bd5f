//===- StaticWrapper.cpp - One C wrapper of a static function -------------===//

#include "StaticWrapper.h"

#include "kbindgen/IR/CDeclarator.h"

#include "llvm/ADT/SmallVector.h"

#include <fmt/format.h>

namespace kbindgen::cwrappers {

namespace {

llvm::Error notWrappable(const llvm::Twine &Why) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(), Why);
}

/// The attribute that keeps a non-default calling convention on the wrapper
/// (empty for C); double-underscore spellings so no macro can expand them.
llvm::Expected<std::string> conventionAttribute(ir::CallingConv Convention) {
  switch (Convention) {
  case ir::CallingConv::C:
    return std::string();
  case ir::CallingConv::StdCall:
    return std::string("__attribute__((__stdcall__)) ");
  case ir::CallingConv::FastCall:
    return std::string("__attribute__((__fastcall__)) ");
  case ir::CallingConv::ThisCall:
    return std::string("__attribute__((__thiscall__)) ");
  case ir::CallingConv::VectorCall:
    return std::string("__attribute__((__vectorcall__)) ");
  case ir::CallingConv::Other:
    break;
  }
  return notWrappable("its calling convention is not known to kbindgen");
}

bool returnsVoid(const ir::Module &M, ir::TypeId Result) {
  ir::TypeId Resolved = M.resolveTypedefs(Result);
  return Resolved.isValid() && Resolved.Index < M.Types.size() &&
         M.type(Resolved).Kind == ir::TypeKind::Void;
}

} // namespace

std::string wrapperParamName(size_t Index) {
  return fmt::format("__kbindgen_arg_{}", Index);
}

llvm::Expected<StaticWrapper> writeStaticWrapper(const ir::Module &M,
                                                 const ir::Item &Fn,
                                                 llvm::StringRef WrapperName,
                                                 bool CalleeIsMacro) {
  const ir::Function *Function = Fn.getIf<ir::Function>();
  if (!Function)
    return notWrappable("it is not a function");
  if (!Function->Type.isValid() || Function->Type.Index >= M.Types.size() ||
      M.type(Function->Type).Kind != ir::TypeKind::Function ||
      M.type(Function->Type).Signature >= M.Signatures.size())
    return notWrappable("it has no function type in the IR");
  ir::FunctionSignature Sig = M.signature(M.type(Function->Type));

  if (Sig.IsVariadic)
    return notWrappable("it is variadic, and C cannot forward `...`");
  if (!Sig.HasPrototype) {
    // `static int f() { ... }` takes no arguments; a K&R definition with
    // parameters has types the IR does not carry.
    if (!Sig.Params.empty() || !Function->ParamNames.empty())
      return notWrappable("it has K&R-style parameters without a prototype");
    Sig.HasPrototype = true;
  }
  llvm::Expected<std::string> Convention = conventionAttribute(Sig.Convention);
  if (!Convention)
    return Convention.takeError();

  llvm::SmallVector<std::string, 8> ParamNames;
  for (size_t I = 0; I < Sig.Params.size(); ++I)
    ParamNames.push_back(wrapperParamName(I));
  llvm::Expected<std::string> Declaration =
      writeCFunctionDeclaration(M, Sig, WrapperName, ParamNames);
  if (!Declaration)
    return Declaration.takeError();

  StaticWrapper Wrapper;
  // The attribute on the prototype carries over to the definition.
  if (Sig.IsNoReturn)
    Wrapper.Prototype = "__attribute__((__noreturn__)) ";
  Wrapper.Prototype += *Convention + *Declaration + ";";

  std::string Call = CalleeIsMacro ? "(" + Fn.Name + ")" : Fn.Name;
  Call += "(";
  for (size_t I = 0; I < ParamNames.size(); ++I) {
    if (I != 0)
      Call += ", ";
    Call += ParamNames[I];
  }
  Call += ")";
  // C forbids `return g();` in a void function (clang takes it as an
  // extension that -Wpedantic reports): call and fall off the end instead.
  std::string Body = returnsVoid(M, Sig.Result) ? "{ " + Call + "; }"
                                                : "{ return " + Call + "; }";
  Wrapper.Definition = *Convention + *Declaration + " " + Body;
  return Wrapper;
}

} // namespace kbindgen::cwrappers
