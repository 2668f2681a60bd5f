//===- IRReader.h - The JSON IR read back ----------------------*- C++ -*-===//
//
// `--emit-ir` writes the module and the analysis as JSON; the inspection
// commands (explain, layout, diff) read it back, so that they work from a
// saved IR as well as from headers.
//
//===----------------------------------------------------------------------===//

#ifndef KBINDGEN_SERIALIZATION_IRREADER_H
#define KBINDGEN_SERIALIZATION_IRREADER_H

#include "kbindgen/Analysis/Analysis.h"
#include "kbindgen/IR/IR.h"

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"

namespace kbindgen {

/// A module with the decisions made about it: what every inspection reads,
/// and all that a JSON IR holds. From headers, the analysis is sliced to its
/// ItemDecisions, so an inspection sees the same from either source.
struct AnalysedModule {
  ir::Module Module;
  ItemDecisions Decisions;
};

/// Parses a JSON IR (docs/ir-schema.md). Fails with a message naming the
/// file and what is wrong on malformed JSON or an unknown schema version.
llvm::Expected<AnalysedModule> readIRJson(llvm::StringRef Text,
                                          llvm::StringRef FileName);

} // namespace kbindgen

#endif // KBINDGEN_SERIALIZATION_IRREADER_H
