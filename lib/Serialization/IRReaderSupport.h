//===- IRReaderSupport.h - Typed access to a JSON IR object -----*- C++ -*-===//
//
// The JSON IR reader checks every key it reads (type, range, references into
// the arrays) and reports the first problem with the path to it
// (`items[12].fields[3]: 'type' refers to type 900 of 512`). Keys it does not
// know are ignored: newer writers may add optional ones.
//
//===----------------------------------------------------------------------===//

#ifndef KBINDGEN_LIB_SERIALIZATION_IRREADERSUPPORT_H
#define KBINDGEN_LIB_SERIALIZATION_IRREADERSUPPORT_H

#include "kbindgen/IR/IR.h"

#include "llvm/ADT/StringRef.h"
#include "llvm/ADT/Twine.h"
#include "llvm/Support/JSON.h"

#include <optional>
#include <string>

namespace kbindgen::inspect {

/// Where in the document the reader is, and the first problem it found.
class JsonCursor {
public:
  /// The sizes of the id spaces, so references can be range-checked.
  size_t FileCount = 0, TypeCount = 0, SignatureCount = 0, ItemCount = 0;

  bool failed() const { return !Problem.empty(); }
  const std::string &problem() const { return Problem; }

  /// Records the first problem (later ones are consequences) and returns
  /// false, so readers can `return fail(...)`.
  bool fail(const llvm::Twine &Path, const llvm::Twine &Message) {
    if (Problem.empty())
      Problem = (Path + ": " + Message).str();
    return false;
  }

  bool getString(const llvm::json::Object &O, llvm::StringRef Key,
                 const llvm::Twine &Path, std::string &Out);
  /// An absent optional string leaves Out empty.
  bool getOptionalString(const llvm::json::Object &O, llvm::StringRef Key,
                         const llvm::Twine &Path, std::string &Out);
  bool getBool(const llvm::json::Object &O, llvm::StringRef Key,
               const llvm::Twine &Path, bool &Out);
  bool getOptionalBool(const llvm::json::Object &O, llvm::StringRef Key,
                       const llvm::Twine &Path, bool &Out);
  bool getUnsigned(const llvm::json::Object &O, llvm::StringRef Key,
                   const llvm::Twine &Path, uint64_t &Out);
  bool getUnsigned32(const llvm::json::Object &O, llvm::StringRef Key,
                     const llvm::Twine &Path, uint32_t &Out);
  /// A signed or unsigned integer: its bits, and whether it was negative.
  bool getIntegerBits(const llvm::json::Object &O, llvm::StringRef Key,
                      const llvm::Twine &Path, uint64_t &Bits,
                      bool &IsNegative);
  bool getTypeRef(const llvm::json::Object &O, llvm::StringRef Key,
                  const llvm::Twine &Path, ir::TypeId &Out);
  bool getItemRef(const llvm::json::Object &O, llvm::StringRef Key,
                  const llvm::Twine &Path, ir::ItemId &Out);
  bool getLoc(const llvm::json::Object &O, const llvm::Twine &Path,
              ir::SourceLoc &Out);
  bool getStringArray(const llvm::json::Object &O, llvm::StringRef Key,
                      const llvm::Twine &Path, std::vector<std::string> &Out);
  const llvm::json::Array *getArray(const llvm::json::Object &O,
                                    llvm::StringRef Key,
                                    const llvm::Twine &Path);
  const llvm::json::Object *getObject(const llvm::json::Object &O,
                                      llvm::StringRef Key,
                                      const llvm::Twine &Path);
  const llvm::json::Object *asObject(const llvm::json::Value &V,
                                     const llvm::Twine &Path);

private:
  std::string Problem;
};

/// The enumerator of an IR enumeration whose schema name is Name, trying
/// every value up to Last (the enumerations are dense from 0).
template <typename Enum, typename NameFunction>
std::optional<Enum> enumFromName(llvm::StringRef Name, NameFunction NameOf,
                                 Enum Last) {
  for (unsigned I = 0; I <= static_cast<unsigned>(Last); ++I)
    if (Name == NameOf(static_cast<Enum>(I)))
      return static_cast<Enum>(I);
  return std::nullopt;
}

/// Reads an item of the "items" array into Out; false (with the problem in
/// Cursor) when it is malformed. Decision data goes to the other outputs.
struct ItemExtras {
  std::string DispositionName, Reason, Via, RustName;
  ir::ItemId ReachedFrom;
  std::vector<std::string> MemberNames;
  bool HasDecision = false;
};
bool readItem(JsonCursor &Cursor, const llvm::json::Object &O,
              const std::string &Path, ir::Item &Out, ItemExtras &Extras);

} // namespace kbindgen::inspect

#endif // KBINDGEN_LIB_SERIALIZATION_IRREADERSUPPORT_H
