//===- IRReader.cpp - The JSON IR read back -------------------------------===//
//
// Reads what `--emit-ir` writes (docs/ir-schema.md) back into an ir::Module
// and the analysis decisions, so that explain, layout and diff work from a
// saved IR. Writing what was read gives the same bytes (test/inspect checks
// it over the golden corpus). Only this schema version is accepted: a reader
// that guessed at another version's meaning would answer wrongly.
//
//===----------------------------------------------------------------------===//

#include "kbindgen/Serialization/IRReader.h"

#include "IRReaderSupport.h"

#include "kbindgen/IR/IRNames.h"
#include "kbindgen/IR/Verifier.h"

namespace kbindgen {

using inspect::enumFromName;
using inspect::JsonCursor;
using llvm::json::Object;
using llvm::json::Value;

namespace {

/// The version lib/Backends/Json writes; keep the two in step.
constexpr int64_t SupportedSchemaVersion = 2;

class ModuleReader {
public:
  explicit ModuleReader(AnalysedModule &Out) : Out(Out) {}

  JsonCursor C;

  bool read(const Object &Root) {
    std::optional<llvm::StringRef> Schema = Root.getString("schema");
    if (!Schema || *Schema != "kbindgen-ir")
      return C.fail("top level", "not a kbindgen IR ('schema' is not "
                                 "\"kbindgen-ir\")");
    std::optional<int64_t> Version = Root.getInteger("version");
    if (!Version)
      return C.fail("top level", "'version' must be an integer");
    if (*Version != SupportedSchemaVersion)
      return C.fail("top level",
                    "IR schema version " + llvm::Twine(*Version) +
                        " is not supported (this kbindgen reads version " +
                        llvm::Twine(SupportedSchemaVersion) +
                        "); regenerate it with --emit-ir");
    const llvm::json::Array *Types = C.getArray(Root, "types", "top level");
    const llvm::json::Array *Sigs = C.getArray(Root, "signatures", "top level");
    const llvm::json::Array *Items = C.getArray(Root, "items", "top level");
    if (!Types || !Sigs || !Items ||
        !C.getStringArray(Root, "files", "top level", Out.Module.Files))
      return false;
    C.FileCount = Out.Module.Files.size();
    C.TypeCount = Types->size();
    C.SignatureCount = Sigs->size();
    C.ItemCount = Items->size();
    return readTarget(Root) && readTypes(*Types) && readSignatures(*Sigs) &&
           readItems(*Items) && readSkippedMacros(Root) && readEmitOrder(Root);
  }

private:
  AnalysedModule &Out;

  bool readTarget(const Object &Root) {
    const Object *T = C.getObject(Root, "target", "top level");
    ir::TargetInfo &Target = Out.Module.Target;
    return T && C.getString(*T, "triple", "target", Target.Triple) &&
           C.getUnsigned32(*T, "pointer_bytes", "target",
                           Target.PointerBytes) &&
           C.getBool(*T, "char_is_signed", "target", Target.CharIsSigned) &&
           C.getString(*T, "clang_version", "target", Target.ClangVersion);
  }

  bool readTypes(const llvm::json::Array &Types) {
    for (size_t I = 0; I < Types.size(); ++I) {
      std::string Path = "types[" + std::to_string(I) + "]";
      const Object *O = C.asObject(Types[I], Path);
      ir::Type T;
      if (!O || !readType(*O, Path, T))
        return false;
      Out.Module.Types.push_back(std::move(T));
    }
    return true;
  }

  bool readType(const Object &O, const std::string &Path, ir::Type &T) {
    std::string KindName;
    if (!C.getString(O, "kind", Path, KindName))
      return false;
    std::optional<ir::TypeKind> Kind =
        enumFromName(KindName, typeKindName, ir::TypeKind::Opaque);
    if (!Kind)
      return C.fail(Path, "unknown type kind '" + KindName + "'");
    T.Kind = *Kind;
    if (!C.getOptionalBool(O, "const", Path, T.IsConst) ||
        !C.getOptionalBool(O, "volatile", Path, T.IsVolatile) ||
        !readTypeDetails(O, Path, T))
      return false;
    return C.getUnsigned(O, "size", Path, T.SizeBytes) &&
           C.getUnsigned(O, "align", Path, T.AlignBytes) &&
           C.getString(O, "spelling", Path, T.Spelling);
  }

