//===- Diff.cpp - What changed between two IRs ----------------------------===//
//
// Matches the emitted items of two IRs by kind and name and compares what
// code built against the old bindings relies on: record size, alignment and
// each field's offset and type; enum values; function signatures; variable
// and typedef types; constant values. See IRDiff.h for the classification.
//
//===----------------------------------------------------------------------===//

#include "kbindgen/Inspect/Diff.h"

#include "kbindgen/IR/Vocabulary.h"

#include "llvm/ADT/StringMap.h"

namespace kbindgen {

bool IRDiff::breaking() const {
  for (const Change &C : Changes)
    if (C.Breaking)
      return true;
  return false;
}

namespace {

/// `struct foo`; a struct that became a union is a removal and an addition.
std::string itemKey(const AnalysedModule &IR, uint32_t Index) {
  const ir::Item &It = IR.Module.Items[Index];
  return (ir::itemKeyword(It) + " " +
          ir::cNameOrRustName(It, IR.Decisions.RustNames[Index]))
      .str();
}

/// The emitted items of IR by key, first declaration wins.
llvm::StringMap<uint32_t> emittedItems(const AnalysedModule &IR,
                                       std::vector<std::string> &Order) {
  llvm::StringMap<uint32_t> Items;
  for (uint32_t I = 0; I < IR.Module.Items.size(); ++I) {
    if (!IR.Decisions.isEmitted(ir::ItemId{I}))
      continue;
    std::string Key = itemKey(IR, I);
    if (Items.try_emplace(Key, I).second)
      Order.push_back(Key);
  }
  return Items;
}

std::string counted(uint64_t Count, const char *Noun) {
  return std::to_string(Count) + " " + Noun + (Count == 1 ? "" : "s");
}

std::string bytes(uint64_t Bits) {
  return Bits % 8 == 0 ? counted(Bits / 8, "byte") : counted(Bits, "bit");
}

std::string fieldLabel(const ir::Field &F, size_t Index) {
  return F.Name.empty() ? "anonymous field #" + std::to_string(Index + 1)
                        : "field " + F.Name;
}

std::string constantValue(const ir::Constant &C) {
  switch (C.Kind) {
  case ir::ConstantKind::Integer:
  case ir::ConstantKind::Char:
    return C.IsNegative ? std::to_string(static_cast<int64_t>(C.IntegerBits))
                        : std::to_string(C.IntegerBits);
  case ir::ConstantKind::Float:
    return std::to_string(C.FloatValue);
  case ir::ConstantKind::String:
    return "\"" + C.Bytes + "\"";
  }
  return "";
}

class ItemComparer {
public:
  ItemComparer(const AnalysedModule &Old, const AnalysedModule &New,
               std::string Key, IRDiff &Out)
      : Old(Old), New(New), Key(std::move(Key)), Out(Out) {}

  /// Returns whether anything changed.
  bool compare(uint32_t OldIndex, uint32_t NewIndex) {
    const ir::Item &A = Old.Module.Items[OldIndex];
    const ir::Item &B = New.Module.Items[NewIndex];
    Disposition OldKind = Old.Decisions.Decisions[OldIndex].Kind;
    Disposition NewKind = New.Decisions.Decisions[NewIndex].Kind;
    if (OldKind != NewKind)
      note(true, std::string("now ") + dispositionName(NewKind) + " (was " +
                     dispositionName(OldKind) + ")");
    switch (A.kind()) {
    case ir::ItemKind::Record:
      compareRecords(A.as<ir::Record>(), B.as<ir::Record>());
      break;
    case ir::ItemKind::Enum:
      compareEnums(A.as<ir::Enum>(), B.as<ir::Enum>());
      break;
    case ir::ItemKind::Typedef:
      compareTypes("type", A.as<ir::Typedef>().Underlying,
                   B.as<ir::Typedef>().Underlying);
      break;
    case ir::ItemKind::Function:
      compareFunctions(A.as<ir::Function>(), B.as<ir::Function>());
      break;
    case ir::ItemKind::Var:
      compareTypes("type", A.as<ir::Var>().Type, B.as<ir::Var>().Type);
      break;
    case ir::ItemKind::Constant:
      compareConstants(A.as<ir::Constant>(), B.as<ir::Constant>());
      break;
    }
    return Changed;
  }

private:
  void note(bool Breaking, std::string Detail) {
    Out.Changes.push_back(
        {ChangeAction::Changed, Breaking, Key, std::move(Detail)});
    Changed = true;
  }

  void compareTypes(const std::string &What, ir::TypeId A, ir::TypeId B) {
    std::string OldName = diffTypeName(Old, A), NewName = diffTypeName(New, B);
    if (OldName != NewName)
      note(true, What + " " + OldName + " -> " + NewName);
  }

