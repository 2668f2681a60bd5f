//===- SafeJson.cpp - The safe model as JSON, for the IR dump -------------===//
//
// Every handle, pair and function plan with the rule that made each
// inference, under one optional top-level key ("safe") of the IR dump.
//
//===----------------------------------------------------------------------===//

#include "SafeModel.h"

#include "kbindgen/Backends/Backends.h"

namespace kbindgen {

namespace rustsafe {

namespace json = llvm::json;

static json::Value inference(const Inference &I) {
  return json::Object{
      {"rule", I.Rule}, {"guess", I.IsGuess}, {"detail", I.Detail}};
}

static json::Value itemRef(ir::ItemId Id) {
  return Id.isValid() ? json::Value(static_cast<int64_t>(Id.Index))
                      : json::Value(nullptr);
}

static const char *handleKindName(HandleKind Kind) {
  switch (Kind) {
  case HandleKind::Owned:
    return "owned";
  case HandleKind::RefCounted:
    return "refcounted";
  case HandleKind::Embedded:
    return "embedded";
  case HandleKind::Borrowed:
    return "borrowed";
  }
  return "borrowed";
}

static const char *returnKindName(ReturnKind Kind) {
  switch (Kind) {
  case ReturnKind::Unit:
    return "unit";
  case ReturnKind::Value:
    return "value";
  case ReturnKind::Bool:
    return "bool";
  case ReturnKind::Errno:
    return "errno";
  case ReturnKind::Code:
    return "code";
  case ReturnKind::ErrPtr:
    return "err_ptr";
  case ReturnKind::Nullable:
    return "nullable";
  case ReturnKind::CStr:
    return "cstr";
  case ReturnKind::NewOwned:
    return "new_owned";
  }
  return "unit";
}

static const char *paramKindName(ParamKind Kind) {
  switch (Kind) {
  case ParamKind::Receiver:
    return "receiver";
  case ParamKind::Value:
    return "value";
  case ParamKind::Bool:
    return "bool";
  case ParamKind::CStr:
    return "cstr";
  case ParamKind::Slice:
    return "slice";
  case ParamKind::Length:
    return "length";
  case ParamKind::OutValue:
    return "out_value";
  case ParamKind::OutHandle:
    return "out_handle";
  case ParamKind::HandleRef:
    return "handle_ref";
  case ParamKind::Callback:
    return "callback";
  case ParamKind::UserData:
    return "user_data";
  case ParamKind::Fixed:
    return "fixed";
  case ParamKind::ElementSize:
    return "element_size";
  case ParamKind::ItemCount:
    return "item_count";
  }
  return "value";
}

static json::Value modelJson(const SafeModel &Model, const Options &Opts) {
  json::Array Handles;
  for (const Handle &H : Model.Handles) {
    json::Array Locks;
    for (const LockPair &L : H.Locks)
      Locks.push_back(json::Object{{"lock", itemRef(L.Lock)},
                                   {"unlock", itemRef(L.Unlock)},
                                   {"trylock", itemRef(L.TryLock)},
                                   {"inference", inference(L.Why)}});
    json::Object O{{"record", itemRef(H.Record)},
                   {"name", H.RustName},
                   {"kind", handleKindName(H.Kind)},
                   {"inference", inference(H.Why)},
                   {"destructor", itemRef(H.Destructor)},
                   {"get", itemRef(H.Get)},
                   {"put", itemRef(H.Put)},
                   {"locks", std::move(Locks)}};
    if (!H.OwnershipWhy.Rule.empty())
      O["ownership"] = inference(H.OwnershipWhy);
    // Only the rules file's thread_safe sets these.
    if (H.Send || H.Sync)
      O["thread_safe"] = json::Object{{"send", H.Send}, {"sync", H.Sync}};
    Handles.push_back(std::move(O));
  }
  json::Array Functions;
  for (const MethodPlan &P : Model.Methods) {
    json::Object O{{"function", itemRef(P.Function)},
                   {"name", P.CName},
                   {"rules_file", P.UsedRules}};
    if (!P.NotWrappedReason.empty()) {
      O["not_wrapped"] = P.NotWrappedReason;
      Functions.push_back(std::move(O));
      continue;
    }
    O["method"] = P.RustName;
    O["handle"] = P.ReceiverHandle >= 0 ? json::Value(P.ReceiverHandle)
                                        : json::Value(nullptr);
    O["constructor"] = P.IsConstructor;
    O["return"] = json::Object{{"kind", returnKindName(P.Return.Kind)},
                               {"inference", inference(P.Return.Why)}};
    json::Array Params;
    for (const ParamPlan &Param : P.Params)
      Params.push_back(json::Object{{"name", Param.Name},
                                    {"kind", paramKindName(Param.Kind)},
                                    {"inference", inference(Param.Why)}});
    O["params"] = std::move(Params);
    Functions.push_back(std::move(O));
  }
  json::Array Paired;
  for (const auto &[Index, Role] : Model.PairedFunctions)
    Paired.push_back(json::Object{{"function", static_cast<int64_t>(Index)},
                                  {"role", Role}});
  return json::Object{
      {"style", Opts.SafeWrapperStyle == SafeStyle::Kernel ? "kernel" : "std"},
      {"handles", std::move(Handles)},
      {"functions", std::move(Functions)},
      {"paired", std::move(Paired)}};
}

} // namespace rustsafe

llvm::Expected<llvm::json::Value> safeInferencesJson(const ir::Module &M,
                                                     const Analysis &A,
                                                     const Options &Opts) {
  using namespace rustsafe;
  llvm::Expected<SafeRules> Rules = loadSafeRules(Opts);
  if (!Rules)
    return Rules.takeError();
  SafeModel Model = buildSafeModel({M, A, Opts, *Rules});
  return modelJson(Model, Opts);
}

} // namespace kbindgen
