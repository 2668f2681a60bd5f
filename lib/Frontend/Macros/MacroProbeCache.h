//===- MacroProbeCache.h - The probed macros' names between runs -*- C++
//-*-===//
//
// Appending the macro probes to the header needs the macro names before the
// parse, which costs a preprocessing pass (MacroScan.cpp). The names change
// rarely between two runs on the same header, so each run stores the names
// it probed, and the next run appends guarded probes for those
// (`#ifdef NAME`) and skips the pass. A macro the stored list lacks is
// evaluated in an extra parse and the list is stored again. The cache never
// changes the output, only the time: the same probes give the same values.
//
// One file per header and clang arguments under the cache directory; a file
// that is missing, unreadable or malformed is no cache.
//
//===----------------------------------------------------------------------===//

#ifndef KBINDGEN_LIB_FRONTEND_MACROS_MACROPROBECACHE_H
#define KBINDGEN_LIB_FRONTEND_MACROS_MACROPROBECACHE_H

#include "kbindgen/Frontend/Frontend.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringRef.h"

#include <optional>
#include <string>
#include <vector>

namespace kbindgen::frontend {

class MacroProbeCache {
public:
  /// The cache entry of this input (no entry when Input.MacroCacheDir is
  /// empty).
  MacroProbeCache(const FrontendInput &Input, llvm::StringRef AbsolutePath);

  /// The stored names, or nullopt.
  std::optional<std::vector<std::string>> load() const;
  /// Stores Names, replacing the entry atomically; failures are ignored
  /// (the cache is an optimisation).
  void store(llvm::ArrayRef<std::string> Names) const;

  /// The entry's file ("" when there is no cache).
  const std::string &path() const { return Path; }

private:
  std::string Path;
};

} // namespace kbindgen::frontend

#endif // KBINDGEN_LIB_FRONTEND_MACROS_MACROPROBECACHE_H
