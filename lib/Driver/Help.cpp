//===- Help.cpp - --help, generated from the option table -----------------===//

#include "Driver/CommandTable.h"
#include "Driver/OptionTable.h"

#include "llvm/ADT/StringExtras.h"

namespace kbindgen::driver {

std::string describeOption(const OptionSpec &Spec) {
  std::string Text = Spec.Help.str();
  if (!Spec.Default.empty())
    Text += " [default: " + Spec.Default.str() + "]";
  if (!Spec.Choices.empty())
    Text += " [possible values: " + llvm::join(Spec.choices(), ", ") + "]";
  return Text;
}

/// Text as lines of at most 79 columns, broken between words.
static void printWrapped(llvm::raw_ostream &OS, llvm::StringRef Text) {
  size_t Column = 0;
  llvm::SmallVector<llvm::StringRef, 64> Words;
  Text.split(Words, ' ', -1, /*KeepEmpty=*/false);
  for (llvm::StringRef Word : Words) {
    if (Column && Column + 1 + Word.size() > 79) {
      OS << '\n';
      Column = 0;
    }
    if (Column) {
      OS << ' ';
      ++Column;
    }
    OS << Word;
    Column += Word.size();
  }
  OS << '\n';
}

static void printOption(llvm::raw_ostream &OS, const OptionSpec &Spec) {
  llvm::SmallVector<llvm::StringRef, 4> Names = Spec.names();
  // Short and long spellings of one option share the line ("-o, --output");
  // old bindgen names are listed as aliases.
  size_t Shown = 1;
  OS << "  " << Names[0];
  if (Names.size() > 1 && !Names[0].starts_with("--")) {
    OS << ", " << Names[1];
    Shown = 2;
  }
  if (!Spec.ValueName.empty())
    OS << ' ' << Spec.ValueName;
  if (Names.size() > Shown)
    OS << "  (alias: "
       << llvm::join(llvm::ArrayRef(Names).drop_front(Shown), ", ") << ')';
  OS << "\n        " << describeOption(Spec) << '\n';
}

static void printSection(llvm::raw_ostream &OS, llvm::StringRef Title,
                         OptionStatus Status) {
  OS << '\n' << Title << '\n';
  for (const OptionSpec &Spec : optionTable())
    if (Spec.Status == Status && Spec.takenBy(Command::Generate))
      printOption(OS, Spec);
}

static void printCommands(llvm::raw_ostream &OS) {
  OS << "\nCommands ('kbindgen help COMMAND' or 'kbindgen COMMAND --help' "
        "for each):\n";
  for (const CommandSpec &Spec : commandTable())
    if (!Spec.Name.empty())
      OS << "  " << llvm::left_justify(Spec.Name, 8) << Spec.Summary << '\n';
  OS << "  " << llvm::left_justify("help", 8) << HelpCommandSummary << '\n';
}

void printHelp(llvm::raw_ostream &OS) {
  const CommandSpec &Generate = commandSpec(Command::Generate);
  OS << "kbindgen: " << Generate.Summary << "\n\n"
     << "Usage: kbindgen " << Generate.Arguments << '\n';
  for (const CommandSpec &Spec : commandTable())
    if (!Spec.Name.empty())
      OS << "       kbindgen " << Spec.Name << ' ' << Spec.Arguments << '\n';
  OS << "       kbindgen help [COMMAND]\n\n";
  printWrapped(OS, Generate.Description);
  printCommands(OS);
  printSection(OS, "Options:", OptionStatus::Supported);
  printSection(OS, "Accepted for compatibility with bindgen, no effect:",
               OptionStatus::NoEffect);
  printSection(OS, "bindgen options kbindgen rejects (error, exit status 2):",
               OptionStatus::Unsupported);
  OS << '\n';
  printWrapped(OS, ("Exit status: " + exitStatusText()).str());
}

void printCommandHelp(llvm::raw_ostream &OS, Command For) {
  const CommandSpec &Spec = commandSpec(For);
  if (Spec.Name.empty()) {
    printHelp(OS);
    return;
  }
  OS << "kbindgen " << Spec.Name << ": " << Spec.Summary << "\n\n"
     << "Usage: kbindgen " << Spec.Name << ' ' << Spec.Arguments << "\n\n";
  printWrapped(OS, Spec.Description);
  OS << "\nOptions of kbindgen " << Spec.Name << ":\n";
  printOption(OS, *findOption("--help", For));
  for (const OptionSpec &Option : optionTable())
    if (Option.takenBy(For) && !Option.takenBy(Command::Generate))
      printOption(OS, Option);
  OS << "\nOPTIONS: bindgen's options (see 'kbindgen --help'), which select "
        "what is\ninspected as they select what is generated.\n\n";
  printWrapped(OS, ("Exit status: " + exitStatusText()).str());
}

} // namespace kbindgen::driver
