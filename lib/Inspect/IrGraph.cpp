//===- IrGraph.cpp - The item reference graph as Graphviz dot -------------===//
//
// The edges are the references the selection follows (fields, parameters,
// return types, underlying and integer types, nesting), found here by
// walking each item's types down to the named items they reach.
//
//===----------------------------------------------------------------------===//

#include "kbindgen/Inspect/IrGraph.h"

#include "kbindgen/IR/Vocabulary.h"

#include "llvm/ADT/SmallVector.h"

#include <fmt/format.h>

#include <set>
#include <string>
#include <utility>
#include <vector>

namespace kbindgen {

namespace {

/// Text escaped for a dot quoted string.
std::string escaped(llvm::StringRef Text) {
  std::string Result;
  for (char C : Text) {
    if (C == '"' || C == '\\')
      Result += '\\';
    Result += C;
  }
  return Result;
}

class EdgeCollector {
public:
  EdgeCollector(const ir::Module &M) : M(M) {}

  /// The named items Root reaches through pointers, arrays and function
  /// types, each once, labelled Via.
  void walkType(ir::TypeId Root, const std::string &Via) {
    llvm::SmallVector<ir::TypeId, 8> Stack{Root};
    std::set<uint32_t> Seen;
    while (!Stack.empty()) {
      ir::TypeId Id = Stack.pop_back_val();
      if (!Id.isValid() || Id.Index >= M.Types.size() ||
          !Seen.insert(Id.Index).second)
        continue;
      const ir::Type &T = M.type(Id);
      switch (T.Kind) {
      case ir::TypeKind::Pointer:
      case ir::TypeKind::Array:
      case ir::TypeKind::IncompleteArray:
        Stack.push_back(T.Pointee);
        break;
      case ir::TypeKind::Function: {
        if (T.Signature >= M.Signatures.size())
          break;
        const ir::FunctionSignature &Sig = M.signature(T);
        Stack.push_back(Sig.Result);
        Stack.append(Sig.Params.begin(), Sig.Params.end());
        break;
      }
      case ir::TypeKind::Named:
        if (T.Item.isValid() && T.Item.Index < M.Items.size())
          Edges.insert({T.Item.Index, Via});
        break;
      default:
        break;
      }
    }
  }

  void walkItem(const ir::Item &It) {
    switch (It.kind()) {
    case ir::ItemKind::Record:
      for (const ir::Field &F : It.as<ir::Record>().Fields)
        walkType(F.Type, F.Name.empty() ? std::string("anonymous field")
                                        : "field " + F.Name);
      break;
    case ir::ItemKind::Enum:
      walkType(It.as<ir::Enum>().IntegerType, "integer type");
      break;
    case ir::ItemKind::Typedef:
      walkType(It.as<ir::Typedef>().Underlying, "underlying type");
      break;
    case ir::ItemKind::Function: {
      const ir::Function &F = It.as<ir::Function>();
      if (!F.Type.isValid() || F.Type.Index >= M.Types.size() ||
          M.type(F.Type).Kind != ir::TypeKind::Function ||
          M.type(F.Type).Signature >= M.Signatures.size())
        break;
      const ir::FunctionSignature &Sig = M.signature(M.type(F.Type));
      walkType(Sig.Result, "return type");
      for (size_t I = 0; I < Sig.Params.size(); ++I) {
        bool Named = I < F.ParamNames.size() && !F.ParamNames[I].empty();
        walkType(Sig.Params[I], Named ? "parameter " + F.ParamNames[I]
                                      : "parameter " + std::to_string(I + 1));
      }
      break;
    }
    case ir::ItemKind::Var:
      walkType(It.as<ir::Var>().Type, "type");
      break;
    case ir::ItemKind::Constant:
      walkType(It.as<ir::Constant>().CType, "type");
      break;
    }
  }

  /// Target item, label; ordered, so the output is deterministic.
  std::set<std::pair<uint32_t, std::string>> Edges;

private:
  const ir::Module &M;
};

} // namespace

void printIrGraphviz(const ir::Module &M, const ItemDecisions &Decisions,
                     llvm::raw_ostream &OS) {
  OS << "digraph kbindgen {\n";
  OS << "  node [shape=box, fontname=\"monospace\"];\n";
  for (uint32_t I = 0; I < M.Items.size(); ++I) {
    const ir::Item &It = M.Items[I];
    const std::string &RustName =
        I < Decisions.RustNames.size() ? Decisions.RustNames[I] : It.Name;
    std::string Label = escaped(
        (ir::itemKeyword(It) + " " + ir::cNameOrRustName(It, RustName)).str());
    // The location on a second line (dot's `\n` escape).
    if (It.Loc.File != ir::SourceLoc::InvalidFile && It.Loc.Line != 0)
      Label += "\\n" +
               escaped(fmt::format("{}:{}", M.fileName(It.Loc), It.Loc.Line));
    bool Emitted = Decisions.isEmitted(ir::ItemId{I});
    OS << fmt::format("  item{} [label=\"{}\", color={}];\n", I, Label,
                      Emitted ? "black" : "grey");
  }
  // A record refers to the records declared inside it (bindgen emits them
  // with it).
  std::vector<std::vector<uint32_t>> Nested(M.Items.size());
  for (uint32_t I = 0; I < M.Items.size(); ++I) {
    ir::ItemId Parent = M.Items[I].Parent;
    if (Parent.isValid() && Parent.Index < M.Items.size())
      Nested[Parent.Index].push_back(I);
  }
  for (uint32_t I = 0; I < M.Items.size(); ++I) {
    EdgeCollector Collector(M);
    Collector.walkItem(M.Items[I]);
    for (uint32_t Child : Nested[I])
      Collector.Edges.insert({Child, "nested"});
    for (const auto &[Target, Via] : Collector.Edges)
      OS << fmt::format("  item{} -> item{} [label=\"{}\"];\n", I, Target,
                        escaped(Via));
  }
  OS << "}\n";
}

} // namespace kbindgen
