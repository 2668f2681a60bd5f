//===- MacroTyping.cpp - The facts a macro constant's typing needs --------===//
//
// bindgen types a macro constant by its value alone (u32 when it fits, then
// i32, u64, i64), and computes only plain arithmetic over literals and other
// such macros. Which macros those are is a fact of the header, recorded
// here; the analysis (ConstantTypes.cpp) keeps bindgen's typing for them
// and the C type for the rest.
//
//===----------------------------------------------------------------------===//

#include "Macros/MacroTyping.h"

#include "llvm/ADT/StringSwitch.h"

using namespace kbindgen;
using namespace kbindgen::frontend;

bool frontend::isPlainArithmetic(llvm::ArrayRef<MacroToken> Body) {
  for (const MacroToken &Token : Body) {
    switch (Token.Kind) {
    case CXToken_Identifier:
    case CXToken_Literal:
    case CXToken_Comment:
      break;
    case CXToken_Punctuation: {
      bool Arithmetic = llvm::StringSwitch<bool>(Token.Text)
                            .Cases("(", ")", "+", "-", "*", "/", "%", true)
                            .Cases("<<", ">>", "&", "|", "^", "~", true)
                            .Default(false);
      if (!Arithmetic)
        return false;
      break;
    }
    default: // keywords: casts, sizeof, types
      return false;
    }
  }
  return true;
}

namespace {

enum class Computable : uint8_t { Unknown, InProgress, Yes, No };

/// Whether bindgen computes macro Index: a literal, or plain arithmetic whose
/// names are all computable macros. Function-like macros are not.
bool bindgenComputes(size_t Index, llvm::ArrayRef<PendingMacro> Macros,
                     const llvm::StringMap<size_t> &ByName,
                     const llvm::StringSet<> &CompilerMacros,
                     std::vector<Computable> &Memo) {
  if (Memo[Index] != Computable::Unknown)
    return Memo[Index] == Computable::Yes;
  const PendingMacro &Macro = Macros[Index];
  Memo[Index] = Computable::InProgress; // a cycle computes nothing
  bool Result = Macro.PlainArithmetic;
  for (const std::string &Name : Macro.Names) {
    if (!Result)
      break;
    auto It = ByName.find(Name);
    if (It == ByName.end()) {
      Result = CompilerMacros.contains(Name);
      continue;
    }
    const PendingMacro &Used = Macros[It->second];
    Result = (Used.Value || Used.NeedsClang) &&
             bindgenComputes(It->second, Macros, ByName, CompilerMacros, Memo);
  }
  Memo[Index] = Result ? Computable::Yes : Computable::No;
  return Result;
}

} // namespace

void frontend::markBindgenComputable(llvm::MutableArrayRef<PendingMacro> Macros,
                                     const llvm::StringMap<size_t> &ByName,
                                     const llvm::StringSet<> &CompilerMacros) {
  std::vector<Computable> Memo(Macros.size(), Computable::Unknown);
  for (size_t I = 0; I < Macros.size(); ++I)
    if (Macros[I].Value || Macros[I].NeedsClang)
      Macros[I].BindgenComputable =
          bindgenComputes(I, Macros, ByName, CompilerMacros, Memo);
}

void frontend::chooseRecordedCTypes(llvm::MutableArrayRef<PendingMacro> Macros,
                                    bool ProbeLiterals) {
  for (PendingMacro &Macro : Macros) {
    if (ProbeLiterals && Macro.Value &&
        (Macro.Value->Kind == ir::ConstantKind::Integer ||
         Macro.Value->Kind == ir::ConstantKind::Float)) {
      // clang knows the type of `42UL`, `0x80000000` and `1.5f`; a char
      // literal stays `u8` and a string a byte string.
      Macro.Value.reset();
      Macro.NeedsClang = true;
    }
    Macro.RecordsCType =
        Macro.NeedsClang && (ProbeLiterals || !Macro.BindgenComputable);
  }
}
