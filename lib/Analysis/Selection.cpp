//===- Selection.cpp - Allowlists, blocklists, opaque types, reachability -===//
//
// Like bindgen, regexes match the item's Rust name (`outer_inner`, `type_`,
// `_bindgen_ty_1`); files match Module::fileName. Blocklists win over
// allowlists; --opaque-type wins over --blocklist-type for a type. Without any
// allowlist every item that is not blocked or skipped is emitted (nested
// types of blocked or opaque records included, as bindgen 0.60.1 does); with
// one, the matching items are roots and (with --recursive-allowlist, the
// default) pull in every item they refer to, through pointers and arrays
// too. An emitted record always pulls in its nested types, even when opaque
// or without recursion; an opaque record does not pull in its fields' types.
// Blocked items are walked through like the others, just not emitted.
//
//===----------------------------------------------------------------------===//

#include "AnalysisPasses.h"

#include "kbindgen/Analysis/CallAbi.h"
#include "kbindgen/Analysis/RustLayout.h"

#include <deque>

namespace kbindgen::analysis {

using ir::Item;
using ir::ItemId;
using ir::ItemKind;
using ir::TypeId;
using ir::TypeKind;

namespace {
/// Which list matched, and the regex of it that did (for Reason).
struct Match {
  const RegexSet *Set = nullptr;
  std::string Regex;
};
} // namespace

static std::optional<Match> matchIn(const RegexSet &Set, llvm::StringRef Name) {
  if (Set.empty() || !Set.matches(Name))
    return std::nullopt;
  return Match{&Set, Set.firstMatch(Name).value_or("")};
}

static std::string describe(const Match &M, llvm::StringRef Verb = "matches") {
  return (Verb + " " + M.Set->optionName() + " '" + M.Regex + "'").str();
}

namespace {

class Selector {
public:
  Selector(const ir::Module &M, const Options &Opts, const CompiledOptions &C,
           Analysis &A)
      : M(M), Opts(Opts), C(C), A(A), Children(M.Items.size()),
        Folded(M.Items.size(), false), FoldedTraversed(M.Items.size(), false),
        TypeVisited(M.Types.size(), false), Enqueued(M.Items.size(), false) {}

  void run() {
    A.Decisions.assign(M.Items.size(), Decision());
    for (uint32_t I = 0; I < M.Items.size(); ++I) {
      const Item &It = M.Items[I];
      if (hasParent(It))
        Children[It.Parent.Index].push_back(I);
      if (It.kind() == ItemKind::Typedef &&
          foldedTypedefTarget(M, A, ItemId{I}).isValid())
        Folded[I] = true;
    }
    for (uint32_t I = 0; I < M.Items.size(); ++I)
      preDecide(I);
    if (C.hasAllowlist())
      selectFromAllowlists();
    else
      selectEverything();
    refuseWhatRustCannotCall();
  }

private:
  bool hasParent(const Item &It) const { return It.Parent.isValid(); }

  const RegexSet &blocklistFor(ItemKind Kind) const {
    switch (Kind) {
    case ItemKind::Record:
    case ItemKind::Enum:
    case ItemKind::Typedef:
      return C.BlockTypes;
    case ItemKind::Function:
      return C.BlockFunctions;
    case ItemKind::Var:
    case ItemKind::Constant:
      return C.BlockVars;
    }
    return C.BlockTypes;
  }

  const RegexSet &allowlistFor(ItemKind Kind) const {
    switch (Kind) {
    case ItemKind::Record:
    case ItemKind::Enum:
    case ItemKind::Typedef:
      return C.AllowTypes;
    case ItemKind::Function:
      return C.AllowFunctions;
    case ItemKind::Var:
    case ItemKind::Constant:
      return C.AllowVars;
    }
    return C.AllowTypes;
  }

  bool isOpaqueByName(uint32_t Index) const {
    return M.Items[Index].kind() == ItemKind::Record &&
           !C.OpaqueTypes.empty() && C.OpaqueTypes.matches(A.RustNames[Index]);
  }

  Disposition emittedKind(uint32_t Index) const {
    return isOpaqueByName(Index) ? Disposition::Opaque : Disposition::Emit;
  }

  /// Why an item is selected, plus the rule that made it opaque if one did
  /// (`explain` shows both).
  std::string selectedReason(uint32_t Index, std::string Why) const {
    if (!isOpaqueByName(Index))
      return Why;
    std::optional<Match> Rule = matchIn(C.OpaqueTypes, A.RustNames[Index]);
    return Why + "; opaque: " + describe(*Rule);
  }

