//===- PendingMacro.h - A macro between its definition and its item -*- C++
//-*-===//
//
// What the macro steps share: MacroTranslator records a PendingMacro per
// definition, the typing facts and the probes fill in its value, and
// MacroTranslator::appendConstants turns it into a constant or a skipped
// macro.
//
//===----------------------------------------------------------------------===//

#ifndef KBINDGEN_LIB_FRONTEND_MACROS_PENDINGMACRO_H
#define KBINDGEN_LIB_FRONTEND_MACROS_PENDINGMACRO_H

#include "kbindgen/IR/IR.h"

#include <optional>
#include <string>
#include <vector>

namespace kbindgen::frontend {

struct PendingMacro {
  std::string Name;
  ir::SourceLoc Loc;
  std::string Expansion;
  std::optional<ir::Constant> Value;
  /// Set when the value needs clang's evaluation.
  bool NeedsClang = false;
  /// The probe records the C type of the expression even when it is not a
  /// name (chooseRecordedCTypes).
  bool RecordsCType = false;
  /// Set by add: the body is plain arithmetic; Names are its identifiers.
  bool PlainArithmetic = false;
  /// bindgen's own evaluator computes the macro (markBindgenComputable).
  bool BindgenComputable = false;
  std::vector<std::string> Names;
  std::string SkipReason;
};

} // namespace kbindgen::frontend

#endif // KBINDGEN_LIB_FRONTEND_MACROS_PENDINGMACRO_H
