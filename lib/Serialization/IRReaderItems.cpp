//===- IRReaderItems.cpp - One JSON IR item back into an ir::Item ---------===//
//
// The inverse of lib/Backends/Json's writeItem: the common keys, the decision
// and the keys of each item kind (docs/ir-schema.md).
//
//===----------------------------------------------------------------------===//

#include "IRReaderSupport.h"

#include "kbindgen/IR/IRNames.h"
#include "kbindgen/IR/Vocabulary.h"

namespace kbindgen::inspect {

using llvm::json::Object;
using llvm::json::Value;

namespace {

class ItemReader {
public:
  ItemReader(JsonCursor &C, const Object &O, const std::string &Path)
      : C(C), O(O), Path(Path) {}

  bool readRecord(ir::Item &Out) {
    ir::Record R;
    std::string Kind;
    if (!C.getString(O, "record_kind", Path, Kind))
      return false;
    std::optional<ir::RecordKind> RecordKind =
        enumFromName(Kind, ir::recordKeyword, ir::RecordKind::Union);
    if (!RecordKind)
      return C.fail(Path, "unknown record_kind '" + Kind + "'");
    R.Kind = *RecordKind;
    if (!C.getBool(O, "complete", Path, R.IsComplete) ||
        !C.getBool(O, "packed", Path, R.IsPacked) ||
        !C.getBool(O, "anonymous_member", Path, R.IsAnonymousMember) ||
        !C.getUnsigned(O, "size", Path, R.SizeBytes) ||
        !C.getUnsigned(O, "align", Path, R.AlignBytes))
      return false;
    const llvm::json::Array *Fields = C.getArray(O, "fields", Path);
    if (!Fields)
      return false;
    for (size_t I = 0; I < Fields->size(); ++I) {
      std::string FieldPath = Path + ".fields[" + std::to_string(I) + "]";
      const Object *F = C.asObject((*Fields)[I], FieldPath);
      if (!F)
        return false;
      ir::Field Field;
      if (!C.getString(*F, "name", FieldPath, Field.Name) ||
          !C.getTypeRef(*F, "type", FieldPath, Field.Type) ||
          !C.getUnsigned(*F, "offset_bits", FieldPath, Field.OffsetBits) ||
          !C.getOptionalString(*F, "doc", FieldPath, Field.Doc) ||
          !C.getLoc(*F, FieldPath, Field.Loc))
        return false;
      if (F->get("bit_width")) {
        uint32_t Width = 0;
        if (!C.getUnsigned32(*F, "bit_width", FieldPath, Width))
          return false;
        Field.BitWidth = Width;
      }
      R.Fields.push_back(std::move(Field));
    }
    Out.Data = std::move(R);
    return true;
  }

  bool readEnum(ir::Item &Out) {
    ir::Enum E;
    if (!C.getTypeRef(O, "integer_type", Path, E.IntegerType) ||
        !C.getBool(O, "signed", Path, E.IsSigned) ||
        !C.getBool(O, "complete", Path, E.IsComplete))
      return false;
    const llvm::json::Array *Values = C.getArray(O, "enumerators", Path);
    if (!Values)
      return false;
    for (size_t I = 0; I < Values->size(); ++I) {
      std::string ValuePath = Path + ".enumerators[" + std::to_string(I) + "]";
      const Object *V = C.asObject((*Values)[I], ValuePath);
      if (!V)
        return false;
      ir::Enumerator Value;
      bool IsNegative = false;
      if (!C.getString(*V, "name", ValuePath, Value.Name) ||
          !C.getIntegerBits(*V, "value", ValuePath, Value.RawValue,
                            IsNegative) ||
          !C.getOptionalString(*V, "doc", ValuePath, Value.Doc) ||
          !C.getLoc(*V, ValuePath, Value.Loc))
        return false;
      E.Enumerators.push_back(std::move(Value));
    }
    Out.Data = std::move(E);
    return true;
  }