  bool readTypeDetails(const Object &O, const std::string &Path, ir::Type &T) {
    std::string Name;
    switch (T.Kind) {
    case ir::TypeKind::Integer: {
      if (!C.getString(O, "integer", Path, Name) ||
          !C.getBool(O, "signed", Path, T.IsSigned))
        return false;
      auto Integer =
          enumFromName(Name, integerKindName, ir::IntegerKind::Char32);
      if (!Integer)
        return C.fail(Path, "unknown integer kind '" + Name + "'");
      T.Integer = *Integer;
      return true;
    }
    case ir::TypeKind::Float: {
      if (!C.getString(O, "float", Path, Name))
        return false;
      auto Float = enumFromName(Name, floatKindName, ir::FloatKind::Float128);
      if (!Float)
        return C.fail(Path, "unknown float kind '" + Name + "'");
      T.Float = *Float;
      return true;
    }
    case ir::TypeKind::Pointer:
      return C.getTypeRef(O, "pointee", Path, T.Pointee);
    case ir::TypeKind::Array:
      return C.getTypeRef(O, "element", Path, T.Pointee) &&
             C.getUnsigned(O, "length", Path, T.ArrayLength);
    case ir::TypeKind::IncompleteArray:
      return C.getTypeRef(O, "element", Path, T.Pointee);
    case ir::TypeKind::Function:
      if (!C.getUnsigned32(O, "signature", Path, T.Signature))
        return false;
      if (T.Signature >= C.SignatureCount)
        return C.fail(Path, "'signature' refers to signature " +
                                llvm::Twine(T.Signature) + " of " +
                                llvm::Twine(C.SignatureCount));
      return true;
    case ir::TypeKind::Named:
      return C.getItemRef(O, "item", Path, T.Item);
    case ir::TypeKind::Opaque: {
      if (!C.getString(O, "opaque_reason", Path, Name))
        return false;
      auto Reason =
          enumFromName(Name, opaqueReasonName, ir::OpaqueReason::Unsupported);
      if (!Reason)
        return C.fail(Path, "unknown opaque_reason '" + Name + "'");
      T.Opaque = *Reason;
      return true;
    }
    case ir::TypeKind::Void:
      return true;
    }
    return true;
  }

  bool readSignatures(const llvm::json::Array &Sigs) {
    for (size_t I = 0; I < Sigs.size(); ++I) {
      std::string Path = "signatures[" + std::to_string(I) + "]";
      const Object *O = C.asObject(Sigs[I], Path);
      if (!O)
        return false;
      ir::FunctionSignature Sig;
      std::string Convention;
      if (!C.getTypeRef(*O, "result", Path, Sig.Result) ||
          !C.getBool(*O, "variadic", Path, Sig.IsVariadic) ||
          !C.getBool(*O, "prototype", Path, Sig.HasPrototype) ||
          !C.getBool(*O, "noreturn", Path, Sig.IsNoReturn) ||
          !C.getString(*O, "calling_convention", Path, Convention))
        return false;
      auto Conv =
          enumFromName(Convention, callingConvName, ir::CallingConv::Other);
      if (!Conv)
        return C.fail(Path, "unknown calling_convention '" + Convention + "'");
      Sig.Convention = *Conv;
      const llvm::json::Array *Params = C.getArray(*O, "params", Path);
      if (!Params)
        return false;
      for (const Value &Param : *Params) {
        std::optional<uint64_t> Index = Param.getAsUINT64();
        if (!Index || *Index >= C.TypeCount)
          return C.fail(Path, "'params' must hold type ids");
        Sig.Params.push_back(ir::TypeId{static_cast<uint32_t>(*Index)});
      }
      if (O->get("param_names") &&
          !C.getStringArray(*O, "param_names", Path, Sig.ParamNames))
        return false;
      Out.Module.Signatures.push_back(std::move(Sig));
    }
    return true;
  }

