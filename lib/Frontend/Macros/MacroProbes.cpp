//===- MacroProbes.cpp - The probe declarations and their parse's flags ---===//

#include "Macros/MacroProbes.h"

using namespace kbindgen;
using namespace kbindgen::frontend;

std::vector<std::string>
frontend::probeArguments(const std::vector<std::string> &Args) {
  std::vector<std::string> Result;
  Result.reserve(Args.size() + 2);
  for (size_t I = 0; I < Args.size(); ++I) {
    llvm::StringRef Arg = Args[I];
    if (Arg == "-MF" || Arg == "-MT" || Arg == "-MQ" || Arg == "-MJ") {
      ++I; // and its value
      continue;
    }
    if (Arg == "-M" || Arg == "-MM" || Arg == "-MD" || Arg == "-MMD" ||
        Arg == "-MG" || Arg == "-MP" || Arg.starts_with("-MF") ||
        Arg.starts_with("-MT") || Arg.starts_with("-MQ") ||
        (Arg.starts_with("-Wp,") && Arg.contains("-M")))
      continue;
    Result.push_back(Args[I]);
  }
  Result.push_back("-ferror-limit=0");
  Result.push_back("-w");
  // Many candidates are not expressions and name undeclared identifiers;
  // clang's typo correction would search every declaration for each.
  Result.push_back("-fno-spell-checking");
  return Result;
}

std::vector<std::string>
frontend::probedNames(llvm::ArrayRef<PendingMacro> Macros) {
  std::vector<std::string> Names;
  for (const PendingMacro &Macro : Macros)
    if (Macro.NeedsClang)
      Names.push_back(Macro.Name);
  return Names;
}

std::string frontend::probeDeclarations(llvm::ArrayRef<std::string> Names) {
  std::string Source;
  for (const std::string &Name : Names) {
    // Guarded, so that a stored name (MacroProbeCache.h) the header no
    // longer defines costs nothing.
    Source += "#ifdef " + Name + "\n";
    Source += "static const __typeof__((" + Name + ")) ";
    Source += ProbePrefix;
    Source += Name + " = (" + Name + ");\n";
    // The strict check: __builtin_choose_expr takes only what clang's ICE
    // check accepts (no comma, no pointer casts, ...), an error even under
    // -w; a builtin call is accepted only if its operand evaluates without
    // overflow or an invalid shift.
    Source += "_Static_assert(__builtin_choose_expr(!(" + Name +
              ") | !__builtin_expect((" + Name + "), 0), 1, 1), \"\");\n";
    Source += "#endif\n";
  }
  return Source;
}

std::string frontend::includeLine(llvm::StringRef AbsolutePath) {
  std::string Line = "#include \"";
  for (char C : AbsolutePath) {
    if (C == '\\' || C == '"')
      Line += '\\';
    Line += C;
  }
  Line += "\"\n";
  return Line;
}
