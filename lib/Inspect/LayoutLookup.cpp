//===- LayoutLookup.cpp - The record a command-line name refers to --------===//

#include "kbindgen/Inspect/Layout.h"
#include "kbindgen/Inspect/NameSuggestion.h"

#include "llvm/ADT/Twine.h"

namespace kbindgen::layout {
namespace {

enum class TagFilter { Any, Struct, Union };

bool kindMatches(const ir::Record &Record, TagFilter Filter) {
  switch (Filter) {
  case TagFilter::Any:
    return true;
  case TagFilter::Struct:
    return Record.Kind == ir::RecordKind::Struct;
  case TagFilter::Union:
    return Record.Kind == ir::RecordKind::Union;
  }
  return false;
}

/// The record Id's type names after typedefs, or an invalid id.
ir::ItemId recordBehindTypedef(const ir::Module &M, ir::ItemId Id) {
  const auto *TD = M.item(Id).getIf<ir::Typedef>();
  if (!TD)
    return {};
  ir::TypeId Resolved = M.resolveTypedefs(TD->Underlying);
  if (!Resolved.isValid())
    return {};
  const ir::Type &T = M.type(Resolved);
  if (T.Kind != ir::TypeKind::Named || !T.Item.isValid() ||
      !M.item(T.Item).getIf<ir::Record>())
    return {};
  return T.Item;
}

} // namespace

RecordIndex::RecordIndex(const ir::Module &M, const ItemDecisions &A) : M(M) {
  for (uint32_t I = 0; I < M.Items.size(); ++I) {
    const ir::Item &Item = M.Items[I];
    ir::ItemId Id{I};
    const auto *Record = Item.getIf<ir::Record>();
    if (Record && !Item.isAnonymous()) {
      ByTag[Item.Name].push_back(Id);
      if (Record->IsComplete)
        KnownNames.push_back(Item.Name);
    }
    if (Item.getIf<ir::Typedef>()) {
      ir::ItemId Target = recordBehindTypedef(M, Id);
      if (Target.isValid()) {
        ByTypedef[Item.Name].push_back(Target);
        if (M.item(Target).as<ir::Record>().IsComplete)
          KnownNames.push_back(Item.Name);
      }
    }
    if (Record && !A.RustNames[I].empty()) {
      ByRustName[A.RustNames[I]].push_back(Id);
      if (Record->IsComplete)
        KnownNames.push_back(A.RustNames[I]);
    }
  }
}

llvm::Expected<ir::ItemId> RecordIndex::find(llvm::StringRef Name) const {
  llvm::StringRef Wanted = Name.trim();
  TagFilter Filter = TagFilter::Any;
  if (Wanted.consume_front("struct "))
    Filter = TagFilter::Struct;
  else if (Wanted.consume_front("union "))
    Filter = TagFilter::Union;
  Wanted = Wanted.trim();

  // A tag name first, then (for a bare name) a typedef, then a Rust name;
  // among records of one name, the complete one (a forward declaration and
  // the definition can be separate items).
  ir::ItemId Incomplete;
  auto Search =
      [&](const llvm::StringMap<std::vector<ir::ItemId>> &Map) -> ir::ItemId {
    auto Found = Map.find(Wanted);
    if (Found == Map.end())
      return {};
    for (ir::ItemId Id : Found->second) {
      const auto &Record = M.item(Id).as<ir::Record>();
      if (!kindMatches(Record, Filter))
        continue;
      if (Record.IsComplete)
        return Id;
      if (!Incomplete.isValid())
        Incomplete = Id;
    }
    return {};
  };
  ir::ItemId Match = Search(ByTag);
  if (!Match.isValid() && Filter == TagFilter::Any)
    Match = Search(ByTypedef);
  if (!Match.isValid() && Filter == TagFilter::Any)
    Match = Search(ByRustName);
  if (Match.isValid())
    return Match;
  if (Incomplete.isValid())
    return llvm::createStringError(
        llvm::inconvertibleErrorCode(),
        llvm::Twine("type '") + Name +
            "' is declared but never defined: it has no layout");
  NameSuggestion Suggestion(Wanted);
  for (llvm::StringRef Known : KnownNames)
    Suggestion.consider(Known);
  return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                 llvm::Twine("no struct or union named '") +
                                     Name + "'" + Suggestion.didYouMean());
}

} // namespace kbindgen::layout
