//===- IRWriter.cpp - The IR as JSON --------------------------------------===//
//
// Writes the module and the analysis decisions with llvm::json::OStream, so
// the dump streams without building a DOM and keeps the IR's order (ids are
// array indexes, so the order is the schema). The schema is docs/ir-schema.md;
// bump SchemaVersion on any incompatible change.
//
//===----------------------------------------------------------------------===//

#include "kbindgen/Serialization/IRWriter.h"
#include "kbindgen/IR/IRNames.h"
#include "kbindgen/IR/Vocabulary.h"

#include "llvm/Support/JSON.h"

#include <cmath>

namespace kbindgen {
namespace {

constexpr int SchemaVersion = 2;

using llvm::json::OStream;

class JsonWriter {
public:
  JsonWriter(const ir::Module &M, const ItemDecisions &A,
             const llvm::json::Value *Safe, llvm::raw_ostream &OS)
      : M(M), A(A), Safe(Safe), J(OS, /*IndentSize=*/1) {}

  void write() {
    J.object([&] {
      J.attribute("schema", "kbindgen-ir");
      J.attribute("version", SchemaVersion);
      writeTarget();
      J.attributeArray("files", [&] {
        for (const std::string &File : M.Files)
          J.value(File);
      });
      J.attributeArray("types", [&] {
        for (const ir::Type &T : M.Types)
          writeType(T);
      });
      J.attributeArray("signatures", [&] {
        for (const ir::FunctionSignature &Sig : M.Signatures)
          writeSignature(Sig);
      });
      J.attributeArray("items", [&] {
        for (uint32_t I = 0; I < M.Items.size(); ++I)
          writeItem(ir::ItemId{I});
      });
      J.attributeArray("skipped_macros", [&] {
        for (const ir::SkippedMacro &Macro : M.SkippedMacros)
          J.object([&] {
            J.attribute("name", Macro.Name);
            writeLoc(Macro.Loc);
            J.attribute("reason", Macro.Reason);
          });
      });
      J.attributeArray("emit_order", [&] {
        for (ir::ItemId Id : A.EmitOrder)
          J.value(Id.Index);
      });
      if (Safe)
        J.attribute("safe", *Safe);
    });
  }

private:
  const ir::Module &M;
  const ItemDecisions &A;
  const llvm::json::Value *Safe;
  OStream J;

  void writeTarget() {
    J.attributeObject("target", [&] {
      J.attribute("triple", M.Target.Triple);
      J.attribute("pointer_bytes", M.Target.PointerBytes);
      J.attribute("char_is_signed", M.Target.CharIsSigned);
      J.attribute("clang_version", M.Target.ClangVersion);
    });
  }

  void writeLoc(const ir::SourceLoc &Loc) {
    J.attributeObject("loc", [&] {
      if (Loc.File == ir::SourceLoc::InvalidFile)
        J.attribute("file", nullptr);
      else
        J.attribute("file", Loc.File);
      J.attribute("line", Loc.Line);
      J.attribute("column", Loc.Column);
    });
  }

  void writeTypeRef(llvm::StringRef Key, ir::TypeId Id) {
    if (Id.isValid())
      J.attribute(Key, Id.Index);
    else
      J.attribute(Key, nullptr);
  }

  void writeItemRef(llvm::StringRef Key, ir::ItemId Id) {
    if (Id.isValid())
      J.attribute(Key, Id.Index);
    else
      J.attribute(Key, nullptr);
  }

