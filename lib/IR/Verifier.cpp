//===- Verifier.cpp - Is a module well formed? ----------------------------===//
//
// Walks the arenas once and stops at the first broken invariant; the message
// names the offending entry the way a person finds it in `--emit-ir` output
// (`items[12] (struct foo), field 'bar': ...`).
//
//===----------------------------------------------------------------------===//

#include "kbindgen/IR/Verifier.h"

#include "kbindgen/IR/Vocabulary.h"

#include "llvm/ADT/Twine.h"

#include <string>
#include <vector>

namespace kbindgen::ir {
namespace {

class ModuleVerifier {
public:
  explicit ModuleVerifier(const Module &M) : M(M) {}

  llvm::Error verify() {
    for (uint32_t I = 0; I < M.Types.size() && Problem.empty(); ++I)
      verifyType(I);
    for (uint32_t I = 0; I < M.Signatures.size() && Problem.empty(); ++I)
      verifySignature(I);
    for (uint32_t I = 0; I < M.Items.size() && Problem.empty(); ++I)
      verifyItem(I);
    for (size_t I = 0; I < M.SkippedMacros.size() && Problem.empty(); ++I)
      checkLoc(M.SkippedMacros[I].Loc, "skipped_macros[" + std::to_string(I) +
                                           "] (" + M.SkippedMacros[I].Name +
                                           ")");
    if (Problem.empty())
      verifyParentChainsEnd();
    if (Problem.empty())
      verifyTypeGraphIsAcyclic();
    if (Problem.empty())
      verifyNoRecordContainsItself();
    if (Problem.empty())
      return llvm::Error::success();
    return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                   "malformed IR: " + Problem);
  }

private:
  const Module &M;
  std::string Problem;

  void fail(const llvm::Twine &Where, const llvm::Twine &What) {
    if (Problem.empty())
      Problem = (Where + ": " + What).str();
  }

  bool typeInRange(TypeId Id) const { return Id.Index < M.Types.size(); }
  bool itemInRange(ItemId Id) const { return Id.Index < M.Items.size(); }

  /// A reference that must be there.
  void checkType(TypeId Id, const llvm::Twine &Where, const char *Role) {
    if (!Id.isValid())
      fail(Where, llvm::Twine(Role) + " has no type");
    else if (!typeInRange(Id))
      fail(Where, llvm::Twine(Role) + " refers to type " +
                      llvm::Twine(Id.Index) + " of " +
                      llvm::Twine(M.Types.size()));
  }

  /// A reference that may be absent.
  void checkOptionalType(TypeId Id, const llvm::Twine &Where,
                         const char *Role) {
    if (Id.isValid())
      checkType(Id, Where, Role);
  }

  void checkLoc(const SourceLoc &Loc, const llvm::Twine &Where) {
    if (Loc.File != SourceLoc::InvalidFile && Loc.File >= M.Files.size())
      fail(Where, "location refers to file " + llvm::Twine(Loc.File) + " of " +
                      llvm::Twine(M.Files.size()));
  }

  /// An item's optional link (parent, naming typedef) must name an item of
  /// the given kind.
  void checkLink(ItemId Id, ItemKind Wanted, const llvm::Twine &Where,
                 const char *Role) {
    if (!Id.isValid())
      return;
    if (!itemInRange(Id))
      return fail(Where, llvm::Twine(Role) + " refers to item " +
                             llvm::Twine(Id.Index) + " of " +
                             llvm::Twine(M.Items.size()));
    if (M.item(Id).kind() != Wanted)
      fail(Where, llvm::Twine(Role) + " is items[" + llvm::Twine(Id.Index) +
                      "], a " + itemKeyword(M.item(Id)) + ", not a " +
                      linkKindName(Wanted));
  }

  static const char *linkKindName(ItemKind Kind) {
    return Kind == ItemKind::Record ? "record" : "typedef";
  }

  std::string itemLabel(uint32_t Index) const {
    const Item &It = M.Items[Index];
    return "items[" + std::to_string(Index) + "] (" + itemKeyword(It).str() +
           " " + (It.isAnonymous() ? "<anonymous>" : It.Name) + ")";
  }

  void verifyType(uint32_t Index) {
    const Type &T = M.Types[Index];
    std::string Where =
        "types[" + std::to_string(Index) + "] (" + T.Spelling + ")";
    switch (T.Kind) {
    case TypeKind::Pointer:
      return checkType(T.Pointee, Where, "the pointee");
    case TypeKind::Array:
    case TypeKind::IncompleteArray:
      return checkType(T.Pointee, Where, "the element");
    case TypeKind::Function:
      if (T.Signature >= M.Signatures.size())
        fail(Where, "refers to signature " + llvm::Twine(T.Signature) + " of " +
                        llvm::Twine(M.Signatures.size()));
      return;
    case TypeKind::Named:
      if (!T.Item.isValid() || !itemInRange(T.Item))
        return fail(Where, "names no item");
      switch (M.item(T.Item).kind()) {
      case ItemKind::Record:
      case ItemKind::Enum:
      case ItemKind::Typedef:
        return;
      default:
        return fail(Where, "names " + itemLabel(T.Item.Index) +
                               ", which is not a type");
      }
    case TypeKind::Void:
    case TypeKind::Integer:
    case TypeKind::Float:
    case TypeKind::Opaque:
      return;
    }
  }

