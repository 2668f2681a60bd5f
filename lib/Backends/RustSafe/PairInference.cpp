//===- PairInference.cpp - Destructors, get/put and lock/unlock pairs -----===//
//
// Pairs are found by shape and name: a one-parameter function on the handle
// whose name has a destructor word owns the handle's lifetime (Drop); a get
// and a put make it reference counted (Clone/Drop); X_lock and X_unlock make
// a guard. The rules file can name any of them instead.
//
//===----------------------------------------------------------------------===//

#include "SafeModel.h"

#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringExtras.h"

namespace kbindgen::rustsafe {

using namespace ir;

bool hasNameWord(llvm::StringRef Name,
                 std::initializer_list<llvm::StringRef> Words) {
  llvm::SmallVector<llvm::StringRef, 8> Parts;
  Name.split(Parts, '_', -1, false);
  for (llvm::StringRef Part : Parts)
    for (llvm::StringRef W : Words)
      if (Part.equals_insensitive(W))
        return true;
  return false;
}

bool isDestructorName(llvm::StringRef Name) {
  static const llvm::StringRef Words[] = {"free",     "destroy", "close",
                                          "release",  "delete",  "dispose",
                                          "finalize", "fini",    "finish"};
  // Whole words between `_`, or a word glued to a short library prefix:
  // gzclose, fclose, XFree.
  llvm::SmallVector<llvm::StringRef, 8> Parts;
  Name.split(Parts, '_', -1, false);
  for (llvm::StringRef Part : Parts)
    for (llvm::StringRef W : Words)
      if (Part.equals_insensitive(W) ||
          (Part.size() > W.size() && Part.size() <= W.size() + 3 &&
           Part.ends_with_insensitive(W)))
        return true;
  return false;
}

bool isGetName(llvm::StringRef Name) {
  return hasNameWord(Name, {"get", "ref", "hold", "grab", "retain"});
}

bool isPutName(llvm::StringRef Name) {
  return hasNameWord(Name, {"put", "unref", "drop", "release"});
}

/// A function whose only parameter is a pointer to Record.
static bool takesOnly(const Module &M, const Item &Fn, ItemId Record) {
  const FunctionSignature *Sig = signatureOf(M, Fn);
  if (!Sig || Sig->Params.size() != 1 || Sig->IsVariadic)
    return false;
  ItemId Taken;
  return pointerDepthToRecord(M, Sig->Params[0], &Taken) == 1 &&
         Taken == Record;
}

static bool returnsVoidOrInt(const Module &M, const Item &Fn) {
  const FunctionSignature *Sig = signatureOf(M, Fn);
  return Sig && (isVoid(M, Sig->Result) || isIntegerType(M, Sig->Result));
}

/// get_task_struct returns the task it took a reference on.
static bool returnsPointerTo(const Module &M, const Item &Fn, ItemId Record) {
  const FunctionSignature *Sig = signatureOf(M, Fn);
  ItemId Returned;
  return Sig && pointerDepthToRecord(M, Sig->Result, &Returned) == 1 &&
         Returned == Record;
}

/// The emitted, allowlisted function called Name, or invalid.
static ItemId functionNamed(const ModelInput &In, llvm::StringRef Name) {
  for (size_t I = 0; I < In.M.Items.size(); ++I) {
    const Item &It = In.M.Items[I];
    ItemId Id{static_cast<uint32_t>(I)};
    if (It.kind() == ItemKind::Function && It.Name == Name &&
        In.A.isEmitted(Id))
      return Id;
  }
  return {};
}

static void findLocks(const ModelInput &In, SafeModel &Model, Handle &H,
                      const std::vector<ItemId> &Candidates) {
  for (ItemId Id : Candidates) {
    llvm::StringRef Name = In.M.item(Id).Name;
    size_t At = Name.rfind("_lock");
    if (At == llvm::StringRef::npos || At + 5 != Name.size())
      continue;
    std::string Stem = Name.substr(0, At).str();
    ItemId Unlock = functionNamed(In, Stem + "_unlock");
    if (!Unlock.isValid() || !takesOnly(In.M, In.M.item(Unlock), H.Record))
      continue;
    LockPair P;
    P.Lock = Id;
    P.Unlock = Unlock;
    P.Stem = Stem;
    ItemId Try = functionNamed(In, Stem + "_trylock");
    if (Try.isValid() && takesOnly(In.M, In.M.item(Try), H.Record))
      P.TryLock = Try;
    bool Confirmed = In.Rules.confirms(Name, "pair.lock-unlock");
    P.Why = {Confirmed ? "pair.lock-unlock (confirmed)" : "pair.lock-unlock",
             !Confirmed,
             Name.str() + " / " + Stem + "_unlock" +
                 (P.TryLock.isValid() ? " / " + Stem + "_trylock" : "")};
    Model.PairedFunctions[Id.Index] = "lock of " + H.RustName;
    Model.PairedFunctions[Unlock.Index] = "unlock of " + H.RustName;
    if (P.TryLock.isValid())
      Model.PairedFunctions[P.TryLock.Index] = "trylock of " + H.RustName;
    H.Locks.push_back(std::move(P));
  }
}

static ItemId ruleFunction(const ModelInput &In, const std::string &Name,
                           ItemId Record) {
  if (Name.empty())
    return {};
  ItemId Id = functionNamed(In, Name);
  if (Id.isValid() && takesOnly(In.M, In.M.item(Id), Record))
    return Id;
  return {};
}

void inferPairs(const ModelInput &In, SafeModel &Model) {
  const Module &M = In.M;
  for (Handle &H : Model.Handles) {
    std::vector<ItemId> Candidates;
    for (size_t I = 0; I < M.Items.size(); ++I) {
      const Item &It = M.Items[I];
      ItemId Id{static_cast<uint32_t>(I)};
      if (It.kind() == ItemKind::Function && In.A.isEmitted(Id) &&
          isAllowlisted(In, It.Name) && takesOnly(M, It, H.Record) &&
          (returnsVoidOrInt(M, It) || returnsPointerTo(M, It, H.Record)))
        Candidates.push_back(Id);
    }
    const std::string &CName = M.item(H.Record).Name;
    auto TypeRuleIt = In.Rules.Types.find(CName);
    const TypeRule *TR =
        TypeRuleIt == In.Rules.Types.end() ? nullptr : &TypeRuleIt->second;
    findLocks(In, Model, H, Candidates);

    ItemId Get = TR ? ruleFunction(In, TR->Get, H.Record) : ItemId{};
    ItemId Put = TR ? ruleFunction(In, TR->Put, H.Record) : ItemId{};
    bool GetPutFromRules = Get.isValid() && Put.isValid();
    if (!GetPutFromRules) {
      Get = Put = {};
      for (ItemId Id : Candidates) {
        llvm::StringRef Name = M.item(Id).Name;
        if (!Get.isValid() && isGetName(Name) && !isPutName(Name))
          Get = Id;
        else if (!Put.isValid() && isPutName(Name) &&
                 isVoid(M, signatureOf(M, M.item(Id))->Result))
          Put = Id;
      }
    }
    // A counted object may also live inside another (kobject): the count
    // still decides its lifetime.
    if (Get.isValid() && Put.isValid()) {
      H.Kind = HandleKind::RefCounted;
      H.Get = Get;
      H.Put = Put;
      H.OwnershipWhy = {GetPutFromRules ? "refcount.rules" : "refcount.get-put",
                        !GetPutFromRules,
                        M.item(Get).Name + " / " + M.item(Put).Name};
      Model.PairedFunctions[Get.Index] = "get of " + H.RustName;
      Model.PairedFunctions[Put.Index] = "put of " + H.RustName;
      continue;
    }
    ItemId Dtor = TR ? ruleFunction(In, TR->Destructor, H.Record) : ItemId{};
    bool DtorFromRules = Dtor.isValid();
    if (!Dtor.isValid())
      for (ItemId Id : Candidates)
        if (isDestructorName(M.item(Id).Name) &&
            !Model.PairedFunctions.count(Id.Index)) {
          Dtor = Id;
          break;
        }
    if (!Dtor.isValid() || H.Kind == HandleKind::Embedded)
      continue;
    H.Kind = HandleKind::Owned;
    H.Destructor = Dtor;
    H.OwnershipWhy = {DtorFromRules ? "owned.rules" : "owned.dtor-name",
                      !DtorFromRules, M.item(Dtor).Name + " frees it"};
    Model.PairedFunctions[Dtor.Index] = "destructor of " + H.RustName;
  }
}

} // namespace kbindgen::rustsafe