  /// A type is written as its parts (kind, references by index) plus
  /// clang's spelling verbatim: the JSON IR has no type display of its own
  /// to share with diff (DiffTypeNames.cpp) or layout (Layout.cpp).
  void writeType(const ir::Type &T) {
    J.object([&] {
      J.attribute("kind", typeKindName(T.Kind));
      if (T.IsConst)
        J.attribute("const", true);
      if (T.IsVolatile)
        J.attribute("volatile", true);
      switch (T.Kind) {
      case ir::TypeKind::Integer:
        J.attribute("integer", integerKindName(T.Integer));
        J.attribute("signed", T.IsSigned);
        break;
      case ir::TypeKind::Float:
        J.attribute("float", floatKindName(T.Float));
        break;
      case ir::TypeKind::Pointer:
        writeTypeRef("pointee", T.Pointee);
        break;
      case ir::TypeKind::Array:
        writeTypeRef("element", T.Pointee);
        J.attribute("length", T.ArrayLength);
        break;
      case ir::TypeKind::IncompleteArray:
        writeTypeRef("element", T.Pointee);
        break;
      case ir::TypeKind::Function:
        J.attribute("signature", T.Signature);
        break;
      case ir::TypeKind::Named:
        writeItemRef("item", T.Item);
        break;
      case ir::TypeKind::Opaque:
        J.attribute("opaque_reason", opaqueReasonName(T.Opaque));
        break;
      case ir::TypeKind::Void:
        break;
      }
      J.attribute("size", T.SizeBytes);
      J.attribute("align", T.AlignBytes);
      J.attribute("spelling", T.Spelling);
    });
  }

  void writeSignature(const ir::FunctionSignature &Sig) {
    J.object([&] {
      writeTypeRef("result", Sig.Result);
      J.attributeArray("params", [&] {
        for (ir::TypeId Param : Sig.Params)
          J.value(Param.Index);
      });
      J.attribute("variadic", Sig.IsVariadic);
      J.attribute("prototype", Sig.HasPrototype);
      J.attribute("noreturn", Sig.IsNoReturn);
      J.attribute("calling_convention", callingConvName(Sig.Convention));
      if (!Sig.ParamNames.empty())
        J.attributeArray("param_names", [&] {
          for (const std::string &Name : Sig.ParamNames)
            J.value(Name);
        });
    });
  }

  void writeDecision(ir::ItemId Id) {
    const Decision &D = A.Decisions[Id.Index];
    J.attributeObject("decision", [&] {
      J.attribute("disposition", dispositionName(D.Kind));
      J.attribute("reason", D.Reason);
      writeItemRef("reached_from", D.ReachedFrom);
      J.attribute("via", D.Via);
    });
    J.attribute("rust_name", A.RustNames[Id.Index]);
  }

  void writeMemberNames(ir::ItemId Id) {
    J.attributeArray("rust_member_names", [&] {
      for (const std::string &Name : A.MemberNames[Id.Index])
        J.value(Name);
    });
  }

  void writeRecord(const ir::Record &R) {
    J.attribute("record_kind", ir::recordKeyword(R.Kind));
    J.attribute("complete", R.IsComplete);
    J.attribute("packed", R.IsPacked);
    J.attribute("anonymous_member", R.IsAnonymousMember);
    J.attribute("size", R.SizeBytes);
    J.attribute("align", R.AlignBytes);
    J.attributeArray("fields", [&] {
      for (const ir::Field &F : R.Fields)
        J.object([&] {
          J.attribute("name", F.Name);
          writeTypeRef("type", F.Type);
          J.attribute("offset_bits", F.OffsetBits);
          if (F.BitWidth)
            J.attribute("bit_width", *F.BitWidth);
          if (!F.Doc.empty())
            J.attribute("doc", F.Doc);
          writeLoc(F.Loc);
        });
    });
  }

  void writeEnum(const ir::Enum &E) {
    writeTypeRef("integer_type", E.IntegerType);
    J.attribute("signed", E.IsSigned);
    J.attribute("complete", E.IsComplete);
    J.attributeArray("enumerators", [&] {
      for (const ir::Enumerator &Value : E.Enumerators)
        J.object([&] {
          J.attribute("name", Value.Name);
          if (E.IsSigned)
            J.attribute("value", Value.signedValue());
          else
            J.attribute("value", Value.RawValue);
          if (!Value.Doc.empty())
            J.attribute("doc", Value.Doc);
          writeLoc(Value.Loc);
        });
    });
  }

