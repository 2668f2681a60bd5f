//===- NestingDepth.cpp - Records too deep for rustc ----------------------===//

#include "NestingDepth.h"

#include "kbindgen/Backends/Backend.h"
#include "kbindgen/IR/Vocabulary.h"

#include <fmt/format.h>

#include <optional>
#include <vector>

namespace kbindgen::rustraw {

namespace {

/// By-value depths, memoized; counting stops just past the limit, so the
/// recursion never goes deeper than MaxRecordNesting records.
class DepthCounter {
public:
  DepthCounter(const ir::Module &M, const Analysis &A)
      : M(M), A(A), Depths(M.Items.size(), Unknown) {}

  unsigned recordDepth(uint32_t Index) {
    unsigned &Known = Depths[Index];
    if (Known == InProgress)
      return 0; // a by-value cycle cannot be C; the verifier's concern
    if (Known != Unknown)
      return Known;
    Known = InProgress;
    unsigned Deepest = 0;
    const auto *R = M.Items[Index].getIf<ir::Record>();
    // An opaque record is a blob: nothing nests inside it.
    if (R && A.decision(ir::ItemId{Index}).Kind != Disposition::Opaque)
      for (const ir::Field &F : R->Fields) {
        Deepest = std::max(Deepest, typeDepth(F.Type));
        if (Deepest > MaxRecordNesting)
          break;
      }
    Depths[Index] = Deepest + 1;
    return Deepest + 1;
  }

private:
  unsigned typeDepth(ir::TypeId Id) {
    unsigned Arrays = 0;
    // Typedef chains and array dimensions are followed in a loop: a chain
    // of thousands of typedefs adds no level.
    for (size_t Steps = 0; Id.isValid() && Id.Index < M.Types.size() &&
                           Steps <= M.Types.size() + M.Items.size();
         ++Steps) {
      const ir::Type &T = M.type(Id);
      if (T.Kind == ir::TypeKind::Array ||
          T.Kind == ir::TypeKind::IncompleteArray) {
        ++Arrays;
        Id = T.Pointee;
        continue;
      }
      if (T.Kind != ir::TypeKind::Named || !T.Item.isValid() ||
          T.Item.Index >= M.Items.size())
        return Arrays;
      const ir::Item &Target = M.item(T.Item);
      if (const auto *TD = Target.getIf<ir::Typedef>()) {
        Id = TD->Underlying;
        continue;
      }
      if (Target.kind() != ir::ItemKind::Record)
        return Arrays;
      if (Arrays > MaxRecordNesting)
        return Arrays;
      return Arrays + recordDepth(T.Item.Index);
    }
    return Arrays;
  }

  static constexpr unsigned Unknown = ~0u;
  static constexpr unsigned InProgress = ~0u - 1;
  const ir::Module &M;
  const Analysis &A;
  std::vector<unsigned> Depths;
};

} // namespace

llvm::Error checkRecordNesting(const ir::Module &M, const Analysis &A) {
  DepthCounter Counter(M, A);
  // The outermost record that is too deep is the one to name: the records
  // nested in it are too deep because of it.
  std::optional<ir::ItemId> TooDeep;
  for (ir::ItemId Id : A.EmitOrder) {
    if (!M.item(Id).getIf<ir::Record>() ||
        Counter.recordDepth(Id.Index) <= MaxRecordNesting)
      continue;
    if (!TooDeep || !M.item(Id).Parent.isValid())
      TooDeep = Id;
    if (!M.item(Id).Parent.isValid())
      break;
  }
  if (!TooDeep)
    return llvm::Error::success();
  const ir::Item &It = M.item(*TooDeep);
  std::string Name = ir::cNameOrRustName(It, A.rustName(*TooDeep)).str();
  return llvm::make_error<UnbindableHeaderError>(fmt::format(
      "{}:{}:{}: {} '{}' nests records and arrays by value more "
      "than {} deep; rustc stops at its recursion limit (128) on "
      "such a type, so kbindgen cannot bind it (leave it out with "
      "--blocklist-type '{}.*' or make it a blob with "
      "--opaque-type '{}.*')",
      M.fileName(It.Loc), It.Loc.Line, It.Loc.Column,
      recordKeyword(It.as<ir::Record>().Kind).str(), Name, MaxRecordNesting,
      A.rustName(*TooDeep), A.rustName(*TooDeep)));
}

} // namespace kbindgen::rustraw