  /// The optional "param_array_types": type ids or null.
  bool readParamArrayTypes(ir::Function &F) {
    if (!O.get("param_array_types"))
      return true;
    const llvm::json::Array *Types = C.getArray(O, "param_array_types", Path);
    if (!Types)
      return false;
    for (size_t I = 0; I < Types->size(); ++I) {
      const llvm::json::Value &V = (*Types)[I];
      std::optional<uint64_t> Index = V.getAsUINT64();
      if (V.kind() == llvm::json::Value::Null) {
        F.ParamArrayTypes.push_back(ir::TypeId());
        continue;
      }
      llvm::json::Object Wrapper{{"type", V}};
      ir::TypeId Id;
      if (!Index ||
          !C.getTypeRef(Wrapper, "type",
                        Path + ".param_array_types[" + llvm::Twine(I) + "]",
                        Id))
        return Index
                   ? false
                   : C.fail(Path + ".param_array_types[" + llvm::Twine(I) + "]",
                            "expected a type id or null");
      F.ParamArrayTypes.push_back(Id);
    }
    return true;
  }

  bool readFunction(ir::Item &Out) {
    ir::Function F;
    if (!C.getTypeRef(O, "type", Path, F.Type) ||
        !C.getStringArray(O, "param_names", Path, F.ParamNames) ||
        !C.getBool(O, "static", Path, F.IsStatic) ||
        !C.getBool(O, "inline", Path, F.IsInline) ||
        !C.getBool(O, "definition", Path, F.IsDefinition) ||
        !C.getBool(O, "warn_unused_result", Path, F.WarnUnusedResult) ||
        !C.getBool(O, "deprecated", Path, F.IsDeprecated) ||
        !C.getString(O, "link_name", Path, F.LinkName) ||
        !C.getOptionalBool(O, "inline_has_symbol", Path, F.InlineHasSymbol) ||
        !C.getOptionalString(O, "macro_callee", Path, F.MacroCallee) ||
        !readParamArrayTypes(F))
      return false;
    Out.Data = std::move(F);
    return true;
  }

  bool readVar(ir::Item &Out) {
    ir::Var V;
    if (!C.getTypeRef(O, "type", Path, V.Type) ||
        !C.getBool(O, "extern", Path, V.IsExtern) ||
        !C.getBool(O, "static", Path, V.IsStatic) ||
        !C.getBool(O, "thread_local", Path, V.IsThreadLocal) ||
        !C.getBool(O, "definition", Path, V.IsDefinition) ||
        !C.getString(O, "link_name", Path, V.LinkName))
      return false;
    Out.Data = std::move(V);
    return true;
  }

  bool readConstant(ir::Item &Out) {
    ir::Constant K;
    std::string KindName, Origin;
    if (!C.getString(O, "constant_kind", Path, KindName) ||
        !C.getString(O, "origin", Path, Origin))
      return false;
    std::optional<ir::ConstantKind> Kind =
        enumFromName(KindName, constantKindName, ir::ConstantKind::Char);
    if (!Kind)
      return C.fail(Path, "unknown constant_kind '" + KindName + "'");
    K.Kind = *Kind;
    if (Origin != "macro" && Origin != "const_var")
      return C.fail(Path, "unknown origin '" + Origin + "'");
    K.Origin = Origin == "macro" ? ir::ConstantOrigin::Macro
                                 : ir::ConstantOrigin::ConstVar;
    if (!readConstantValue(K))
      return false;
    if (!C.getTypeRef(O, "c_type", Path, K.CType) ||
        !C.getString(O, "expansion", Path, K.Expansion))
      return false;
    Out.Data = std::move(K);
    return true;
  }

private:
  bool readConstantValue(ir::Constant &K) {
    switch (K.Kind) {
    case ir::ConstantKind::Integer:
    case ir::ConstantKind::Char:
      return C.getIntegerBits(O, "value", Path, K.IntegerBits, K.IsNegative);
    case ir::ConstantKind::Float: {
      const Value *V = O.get("value");
      std::optional<double> Number = V ? V->getAsNumber() : std::nullopt;
      if (!Number && V)
        if (std::optional<llvm::StringRef> Name = V->getAsString())
          Number = nonFiniteValue(*Name);
      if (!Number)
        return C.fail(Path, "'value' must be a number or one of \"inf\", "
                            "\"-inf\", \"nan\", \"-nan\"");
      K.FloatValue = *Number;
      return true;
    }
    case ir::ConstantKind::String: {
      const llvm::json::Array *Bytes = C.getArray(O, "value", Path);
      if (!Bytes)
        return false;
      for (const Value &Byte : *Bytes) {
        std::optional<uint64_t> N = Byte.getAsUINT64();
        if (!N || *N > 255)
          return C.fail(Path, "'value' must be an array of bytes (0-255)");
        K.Bytes.push_back(static_cast<char>(*N));
      }
      return true;
    }
    }
    return C.fail(Path, "unknown constant kind");
  }

