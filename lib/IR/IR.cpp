//===- IR.cpp - IR module helpers -----------------------------------------===//

#include "kbindgen/IR/IR.h"

namespace kbindgen::ir {

TypeId Module::resolveTypedefs(TypeId Id) const {
  // Typedef chains are acyclic in C, but a bound keeps a malformed IR from
  // looping forever.
  for (size_t Steps = 0; Id.isValid() && Steps < Items.size() + 1; ++Steps) {
    const Type &T = type(Id);
    if (T.Kind != TypeKind::Named || !T.Item.isValid())
      return Id;
    const Typedef *TD = item(T.Item).getIf<Typedef>();
    if (!TD)
      return Id;
    Id = TD->Underlying;
  }
  return Id;
}

std::vector<BitfieldRun> Record::bitfieldRuns() const {
  std::vector<BitfieldRun> Runs;
  size_t I = 0;
  while (I < Fields.size()) {
    if (!Fields[I].isBitfield()) {
      ++I;
      continue;
    }
    BitfieldRun Run;
    Run.Begin = I;
    bool HasStorage = false;
    for (; I < Fields.size() && Fields[I].isBitfield(); ++I)
      HasStorage |= *Fields[I].BitWidth != 0;
    Run.End = I;
    if (HasStorage) // `int : 0` alone only aligns what follows.
      Runs.push_back(Run);
  }
  return Runs;
}

const std::string &Module::fileName(const SourceLoc &Loc) const {
  static const std::string BuiltIn = "<built-in>";
  if (Loc.File == SourceLoc::InvalidFile)
    return BuiltIn;
  return Files[Loc.File];
}

} // namespace kbindgen::ir