  void writeFunction(const ir::Function &F) {
    writeTypeRef("type", F.Type);
    J.attributeArray("param_names", [&] {
      for (const std::string &Name : F.ParamNames)
        J.value(Name);
    });
    J.attribute("static", F.IsStatic);
    J.attribute("inline", F.IsInline);
    J.attribute("definition", F.IsDefinition);
    J.attribute("warn_unused_result", F.WarnUnusedResult);
    J.attribute("deprecated", F.IsDeprecated);
    J.attribute("link_name", F.LinkName);
    // Written only when set, so that IRs of headers without them keep
    // their text.
    if (F.InlineHasSymbol)
      J.attribute("inline_has_symbol", true);
    if (!F.MacroCallee.empty())
      J.attribute("macro_callee", F.MacroCallee);
    if (!F.ParamArrayTypes.empty())
      J.attributeArray("param_array_types", [&] {
        for (ir::TypeId Id : F.ParamArrayTypes)
          if (Id.isValid())
            J.value(Id.Index);
          else
            J.value(nullptr);
      });
  }

  void writeVar(const ir::Var &V) {
    writeTypeRef("type", V.Type);
    J.attribute("extern", V.IsExtern);
    J.attribute("static", V.IsStatic);
    J.attribute("thread_local", V.IsThreadLocal);
    J.attribute("definition", V.IsDefinition);
    J.attribute("link_name", V.LinkName);
  }

  void writeConstant(ir::ItemId Id, const ir::Constant &C) {
    J.attribute("constant_kind", constantKindName(C.Kind));
    J.attribute("origin",
                C.Origin == ir::ConstantOrigin::Macro ? "macro" : "const_var");
    switch (C.Kind) {
    case ir::ConstantKind::Integer:
    case ir::ConstantKind::Char:
      if (C.IsNegative)
        J.attribute("value", static_cast<int64_t>(C.IntegerBits));
      else
        J.attribute("value", C.IntegerBits);
      break;
    case ir::ConstantKind::Float:
      // JSON has no infinity or NaN: those are the strings "inf", "-inf",
      // "nan" and "-nan" (docs/ir-schema.md).
      if (std::isfinite(C.FloatValue))
        J.attribute("value", C.FloatValue);
      else
        J.attribute("value", nonFiniteName(C.FloatValue));
      break;
    case ir::ConstantKind::String:
      // JSON strings must be UTF-8; bytes are written as numbers.
      J.attributeArray("value", [&] {
        for (unsigned char Byte : C.Bytes)
          J.value(Byte);
      });
      break;
    }
    // The type the bindings write: the analysis' choice, not the fact.
    writeTypeRef("c_type", A.ConstantCTypes[Id.Index]);
    J.attribute("expansion", C.Expansion);
  }

  void writeItem(ir::ItemId Id) {
    const ir::Item &Item = M.item(Id);
    J.object([&] {
      J.attribute("id", Id.Index);
      J.attribute("kind", itemKindName(Item.kind()));
      J.attribute("name", Item.Name);
      writeLoc(Item.Loc);
      if (!Item.Doc.empty())
        J.attribute("doc", Item.Doc);
      writeItemRef("parent", Item.Parent);
      writeItemRef("naming_typedef", Item.NamingTypedef);
      writeDecision(Id);
      switch (Item.kind()) {
      case ir::ItemKind::Record:
        writeRecord(Item.as<ir::Record>());
        writeMemberNames(Id);
        break;
      case ir::ItemKind::Enum:
        writeEnum(Item.as<ir::Enum>());
        writeMemberNames(Id);
        break;
      case ir::ItemKind::Typedef:
        writeTypeRef("underlying", Item.as<ir::Typedef>().Underlying);
        break;
      case ir::ItemKind::Function:
        writeFunction(Item.as<ir::Function>());
        break;
      case ir::ItemKind::Var:
        writeVar(Item.as<ir::Var>());
        break;
      case ir::ItemKind::Constant:
        writeConstant(Id, Item.as<ir::Constant>());
        break;
      }
    });
  }
};

} // namespace

void writeIRJson(const ir::Module &M, const ItemDecisions &A,
                 llvm::raw_ostream &OS, const llvm::json::Value *Safe) {
  JsonWriter(M, A, Safe, OS).write();
  OS << '\n';
}

} // namespace kbindgen
