//===- FuzzSafeRules.cpp - libFuzzer target: the safe rules file ----------===//
//
// Input: the text of a --safe-rules JSON file. A rules file is user input:
// anything in it is either accepted or refused with a message naming the
// file, never a crash or undefined behaviour. An accepted file's patterns
// are matched once, as the backend would.
//
//===----------------------------------------------------------------------===//

#include "FuzzInput.h"

#include "../../lib/Backends/RustSafe/SafeModel.h"

#include "llvm/Support/Error.h"

#include <cstdio>
#include <cstdlib>

using namespace kbindgen;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  if (Size > 16384)
    return -1;
  auto Rules = rustsafe::parseSafeRules(fuzz::asText(Data, Size), "rules.json");
  if (!Rules) {
    std::string Message = llvm::toString(Rules.takeError());
    if (!llvm::StringRef(Message).contains("rules.json")) {
      std::fprintf(stderr, "safe rules fuzzer: message without the file: %s\n",
                   Message.c_str());
      std::abort();
    }
    return 0;
  }
  for (const rustsafe::ConventionPattern &Pattern : Rules->IntReturnPatterns)
    (void)Pattern.Regex.matches("sqlite3_column_int");
  for (const auto &[Name, Rule] : Rules->Functions)
    (void)rustsafe::conventionName(
        Rule.Returns.value_or(rustsafe::ReturnConvention::Infer));
  return 0;
}
