//===- BitfieldMethodNames.cpp - Names of a record's bitfield methods -----===//
//
// bindgen names a bitfield's getter after the field's Rust name (`type_`),
// its setter after the C name (`set_type`), the raw-pointer forms with a
// `_raw` suffix, and each unit's constructor `new_bitfield_N`. All of them
// share the record's one inherent impl, so `set_a` next to `a`, or `a_raw`
// next to `a`, would define a method twice and the bindings would not
// compile. The names are taken in this order, a taken name getting a
// trailing `_` until it is free: the constructors, every getter, every
// setter, every raw getter, every raw setter. Without a clash each keeps
// bindgen's name.
//
//===----------------------------------------------------------------------===//

#include "AnalysisPasses.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSet.h"

namespace kbindgen {

namespace {

class MethodNamespace {
public:
  std::string take(std::string Name) {
    while (!Taken.insert(Name).second)
      Name += '_';
    return Name;
  }

private:
  llvm::StringSet<> Taken;
};

/// bindgen's setter takes the C name as it is (`set_type`, where the getter
/// is `type_`); a non-ASCII one is spelled in ASCII like every other name.
std::string setterName(llvm::StringRef CName) {
  return "set_" +
         (llvm::isASCII(CName) ? CName.str() : rustSafeIdentifier(CName));
}

/// Bitfields wider than 64 bits have no accessors: their value does not fit
/// the u64 the storage unit reads and writes.
bool hasAccessors(const ir::Field &F, const std::string &RustName) {
  return F.isBitfield() && *F.BitWidth != 0 && *F.BitWidth <= 64 &&
         !RustName.empty();
}

BitfieldMethodNames nameMethods(const ir::Record &R,
                                const std::vector<std::string> &FieldNames) {
  BitfieldMethodNames Names;
  MethodNamespace Methods;
  size_t Units = R.bitfieldRuns().size();
  for (size_t N = 1; N <= Units; ++N)
    Names.Constructors.push_back(
        Methods.take("new_bitfield_" + std::to_string(N)));
  Names.Fields.resize(R.Fields.size());
  auto ForEachAccessor = [&](auto Assign) {
    for (size_t I = 0; I < R.Fields.size(); ++I)
      if (hasAccessors(R.Fields[I], FieldNames[I]))
        Assign(I, Names.Fields[I]);
  };
  ForEachAccessor([&](size_t I, BitfieldMethodNames::Accessors &A) {
    A.Get = Methods.take(FieldNames[I]);
  });
  ForEachAccessor([&](size_t I, BitfieldMethodNames::Accessors &A) {
    A.Set = Methods.take(setterName(R.Fields[I].Name));
  });
  ForEachAccessor([&](size_t, BitfieldMethodNames::Accessors &A) {
    A.GetRaw = Methods.take(A.Get + "_raw");
  });
  ForEachAccessor([&](size_t, BitfieldMethodNames::Accessors &A) {
    A.SetRaw = Methods.take(A.Set + "_raw");
  });
  return Names;
}

} // namespace

void assignBitfieldMethodNames(const ir::Module &M, Analysis &A) {
  A.BitfieldMethods.assign(M.Items.size(), {});
  for (size_t I = 0; I < M.Items.size(); ++I) {
    const ir::Record *R = M.Items[I].getIf<ir::Record>();
    if (R && llvm::any_of(R->Fields,
                          [](const ir::Field &F) { return F.isBitfield(); }))
      A.BitfieldMethods[I] = nameMethods(*R, A.MemberNames[I]);
  }
}

} // namespace kbindgen
