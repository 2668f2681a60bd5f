//===- SafetyAssumptions.cpp - The guesses a wrapper's soundness rests on -===//
//
// A wrapper is a safe `pub fn` only when its soundness follows from facts:
// the C declaration and the rules file. Every guess memory safety depends on
// (a buffer's length and its unit, a pointer or callback C may keep, who
// owns a returned pointer, a call that may free its receiver, a lock the
// caller must hold, global state torn down, a call valid only inside an
// event's callback) is an
// assumption: it makes the wrapper `unsafe fn` with a `# Safety` section,
// until the rules file confirms it (`"confirm": ["<rule>"]`). A guess that
// can only yield a wrong value (how an int return reads) stays in a safe fn
// under a `// REVIEW:`.
//
//===----------------------------------------------------------------------===//

#include "SafeModel.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallVector.h"

#include <fmt/format.h>

namespace kbindgen::rustsafe {

bool isValueOnlyGuess(llvm::StringRef RuleName) {
  return RuleName == "ret.bool-like-name" || RuleName == "ret.errno-guess" ||
         RuleName == "ret.value-guess" || RuleName == "ret.status-guess";
}

/// Whether the last word of Name is one of Words: the verb of `mutex_lock`,
/// not the object of `sl_lock_init`.
static bool lastNameWord(llvm::StringRef Name,
                         std::initializer_list<llvm::StringRef> Words) {
  llvm::StringRef Last = Name.rsplit('_').second;
  if (Last.empty())
    Last = Name;
  for (llvm::StringRef W : Words)
    if (Last.equals_insensitive(W))
      return true;
  return false;
}

namespace {

class AssumptionCollector {
public:
  AssumptionCollector(const ModelInput &In, const SafeModel &Model,
                      MethodPlan &Plan)
      : In(In), Model(Model), Plan(Plan) {}

  void collect();

private:
  void add(std::string Rule, std::string Detail) {
    for (const Inference &I : Guesses)
      if (I.Rule == Rule)
        return;
    Guesses.push_back({std::move(Rule), true, std::move(Detail)});
  }
  void collectParams();
  /// Guesses the rules confirm leave the list; the doc names them.
  void applyConfirmations();

