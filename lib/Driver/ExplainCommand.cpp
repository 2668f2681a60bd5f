//===- ExplainCommand.cpp - kbindgen explain
//----------------------------------===//
//
// Placeholder until the command lands (issue 7).
//
//===----------------------------------------------------------------------===//

#include "Driver/Subcommands.h"

#include "llvm/Support/raw_ostream.h"

namespace kbindgen::driver {

int runExplainCommand(llvm::ArrayRef<std::string>) {
  llvm::errs() << "kbindgen: error: 'explain' is not implemented yet\n";
  return 2;
}

} // namespace kbindgen::driver