  JsonCursor &C;
  const Object &O;
  const std::string &Path;
};

bool readDecision(JsonCursor &C, const Object &O, const std::string &Path,
                  ItemExtras &Extras) {
  if (!O.get("decision"))
    return true;
  const Object *D = C.getObject(O, "decision", Path);
  std::string DecisionPath = Path + ".decision";
  if (!D ||
      !C.getString(*D, "disposition", DecisionPath, Extras.DispositionName) ||
      !C.getString(*D, "reason", DecisionPath, Extras.Reason) ||
      !C.getItemRef(*D, "reached_from", DecisionPath, Extras.ReachedFrom) ||
      !C.getString(*D, "via", DecisionPath, Extras.Via) ||
      !C.getString(O, "rust_name", Path, Extras.RustName))
    return false;
  Extras.HasDecision = true;
  return true;
}

} // namespace

bool readItem(JsonCursor &C, const Object &O, const std::string &Path,
              ir::Item &Out, ItemExtras &Extras) {
  std::string KindName;
  if (!C.getString(O, "kind", Path, KindName) ||
      !C.getString(O, "name", Path, Out.Name) || !C.getLoc(O, Path, Out.Loc) ||
      !C.getOptionalString(O, "doc", Path, Out.Doc) ||
      !C.getItemRef(O, "parent", Path, Out.Parent) ||
      !C.getItemRef(O, "naming_typedef", Path, Out.NamingTypedef) ||
      !readDecision(C, O, Path, Extras))
    return false;
  std::optional<ir::ItemKind> Kind =
      enumFromName(KindName, itemKindName, ir::ItemKind::Constant);
  if (!Kind)
    return C.fail(Path, "unknown item kind '" + KindName + "'");
  ItemReader Reader(C, O, Path);
  bool HasMembers = false;
  switch (*Kind) {
  case ir::ItemKind::Record:
    if (!Reader.readRecord(Out))
      return false;
    HasMembers = true;
    break;
  case ir::ItemKind::Enum:
    if (!Reader.readEnum(Out))
      return false;
    HasMembers = true;
    break;
  case ir::ItemKind::Typedef: {
    ir::Typedef T;
    if (!C.getTypeRef(O, "underlying", Path, T.Underlying))
      return false;
    Out.Data = T;
    break;
  }
  case ir::ItemKind::Function:
    if (!Reader.readFunction(Out))
      return false;
    break;
  case ir::ItemKind::Var:
    if (!Reader.readVar(Out))
      return false;
    break;
  case ir::ItemKind::Constant:
    if (!Reader.readConstant(Out))
      return false;
    break;
  }
  if (HasMembers && O.get("rust_member_names"))
    return C.getStringArray(O, "rust_member_names", Path, Extras.MemberNames);
  return true;
}

} // namespace kbindgen::inspect
