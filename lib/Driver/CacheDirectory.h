//===- CacheDirectory.h - Where kbindgen keeps state between runs -*- C++
//-*-===//

#ifndef KBINDGEN_DRIVER_CACHEDIRECTORY_H
#define KBINDGEN_DRIVER_CACHEDIRECTORY_H

#include <string>

namespace kbindgen {

/// The directory of the macro-name cache: $KBINDGEN_CACHE_DIR when set (an
/// empty value turns the cache off), else $XDG_CACHE_HOME/kbindgen/macros,
/// else $HOME/.cache/kbindgen/macros; "" when none applies.
std::string macroCacheDirectory();

} // namespace kbindgen

#endif // KBINDGEN_DRIVER_CACHEDIRECTORY_H
