//===- IRReaderSupport.cpp - Typed access to a JSON IR object -------------===//

#include "IRReaderSupport.h"

namespace kbindgen::inspect {

using llvm::json::Object;
using llvm::json::Value;

static std::string keyPath(const llvm::Twine &Path, llvm::StringRef Key) {
  return (Path + "." + Key).str();
}

bool JsonCursor::getString(const Object &O, llvm::StringRef Key,
                           const llvm::Twine &Path, std::string &Out) {
  std::optional<llvm::StringRef> S = O.getString(Key);
  if (!S)
    return fail(Path, "'" + Key + "' must be a string");
  Out = S->str();
  return true;
}

bool JsonCursor::getOptionalString(const Object &O, llvm::StringRef Key,
                                   const llvm::Twine &Path, std::string &Out) {
  Out.clear();
  if (!O.get(Key))
    return true;
  return getString(O, Key, Path, Out);
}

bool JsonCursor::getBool(const Object &O, llvm::StringRef Key,
                         const llvm::Twine &Path, bool &Out) {
  std::optional<bool> B = O.getBoolean(Key);
  if (!B)
    return fail(Path, "'" + Key + "' must be true or false");
  Out = *B;
  return true;
}

bool JsonCursor::getOptionalBool(const Object &O, llvm::StringRef Key,
                                 const llvm::Twine &Path, bool &Out) {
  Out = false;
  if (!O.get(Key))
    return true;
  return getBool(O, Key, Path, Out);
}

bool JsonCursor::getUnsigned(const Object &O, llvm::StringRef Key,
                             const llvm::Twine &Path, uint64_t &Out) {
  const Value *V = O.get(Key);
  std::optional<uint64_t> N = V ? V->getAsUINT64() : std::nullopt;
  if (!N)
    return fail(Path, "'" + Key + "' must be a non-negative integer");
  Out = *N;
  return true;
}

bool JsonCursor::getUnsigned32(const Object &O, llvm::StringRef Key,
                               const llvm::Twine &Path, uint32_t &Out) {
  uint64_t Wide = 0;
  if (!getUnsigned(O, Key, Path, Wide))
    return false;
  if (Wide > UINT32_MAX)
    return fail(Path, "'" + Key + "' is out of range");
  Out = static_cast<uint32_t>(Wide);
  return true;
}

bool JsonCursor::getIntegerBits(const Object &O, llvm::StringRef Key,
                                const llvm::Twine &Path, uint64_t &Bits,
                                bool &IsNegative) {
  const Value *V = O.get(Key);
  if (!V)
    return fail(Path, "'" + Key + "' is missing");
  if (std::optional<int64_t> Signed = V->getAsInteger()) {
    Bits = static_cast<uint64_t>(*Signed);
    IsNegative = *Signed < 0;
    return true;
  }
  if (std::optional<uint64_t> Unsigned = V->getAsUINT64()) {
    Bits = *Unsigned;
    IsNegative = false;
    return true;
  }
  return fail(Path, "'" + Key + "' must be an integer");
}

bool JsonCursor::getTypeRef(const Object &O, llvm::StringRef Key,
                            const llvm::Twine &Path, ir::TypeId &Out) {
  const Value *V = O.get(Key);
  if (V && V->kind() == Value::Null) {
    Out = ir::TypeId();
    return true;
  }
  uint32_t Index = 0;
  if (!getUnsigned32(O, Key, Path, Index))
    return false;
  if (Index >= TypeCount)
    return fail(Path, "'" + Key + "' refers to type " + llvm::Twine(Index) +
                          " of " + llvm::Twine(TypeCount));
  Out = ir::TypeId{Index};
  return true;
}

bool JsonCursor::getItemRef(const Object &O, llvm::StringRef Key,
                            const llvm::Twine &Path, ir::ItemId &Out) {
  const Value *V = O.get(Key);
  if (V && V->kind() == Value::Null) {
    Out = ir::ItemId();
    return true;
  }
  uint32_t Index = 0;
  if (!getUnsigned32(O, Key, Path, Index))
    return false;
  if (Index >= ItemCount)
    return fail(Path, "'" + Key + "' refers to item " + llvm::Twine(Index) +
                          " of " + llvm::Twine(ItemCount));
  Out = ir::ItemId{Index};
  return true;
}

bool JsonCursor::getLoc(const Object &O, const llvm::Twine &Path,
                        ir::SourceLoc &Out) {
  const Object *Loc = getObject(O, "loc", Path);
  if (!Loc)
    return false;
  std::string LocPath = (Path + ".loc").str();
  const Value *File = Loc->get("file");
  if (File && File->kind() == Value::Null) {
    Out.File = ir::SourceLoc::InvalidFile;
  } else {
    if (!getUnsigned32(*Loc, "file", LocPath, Out.File))
      return false;
    if (Out.File >= FileCount)
      return fail(LocPath, "'file' refers to file " + llvm::Twine(Out.File) +
                               " of " + llvm::Twine(FileCount));
  }
  return getUnsigned32(*Loc, "line", LocPath, Out.Line) &&
         getUnsigned32(*Loc, "column", LocPath, Out.Column);
}

bool JsonCursor::getStringArray(const Object &O, llvm::StringRef Key,
                                const llvm::Twine &Path,
                                std::vector<std::string> &Out) {
  const llvm::json::Array *A = getArray(O, Key, Path);
  if (!A)
    return false;
  Out.clear();
  for (const Value &V : *A) {
    std::optional<llvm::StringRef> S = V.getAsString();
    if (!S)
      return fail(keyPath(Path, Key), "every element must be a string");
    Out.push_back(S->str());
  }
  return true;
}

const llvm::json::Array *JsonCursor::getArray(const Object &O,
                                              llvm::StringRef Key,
                                              const llvm::Twine &Path) {
  const llvm::json::Array *A = O.getArray(Key);
  if (!A)
    fail(Path, "'" + Key + "' must be an array");
  return A;
}

const Object *JsonCursor::getObject(const Object &O, llvm::StringRef Key,
                                    const llvm::Twine &Path) {
  const Object *Inner = O.getObject(Key);
  if (!Inner)
    fail(Path, "'" + Key + "' must be an object");
  return Inner;
}

const Object *JsonCursor::asObject(const Value &V, const llvm::Twine &Path) {
  const Object *O = V.getAsObject();
  if (!O)
    fail(Path, "must be an object");
  return O;
}

} // namespace kbindgen::inspect
