//===- ParamMapping.cpp - C parameters to safe Rust parameters ------------===//
//
// Each C parameter becomes a safe one, disappears into another (a slice's
// length, a callback's user data, a value fixed by the rules file) or turns
// into part of the return value (out-parameters). A parameter with no safe
// shape leaves the function unwrapped, with the reason.
//
//===----------------------------------------------------------------------===//

#include "SafeModel.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/Support/Regex.h"

#include <fmt/format.h>

namespace kbindgen::rustsafe {

using namespace ir;

/// The Rust name of each parameter (Analysis::ParamNames).
using ParamNames = std::vector<std::string>;

static llvm::Error notWrapped(const std::string &Why) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(), Why);
}

/// A parameter that can be the length of the pointer before it: an integer,
/// named like a length when it has a name.
static bool isLengthParam(const Module &M, const Item &Fn, size_t Index,
                          bool *Guess) {
  const FunctionSignature *Sig = signatureOf(M, Fn);
  if (Index >= Sig->Params.size() || !isIntegerType(M, Sig->Params[Index]))
    return false;
  const auto &Names = Fn.as<Function>().ParamNames;
  if (Index >= Names.size() || Names[Index].empty()) {
    *Guess = true;
    return true;
  }
  static const llvm::Regex Length(
      "^(n|len|length|size|count|num|nbytes|n[A-Z_].*|.*(len|size|count|"
      "Len|Size|Count|bytes|Bytes))$");
  *Guess = false;
  return Length.match(Names[Index]);
}

/// The pointee of a pointer type as a safe element type (`u8` for void and
/// the character types, the primitive otherwise), or empty.
static std::string elementType(const Module &M, TypeId Pointer, bool *IsConst) {
  TypeId P = M.resolveTypedefs(Pointer);
  if (!P.isValid() || M.type(P).Kind != TypeKind::Pointer)
    return "";
  TypeId Pointee = M.type(P).Pointee;
  TypeId R = M.resolveTypedefs(Pointee);
  *IsConst = M.type(Pointee).IsConst || M.type(R).IsConst;
  if (M.type(R).Kind == TypeKind::Void)
    return "u8";
  bool CharConst = false;
  if (isCharPointer(M, P, &CharConst))
    return "u8";
  std::string Prim = primitiveType(M, Pointee);
  return Prim == "bool" ? "" : Prim;
}

/// The function type behind a function-pointer parameter, or nullptr.
static const FunctionSignature *callbackSignature(const Module &M, TypeId Id) {
  TypeId P = M.resolveTypedefs(Id);
  if (!P.isValid() || M.type(P).Kind != TypeKind::Pointer)
    return nullptr;
  TypeId F = M.resolveTypedefs(M.type(P).Pointee);
  if (!F.isValid() || M.type(F).Kind != TypeKind::Function ||
      M.type(F).Signature >= M.Signatures.size())
    return nullptr;
  return &M.signature(M.type(F));
}

/// Whether the receiver (parameter 0) is an owning pointer handle, the
/// only kind that can own closures or be consumed by value.
static bool receiverIsOwnedPointer(const ModelInput &In, const SafeModel &Model,
                                   const Item &Fn) {
  const FunctionSignature *Sig = signatureOf(In.M, Fn);
  ItemId Record;
  if (Sig->Params.empty() ||
      pointerDepthToRecord(In.M, Sig->Params[0], &Record) != 1)
    return false;
  int H = Model.handleOf(Record);
  return H >= 0 && Model.Handles[H].Kind == HandleKind::Owned;
}

/// The rules' size×count buffers: `buf` becomes a byte slice, `size` stays
/// in the API, and `count` is the slice's length divided by `size`, so that
/// size * count never exceeds the slice.
static llvm::Error planSizeCountBuffers(const Module &M, const Item &Fn,
                                        const ParamNames &Names,
                                        const FunctionRule &Rule,
                                        std::vector<ParamPlan> &Plans,
                                        std::vector<bool> &Done) {
  const FunctionSignature *Sig = signatureOf(M, Fn);
  size_t N = Sig->Params.size();
  for (const auto &[Buffer, SizeCount] : Rule.SizeCountBuffers) {
    auto [Size, Count] = SizeCount;
    if (Buffer >= N || Size >= N || Count >= N || Done[Buffer] || Done[Size] ||
        Done[Count])
      return notWrapped(fmt::format(
          "the rules' buffers entry for parameter {} names a parameter "
          "that does not exist or is taken",
          Buffer + 1));
    bool IsConst = false;
    bool Void = isVoidPointer(M, Sig->Params[Buffer]);
    std::string Element = elementType(M, Sig->Params[Buffer], &IsConst);
    if (Element != "u8" ||
        !(Void || isCharPointer(M, Sig->Params[Buffer], &IsConst)))
      return notWrapped(fmt::format(
          "parameter {} of a size×count buffer is not a void or char pointer",
          Buffer + 1));
    std::string SizeType = primitiveType(M, Sig->Params[Size]);
    std::string CountType = primitiveType(M, Sig->Params[Count]);
    // Signed sizes could make the C product negative or wrap.
    if (SizeType.empty() || SizeType[0] != 'u' || CountType.empty() ||
        CountType[0] != 'u')
      return notWrapped(fmt::format("the size and count of buffer parameter "
                                    "{} are not unsigned integers",
                                    Buffer + 1));
    Inference Why{"param.size-count", false,
                  fmt::format("parameter {} holds parameter {} * parameter "
                              "{} bytes (rules file)",
                              Buffer + 1, Size + 1, Count + 1)};
    ParamPlan &B = Plans[Buffer];
    B.Kind = ParamKind::Slice;
    B.Name = Names[Buffer];
    B.ElementType = "u8";
    B.IsMutable = !IsConst;
    B.SizeIndex = static_cast<int>(Size);
    B.Why = Why;
    ParamPlan &S = Plans[Size];
    S.Kind = ParamKind::ElementSize;
    S.Name = Names[Size];
    S.SafeType = SizeType;
    S.BufferIndex = static_cast<int>(Buffer);
    S.Why = Why;
    ParamPlan &C = Plans[Count];
    C.Kind = ParamKind::ItemCount;
    C.Name = Names[Count];
    C.SafeType = CountType;
    C.BufferIndex = static_cast<int>(Buffer);
    C.SizeIndex = static_cast<int>(Size);
    C.Why = Why;
    Done[Buffer] = Done[Size] = Done[Count] = true;
  }
  return llvm::Error::success();
}

