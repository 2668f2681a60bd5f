//===- MacroTranslator.h - Object-like macros to constants -----*- C++ -*-===//
//
// Macros are collected from a unit's preprocessing record (MacroScan.cpp, or
// the walk). A macro that is a single literal is parsed from its tokens
// (MacroLiterals.h); every other candidate is evaluated by clang itself
// through a probe declaration (MacroEvaluator.h). The constants come first
// in the module, in the order the macros were defined (bindgen's order).
//
//===----------------------------------------------------------------------===//

#ifndef KBINDGEN_LIB_FRONTEND_MACROS_MACROTRANSLATOR_H
#define KBINDGEN_LIB_FRONTEND_MACROS_MACROTRANSLATOR_H

#include "Macros/MacroCallShape.h"
#include "Macros/MacroEvaluator.h"
#include "Macros/PendingMacro.h"

#include "kbindgen/IR/IR.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringSet.h"

#include <clang-c/Index.h>

#include <string>
#include <vector>

namespace kbindgen::frontend {

class FileTable;
class TypeInterner;

class MacroTranslator {
public:
  /// Records one macro definition cursor.
  void add(CXTranslationUnit TU, CXCursor C, FileTable &Files);
  /// Decides, after the last add, which macros clang evaluates and which
  /// record their C type (Macros/MacroTyping.h; all of them with
  /// RecordAllCTypes).
  void decide(bool RecordAllCTypes);
  /// The names of the macros clang evaluates (after decide).
  std::vector<std::string> probedNames() const;
  /// Reads the probes of Names appended to the header at FirstProbeLine of
  /// MainFile (see frontend::readProbes); returns whether a macro clang
  /// evaluates was not among them.
  bool readProbes(CXTranslationUnit TU, CXFile MainFile,
                  unsigned FirstProbeLine, llvm::ArrayRef<std::string> Names,
                  ir::Module &M, TypeInterner &Interner);
  /// Evaluates the macros still unsettled in an extra probe parse.
  void evaluateRest(const ProbeSetup &Setup, ir::Module &M,
                    TypeInterner &Interner);
  /// Gives each macro the index its file has in Files, for macros recorded
  /// from another unit through FromFiles.
  void moveToFiles(const FileTable &FromFiles, FileTable &Files);
  /// Appends the constants to the module, in front of its other items.
  void appendConstants(ir::Module &M);
  /// decide, an extra probe parse, and appendConstants.
  void finish(const ProbeSetup &Setup, ir::Module &M, TypeInterner &Interner);
  /// Whether clang predefined __CHAR_UNSIGNED__.
  bool charIsUnsigned() const { return CharIsUnsigned; }
  /// --builtins: the compiler's predefined object-like macros become
  /// constants too (call before the first add).
  void keepPredefined(bool Keep) { KeepPredefined = Keep; }
  /// --wrap-static-fns: also keep the function-like macros' parameters and
  /// tokens (call before the first add).
  void keepFunctionMacros(bool Keep) { KeepFunctionMacros = Keep; }
  /// The function-like macros kept, in definition order (a redefinition
  /// keeps the first position and the last definition).
  std::vector<FunctionMacro> takeFunctionMacros();

private:
  void keepFunctionMacro(const std::vector<MacroToken> &Definition,
                         const std::string &Name, const ir::SourceLoc &Loc);

  bool CharIsUnsigned = false;
  bool KeepPredefined = false;
  bool KeepFunctionMacros = false;
  std::vector<FunctionMacro> FunctionMacros;
  llvm::StringMap<size_t> FunctionMacroByName;
  std::vector<PendingMacro> Macros;
  /// A redefined macro keeps its first position and its last definition.
  llvm::StringMap<size_t> ByName;
  /// Predefined and command-line object-like macros (-DWIDTH=8).
  llvm::StringSet<> CompilerMacros;
};

} // namespace kbindgen::frontend

#endif // KBINDGEN_LIB_FRONTEND_MACROS_MACROTRANSLATOR_H
