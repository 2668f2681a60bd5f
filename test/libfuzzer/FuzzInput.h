//===- FuzzInput.h - Splitting a fuzzer's bytes into parts ------*- C++ -*-===//
//
// The libFuzzer targets (test/libfuzzer) share one way to turn the bytes
// libFuzzer hands them into the pieces their parser takes: lines.
//
//===----------------------------------------------------------------------===//

#ifndef KBINDGEN_TEST_LIBFUZZER_FUZZINPUT_H
#define KBINDGEN_TEST_LIBFUZZER_FUZZINPUT_H

#include "llvm/ADT/StringRef.h"

#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

namespace kbindgen::fuzz {

inline llvm::StringRef asText(const uint8_t *Data, size_t Size) {
  return llvm::StringRef(reinterpret_cast<const char *>(Data), Size);
}

/// The lines of Text, empty ones kept (they carry meaning: an empty
/// argument, an empty pattern).
inline std::vector<std::string> splitLines(llvm::StringRef Text) {
  std::vector<std::string> Lines;
  while (!Text.empty()) {
    auto [Line, Rest] = Text.split('\n');
    Lines.push_back(Line.str());
    Text = Rest;
  }
  return Lines;
}

} // namespace kbindgen::fuzz

#endif // KBINDGEN_TEST_LIBFUZZER_FUZZINPUT_H
