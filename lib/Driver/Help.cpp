//===- Help.cpp - --help, generated from the option table -----------------===//

#include "Driver/OptionTable.h"

#include "llvm/ADT/StringExtras.h"

namespace kbindgen::driver {

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
  OS << "\n        " << Spec.Help << '\n';
}

static void printSection(llvm::raw_ostream &OS, llvm::StringRef Title,
                         OptionStatus Status) {
  OS << '\n' << Title << '\n';
  for (const OptionSpec &Spec : optionTable())
    if (Spec.Status == Status && Spec.takenBy(Command::Generate))
      printOption(OS, Spec);
}

void printHelp(llvm::raw_ostream &OS) {
  OS << "kbindgen: Rust bindings for C headers, with bindgen's command line\n"
        "\n"
        "Usage: kbindgen HEADER [OPTIONS] [-- CLANG_ARGS...]\n"
        "\n"
        "Options may come before or after HEADER; '--opt VALUE' and "
        "'--opt=VALUE' are the same.\n"
        "Everything after '--' is passed to clang unchanged. Regexes match "
        "whole names.\n";
  printSection(OS, "Options:", OptionStatus::Supported);
  printSection(OS, "Accepted for compatibility with bindgen, no effect:",
               OptionStatus::NoEffect);
  printSection(OS, "bindgen options kbindgen rejects (error, exit status 2):",
               OptionStatus::Unsupported);
  OS << "\nExit status: 0 success, 1 bad input (header errors, missing header, "
        "unwritable output), 2 bad usage, 3 a breaking change (diff), 4 input "
        "that is not C (C++, Objective-C, CUDA, OpenCL, ...).\n";
}

} // namespace kbindgen::driver