static llvm::Error planCallback(const Module &M, const Item &Fn,
                                const ParamNames &Names, size_t Index,
                                const FunctionSignature &CB,
                                std::vector<ParamPlan> &Plans) {
  const FunctionSignature *Sig = signatureOf(M, Fn);
  // The user-data slot: the function's only other void * parameter.
  int UserData = -1;
  for (size_t J = 0; J < Sig->Params.size(); ++J)
    if (J != Index && isVoidPointer(M, Sig->Params[J])) {
      if (UserData >= 0)
        return notWrapped("two void * parameters beside a callback");
      UserData = static_cast<int>(J);
    }
  if (UserData < 0)
    return notWrapped(fmt::format(
        "callback parameter {} has no user-data void * to carry a closure",
        Index + 1));
  ParamPlan P;
  P.Kind = ParamKind::Callback;
  P.Name = Names[Index];
  P.UserDataIndex = static_cast<unsigned>(UserData);
  bool SawUserSlot = false;
  for (TypeId T : CB.Params) {
    if (isVoidPointer(M, T) && !SawUserSlot) {
      SawUserSlot = true;
      P.CallbackParams.push_back("");
      continue;
    }
    std::string Prim = primitiveType(M, T);
    if (Prim.empty())
      return notWrapped(fmt::format(
          "callback parameter {} passes a type with no safe shape", Index + 1));
    P.CallbackParams.push_back(Prim);
  }
  if (!SawUserSlot || CB.IsVariadic)
    return notWrapped(fmt::format(
        "callback parameter {} takes no user-data void *", Index + 1));
  if (!isVoid(M, CB.Result)) {
    P.CallbackReturn = primitiveType(M, CB.Result);
    if (P.CallbackReturn.empty())
      return notWrapped("callback returns a type with no safe shape");
  }
  P.Why = {"param.callback-user-data", true,
           fmt::format("closure passed through parameter {}", UserData + 1)};
  Plans[Index] = std::move(P);
  ParamPlan U;
  U.Kind = ParamKind::UserData;
  U.Name = Names[UserData];
  U.Why = {"param.callback-user-data", true, "the closure's address"};
  Plans[UserData] = std::move(U);
  return llvm::Error::success();
}