  void compareRecords(const ir::Record &A, const ir::Record &B) {
    if (A.IsComplete != B.IsComplete)
      note(true, B.IsComplete ? "now complete (was a forward declaration)"
                              : "now a forward declaration");
    if (A.SizeBytes != B.SizeBytes)
      note(true, "size " + std::to_string(A.SizeBytes) + " -> " +
                     std::to_string(B.SizeBytes) + " bytes");
    if (A.AlignBytes != B.AlignBytes)
      note(true, "alignment " + std::to_string(A.AlignBytes) + " -> " +
                     std::to_string(B.AlignBytes) + " bytes");
    llvm::StringMap<size_t> NewFields;
    for (size_t I = 0; I < B.Fields.size(); ++I)
      NewFields.try_emplace(fieldLabel(B.Fields[I], I), I);
    llvm::StringMap<bool> Seen;
    bool OffsetsMoved = false;
    for (size_t I = 0; I < A.Fields.size(); ++I) {
      std::string Label = fieldLabel(A.Fields[I], I);
      Seen[Label] = true;
      auto It = NewFields.find(Label);
      if (It == NewFields.end()) {
        note(true, Label + " removed");
        continue;
      }
      const ir::Field &F = A.Fields[I], &G = B.Fields[It->second];
      if (F.OffsetBits != G.OffsetBits) {
        note(true, Label + ": offset " + bytes(F.OffsetBits) + " -> " +
                       bytes(G.OffsetBits));
        OffsetsMoved = true;
      }
      if (F.BitWidth != G.BitWidth)
        note(true, Label + ": bit width " +
                       (F.BitWidth ? std::to_string(*F.BitWidth) : "none") +
                       " -> " +
                       (G.BitWidth ? std::to_string(*G.BitWidth) : "none"));
      compareTypes(Label + ": type", F.Type, G.Type);
    }
    // An added field is harmless only where old code cannot notice: the
    // size and every old offset stay as they were (it took padding or a
    // reserved tail).
    bool Harmless = !OffsetsMoved && A.SizeBytes == B.SizeBytes;
    for (size_t I = 0; I < B.Fields.size(); ++I) {
      std::string Label = fieldLabel(B.Fields[I], I);
      if (!Seen.count(Label))
        note(!Harmless, Label + " added at offset " +
                            bytes(B.Fields[I].OffsetBits) + " (" +
                            diffTypeName(New, B.Fields[I].Type) + ")");
    }
  }

  void compareEnums(const ir::Enum &A, const ir::Enum &B) {
    compareTypes("underlying type", A.IntegerType, B.IntegerType);
    auto Value = [](const ir::Enum &E, const ir::Enumerator &V) {
      return E.IsSigned ? std::to_string(V.signedValue())
                        : std::to_string(V.RawValue);
    };
    llvm::StringMap<const ir::Enumerator *> NewValues;
    for (const ir::Enumerator &V : B.Enumerators)
      NewValues.try_emplace(V.Name, &V);
    llvm::StringMap<bool> Seen;
    for (const ir::Enumerator &V : A.Enumerators) {
      Seen[V.Name] = true;
      auto It = NewValues.find(V.Name);
      if (It == NewValues.end())
        note(true, "value " + V.Name + " removed");
      else if (Value(A, V) != Value(B, *It->second))
        note(true, "value " + V.Name + ": " + Value(A, V) + " -> " +
                       Value(B, *It->second));
    }
    for (const ir::Enumerator &V : B.Enumerators)
      if (!Seen.count(V.Name))
        note(false, "value " + V.Name + " = " + Value(B, V) + " added");
  }

  void compareFunctions(const ir::Function &A, const ir::Function &B) {
    const ir::Type &TA = Old.Module.type(A.Type), &TB = New.Module.type(B.Type);
    if (TA.Kind != ir::TypeKind::Function || TB.Kind != ir::TypeKind::Function)
      return compareTypes("type", A.Type, B.Type);
    const ir::FunctionSignature &SA = Old.Module.signature(TA);
    const ir::FunctionSignature &SB = New.Module.signature(TB);
    compareTypes("return type", SA.Result, SB.Result);
    if (SA.Params.size() != SB.Params.size())
      note(true, "parameters " + diffTypeName(Old, A.Type) + " -> " +
                     diffTypeName(New, B.Type));
    else
      for (size_t I = 0; I < SA.Params.size(); ++I)
        compareTypes("parameter " + std::to_string(I + 1) + ": type",
                     SA.Params[I], SB.Params[I]);
    if (SA.IsVariadic != SB.IsVariadic)
      note(true, SB.IsVariadic ? "now variadic" : "no longer variadic");
    if (A.LinkName != B.LinkName)
      note(true, "link name '" + A.LinkName + "' -> '" + B.LinkName + "'");
  }

  void compareConstants(const ir::Constant &A, const ir::Constant &B) {
    // A constant is compiled into the code that uses it: a new value
    // disagrees with every binary built against the old one.
    std::string OldValue = constantValue(A), NewValue = constantValue(B);
    if (A.Kind != B.Kind || OldValue != NewValue)
      note(true, "value " + OldValue + " -> " + NewValue);
    if (A.CType.isValid() || B.CType.isValid())
      compareTypes("type", A.CType, B.CType);
  }