  /// Blocked and Skipped do not depend on the allowlists: decide them first.
  /// A nested type is decided on its own: bindgen 0.60.1 still emits the
  /// nested types of a blocklisted record (when nothing is allowlisted).
  void preDecide(uint32_t Index) {
    const Item &It = M.Items[Index];
    Decision &D = A.Decisions[Index];
    const std::string &Name = A.RustNames[Index];

    std::optional<Match> Block = matchIn(C.BlockItems, Name);
    if (!Block) {
      Block = matchIn(blocklistFor(It.kind()), Name);
      if (Block && Block->Set == &C.BlockTypes && isOpaqueByName(Index))
        Block.reset();
    }
    if (!Block)
      Block = matchIn(C.BlockFiles, M.fileName(It.Loc));
    if (Block) {
      D = {Disposition::Blocked, describe(*Block), ItemId()};
      return;
    }
    if (std::optional<std::string> Why = skipReason(Index))
      D = {Disposition::Skipped, std::move(*Why), ItemId()};
  }

  /// Whether a C wrapper can pass on every argument: not for `...` nor for
  /// a K&R definition whose parameters the prototype does not list.
  bool canForwardArguments(const ir::Function &F) const {
    const ir::Type &FnType = M.type(F.Type);
    if (FnType.Kind != ir::TypeKind::Function)
      return false;
    const ir::FunctionSignature &Sig = M.signature(FnType);
    return !Sig.IsVariadic && (Sig.HasPrototype || F.ParamNames.empty());
  }

  std::optional<std::string> skipReason(uint32_t Index) const {
    const Item &It = M.Items[Index];
    if (A.RustNames[Index].empty())
      return "has no name";
    if (const ir::Function *F = It.getIf<ir::Function>()) {
      // Static functions (inline or not) have internal linkage: bindgen skips
      // them unless --wrap-static-fns gives each a C wrapper to link to. A
      // non-static inline function has no guaranteed symbol either, and no
      // wrapper can help it (bindgen skips it in both modes).
      if (F->IsStatic && !Opts.WrapStaticFns)
        return F->IsInline ? "static inline function: no symbol to link "
                             "(see --wrap-static-fns)"
                           : "static function: no symbol to link (see "
                             "--wrap-static-fns)";
      if (F->IsInline && !F->IsStatic) {
        if (!Opts.GenerateInlineFunctions)
          return "inline function: no symbol to link";
        // --generate-inline-functions binds only the definitions that
        // give the function a symbol (Function::InlineHasSymbol).
        if (!F->IsDefinition)
          return "inline function without a definition here: whether it "
                 "has a symbol is unknown";
        if (!F->InlineHasSymbol)
          return "inline definition only (every declaration is inline and "
                 "none extern, C11 6.7.4p7; or GNU extern inline): no symbol "
                 "to link";
      }
      if (F->IsStatic && !canForwardArguments(*F))
        return "static function C cannot forward (variadic or K&R): no "
               "wrapper";
    }
    if (const ir::Var *V = It.getIf<ir::Var>())
      if (V->IsStatic)
        return "static variable: no symbol to link";
    if (Folded[Index]) {
      ItemId Target = foldedTypedefTarget(M, A, ItemId{Index});
      if (M.item(Target).NamingTypedef == ItemId{Index})
        return "names an anonymous type (emitted as " +
               A.RustNames[Target.Index] + ")";
      return "same name as the type it aliases";
    }
    return std::nullopt;
  }