  const ModelInput &In;
  const SafeModel &Model;
  MethodPlan &Plan;
  std::vector<Inference> Guesses;
};

} // namespace

void AssumptionCollector::collectParams() {
  std::vector<std::string> Borrowed;
  for (size_t I = 0; I < Plan.Params.size(); ++I) {
    const ParamPlan &P = Plan.Params[I];
    switch (P.Kind) {
    case ParamKind::Slice:
      Borrowed.push_back(P.Name);
      // A size×count buffer's length comes from the rules file.
      if (P.SizeIndex < 0 && I + 1 < Plan.Params.size())
        add("param.ptr-len",
            fmt::format("`{}` is the length of `{}` counted in `{}` "
                        "elements",
                        Plan.Params[I + 1].Name, P.Name, P.ElementType));
      break;
    case ParamKind::CStr:
    case ParamKind::HandleRef:
      Borrowed.push_back(P.Name);
      break;
    case ParamKind::Callback:
      if (P.OwnedByReceiver)
        break;
      add("param.callback-user-data",
          fmt::format("C calls `{}` only during the call and keeps neither "
                      "it nor its user data afterwards",
                      P.Name));
      break;
    case ParamKind::OutValue:
      add("param.out", fmt::format("C writes at most one `{}` through `{}` "
                                   "and keeps no pointer to it",
                                   P.ElementType, P.Name));
      break;
    case ParamKind::OutHandle:
      add("owned.ctor-out-ptr",
          fmt::format("C stores in `{}` a new `{}` the caller owns", P.Name,
                      Model.Handles[P.HandleIndex].RustName));
      break;
    default:
      break;
    }
  }
  if (Borrowed.empty())
    return;
  std::string Names;
  for (size_t I = 0; I < Borrowed.size(); ++I)
    Names += (I ? ", `" : "`") + Borrowed[I] + "`";
  add("param.not-retained",
      "C keeps no pointer to " + Names + " after the call returns");
}

void AssumptionCollector::applyConfirmations() {
  for (Inference &G : Guesses) {
    if (!In.Rules.confirms(Plan.CName, G.Rule)) {
      Plan.Assumptions.push_back(G);
      continue;
    }
    Plan.UsedRules = true;
    std::string Confirmed = G.Rule + " (confirmed)";
    bool Found = false;
    for (Inference &I : Plan.Inferences)
      if (I.Rule == G.Rule) {
        I = {Confirmed, false, G.Detail};
        Found = true;
      }
    if (!Found)
      Plan.Inferences.push_back({Confirmed, false, G.Detail});
  }
}

void AssumptionCollector::collect() {
  const Inference &Ret = Plan.Return.Why;
  if (Ret.IsGuess && !isValueOnlyGuess(Ret.Rule))
    add(Ret.Rule, Ret.Detail);
  collectParams();
  // An owning handle handed out is dropped with the guessed destructor/put.
  std::vector<int> HandedOut;
  if (Plan.IsConstructor)
    HandedOut.push_back(Plan.ReceiverHandle);
  if (Plan.Return.Kind == ReturnKind::NewOwned ||
      Plan.Return.Kind == ReturnKind::ErrPtr)
    HandedOut.push_back(Plan.Return.HandleIndex);
  for (const ParamPlan &P : Plan.Params)
    if (P.Kind == ParamKind::OutHandle)
      HandedOut.push_back(P.HandleIndex);
  for (int Index : HandedOut) {
    if (Index < 0)
      continue;
    const Handle &H = Model.Handles[Index];
    if ((H.Kind == HandleKind::Owned || H.Kind == HandleKind::RefCounted) &&
        H.OwnershipWhy.IsGuess)
      add(H.OwnershipWhy.Rule, H.OwnershipWhy.Detail);
  }
  llvm::StringRef Name = Plan.CName;
  if (Plan.ReceiverHandle >= 0 && !Plan.IsConstructor) {
    // `sl_db_put(db, key, value)` stores: a put frees only alone.
    bool Alone = Plan.Params.size() == 1;
    bool Consumed = !Plan.Params.empty() && Plan.Params[0].Consumed;
    if (!Consumed && (isDestructorName(Name) || (Alone && isPutName(Name))))
      add("param.receiver-freed",
          "`" + Plan.CName +
              "` does not free `self`, though its name says it may");
    if (hasNameWord(Name, {"register", "install", "attach"}))
      add("param.receiver-retained",
          "C keeps no pointer to `self` after the call, though the name "
          "says it may");
    // Taking a lock twice is undefined for most C mutexes.
    if (lastNameWord(Name, {"lock", "enter", "trylock", "try"}))
      add("param.lock-not-held",
          "the caller does not hold the lock `" + Plan.CName + "` takes");
    // `sqlite3_vtab_on_conflict` reads state only xUpdate sets: outside it
    // SQLite indexes a table at -1. The name is all the header tells.
    bool TakesCallback = llvm::any_of(Plan.Params, [](const ParamPlan &P) {
      return P.Kind == ParamKind::Callback;
    });
    if (!TakesCallback && hasNameWord(Name, {"on"}) &&
        !lastNameWord(Name, {"on"}))
      add("fn.event-context",
          "`" + Plan.CName +
              "` may be called outside the event its name is about (`on`): "
              "its state may exist only inside that event's callback");
    if (lastNameWord(Name, {"unlock", "leave"}))
      add("param.lock-held",
          "the caller holds the lock `" + Plan.CName + "` releases");
  }
  // A free function that tears global state down may leave objects dangling.
  if (Plan.ReceiverHandle < 0 &&
      (isDestructorName(Name) ||
       hasNameWord(Name, {"shutdown", "cleanup", "end", "deinit", "exit"})))
    add("fn.global-teardown",
        "no object of the library is in use: `" + Plan.CName +
            "` may tear down global state, its name says");
  applyConfirmations();
}

void collectAssumptions(const ModelInput &In, const SafeModel &Model,
                        MethodPlan &Plan) {
  AssumptionCollector(In, Model, Plan).collect();
}

} // namespace kbindgen::rustsafe
