//===- ManPage.cpp - kbindgen(1), generated from the tables ---------------===//

#include "Driver/ManPage.h"

#include "Driver/CommandTable.h"
#include "Driver/OptionTable.h"
#include "Driver/Version.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/ConvertUTF.h"
#include "llvm/Support/FormatVariadic.h"

using llvm::StringRef;

namespace kbindgen::driver {
namespace {

/// Text as roff reads it literally: backslashes escaped, '-' as the minus
/// sign (so option names can be copied), characters beyond ASCII as
/// \[uXXXX] (troff reads bytes, not UTF-8), and no line starting with a
/// control character.
std::string roffText(StringRef Text) {
  std::string Out;
  if (Text.starts_with(".") || Text.starts_with("'"))
    Out += "\\&";
  for (size_t I = 0; I < Text.size(); ++I) {
    unsigned char C = Text[I];
    if (C == '\\') {
      Out += "\\e";
    } else if (C == '-') {
      Out += "\\-";
    } else if (C < 0x80) {
      Out += static_cast<char>(C);
    } else {
      llvm::UTF32 CodePoint = 0;
      auto *Start = reinterpret_cast<const llvm::UTF8 *>(Text.data() + I);
      const llvm::UTF8 *Next = Start;
      if (llvm::convertUTF8Sequence(&Next, Start + (Text.size() - I),
                                    &CodePoint, llvm::strictConversion) !=
          llvm::conversionOK) {
        Out += '?';
        continue;
      }
      Out += llvm::formatv("\\[u{0:X-4}]", CodePoint).str();
      I += (Next - Start) - 1;
    }
  }
  return Out;
}

std::string bold(StringRef Text) { return "\\fB" + roffText(Text) + "\\fR"; }
std::string italic(StringRef Text) { return "\\fI" + roffText(Text) + "\\fR"; }

void printOptionItem(llvm::raw_ostream &OS, const OptionSpec &Spec) {
  llvm::SmallVector<StringRef, 4> Names = Spec.names();
  size_t Shown = 1;
  OS << ".TP\n" << bold(Names[0]);
  if (Names.size() > 1 && !Names[0].starts_with("--")) {
    OS << ", " << bold(Names[1]);
    Shown = 2;
  }
  if (!Spec.ValueName.empty()) {
    llvm::SmallVector<StringRef, 2> Values;
    Spec.ValueName.split(Values, ' ');
    for (StringRef Value : Values)
      OS << ' ' << italic(Value);
  }
  OS << '\n' << roffText(describeOption(Spec)) << '\n';
  if (Names.size() > Shown) {
    OS << "Alias:";
    for (StringRef Alias : llvm::ArrayRef(Names).drop_front(Shown))
      OS << ' ' << bold(Alias);
    OS << ".\n";
  }
}

void printOptionSection(llvm::raw_ostream &OS, StringRef Title, StringRef Intro,
                        OptionStatus Status) {
  OS << ".SH " << Title << '\n';
  if (!Intro.empty())
    OS << roffText(Intro) << '\n';
  for (const OptionSpec &Spec : optionTable())
    if (Spec.Status == Status && Spec.takenBy(Command::Generate))
      printOptionItem(OS, Spec);
}

void printSynopsisLine(llvm::raw_ostream &OS, const CommandSpec &Spec) {
  OS << ".B kbindgen";
  if (!Spec.Name.empty())
    OS << ' ' << roffText(Spec.Name);
  OS << '\n' << roffText(Spec.Arguments) << "\n.br\n";
}

void printSubcommandSection(llvm::raw_ostream &OS, const CommandSpec &Spec) {
  OS << ".SH \"KBINDGEN " << Spec.Name.upper() << "\"\n";
  printSynopsisLine(OS, Spec);
  OS << ".PP\n"
     << roffText(Spec.Summary) << ".\n"
     << roffText(Spec.Description) << '\n';
  OS << ".PP\nOptions of " << bold("kbindgen " + Spec.Name.str())
     << " besides bindgen's (see " << bold("OPTIONS") << "):\n";
  for (const OptionSpec &Option : optionTable())
    if (Option.takenBy(Spec.Which) && !Option.takenBy(Command::Generate))
      printOptionItem(OS, Option);
}

} // namespace

void printManPage(llvm::raw_ostream &OS) {
  const CommandSpec &Generate = commandSpec(Command::Generate);
  OS << ".\\\" kbindgen(1), written by `kbindgen --generate-man-page` from "
        "its option table.\n"
     << ".TH KBINDGEN 1 \"\" \"kbindgen " << kbindgenVersion()
     << "\" \"User Commands\"\n"
     // Option names must not be hyphenated at line ends.
     << ".nh\n"
     << ".SH NAME\nkbindgen \\- " << roffText(Generate.Summary) << '\n'
     << ".SH SYNOPSIS\n";
  for (const CommandSpec &Spec : commandTable())
    printSynopsisLine(OS, Spec);
  OS << ".B kbindgen help\n[COMMAND]\n"
     << ".SH DESCRIPTION\n"
     << roffText(Generate.Description) << '\n'
     << ".PP\nkbindgen is a drop\\-in " << bold("BINDGEN=")
     << " for the Linux kernel's Rust build: " << bold("--version")
     << " prints the bindgen version whose command line it matches on its "
        "first line.\n"
     << ".SH COMMANDS\n";
  for (const CommandSpec &Spec : commandTable()) {
    if (Spec.Name.empty())
      continue;
    OS << ".TP\n" << bold(Spec.Name) << '\n' << roffText(Spec.Summary) << ".\n";
  }
  OS << ".TP\n"
     << bold("help") << " [" << italic("COMMAND") << "]\n"
     << roffText(HelpCommandSummary) << "; the same as " << bold("--help")
     << " and " << bold("kbindgen COMMAND --help") << ".\n";
  printOptionSection(OS, "OPTIONS", "", OptionStatus::Supported);
  printOptionSection(OS, "\"COMPATIBILITY OPTIONS\"",
                     "Accepted for compatibility with bindgen; they have no "
                     "effect.",
                     OptionStatus::NoEffect);
  printOptionSection(OS, "\"REJECTED OPTIONS\"",
                     "bindgen options kbindgen rejects with an error (exit "
                     "status 2), and why.",
                     OptionStatus::Unsupported);
  for (const CommandSpec &Spec : commandTable())
    if (!Spec.Name.empty())
      printSubcommandSection(OS, Spec);
  OS << ".SH \"EXIT STATUS\"\n" << roffText(exitStatusText()) << '\n';
  OS << ".SH ENVIRONMENT\n";
  for (const EnvironmentVariable &Variable : environmentVariables())
    OS << ".TP\n"
       << bold(Variable.Name) << '\n'
       << roffText(Variable.Meaning) << '\n';
  OS << ".SH \"SEE ALSO\"\n.BR clang (1),\n.BR rustc (1),\n.BR bindgen (1)\n";
}

} // namespace kbindgen::driver