  /// A selected function whose call ABI Rust cannot express is not emitted
  /// (its layout-only blobs would be passed in the wrong registers); a
  /// function pointer typedef keeps its layout, and its reason says that
  /// calling through it is wrong. Only selected items count, so that the
  /// summary warning names what the user asked for.
  void refuseWhatRustCannotCall() {
    auto IsOpaque = [&](ItemId Id) {
      return A.Decisions[Id.Index].Kind == Disposition::Opaque;
    };
    // The layouts the Rust writer will spell (union forms are not chosen
    // yet; they do not change whether a union can be laid out).
    RustLayouts Layouts(M, A, Opts);
    // A typedef of a typedef has the same function pointer problem: reuse
    // it rather than resolve the whole chain again for each link (a chain
    // of n typedefs would cost n^2).
    std::vector<std::optional<std::optional<CallAbiProblem>>> PointerProblems(
        M.Items.size());
    auto pointerProblem = [&](uint32_t Index, const ir::Typedef &TD) {
      std::optional<std::optional<CallAbiProblem>> &Known =
          PointerProblems[Index];
      if (Known)
        return *Known;
      const ir::Type &Underlying = M.type(TD.Underlying);
      const ir::Typedef *Next =
          Underlying.Kind == ir::TypeKind::Named
              ? M.item(Underlying.Item).getIf<ir::Typedef>()
              : nullptr;
      if (Next && Underlying.Item.Index < Index &&
          PointerProblems[Underlying.Item.Index])
        Known = *PointerProblems[Underlying.Item.Index];
      else
        Known = functionPointerCallAbiProblem(M, Opts.Target, Layouts,
                                              TD.Underlying, IsOpaque);
      return *Known;
    };
    for (uint32_t I = 0; I < M.Items.size(); ++I) {
      Decision &D = A.Decisions[I];
      if (D.Kind != Disposition::Emit)
        continue;
      const Item &It = M.Items[I];
      if (const ir::Function *F = It.getIf<ir::Function>()) {
        const FunctionAbi *Abi =
            I < A.FunctionAbis.size() ? &A.FunctionAbis[I] : nullptr;
        if (Abi && !Abi->Refusal.empty()) {
          D = {Disposition::Skipped,
               "--override-abi: " + Abi->Refusal +
                   "; the function is not emitted (selected because " +
                   D.Reason + ")",
               D.ReachedFrom, D.Via};
          A.RefusedAbiOverrides.push_back({ItemId{I}, Abi->Refusal});
          continue;
        }
        std::optional<CallAbiProblem> Problem =
            callAbiProblem(M, Opts.Target, Layouts, F->Type, F->ParamNames,
                           IsOpaque, Abi && Abi->Overridden);
        if (!Problem)
          continue;
        D = {Disposition::Skipped,
             "not callable from Rust: its call ABI passes " + Problem->Cause +
                 " (" + Problem->Where +
                 "), which Rust cannot express; the function is not emitted "
                 "(selected because " +
                 D.Reason + ")",
             D.ReachedFrom, D.Via};
        A.RefusedFunctions.push_back({ItemId{I}, Problem->Cause});
      } else if (const ir::Typedef *TD = It.getIf<ir::Typedef>()) {
        std::optional<CallAbiProblem> Problem = pointerProblem(I, *TD);
        if (!Problem)
          continue;
        D.Reason += "; its layout is kept, but calling through it is wrong: "
                    "its call ABI passes " +
                    Problem->Cause + " (" + Problem->Where +
                    "), which Rust cannot express";
        A.UncallablePointerTypes.push_back({ItemId{I}, Problem->Cause});
      }
    }
  }

  void selectEverything() {
    for (uint32_t I = 0; I < M.Items.size(); ++I) {
      Decision &D = A.Decisions[I];
      if (D.Kind == Disposition::Blocked || D.Kind == Disposition::Skipped)
        continue;
      const Item &It = M.Items[I];
      if (hasParent(It))
        D = {emittedKind(I),
             selectedReason(I, "nested in " + A.RustNames[It.Parent.Index]),
             It.Parent, "nested"};
      else
        D = {emittedKind(I),
             selectedReason(I, "no allowlist: every item is emitted"),
             ItemId()};
    }
  }

  std::optional<std::string> allowReason(uint32_t Index) const {
    const Item &It = M.Items[Index];
    const std::string &Name = A.RustNames[Index];
    if (std::optional<Match> Hit = matchIn(allowlistFor(It.kind()), Name))
      return describe(*Hit);
    if (std::optional<Match> Hit = matchIn(C.AllowItems, Name))
      return describe(*Hit);
    if (std::optional<Match> Hit = matchIn(C.AllowFiles, M.fileName(It.Loc)))
      return describe(*Hit, "in a file that matches");
    // bindgen offers an unnamed enum through its variants: --allowlist-var
    // FOO selects `enum { FOO }`.
    if (const ir::Enum *E = It.getIf<ir::Enum>())
      if (It.isAnonymous() && !It.NamingTypedef.isValid())
        for (const ir::Enumerator &Variant : E->Enumerators)
          if (std::optional<Match> Hit = matchIn(C.AllowVars, Variant.Name))
            return "variant " + Variant.Name + " " + describe(*Hit);
    return std::nullopt;
  }

  void selectFromAllowlists() {
    for (uint32_t I = 0; I < M.Items.size(); ++I) {
      Disposition Kind = A.Decisions[I].Kind;
      if (Kind != Disposition::NotSelected && Kind != Disposition::Blocked)
        continue;
      std::optional<std::string> Why = allowReason(I);
      if (!Why)
        continue;
      // An allowlisted but blocked item stays blocked, yet what it refers to
      // is still selected (bindgen 0.60.1 does the same).
      if (Kind == Disposition::NotSelected)
        A.Decisions[I] = {emittedKind(I), selectedReason(I, std::move(*Why)),
                          ItemId()};
      enqueue(I);
    }
    while (!Queue.empty()) {
      uint32_t Next = Queue.front();
      Queue.pop_front();
      visitReferences(Next);
    }
  }

  void enqueue(uint32_t Index) {
    if (Enqueued[Index])
      return;
    Enqueued[Index] = true;
    Queue.push_back(Index);
  }