  void verifySignature(uint32_t Index) {
    const FunctionSignature &Sig = M.Signatures[Index];
    std::string Where = "signatures[" + std::to_string(Index) + "]";
    checkType(Sig.Result, Where, "the result");
    for (size_t I = 0; I < Sig.Params.size(); ++I)
      checkType(Sig.Params[I], Where + " parameter " + std::to_string(I + 1),
                "the parameter");
    if (!Sig.ParamNames.empty() && Sig.ParamNames.size() != Sig.Params.size())
      fail(Where, "has " + llvm::Twine(Sig.ParamNames.size()) +
                      " parameter names for " + llvm::Twine(Sig.Params.size()) +
                      " parameters");
  }

  void checkFunctionType(TypeId Id, const std::string &Where) {
    checkType(Id, Where, "the function type");
    if (Problem.empty() && M.type(Id).Kind != TypeKind::Function)
      fail(Where, "the function type is types[" + llvm::Twine(Id.Index) +
                      "], which is not a function type");
  }

  void verifyItem(uint32_t Index) {
    const Item &It = M.Items[Index];
    std::string Where = itemLabel(Index);
    checkLoc(It.Loc, Where);
    checkLink(It.Parent, ItemKind::Record, Where, "the parent");
    checkLink(It.NamingTypedef, ItemKind::Typedef, Where, "the naming typedef");
    switch (It.kind()) {
    case ItemKind::Record: {
      const auto &Fields = It.as<Record>().Fields;
      for (const Field &F : Fields) {
        std::string FieldWhere = Where + ", field '" + F.Name + "'";
        checkType(F.Type, FieldWhere, "the field");
        checkLoc(F.Loc, FieldWhere);
      }
      return;
    }
    case ItemKind::Enum:
      for (const Enumerator &E : It.as<Enum>().Enumerators)
        checkLoc(E.Loc, Where + ", enumerator '" + E.Name + "'");
      return checkOptionalType(It.as<Enum>().IntegerType, Where,
                               "the integer type");
    case ItemKind::Typedef:
      return checkType(It.as<Typedef>().Underlying, Where,
                       "the underlying type");
    case ItemKind::Function: {
      const Function &F = It.as<Function>();
      checkFunctionType(F.Type, Where);
      if (!Problem.empty())
        return;
      size_t Params = M.signature(M.type(F.Type)).Params.size();
      if (!F.ParamArrayTypes.empty() && F.ParamArrayTypes.size() != Params) {
        fail(Where, "has " + llvm::Twine(F.ParamArrayTypes.size()) +
                        " parameter array types for " + llvm::Twine(Params) +
                        " parameters");
        return;
      }
      for (TypeId ArrayType : F.ParamArrayTypes)
        if (ArrayType.isValid())
          checkType(ArrayType, Where, "a parameter's array type");
      if (!Problem.empty() || F.ParamNames.empty())
        return;
      if (F.ParamNames.size() != Params)
        fail(Where, "has " + llvm::Twine(F.ParamNames.size()) +
                        " parameter names for " + llvm::Twine(Params) +
                        " parameters");
      return;
    }
    case ItemKind::Var:
      return checkType(It.as<Var>().Type, Where, "the variable");
    case ItemKind::Constant:
      return checkOptionalType(It.as<Constant>().CType, Where, "the C type");
    }
  }

  /// Following Parent links from any item leaves every record body: no item
  /// is nested in itself. The analysis names nested items after their
  /// parents, parent first.
  void verifyParentChainsEnd() {
    enum class Mark : uint8_t { Unvisited, OnPath, Done };
    std::vector<Mark> Marks(M.Items.size(), Mark::Unvisited);
    std::vector<uint32_t> Path;
    for (uint32_t Start = 0; Start < M.Items.size(); ++Start) {
      uint32_t Index = Start;
      while (Marks[Index] == Mark::Unvisited) {
        Marks[Index] = Mark::OnPath;
        Path.push_back(Index);
        if (!M.Items[Index].Parent.isValid())
          break;
        Index = M.Items[Index].Parent.Index;
      }
      // Stopped at an item of this walk that has a parent: a cycle.
      if (Marks[Index] == Mark::OnPath && M.Items[Index].Parent.isValid())
        return fail(itemLabel(Index), "the item is nested in itself");
      for (uint32_t OnPath : Path)
        Marks[OnPath] = Mark::Done;
      Path.clear();
    }
  }

  /// The types a type is built from: pointee, element, result and
  /// parameters, and a typedef's underlying type. Records are not followed:
  /// a struct may point to itself, a type may not contain itself.
  template <typename Visit> void forEachPart(const Type &T, Visit &&V) const {
    switch (T.Kind) {
    case TypeKind::Pointer:
    case TypeKind::Array:
    case TypeKind::IncompleteArray:
      return V(T.Pointee);
    case TypeKind::Function: {
      const FunctionSignature &Sig = M.signature(T);
      V(Sig.Result);
      for (TypeId Param : Sig.Params)
        V(Param);
      return;
    }
    case TypeKind::Named:
      if (const auto *TD = M.item(T.Item).getIf<Typedef>())
        V(TD->Underlying);
      return;
    default:
      return;
    }
  }