  bool readItems(const llvm::json::Array &Items) {
    ItemDecisions &A = Out.Decisions;
    size_t Count = Items.size();
    A.Decisions.assign(Count, Decision());
    A.RustNames.assign(Count, "");
    A.MemberNames.assign(Count, {});
    A.ConstantCTypes.assign(Count, ir::TypeId());
    for (size_t I = 0; I < Count; ++I) {
      std::string Path = "items[" + std::to_string(I) + "]";
      const Object *O = C.asObject(Items[I], Path);
      ir::Item Item;
      inspect::ItemExtras Extras;
      if (!O || !inspect::readItem(C, *O, Path, Item, Extras))
        return false;
      std::optional<int64_t> Id = O->getInteger("id");
      if (!Id || *Id != static_cast<int64_t>(I))
        return C.fail(Path, "'id' must be its index " + llvm::Twine(I));
      if (Extras.HasDecision) {
        auto Kind = enumFromName(Extras.DispositionName, dispositionName,
                                 Disposition::Skipped);
        if (!Kind)
          return C.fail(Path,
                        "unknown disposition '" + Extras.DispositionName + "'");
        A.Decisions[I] = {*Kind, std::move(Extras.Reason), Extras.ReachedFrom,
                          std::move(Extras.Via)};
        A.RustNames[I] = std::move(Extras.RustName);
      }
      A.MemberNames[I] = std::move(Extras.MemberNames);
      // `c_type` is the type the analysis chose to write.
      if (const auto *Constant = Item.getIf<ir::Constant>())
        A.ConstantCTypes[I] = Constant->CType;
      Out.Module.Items.push_back(std::move(Item));
    }
    return true;
  }

  bool readSkippedMacros(const Object &Root) {
    const llvm::json::Array *Macros =
        C.getArray(Root, "skipped_macros", "top level");
    if (!Macros)
      return false;
    for (size_t I = 0; I < Macros->size(); ++I) {
      std::string Path = "skipped_macros[" + std::to_string(I) + "]";
      const Object *O = C.asObject((*Macros)[I], Path);
      ir::SkippedMacro Macro;
      if (!O || !C.getString(*O, "name", Path, Macro.Name) ||
          !C.getLoc(*O, Path, Macro.Loc) ||
          !C.getString(*O, "reason", Path, Macro.Reason))
        return false;
      Out.Module.SkippedMacros.push_back(std::move(Macro));
    }
    return true;
  }

  bool readEmitOrder(const Object &Root) {
    const llvm::json::Array *Order =
        C.getArray(Root, "emit_order", "top level");
    if (!Order)
      return false;
    for (const Value &Id : *Order) {
      std::optional<uint64_t> Index = Id.getAsUINT64();
      if (!Index || *Index >= C.ItemCount)
        return C.fail("emit_order", "must hold item ids");
      Out.Decisions.EmitOrder.push_back(
          ir::ItemId{static_cast<uint32_t>(*Index)});
    }
    return true;
  }
};

} // namespace

llvm::Expected<AnalysedModule> readIRJson(llvm::StringRef Text,
                                          llvm::StringRef FileName) {
  llvm::Expected<Value> Parsed = llvm::json::parse(Text);
  if (!Parsed)
    return llvm::createStringError(
        llvm::inconvertibleErrorCode(), "%s: not valid JSON: %s",
        FileName.str().c_str(), toString(Parsed.takeError()).c_str());
  const Object *Root = Parsed->getAsObject();
  AnalysedModule Result;
  ModuleReader Reader(Result);
  if (!Root)
    Reader.C.fail("top level", "must be an object");
  else
    Reader.read(*Root);
  if (Reader.C.failed())
    return llvm::createStringError(llvm::inconvertibleErrorCode(), "%s: %s",
                                   FileName.str().c_str(),
                                   Reader.C.problem().c_str());
  // The reader checks the shape of each entry; the verifier checks that the
  // entries fit together, as it does for the frontend's modules.
  if (llvm::Error Malformed = ir::verifyModule(Result.Module))
    return llvm::createStringError(llvm::inconvertibleErrorCode(), "%s: %s",
                                   FileName.str().c_str(),
                                   toString(std::move(Malformed)).c_str());
  return Result;
}

} // namespace kbindgen
