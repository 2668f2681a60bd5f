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
  OS << "       kbindgen help [COMMAND]\n\n" << Generate.Description << '\n';
  printCommands(OS);
  printSection(OS, "Options:", OptionStatus::Supported);
  printSection(OS, "Accepted for compatibility with bindgen, no effect:",
               OptionStatus::NoEffect);
  printSection(OS, "bindgen options kbindgen rejects (error, exit status 2):",
               OptionStatus::Unsupported);
  OS << "\nExit status: " << exitStatusText() << '\n';
}

void printCommandHelp(llvm::raw_ostream &OS, Command For) {
  const CommandSpec &Spec = commandSpec(For);
  if (Spec.Name.empty()) {
    printHelp(OS);
    return;
  }
  OS << "kbindgen " << Spec.Name << ": " << Spec.Summary << "\n\n"
     << "Usage: kbindgen " << Spec.Name << ' ' << Spec.Arguments << "\n\n"
     << Spec.Description << "\n\nOptions of kbindgen " << Spec.Name << ":\n";
  for (const OptionSpec &Option : optionTable())
    if (Option.takenBy(For) && !Option.takenBy(Command::Generate))
      printOption(OS, Option);
  OS << "\nOPTIONS: bindgen's options (see 'kbindgen --help'), which select "
        "what is\ninspected as they select what is generated.\n"
     << "\nExit status: " << exitStatusText() << '\n';
}

} // namespace kbindgen::driver
