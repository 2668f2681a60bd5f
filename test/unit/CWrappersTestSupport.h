//===- CWrappersTestSupport.h - Hand-built IR for C wrapper tests -*- C++ -*-=//
//
// A few lines per type instead of a dozen: the tests of the C wrappers build
// their IR with this, the way the frontend would fill it.
//
//===----------------------------------------------------------------------===//

#ifndef KBINDGEN_TEST_UNIT_CWRAPPERSTESTSUPPORT_H
#define KBINDGEN_TEST_UNIT_CWRAPPERSTESTSUPPORT_H

#include "kbindgen/Analysis/Analysis.h"
#include "kbindgen/Backends/Backends.h"
#include "kbindgen/IR/IR.h"
#include "kbindgen/Analysis/Options.h"

#include "llvm/Support/raw_ostream.h"

#include <string>
#include <vector>

namespace kbindgen::test {

class CWrappersIRBuilder {
public:
  ir::Module M;

  ir::TypeId voidType() { return add(ir::TypeKind::Void, "void"); }

  ir::TypeId integer(ir::IntegerKind Kind, bool IsSigned, const char *Spelling,
                     uint64_t Bytes) {
    ir::Type T;
    T.Kind = ir::TypeKind::Integer;
    T.Integer = Kind;
    T.IsSigned = IsSigned;
    T.SizeBytes = T.AlignBytes = Bytes;
    T.Spelling = Spelling;
    return M.addType(T);
  }
  ir::TypeId intType() { return integer(ir::IntegerKind::Int, true, "int", 4); }
  ir::TypeId charType() {
    return integer(ir::IntegerKind::Char, true, "char", 1);
  }
  ir::TypeId doubleType() {
    ir::Type T;
    T.Kind = ir::TypeKind::Float;
    T.Float = ir::FloatKind::Double;
    T.SizeBytes = T.AlignBytes = 8;
    T.Spelling = "double";
    return M.addType(T);
  }

  /// A copy of Base with qualifiers added (the IR keeps one Type per
  /// qualified type, as clang does); the spelling follows clang's.
  ir::TypeId qualified(ir::TypeId Base, bool IsConst, bool IsVolatile = false) {
    ir::Type T = M.type(Base);
    T.IsConst |= IsConst;
    T.IsVolatile |= IsVolatile;
    if (T.Kind != ir::TypeKind::Pointer) {
      std::string Prefix = std::string(IsVolatile ? "volatile " : "");
      T.Spelling = std::string(IsConst ? "const " : "") + Prefix + T.Spelling;
    }
    return M.addType(T);
  }

  ir::TypeId pointer(ir::TypeId Pointee, bool IsConst = false) {
    ir::Type T;
    T.Kind = ir::TypeKind::Pointer;
    T.Pointee = Pointee;
    T.IsConst = IsConst;
    T.SizeBytes = T.AlignBytes = 8;
    T.Spelling = "<pointer>"; // The writer must not use it.
    return M.addType(T);
  }

  ir::TypeId array(ir::TypeId Element, uint64_t Length) {
    ir::Type T;
    T.Kind = ir::TypeKind::Array;
    T.Pointee = Element;
    T.ArrayLength = Length;
    T.Spelling = "<array>";
    return M.addType(T);
  }

  ir::TypeId incompleteArray(ir::TypeId Element) {
    ir::Type T;
    T.Kind = ir::TypeKind::IncompleteArray;
    T.Pointee = Element;
    T.Spelling = "<incomplete array>";
    return M.addType(T);
  }

  ir::TypeId function(ir::TypeId Result, std::vector<ir::TypeId> Params,
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
    T.Spelling = "<function>";
    return M.addType(T);
  }

  ir::ItemId record(const std::string &Name,
                    ir::RecordKind Kind = ir::RecordKind::Struct) {
    ir::Record R;
    R.Kind = Kind;
    R.IsComplete = true;
    ir::Item I;
    I.Name = Name;
    I.Data = R;
    return M.addItem(I);
  }

  ir::ItemId enumeration(const std::string &Name,
                         std::vector<std::string> Enumerators = {}) {
    ir::Enum E;
    E.IntegerType = integer(ir::IntegerKind::UInt, false, "unsigned int", 4);
    for (std::string &Enumerator : Enumerators)
      E.Enumerators.push_back({Enumerator, 0, "", {}});
    ir::Item I;
    I.Name = Name;
    I.Data = E;
    return M.addItem(I);
  }

  ir::ItemId typedefItem(const std::string &Name, ir::TypeId Underlying) {
    ir::Item I;
    I.Name = Name;
    I.Data = ir::Typedef{Underlying};
    return M.addItem(I);
  }

  /// A Named type; Spelling is what clang would say.
  ir::TypeId named(ir::ItemId Item, const std::string &Spelling) {
    ir::Type T;
    T.Kind = ir::TypeKind::Named;
    T.Item = Item;
    T.Spelling = Spelling;
    return M.addType(T);
  }

  ir::ItemId staticFunction(const std::string &Name, ir::TypeId FunctionType,
                            std::vector<std::string> ParamNames = {},
                            bool IsDefinition = true) {
    ir::Function F;
    F.Type = FunctionType;
    F.ParamNames = std::move(ParamNames);
    F.IsStatic = true;
    F.IsInline = true;
    F.IsDefinition = IsDefinition;
    ir::Item I;
    I.Name = Name;
    I.Data = F;
    return M.addItem(I);
  }

  ir::ItemId externFunction(const std::string &Name, ir::TypeId FunctionType) {
    ir::ItemId Id = staticFunction(Name, FunctionType);
    M.item(Id).as<ir::Function>().IsStatic = false;
    M.item(Id).as<ir::Function>().IsInline = false;
    return Id;
  }

  /// An analysis that emits every item, in IR order.
  Analysis emitEverything() const {
    Analysis A;
    for (uint32_t I = 0; I < M.Items.size(); ++I) {
      A.Decisions.push_back({Disposition::Emit, "", {}});
      A.RustNames.push_back(M.Items[I].Name);
      A.EmitOrder.push_back(ir::ItemId{I});
    }
    return A;
  }

  std::string emit(const Options &Opts) const {
    std::string Text;
    llvm::raw_string_ostream OS(Text);
    Analysis A = emitEverything();
    assignSymbolNames(M, Opts, A);
    emitCWrappers(M, A, Opts, OS);
    return Text;
  }

  /// The output after the `#include` line and the blank line that follows.
  std::string emitWrappers(const Options &Opts = Options()) const {
    std::string Text = emit(Opts);
    size_t Include = Text.find("#include");
    size_t LineEnd =
        Include == std::string::npos ? Include : Text.find('\n', Include);
    if (LineEnd == std::string::npos)
      return "<no #include line>\n" + Text;
    std::string Rest = Text.substr(LineEnd + 1);
    if (!Rest.empty() && Rest.front() == '\n')
      Rest.erase(0, 1);
    return Rest;
  }

private:
  ir::TypeId add(ir::TypeKind Kind, const char *Spelling) {
    ir::Type T;
    T.Kind = Kind;
    T.Spelling = Spelling;
    return M.addType(T);
  }
};

} // namespace kbindgen::test

#endif // KBINDGEN_TEST_UNIT_CWRAPPERSTESTSUPPORT_H