  void reach(uint32_t Target, uint32_t From, llvm::StringRef How,
             llvm::StringRef Via) {
    Decision &D = A.Decisions[Target];
    if (D.Kind == Disposition::NotSelected) {
      D = {emittedKind(Target),
           selectedReason(Target, (How + " " + A.RustNames[From]).str()),
           ItemId{From}, Via.str()};
      enqueue(Target);
      return;
    }
    // Blocked items are not emitted, but bindgen still walks through them:
    // `struct blk { s16 off; }` blocked and reached still selects `s16`.
    // `explain` shows how a blocked item was reached, so keep the first
    // referrer (an allowlisted blocked item is enqueued already: a root).
    if (D.Kind == Disposition::Blocked) {
      if (!Enqueued[Target]) {
        D.ReachedFrom = ItemId{From};
        D.Via = Via.str();
      }
      enqueue(Target);
      return;
    }
    // A typedef folded into its record is not emitted, but what it names
    // still has to be.
    if (D.Kind == Disposition::Skipped && Folded[Target] &&
        !FoldedTraversed[Target]) {
      FoldedTraversed[Target] = true;
      walkType(M.Items[Target].as<ir::Typedef>().Underlying, From, Via);
    }
  }

  void visitReferences(uint32_t Index) {
    const Item &It = M.Items[Index];
    // bindgen emits the nested types of an opaque record too.
    for (uint32_t Child : Children[Index])
      reach(Child, Index, "nested in", "nested");
    bool Opaque = A.Decisions[Index].Kind == Disposition::Opaque;
    if (!Opts.RecursiveAllowlist || Opaque)
      return;
    switch (It.kind()) {
    case ItemKind::Record:
      for (const ir::Field &F : It.as<ir::Record>().Fields)
        walkType(F.Type, Index,
                 F.Name.empty() ? std::string("anonymous field")
                                : "field " + F.Name);
      break;
    case ItemKind::Enum:
      walkType(It.as<ir::Enum>().IntegerType, Index, "integer type");
      break;
    case ItemKind::Typedef:
      walkType(It.as<ir::Typedef>().Underlying, Index, "underlying type");
      break;
    case ItemKind::Function:
      walkFunction(It.as<ir::Function>(), Index);
      break;
    case ItemKind::Var:
      walkType(It.as<ir::Var>().Type, Index, "type");
      break;
    case ItemKind::Constant:
      walkType(It.as<ir::Constant>().CType, Index, "type");
      break;
    }
  }

  /// Walks the return type and each parameter on its own, so that `explain`
  /// can name the parameter through which a type was reached.
  void walkFunction(const ir::Function &F, uint32_t Index) {
    const ir::FunctionSignature &Sig = M.signature(M.type(F.Type));
    walkType(Sig.Result, Index, "return type");
    for (size_t I = 0; I < Sig.Params.size(); ++I) {
      bool Named = I < F.ParamNames.size() && !F.ParamNames[I].empty();
      walkType(Sig.Params[I], Index,
               Named ? "parameter " + F.ParamNames[I]
                     : "parameter " + std::to_string(I + 1));
    }
  }

  /// Visits each type once: whoever reaches a type first is the referrer of
  /// everything behind it, which keeps the walk linear in the type graph.
  void walkType(TypeId Root, uint32_t From, llvm::StringRef Via) {
    llvm::SmallVector<TypeId, 16> Stack{Root};
    while (!Stack.empty()) {
      TypeId Id = Stack.pop_back_val();
      // An enum's integer type and a constant's C type may be absent.
      if (!Id.isValid() || TypeVisited[Id.Index])
        continue;
      TypeVisited[Id.Index] = true;
      const ir::Type &T = M.type(Id);
      switch (T.Kind) {
      case TypeKind::Pointer:
      case TypeKind::Array:
      case TypeKind::IncompleteArray:
        Stack.push_back(T.Pointee);
        break;
      case TypeKind::Function: {
        const ir::FunctionSignature &Sig = M.signature(T);
        Stack.push_back(Sig.Result);
        Stack.append(Sig.Params.begin(), Sig.Params.end());
        break;
      }
      case TypeKind::Named:
        reach(T.Item.Index, From, "reached from", Via);
        break;
      default:
        break;
      }
    }
  }

  const ir::Module &M;
  const Options &Opts;
  const CompiledOptions &C;
  Analysis &A;
  std::vector<std::vector<uint32_t>> Children;
  std::vector<bool> Folded, FoldedTraversed, TypeVisited, Enqueued;
  std::deque<uint32_t> Queue;
};

} // namespace

void selectItems(const ir::Module &M, const Options &Opts,
                 const CompiledOptions &Compiled, Analysis &A) {
  Selector(M, Opts, Compiled, A).run();
}

} // namespace kbindgen::analysis
