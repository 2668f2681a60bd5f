//===- SafeModel.cpp - The whole inference model --------------------------===//
//
// Handles first, then their pairs, then one plan per wrapped function: its
// receiver, parameters and return, or the reason it has no safe method.
//
//===----------------------------------------------------------------------===//

#include "SafeModel.h"

namespace kbindgen::rustsafe {

using namespace ir;

bool isAllowlisted(const ModelInput &In, llvm::StringRef Name) {
  return In.Rules.Allowlist.empty() || In.Rules.Allowlist.matches(Name);
}

bool isNameable(const Analysis &A, ItemId Id) {
  return A.isEmitted(Id) || A.decision(Id).Kind == Disposition::Blocked;
}

static std::string methodName(const ModelInput &In, ItemId Fn,
                              const FunctionRule *Rule) {
  if (Rule && !Rule->Name.empty())
    return Rule->Name;
  llvm::StringRef Name = In.A.rawCallName(Fn);
  if (!In.Rules.StripPrefix.empty() && Name.starts_with(In.Rules.StripPrefix) &&
      Name.size() > In.Rules.StripPrefix.size())
    Name = Name.drop_front(In.Rules.StripPrefix.size());
  return rustSafeIdentifier(Name);
}

static void planFunction(const ModelInput &In, SafeModel &Model, ItemId Id) {
  const Item &Fn = In.M.item(Id);
  MethodPlan Plan;
  Plan.Function = Id;
  Plan.CName = Fn.Name;
  auto RuleIt = In.Rules.Functions.find(Fn.Name);
  const FunctionRule *Rule =
      RuleIt == In.Rules.Functions.end() ? nullptr : &RuleIt->second;
  Plan.UsedRules = Rule != nullptr;
  Plan.RustName = methodName(In, Id, Rule);
  auto Finish = [&](std::string Reason) {
    Plan.NotWrappedReason = std::move(Reason);
    Model.Methods.push_back(std::move(Plan));
  };
  if (Rule && Rule->Skip)
    return Finish("skipped by the rules file");
  llvm::Expected<std::vector<ParamPlan>> Params =
      planParams(In, Model, Id, Rule);
  if (!Params)
    return Finish(llvm::toString(Params.takeError()));
  Plan.Params = std::move(*Params);
  unsigned Outs = 0, OutHandles = 0;
  int OutHandle = -1;
  for (const ParamPlan &P : Plan.Params) {
    Outs += P.Kind == ParamKind::OutValue;
    if (P.Kind == ParamKind::OutHandle) {
      ++OutHandles;
      OutHandle = P.HandleIndex;
    }
  }
  if (OutHandles > 1 || (OutHandles && Outs))
    return Finish("more than one new handle or a handle beside out-values");
  if (!Plan.Params.empty() && Plan.Params[0].Kind == ParamKind::Receiver) {
    Plan.ReceiverHandle = Plan.Params[0].HandleIndex;
    Plan.ReceiverMutable = Plan.Params[0].IsMutable;
  }
  std::optional<ReturnPlan> Return =
      planReturn(In, Model, Fn, Rule, Outs + OutHandles > 0);
  if (!Return)
    return Finish("the return type has no safe shape");
  Plan.Return = std::move(*Return);
  ReturnKind RK = Plan.Return.Kind;
  if (Outs + OutHandles > 0 && RK != ReturnKind::Unit &&
      RK != ReturnKind::Errno && RK != ReturnKind::Code)
    return Finish("out-parameters beside a value return");
  if (Outs + OutHandles > 0 && !Plan.Return.ValueType.empty())
    return Finish("out-parameters beside an Ok value");
  if (Plan.ReceiverHandle < 0) {
    if (OutHandles) {
      Plan.IsConstructor = true;
      Plan.ReceiverHandle = OutHandle;
    } else if (Plan.Return.HandleIndex >= 0 &&
               (RK == ReturnKind::NewOwned || RK == ReturnKind::ErrPtr) &&
               Model.Handles[Plan.Return.HandleIndex].Kind !=
                   HandleKind::Borrowed) {
      Plan.IsConstructor = true;
      Plan.ReceiverHandle = Plan.Return.HandleIndex;
    }
  }
  Plan.Inferences.push_back(Plan.Return.Why);
  // Unique only while the lender stays mutably borrowed: `&self` lenders
  // could lend the same object twice.
  if (Rule && Rule->LendsUnique && RK == ReturnKind::Nullable &&
      Model.Handles[Plan.Return.HandleIndex].Kind == HandleKind::Owned &&
      Plan.ReceiverHandle >= 0 && Plan.ReceiverMutable) {
    Plan.Return.UniqueLend = true;
    Plan.UsedRules = true;
    Plan.Inferences.push_back({"ret.lent-unique", false,
                               "rules: lends_unique with a `&mut self` "
                               "receiver"});
  }
  for (const ParamPlan &P : Plan.Params) {
    if (P.Why.Rule.empty())
      continue;
    bool Seen = false;
    for (const Inference &I : Plan.Inferences)
      Seen |= I.Rule == P.Why.Rule;
    if (!Seen)
      Plan.Inferences.push_back(P.Why);
    Plan.UsedRules |= P.Kind == ParamKind::Fixed;
  }
  Plan.UsedRules |=
      llvm::StringRef(Plan.Return.Why.Rule).starts_with("ret.rules");
  collectAssumptions(In, Model, Plan);
  Model.Methods.push_back(std::move(Plan));
}

SafeModel buildSafeModel(const ModelInput &In) {
  SafeModel Model;
  inferHandles(In, Model);
  inferPairs(In, Model);
  for (size_t I = 0; I < In.M.Items.size(); ++I) {
    const Item &It = In.M.Items[I];
    ItemId Id{static_cast<uint32_t>(I)};
    if (It.kind() != ItemKind::Function || !In.A.isEmitted(Id) ||
        !isAllowlisted(In, It.Name) || Model.PairedFunctions.count(Id.Index))
      continue;
    planFunction(In, Model, Id);
  }
  return Model;
}

} // namespace kbindgen::rustsafe