  const AnalysedModule &Old, &New;
  std::string Key;
  IRDiff &Out;
  bool Changed = false;
};

std::string shapeOf(const AnalysedModule &IR, uint32_t Index) {
  const ir::Item &It = IR.Module.Items[Index];
  switch (It.kind()) {
  case ir::ItemKind::Record:
    return "size " + bytes(It.as<ir::Record>().SizeBytes * 8);
  case ir::ItemKind::Enum:
    return counted(It.as<ir::Enum>().Enumerators.size(), "enumerator");
  case ir::ItemKind::Typedef:
    return diffTypeName(IR, It.as<ir::Typedef>().Underlying);
  case ir::ItemKind::Function:
    return diffTypeName(IR, It.as<ir::Function>().Type);
  case ir::ItemKind::Var:
    return diffTypeName(IR, It.as<ir::Var>().Type);
  case ir::ItemKind::Constant:
    return "value " + constantValue(It.as<ir::Constant>());
  }
  return "";
}

/// The variants of the emitted anonymous enums of IR, by name: bindgen
/// turns them into top-level constants, as it does object-like macros, so a
/// macro that became such a variant (or back) is the same constant to Rust.
llvm::StringMap<std::string> anonymousVariants(const AnalysedModule &IR) {
  llvm::StringMap<std::string> Values;
  for (uint32_t I = 0; I < IR.Module.Items.size(); ++I) {
    const ir::Item &It = IR.Module.Items[I];
    const ir::Enum *E = It.getIf<ir::Enum>();
    if (!E || !It.isAnonymous() || It.NamingTypedef.isValid() ||
        !IR.Decisions.isEmitted(ir::ItemId{I}))
      continue;
    for (const ir::Enumerator &V : E->Enumerators)
      Values.try_emplace(V.Name, E->IsSigned ? std::to_string(V.signedValue())
                                             : std::to_string(V.RawValue));
  }
  return Values;
}

/// A constant on one side that is an anonymous enum's variant on the other:
/// one Change (compatible when the value is the same), or false.
bool constantMovedToEnum(const AnalysedModule &Side, uint32_t Index,
                         const llvm::StringMap<std::string> &OtherVariants,
                         const std::string &Key, bool ToEnum, IRDiff &Out) {
  const ir::Constant *C = Side.Module.Items[Index].getIf<ir::Constant>();
  if (!C)
    return false;
  auto It = OtherVariants.find(Side.Module.Items[Index].Name);
  if (It == OtherVariants.end())
    return false;
  std::string Value = constantValue(*C);
  bool Same = Value == It->second;
  std::string Detail = ToEnum ? "now a variant of an anonymous enum"
                              : "now a constant (was an anonymous enum's "
                                "variant)";
  Detail += Same ? ", value " + Value + " unchanged"
                 : ", value " + (ToEnum ? Value + " -> " + It->second
                                        : It->second + " -> " + Value);
  Out.Changes.push_back({ChangeAction::Changed, !Same, Key, Detail});
  ++Out.ItemsChanged;
  return true;
}

} // namespace

IRDiff diffModules(const AnalysedModule &Old, const AnalysedModule &New) {
  IRDiff Diff;
  std::vector<std::string> OldOrder, NewOrder;
  llvm::StringMap<uint32_t> OldItems = emittedItems(Old, OldOrder);
  llvm::StringMap<uint32_t> NewItems = emittedItems(New, NewOrder);
  llvm::StringMap<std::string> OldVariants = anonymousVariants(Old);
  llvm::StringMap<std::string> NewVariants = anonymousVariants(New);
  for (const std::string &Key : OldOrder) {
    uint32_t OldIndex = OldItems.lookup(Key);
    auto It = NewItems.find(Key);
    if (It == NewItems.end() &&
        constantMovedToEnum(Old, OldIndex, NewVariants, Key, true, Diff))
      continue;
    if (It == NewItems.end()) {
      Diff.Changes.push_back(
          {ChangeAction::Removed, true, Key, shapeOf(Old, OldIndex)});
      ++Diff.ItemsRemoved;
      continue;
    }
    if (ItemComparer(Old, New, Key, Diff).compare(OldIndex, It->second))
      ++Diff.ItemsChanged;
  }
  for (const std::string &Key : NewOrder)
    if (!OldItems.count(Key) &&
        !constantMovedToEnum(New, NewItems.lookup(Key), OldVariants, Key, false,
                             Diff)) {
      Diff.Changes.push_back({ChangeAction::Added, false, Key,
                              shapeOf(New, NewItems.lookup(Key))});
      ++Diff.ItemsAdded;
    }
  return Diff;
}

} // namespace kbindgen
