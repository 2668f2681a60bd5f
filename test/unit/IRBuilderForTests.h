//===- IRBuilderForTests.h - Build ir::Module values by hand ----*- C++ -*-===//
//
// The one IR builder of the unit tests: a few lines per item instead of a
// header and a parse, so that the analysis and backend tests do not depend
// on the frontend. It fills the IR as the frontend does for x86_64: every
// item has a location in main.h, pointers are 8 bytes, arrays and named
// types carry their size and alignment. A C spelling (clang's, used by the
// writers that print C) is set only where a test passes one.
//
//===----------------------------------------------------------------------===//

#ifndef KBINDGEN_TEST_UNIT_IRBUILDERFORTESTS_H
#define KBINDGEN_TEST_UNIT_IRBUILDERFORTESTS_H

#include "kbindgen/IR/IR.h"

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace kbindgen::test {

/// A field of IRBuilder::record.
struct FieldSpec {
  std::string Name;
  ir::TypeId Type;
  std::optional<uint32_t> BitWidth = std::nullopt;
  uint64_t OffsetBits = 0;
};

class IRBuilder {
public:
  ir::Module M;

  IRBuilder() { M.Files.push_back("main.h"); }

  // Types.
  ir::TypeId integer(ir::IntegerKind Kind, bool IsSigned, uint64_t Bytes,
                     std::string Spelling = "") {
    ir::Type T;
    T.Kind = ir::TypeKind::Integer;
    T.Integer = Kind;
    T.IsSigned = IsSigned;
    T.SizeBytes = T.AlignBytes = Bytes;
    T.Spelling = std::move(Spelling);
    return M.addType(T);
  }
  ir::TypeId intType() { return integer(ir::IntegerKind::Int, true, 4, "int"); }
  ir::TypeId charType() {
    return integer(ir::IntegerKind::Char, true, 1, "char");
  }
  ir::TypeId floatingPoint(ir::FloatKind Kind, uint64_t Size, uint64_t Align,
                           std::string Spelling) {
    ir::Type T;
    T.Kind = ir::TypeKind::Float;
    T.Float = Kind;
    T.SizeBytes = Size;
    T.AlignBytes = Align;
    T.Spelling = std::move(Spelling);
    return M.addType(T);
  }
  ir::TypeId floatType() {
    return floatingPoint(ir::FloatKind::Float, 4, 4, "float");
  }
  ir::TypeId doubleType() {
    return floatingPoint(ir::FloatKind::Double, 8, 8, "double");
  }
  ir::TypeId voidType() {
    ir::Type T;
    T.Kind = ir::TypeKind::Void;
    T.Spelling = "void";
    return M.addType(T);
  }
  /// An opaque blob of the given layout (a vector type here).
  ir::TypeId opaque(uint64_t Size, uint64_t Align, std::string Spelling) {
    ir::Type T;
    T.Kind = ir::TypeKind::Opaque;
    T.Opaque = ir::OpaqueReason::Vector;
    T.SizeBytes = Size;
    T.AlignBytes = Align;
    T.Spelling = std::move(Spelling);
    return M.addType(T);
  }
  /// A copy of Base with qualifiers added (the IR keeps one Type per
  /// qualified type, as clang does); a spelling follows clang's.
  ir::TypeId qualified(ir::TypeId Base, bool IsConst, bool IsVolatile = false) {
    ir::Type T = M.type(Base);
    T.IsConst |= IsConst;
    T.IsVolatile |= IsVolatile;
    if (T.Kind != ir::TypeKind::Pointer && !T.Spelling.empty())
      T.Spelling = std::string(IsConst ? "const " : "") +
                   (IsVolatile ? "volatile " : "") + T.Spelling;
    return M.addType(T);
  }
  ir::TypeId pointerTo(ir::TypeId Pointee, bool IsConst = false) {
    ir::Type T;
    T.Kind = ir::TypeKind::Pointer;
    T.Pointee = Pointee;
    T.IsConst = IsConst;
    T.SizeBytes = T.AlignBytes = 8;
    return M.addType(T);
  }
  ir::TypeId arrayOf(ir::TypeId Element, uint64_t Length) {
    ir::Type T;
    T.Kind = ir::TypeKind::Array;
    T.Pointee = Element;
    T.ArrayLength = Length;
    T.SizeBytes = M.type(Element).SizeBytes * Length;
    T.AlignBytes = M.type(Element).AlignBytes;
    return M.addType(T);
  }
  ir::TypeId incompleteArrayOf(ir::TypeId Element) {
    ir::Type T;
    T.Kind = ir::TypeKind::IncompleteArray;
    T.Pointee = Element;
    T.AlignBytes = M.type(Element).AlignBytes;
    return M.addType(T);
  }
  ir::TypeId functionType(ir::TypeId Result, std::vector<ir::TypeId> Params,
                          bool IsVariadic = false, bool IsNoReturn = false) {
    ir::FunctionSignature Sig;
    Sig.Result = Result;
    Sig.Params = std::move(Params);
    Sig.IsVariadic = IsVariadic;
    Sig.IsNoReturn = IsNoReturn;
    M.Signatures.push_back(Sig);
    ir::Type T;
    T.Kind = ir::TypeKind::Function;
    T.Signature = static_cast<uint32_t>(M.Signatures.size() - 1);
    return M.addType(T);
  }
  /// A Named type, with the layout of the item it names.
  ir::TypeId named(ir::ItemId Item, std::string Spelling = "") {
    ir::Type T;
    T.Kind = ir::TypeKind::Named;
    T.Item = Item;
    T.Spelling = std::move(Spelling);
    if (const auto *R = M.item(Item).getIf<ir::Record>()) {
      T.SizeBytes = R->SizeBytes;
      T.AlignBytes = R->AlignBytes;
    } else if (const auto *E = M.item(Item).getIf<ir::Enum>()) {
      T.SizeBytes = M.type(E->IntegerType).SizeBytes;
      T.AlignBytes = M.type(E->IntegerType).AlignBytes;
    } else if (const auto *TD = M.item(Item).getIf<ir::Typedef>()) {
      T.SizeBytes = M.type(TD->Underlying).SizeBytes;
      T.AlignBytes = M.type(TD->Underlying).AlignBytes;
    }
    return M.addType(T);
  }

  // Items.
  ir::ItemId record(std::string Name, std::vector<FieldSpec> Fields,
                    ir::RecordKind Kind = ir::RecordKind::Struct,
                    ir::ItemId Parent = ir::ItemId(), uint64_t Size = 4,
                    uint64_t Align = 4) {
    ir::Record R;
    R.Kind = Kind;
    R.IsComplete = true;
    R.SizeBytes = Size;
    R.AlignBytes = Align;
    for (FieldSpec &Spec : Fields)
      R.Fields.push_back(field(std::move(Spec)));
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
    M.item(Record).as<ir::Record>().Fields.push_back(field(std::move(Spec)));
  }
  /// An enum of the given integer type and enumerator values.
  ir::ItemId
  enumeration(std::string Name, ir::TypeId IntegerType,
              std::vector<std::pair<std::string, int64_t>> Enumerators,
              ir::ItemId Parent = ir::ItemId()) {
    ir::Enum E;
    E.IntegerType = IntegerType;
    E.IsSigned = M.type(IntegerType).IsSigned;
    for (auto &[EnumeratorName, Value] : Enumerators)
      E.Enumerators.push_back(
          {std::move(EnumeratorName), static_cast<uint64_t>(Value), "", {}});
    return add(std::move(Name), std::move(E), Parent);
  }
  /// An `unsigned int` enum whose enumerators count from 0.
  ir::ItemId enumeration(std::string Name,
                         std::vector<std::string> Enumerators = {},
                         ir::ItemId Parent = ir::ItemId()) {
    std::vector<std::pair<std::string, int64_t>> Values;
    for (std::string &Enumerator : Enumerators)
      Values.emplace_back(std::move(Enumerator), Values.size());
    return enumeration(std::move(Name),
                       integer(ir::IntegerKind::UInt, false, 4, "unsigned int"),
                       std::move(Values), Parent);
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
  /// A function of the given function type.
  ir::ItemId functionOfType(std::string Name, ir::TypeId FunctionType,
                            std::vector<std::string> ParamNames = {}) {
    ir::Function F;
    F.Type = FunctionType;
    F.ParamNames = std::move(ParamNames);
    return add(std::move(Name), std::move(F));
  }
  ir::ItemId function(std::string Name, ir::TypeId Result,
                      std::vector<ir::TypeId> Params, bool IsStatic = false,
                      bool IsInline = false) {
    ir::ItemId Id = functionOfType(std::move(Name),
                                   functionType(Result, std::move(Params)));
    M.item(Id).as<ir::Function>().IsStatic = IsStatic;
    M.item(Id).as<ir::Function>().IsInline = IsInline;
    return Id;
  }
  /// A `static inline` function, defined in the header unless IsDefinition
  /// is false.
  ir::ItemId staticFunction(std::string Name, ir::TypeId FunctionType,
                            std::vector<std::string> ParamNames = {},
                            bool IsDefinition = true) {
    ir::ItemId Id =
        functionOfType(std::move(Name), FunctionType, std::move(ParamNames));
    ir::Function &F = M.item(Id).as<ir::Function>();
    F.IsStatic = true;
    F.IsInline = true;
    F.IsDefinition = IsDefinition;
    return Id;
  }
  /// A function defined elsewhere (neither static nor inline).
  ir::ItemId externFunction(std::string Name, ir::TypeId FunctionType) {
    ir::ItemId Id = staticFunction(std::move(Name), FunctionType);
    M.item(Id).as<ir::Function>().IsStatic = false;
    M.item(Id).as<ir::Function>().IsInline = false;
    return Id;
  }
  ir::ItemId var(std::string Name, ir::TypeId Type, bool IsStatic = false) {
    ir::Var V;
    V.Type = Type;
    V.IsStatic = IsStatic;
    V.IsExtern = !IsStatic;
    return add(std::move(Name), std::move(V));
  }
  ir::ItemId constant(std::string Name, ir::Constant C) {
    return add(std::move(Name), std::move(C));
  }
  ir::ItemId constant(std::string Name, uint64_t Value) {
    ir::Constant C;
    C.IntegerBits = Value;
    return constant(std::move(Name), std::move(C));
  }
  /// Puts an item in another file (for --allowlist-file/--blocklist-file).
  void setFile(ir::ItemId Id, std::string File) {
    M.Files.push_back(std::move(File));
    M.item(Id).Loc.File = static_cast<uint32_t>(M.Files.size() - 1);
  }

protected:
  /// Adds an item at the next line of main.h.
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

private:
  static ir::Field field(FieldSpec Spec) {
    ir::Field F;
    F.Name = std::move(Spec.Name);
    F.Type = Spec.Type;
    F.BitWidth = Spec.BitWidth;
    F.OffsetBits = Spec.OffsetBits;
    return F;
  }
};

} // namespace kbindgen::test

#endif // KBINDGEN_TEST_UNIT_IRBUILDERFORTESTS_H