  void verifyTypeGraphIsAcyclic() {
    enum class Mark : uint8_t { Unvisited, OnPath, Done };
    std::vector<Mark> Marks(M.Types.size(), Mark::Unvisited);
    // An explicit stack: a header can nest types deeper than the C++ stack.
    struct Frame {
      uint32_t Type;
      std::vector<uint32_t> Parts;
      size_t Next = 0;
    };
    for (uint32_t Root = 0; Root < M.Types.size(); ++Root) {
      if (Marks[Root] != Mark::Unvisited)
        continue;
      std::vector<Frame> Stack;
      auto push = [&](uint32_t Index) {
        Marks[Index] = Mark::OnPath;
        Frame F{Index, {}, 0};
        forEachPart(M.Types[Index],
                    [&](TypeId Part) { F.Parts.push_back(Part.Index); });
        Stack.push_back(std::move(F));
      };
      push(Root);
      while (!Stack.empty()) {
        Frame &Top = Stack.back();
        if (Top.Next == Top.Parts.size()) {
          Marks[Top.Type] = Mark::Done;
          Stack.pop_back();
          continue;
        }
        uint32_t Part = Top.Parts[Top.Next++];
        if (Marks[Part] == Mark::OnPath)
          return fail("types[" + llvm::Twine(Part) + "] (" +
                          M.Types[Part].Spelling + ")",
                      "the type contains itself");
        if (Marks[Part] == Mark::Unvisited)
          push(Part);
      }
    }
  }

  /// A field (by index) that holds a record by value.
  struct HeldRecord {
    uint32_t Record;
    size_t Field;
  };

  /// The record a value of type Id holds in place (itself, or through arrays
  /// and typedefs), or an invalid id. Pointers and functions hold none.
  /// Needs an acyclic type graph.
  ItemId recordHeldByValue(TypeId Id) const {
    while (true) {
      const Type &T = M.type(Id);
      if (T.Kind == TypeKind::Array || T.Kind == TypeKind::IncompleteArray) {
        Id = T.Pointee;
        continue;
      }
      if (T.Kind != TypeKind::Named)
        return ItemId{};
      const Item &Named = M.item(T.Item);
      if (const auto *TD = Named.getIf<Typedef>()) {
        Id = TD->Underlying;
        continue;
      }
      return Named.kind() == ItemKind::Record ? T.Item : ItemId{};
    }
  }

  /// A record that holds itself by value, directly or through fields of
  /// other records, has no finite size: clang never makes one, a JSON IR
  /// can say so, and every layout walk would loop on it.
  void verifyNoRecordContainsItself() {
    // Per record, the records its fields hold by value.
    std::vector<std::vector<HeldRecord>> Holds(M.Items.size());
    for (uint32_t I = 0; I < M.Items.size(); ++I)
      if (const auto *R = M.Items[I].getIf<Record>())
        for (size_t F = 0; F < R->Fields.size(); ++F)
          if (ItemId Held = recordHeldByValue(R->Fields[F].Type);
              Held.isValid())
            Holds[I].push_back({Held.Index, F});

    enum class Mark : uint8_t { Unvisited, OnPath, Done };
    std::vector<Mark> Marks(M.Items.size(), Mark::Unvisited);
    struct Frame {
      uint32_t Record;
      size_t Next = 0;
    };
    for (uint32_t Root = 0; Root < M.Items.size(); ++Root) {
      if (Holds[Root].empty() || Marks[Root] != Mark::Unvisited)
        continue;
      // An explicit stack: records can nest deeper than the C++ stack.
      std::vector<Frame> Stack{{Root}};
      Marks[Root] = Mark::OnPath;
      while (!Stack.empty()) {
        Frame &Top = Stack.back();
        if (Top.Next == Holds[Top.Record].size()) {
          Marks[Top.Record] = Mark::Done;
          Stack.pop_back();
          continue;
        }
        const HeldRecord &E = Holds[Top.Record][Top.Next++];
        if (Marks[E.Record] == Mark::OnPath)
          return failRecordHoldsItself(Top.Record, E);
        if (Marks[E.Record] == Mark::Unvisited) {
          Marks[E.Record] = Mark::OnPath;
          Stack.push_back({E.Record});
        }
      }
    }
  }

  void failRecordHoldsItself(uint32_t Holder, const HeldRecord &E) {
    const Field &F = M.Items[Holder].as<Record>().Fields[E.Field];
    std::string What =
        Holder == E.Record
            ? std::string("the field holds its own record by value")
            : "the field holds " + itemLabel(E.Record) +
                  " by value, which holds this record";
    fail(itemLabel(Holder) + ", field '" + F.Name + "'",
         What + " (a record cannot contain itself; only a pointer can refer "
                "to it)");
  }
};

} // namespace

llvm::Error verifyModule(const Module &M) { return ModuleVerifier(M).verify(); }

} // namespace kbindgen::ir
