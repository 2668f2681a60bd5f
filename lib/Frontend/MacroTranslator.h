//===- MacroTranslator.h - Object-like macros to constants -----*- C++ -*-===//
//
// Macros are collected from a unit's preprocessing record (MacroScan.cpp, or
// the walk). A macro that is a single literal is parsed from its tokens
// (MacroLiterals.cpp); every other candidate is evaluated by clang itself
// through a probe declaration (MacroEvaluator.cpp). The constants come first
// in the module, in the order the macros were defined (bindgen's order).
//
//===----------------------------------------------------------------------===//

#ifndef KBINDGEN_LIB_FRONTEND_MACROTRANSLATOR_H
#define KBINDGEN_LIB_FRONTEND_MACROTRANSLATOR_H

#include "kbindgen/Frontend/Frontend.h"
#include "kbindgen/IR/IR.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/StringMap.h"
#include "llvm/ADT/StringSet.h"

#include <clang-c/Index.h>

#include <optional>
#include <string>
#include <vector>

namespace kbindgen::frontend {

class FileTable;
class TypeInterner;

struct MacroToken {
  CXTokenKind Kind;
  std::string Text;
};

/// The value of a macro whose body is one literal, optionally negated and
/// parenthesised; nullopt for anything else.
std::optional<ir::Constant> parseLiteralMacro(llvm::ArrayRef<MacroToken> Body);

/// Whether the body can be a C constant expression at all (balanced
/// brackets, no braces or semicolons), so that probing it cannot derail the
/// probe parse.
bool mayBeConstantExpression(llvm::ArrayRef<MacroToken> Body);

/// Whether the body is literals, names and arithmetic only (no casts,
/// sizeof, calls of function-like macros, ternaries): what bindgen's own
/// evaluator computes when the names are such macros too.
bool isPlainArithmetic(llvm::ArrayRef<MacroToken> Body);

/// CompilerMacros are the predefined and command-line object-like macros,
/// which bindgen sees too.
/// Decides KeepsType for every macro clang evaluates. A macro bindgen could
/// compute itself (plain arithmetic over literals and such macros) keeps
/// bindgen's literal typing (u32, i64, ...), so that code written against
/// bindgen keeps compiling; every other one has the C type clang gives its
/// expression (`gfp_t`, `c_ulong`). With CTypesForAll, every macro is sent
/// to clang and keeps its C type, literals included.
struct PendingMacro;
void decideMacroTyping(llvm::MutableArrayRef<PendingMacro> Macros,
                       const llvm::StringMap<size_t> &ByName,
                       const llvm::StringSet<> &CompilerMacros,
                       bool CTypesForAll);

/// clang's value of a variable's initializer as a Constant (integer, float
/// or string), or nullopt.
std::optional<ir::Constant> evaluateInitializer(CXCursor Var);

struct PendingMacro {
  std::string Name;
  ir::SourceLoc Loc;
  std::string Expansion;
  std::optional<ir::Constant> Value;
  /// Set when the value needs clang's evaluation.
  bool NeedsClang = false;
  /// The constant keeps the C type of its expression (decideMacroTyping).
  bool KeepsType = false;
  /// Set by add: the body is plain arithmetic; Names are its identifiers.
  bool PlainArithmetic = false;
  std::vector<std::string> Names;
  std::string SkipReason;
};

/// What the probe parse needs to reproduce the main parse.
struct ProbeSetup {
  CXIndex Index = nullptr;
  const FrontendInput *Input = nullptr;
  /// Absolute path of the main file.
  std::string AbsolutePath;
};

/// The names of the macros with NeedsClang set, in order.
std::vector<std::string> probedNames(llvm::ArrayRef<PendingMacro> Macros);

/// The probe declarations of Names, each guarded by `#ifdef NAME`: three
/// lines per name (MacroEvaluator.cpp).
std::string probeDeclarations(llvm::ArrayRef<std::string> Names);

/// Reads probeDeclarations(Names), which start at FirstProbeLine of
/// ProbeFile in TU. Each macro among Names gets its Value (and
/// Value->CType), or none when clang rejected its line or its `#ifdef`
/// failed, and is settled (NeedsClang cleared). Returns whether a macro
/// with NeedsClang was not among Names.
bool readProbes(CXTranslationUnit TU, CXFile ProbeFile, unsigned FirstProbeLine,
                llvm::ArrayRef<std::string> Names,
                llvm::MutableArrayRef<PendingMacro> Macros, ir::Module &M,
                TypeInterner &Interner);

/// Evaluates every macro with NeedsClang set in one extra parse of a probe
/// file that includes the header.
void evaluateMacrosWithClang(const ProbeSetup &Setup,
                             llvm::MutableArrayRef<PendingMacro> Macros,
                             ir::Module &M, TypeInterner &Interner);

/// The caller's clang arguments for a parse made only to read macros: no
/// dependency file, every error reported, no warnings, no typo correction.
std::vector<std::string> probeArguments(const std::vector<std::string> &Args);

/// `#include "PATH"` and a newline, quoted for the preprocessor.
std::string includeLine(llvm::StringRef AbsolutePath);

class MacroTranslator {
public:
  /// Records one macro definition cursor.
  void add(CXTranslationUnit TU, CXCursor C, FileTable &Files);
  /// Decides, after the last add, which macros clang evaluates and with
  /// which typing.
  void decide(bool CTypesForAll);
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

private:
  bool CharIsUnsigned = false;
  std::vector<PendingMacro> Macros;
  /// A redefined macro keeps its first position and its last definition.
  llvm::StringMap<size_t> ByName;
  /// Predefined and command-line object-like macros (-DWIDTH=8).
  llvm::StringSet<> CompilerMacros;
};

/// Records in Macros the macros of a cheap unit that includes the header in
/// a skipped function body (MacroScan.cpp), their locations indexing Files.
/// False when the unit cannot stand for the header's (libclang failed, or a
/// fatal error ended preprocessing).
bool scanMacros(CXIndex Index, const FrontendInput &Input,
                llvm::StringRef AbsolutePath, MacroTranslator &Macros,
                FileTable &Files);

} // namespace kbindgen::frontend

#endif // KBINDGEN_LIB_FRONTEND_MACROTRANSLATOR_H
