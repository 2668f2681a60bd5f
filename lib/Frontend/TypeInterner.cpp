//===- TypeInterner.cpp - Structural interning of IR types ----------------===//

#include "TypeTranslator.h"

#include "llvm/ADT/SmallString.h"

#include <cstring>

using namespace kbindgen;
using namespace kbindgen::frontend;

namespace {

/// Appends the raw bytes of a trivially copyable value to a key.
template <typename T> void appendBytes(llvm::SmallVectorImpl<char> &Key, T V) {
  char Bytes[sizeof(T)];
  std::memcpy(Bytes, &V, sizeof(T));
  Key.append(Bytes, Bytes + sizeof(T));
}

} // namespace

DeclResolver::~DeclResolver() = default;

ir::TypeId TypeInterner::intern(ir::Type NewType) {
  llvm::SmallString<96> Key;
  appendBytes(Key, static_cast<uint8_t>(NewType.Kind));
  appendBytes(Key,
              static_cast<uint8_t>(NewType.IsConst | NewType.IsVolatile << 1 |
                                   NewType.IsSigned << 2));
  appendBytes(Key, static_cast<uint8_t>(NewType.Integer));
  appendBytes(Key, static_cast<uint8_t>(NewType.Float));
  appendBytes(Key, static_cast<uint8_t>(NewType.Opaque));
  appendBytes(Key, NewType.Pointee.Index);
  appendBytes(Key, NewType.ArrayLength);
  appendBytes(Key, NewType.Item.Index);
  appendBytes(Key, NewType.Signature);
  appendBytes(Key, NewType.SizeBytes);
  appendBytes(Key, NewType.AlignBytes);
  // Opaque types are only told apart by what clang calls them.
  if (NewType.Kind == ir::TypeKind::Opaque)
    Key.append(NewType.Spelling.begin(), NewType.Spelling.end());

  auto [It, Inserted] = Types.try_emplace(Key.str(), ir::TypeId());
  if (Inserted)
    It->second = M.addType(std::move(NewType));
  return It->second;
}

uint32_t TypeInterner::internSignature(ir::FunctionSignature Signature) {
  llvm::SmallString<64> Key;
  appendBytes(Key, Signature.Result.Index);
  appendBytes(Key, static_cast<uint8_t>(Signature.IsVariadic |
                                        Signature.HasPrototype << 1 |
                                        Signature.IsNoReturn << 2));
  appendBytes(Key, static_cast<uint8_t>(Signature.Convention));
  for (ir::TypeId Param : Signature.Params)
    appendBytes(Key, Param.Index);
  // Names are NUL-terminated so that ("ab", "") and ("a", "b") differ.
  for (const std::string &Name : Signature.ParamNames) {
    Key.append(Name.begin(), Name.end());
    Key.push_back('\0');
  }

  auto [It, Inserted] = Signatures.try_emplace(Key.str(), 0);
  if (Inserted) {
    M.Signatures.push_back(std::move(Signature));
    It->second = static_cast<uint32_t>(M.Signatures.size() - 1);
  }
  return It->second;
}
