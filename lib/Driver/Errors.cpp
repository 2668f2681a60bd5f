//===- Errors.cpp - Exit codes and error messages of every command --------===//

#include "Driver/Errors.h"

#include "llvm/Support/raw_ostream.h"

namespace kbindgen::driver {

char CommandError::ID = 0;

llvm::Error usageFailure(const llvm::Twine &Message) {
  return llvm::make_error<CommandError>(BadUsage, Message.str(),
                                        /*ShowUsage=*/true);
}

llvm::Error commandFailure(ExitCode Code, const llvm::Twine &Message) {
  return llvm::make_error<CommandError>(Code, Message.str(),
                                        /*ShowUsage=*/false);
}

void printError(const llvm::Twine &Message) {
  llvm::errs() << "kbindgen: error: " << Message << '\n';
}

int reportFailure(llvm::Error Err, llvm::StringRef UsageLine) {
  int Code = BadInput;
  llvm::handleAllErrors(
      std::move(Err),
      [&](const CommandError &E) {
        Code = E.Code;
        if (!E.Message.empty())
          printError(E.Message);
        if (E.ShowUsage)
          llvm::errs() << UsageLine << '\n';
      },
      [&](const llvm::ErrorInfoBase &E) { printError(E.message()); });
  return Code;
}

int usageError(const llvm::Twine &Message, llvm::StringRef UsageLine) {
  return reportFailure(usageFailure(Message), UsageLine);
}

} // namespace kbindgen::driver
