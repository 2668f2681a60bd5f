//===- MacroScan.h - The header's macros from a cheap unit -----*- C++ -*-===//

#ifndef KBINDGEN_LIB_FRONTEND_MACROS_MACROSCAN_H
#define KBINDGEN_LIB_FRONTEND_MACROS_MACROSCAN_H

#include "kbindgen/Frontend/Frontend.h"

#include "llvm/ADT/StringRef.h"

#include <clang-c/Index.h>

namespace kbindgen::frontend {

class FileTable;
class MacroTranslator;

/// Records in Macros the macros of a cheap unit that includes the header in
/// a skipped function body (MacroScan.cpp), their locations indexing Files.
/// False when the unit cannot stand for the header's (libclang failed, or a
/// fatal error ended preprocessing).
bool scanMacros(CXIndex Index, const FrontendInput &Input,
                llvm::StringRef AbsolutePath, MacroTranslator &Macros,
                FileTable &Files);

} // namespace kbindgen::frontend

#endif // KBINDGEN_LIB_FRONTEND_MACROS_MACROSCAN_H