llvm::Expected<std::vector<ParamPlan>> planParams(const ModelInput &In,
                                                  const SafeModel &Model,
                                                  ItemId FnId,
                                                  const FunctionRule *Rule) {
  const Module &M = In.M;
  const Item &Fn = M.item(FnId);
  // The analysis' names, as the raw binding's parameters have them.
  const ParamNames &Names = In.A.ParamNames[FnId.Index];
  const FunctionSignature *Sig = signatureOf(M, Fn);
  if (!Sig)
    return notWrapped("no prototype");
  if (Sig->IsVariadic)
    return notWrapped("variadic");
  size_t N = Sig->Params.size();
  std::vector<ParamPlan> Plans(N);
  std::vector<bool> Done(N, false);
  // Callbacks first: they claim their user-data parameter wherever it is.
  for (size_t I = 0; I < N; ++I)
    if (const FunctionSignature *CB = callbackSignature(M, Sig->Params[I])) {
      if (Rule && Rule->FixedArgs.count(static_cast<unsigned>(I)))
        continue;
      if (Rule && Rule->KeepsCallback)
        return notWrapped("C keeps the callback after the call (rules "
                          "file): no wrapper with a borrowed closure");
      bool UntilDrop = Rule && Rule->KeepsCallbackUntilDrop;
      if (UntilDrop && (In.Opts.SafeWrapperStyle != SafeStyle::Std ||
                        !receiverIsOwnedPointer(In, Model, Fn)))
        return notWrapped("C keeps the callback until the receiver is "
                          "destroyed: only a std-style owned handle can own "
                          "the closure");
      if (auto E = planCallback(M, Fn, Names, I, *CB, Plans))
        return E;
      if (UntilDrop) {
        Inference Why{"param.callback-owned", false,
                      "the receiver owns the closure until its destructor "
                      "has run (rules file)"};
        Plans[I].OwnedByReceiver = true;
        Plans[I].Why = Why;
        Plans[Plans[I].UserDataIndex].Why = Why;
      }
      Done[I] = true;
    }
  if (Rule)
    if (auto E = planSizeCountBuffers(M, Fn, Names, *Rule, Plans, Done))
      return E;
  for (size_t I = 0; I < N; ++I) {
    if (Done[I] || Plans[I].Kind == ParamKind::UserData)
      continue;
    ParamPlan &P = Plans[I];
    P.Name = Names[I];
    TypeId T = Sig->Params[I];
    if (Rule) {
      auto Fixed = Rule->FixedArgs.find(static_cast<unsigned>(I));
      if (Fixed != Rule->FixedArgs.end()) {
        P.Kind = ParamKind::Fixed;
        P.FixedExpr = Fixed->second;
        P.Why = {"param.rules-fixed", false, "argument given by the rules"};
        continue;
      }
    }
    ItemId Record;
    unsigned Depth = pointerDepthToRecord(M, T, &Record);
    int H = Depth ? Model.handleOf(Record) : -1;
    if (Depth == 1 && H >= 0) {
      bool IsConst = false;
      pointeeRecord(M, T, &IsConst);
      P.Kind = I == 0 ? ParamKind::Receiver : ParamKind::HandleRef;
      P.HandleIndex = H;
      P.IsMutable = !IsConst;
      P.Why = {I == 0 ? "param.receiver" : "param.handle-ref", false,
               IsConst ? "const pointer: shared borrow"
                       : "pointer: exclusive borrow"};
      if (I == 0 && Rule && Rule->FreesReceiver) {
        if (!receiverIsOwnedPointer(In, Model, Fn))
          return notWrapped("the call frees its receiver (rules file), "
                            "which is not an owned handle");
        P.Consumed = true;
        P.Why = {"param.receiver-consumed", false,
                 "the call frees it (rules file): `self` by value"};
      }
      continue;
    }
    if (Depth == 2 && H >= 0 && Model.Handles[H].Kind != HandleKind::Borrowed &&
        Model.Handles[H].Kind != HandleKind::Embedded) {
      P.Kind = ParamKind::OutHandle;
      P.HandleIndex = H;
      P.Why = {"owned.ctor-out-ptr", true,
               "filled with a new " + Model.Handles[H].RustName};
      continue;
    }
    if (Depth)
      return notWrapped(fmt::format("parameter {} points to {}, not a handle",
                                    I + 1, M.item(Record).Name));
    std::string Prim = primitiveType(M, T);
    if (!Prim.empty()) {
      P.Kind = Prim == "bool" ? ParamKind::Bool : ParamKind::Value;
      P.SafeType = Prim;
      P.Why = {"param.value", false, Prim};
      continue;
    }
    bool IsConst = false;
    std::string Element = elementType(M, T, &IsConst);
    if (Element.empty())
      return notWrapped(fmt::format("parameter {} has no safe shape", I + 1));
    bool LengthGuess = false;
    if (I + 1 < N && !Done[I + 1] &&
        isLengthParam(M, Fn, I + 1, &LengthGuess) &&
        !(Rule && Rule->FixedArgs.count(static_cast<unsigned>(I + 1)))) {
      P.Kind = ParamKind::Slice;
      P.ElementType = Element;
      P.IsMutable = !IsConst;
      // Even a length named so may count other units (gzfread's size).
      P.Why = {"param.ptr-len", true,
               fmt::format("parameter {} is the length (guessed from its {})",
                           I + 2, LengthGuess ? "position" : "name")};
      Plans[I + 1].Kind = ParamKind::Length;
      Plans[I + 1].Name = Names[I + 1];
      Plans[I + 1].SafeType = primitiveType(M, Sig->Params[I + 1]);
      Plans[I + 1].Why = P.Why;
      Done[I + 1] = true;
      continue;
    }
    bool CharConst = false;
    if (isCharPointer(M, T, &CharConst) && CharConst) {
      P.Kind = ParamKind::CStr;
      P.Why = {"param.cstr", false, "const char *: NUL-terminated"};
      continue;
    }
    if (isVoidPointer(M, T))
      return notWrapped(
          fmt::format("parameter {} is an untyped pointer", I + 1));
    if (!IsConst) {
      P.Kind = ParamKind::OutValue;
      P.ElementType = Element;
      P.Why = {"param.out", true,
               "pointer to " + Element + " read as an out-parameter"};
      continue;
    }
    return notWrapped(fmt::format("parameter {} is a pointer to one const {}",
                                  I + 1, Element));
  }
  return Plans;
}

} // namespace kbindgen::rustsafe
