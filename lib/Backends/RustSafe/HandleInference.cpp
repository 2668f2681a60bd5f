//===- HandleInference.cpp - Which records become handle types ------------===//
//
// A record that a wrapped function takes by pointer as its first parameter is
// a handle: the functions become its methods. Whether the handle owns the
// object is decided later from the pairs (PairInference.cpp); here we only
// note which handles also live by value inside other records (embedded).
//
//===----------------------------------------------------------------------===//

#include "SafeModel.h"

#include <set>

namespace kbindgen::rustsafe {

using namespace ir;

/// Records some emitted record holds by value (the kernel's `struct mutex`
/// inside a device): their address is the object, so they cannot be owned
/// by a pointer we free.
static std::set<uint32_t> embeddedRecords(const ModelInput &In) {
  std::set<uint32_t> Embedded;
  for (const Item &It : In.M.Items) {
    const auto *R = It.getIf<Record>();
    if (!R)
      continue;
    for (const Field &F : R->Fields) {
      if (!F.Type.isValid())
        continue;
      TypeId T = In.M.resolveTypedefs(F.Type);
      const Type &FT = In.M.type(T);
      if (FT.Kind == TypeKind::Named && FT.Item.isValid() &&
          In.M.item(FT.Item).kind() == ItemKind::Record)
        Embedded.insert(FT.Item.Index);
    }
  }
  return Embedded;
}

static void addHandle(const ModelInput &In, SafeModel &Model, ItemId Record,
                      Inference Why) {
  if (Model.handleOf(Record) >= 0)
    return;
  Handle H;
  H.Record = Record;
  const std::string &CName = In.M.item(Record).Name;
  auto Rule = In.Rules.Types.find(CName);
  H.RustName = Rule != In.Rules.Types.end() && !Rule->second.Name.empty()
                   ? Rule->second.Name
                   : camelCase(CName);
  // Thread safety is never inferred: a C type says nothing about it.
  if (Rule != In.Rules.Types.end()) {
    H.Send = Rule->second.Send;
    H.Sync = Rule->second.Sync;
  }
  H.Why = std::move(Why);
  Model.HandleOfRecord[Record.Index] = static_cast<int>(Model.Handles.size());
  Model.Handles.push_back(std::move(H));
}

void inferHandles(const ModelInput &In, SafeModel &Model) {
  const Module &M = In.M;
  // Records named in the rules file are handles whatever takes them.
  for (size_t I = 0; I < M.Items.size(); ++I) {
    const Item &It = M.Items[I];
    ItemId Id{static_cast<uint32_t>(I)};
    if (It.kind() != ItemKind::Record || It.Name.empty() ||
        !isNameable(In.A, Id) || !In.Rules.Types.count(It.Name))
      continue;
    addHandle(In, Model, Id,
              {"handle.rules", false, "named in the rules file"});
  }
  for (size_t I = 0; I < M.Items.size(); ++I) {
    const Item &It = M.Items[I];
    ItemId Id{static_cast<uint32_t>(I)};
    if (It.kind() != ItemKind::Function || !In.A.isEmitted(Id) ||
        !isAllowlisted(In, It.Name))
      continue;
    const FunctionSignature *Sig = signatureOf(M, It);
    if (!Sig || Sig->Params.empty())
      continue;
    ItemId Record = pointeeRecord(M, Sig->Params[0]);
    if (!Record.isValid() || M.item(Record).Name.empty() ||
        !isNameable(In.A, Record))
      continue;
    addHandle(In, Model, Record,
              {"handle.first-param", false,
               "taken by pointer as the first parameter of " + It.Name});
  }
  std::set<uint32_t> Embedded = embeddedRecords(In);
  for (Handle &H : Model.Handles)
    if (Embedded.count(H.Record.Index)) {
      H.Kind = HandleKind::Embedded;
      H.OwnershipWhy = {"handle.embedded", false,
                        "held by value in another record"};
    }
}

} // namespace kbindgen::rustsafe
