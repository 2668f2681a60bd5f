//===- IRBuilderForTests.h - Build ir::Module values by hand ----*- C++ -*-===//
//
// For analysis tests: a few lines per item instead of a header and a parse,
// so the analysis tests do not depend on the frontend.
//
//===----------------------------------------------------------------------===//

#ifndef KBINDGEN_TEST_UNIT_IRBUILDERFORTESTS_H
#define KBINDGEN_TEST_UNIT_IRBUILDERFORTESTS_H

#include "kbindgen/IR/IR.h"

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace kbindgen::test {

class IRBuilder {
public:
  ir::Module M;

  IRBuilder() { M.Files.push_back("main.h"); }

  // Types.
  ir::TypeId intType(ir::IntegerKind Kind = ir::IntegerKind::Int,
                     bool IsSigned = true, uint64_t Size = 4) {
    ir::Type T;
    T.Kind = ir::TypeKind::Integer;
    T.Integer = Kind;
    T.IsSigned = IsSigned;
    T.SizeBytes = T.AlignBytes = Size;
    return M.addType(T);
  }
  ir::TypeId floatType() {
    ir::Type T;
    T.Kind = ir::TypeKind::Float;
    T.Float = ir::FloatKind::Float;
    T.SizeBytes = T.AlignBytes = 4;
    return M.addType(T);
  }
  ir::TypeId voidType() { return M.addType(ir::Type{}); }
  ir::TypeId pointerTo(ir::TypeId Pointee) {
    ir::Type T;
    T.Kind = ir::TypeKind::Pointer;
    T.Pointee = Pointee;
    T.SizeBytes = T.AlignBytes = 8;
    return M.addType(T);
  }
  ir::TypeId arrayOf(ir::TypeId Element, uint64_t Length) {
    ir::Type T;
    T.Kind = ir::TypeKind::Array;
    T.Pointee = Element;
    T.ArrayLength = Length;
    return M.addType(T);
  }
  ir::TypeId incompleteArrayOf(ir::TypeId Element) {
    ir::Type T;
    T.Kind = ir::TypeKind::IncompleteArray;
    T.Pointee = Element;
    return M.addType(T);
  }
  ir::TypeId functionType(ir::TypeId Result, std::vector<ir::TypeId> Params) {
    ir::FunctionSignature Sig;
    Sig.Result = Result;
    Sig.Params = std::move(Params);
    M.Signatures.push_back(Sig);
    ir::Type T;
    T.Kind = ir::TypeKind::Function;
    T.Signature = static_cast<uint32_t>(M.Signatures.size() - 1);
    return M.addType(T);
  }
  ir::TypeId named(ir::ItemId Item) {
    ir::Type T;
    T.Kind = ir::TypeKind::Named;
    T.Item = Item;
    return M.addType(T);
  }

  // Items.
  struct FieldSpec {
    std::string Name;
    ir::TypeId Type;
    std::optional<uint32_t> BitWidth = std::nullopt;
  };

  ir::ItemId record(std::string Name, std::vector<FieldSpec> Fields,
                    ir::RecordKind Kind = ir::RecordKind::Struct,
                    ir::ItemId Parent = ir::ItemId(), uint64_t Size = 4,
                    uint64_t Align = 4) {
    ir::Record R;
    R.Kind = Kind;
    R.IsComplete = true;
    R.SizeBytes = Size;
    R.AlignBytes = Align;
    for (FieldSpec &Spec : Fields) {
      ir::Field F;
      F.Name = std::move(Spec.Name);
      F.Type = Spec.Type;
      F.BitWidth = Spec.BitWidth;
      R.Fields.push_back(std::move(F));
    }
    return add(std::move(Name), std::move(R), Parent);
  }
  ir::ItemId forwardRecord(std::string Name) {
    ir::Record R;
    R.IsComplete = false;
    return add(std::move(Name), std::move(R));
  }
  /// Adds a field to an existing record (for records whose nested types
  /// have to exist before the field that uses them).
  void addField(ir::ItemId Record, FieldSpec Spec) {
    ir::Field F;
    F.Name = std::move(Spec.Name);
    F.Type = Spec.Type;
    F.BitWidth = Spec.BitWidth;
    M.item(Record).as<ir::Record>().Fields.push_back(std::move(F));
  }
  ir::ItemId enumeration(std::string Name, std::vector<std::string> Variants,
                         ir::ItemId Parent = ir::ItemId()) {
    ir::Enum E;
    E.IntegerType = intType(ir::IntegerKind::UInt, false);
    uint64_t Value = 0;
    for (std::string &V : Variants)
      E.Enumerators.push_back({std::move(V), Value++, "", {}});
    return add(std::move(Name), std::move(E), Parent);
  }
  ir::ItemId typedefOf(std::string Name, ir::TypeId Underlying) {
    return add(std::move(Name), ir::Typedef{Underlying});
  }
  /// `typedef struct {...} Name;`: sets the record's NamingTypedef.
  ir::ItemId namingTypedef(std::string Name, ir::ItemId Anonymous) {
    ir::ItemId Id = typedefOf(std::move(Name), named(Anonymous));
    M.item(Anonymous).NamingTypedef = Id;
    return Id;
  }
  ir::ItemId function(std::string Name, ir::TypeId Result,
                      std::vector<ir::TypeId> Params, bool IsStatic = false,
                      bool IsInline = false) {
    ir::Function F;
    F.Type = functionType(Result, std::move(Params));
    F.IsStatic = IsStatic;
    F.IsInline = IsInline;
    return add(std::move(Name), std::move(F));
  }
  ir::ItemId var(std::string Name, ir::TypeId Type, bool IsStatic = false) {
    ir::Var V;
    V.Type = Type;
    V.IsStatic = IsStatic;
    V.IsExtern = !IsStatic;
    return add(std::move(Name), std::move(V));
  }
  ir::ItemId constant(std::string Name, uint64_t Value) {
    ir::Constant C;
    C.IntegerBits = Value;
    return add(std::move(Name), std::move(C));
  }
  /// Puts an item in another file (for --allowlist-file/--blocklist-file).
  void setFile(ir::ItemId Id, std::string File) {
    M.Files.push_back(std::move(File));
    M.item(Id).Loc.File = static_cast<uint32_t>(M.Files.size() - 1);
  }

private:
  template <typename T>
  ir::ItemId add(std::string Name, T Data, ir::ItemId Parent = ir::ItemId()) {
    ir::Item I;
    I.Name = std::move(Name);
    I.Parent = Parent;
    I.Loc.File = 0;
    I.Loc.Line = static_cast<uint32_t>(M.Items.size() + 1);
    I.Data = std::move(Data);
    return M.addItem(std::move(I));
  }
};

} // namespace kbindgen::test

#endif // KBINDGEN_TEST_UNIT_IRBUILDERFORTESTS_H
