//===- InputLanguage.h - Refusing input that is not C ----------*- C++ -*-===//
//
// kbindgen binds C. Input clang reads as C++ (or Objective-C, CUDA, OpenCL,
// ...) would bind wrongly and quietly: namespaced types vanish and functions
// lose their mangled symbols. Such input is refused, as early as it can be
// told: from the command line before any parse, from the parsed unit when a
// C++ declaration got through, and from a failed C parse whose error sits on
// a C++ keyword.
//
//===----------------------------------------------------------------------===//

#ifndef KBINDGEN_LIB_FRONTEND_INPUTLANGUAGE_H
#define KBINDGEN_LIB_FRONTEND_INPUTLANGUAGE_H

#include "kbindgen/Frontend/Frontend.h"

#include <clang-c/Index.h>

#include <optional>
#include <string>

namespace kbindgen::frontend {

/// Why the header's suffix or the clang arguments make clang read the input
/// as a language other than C (a full message naming the file and the
/// argument); nullopt for C.
std::optional<std::string> nonCLanguageOfArguments(const FrontendInput &Input);

/// `file:line:col: error: ...` at the first top-level declaration of TU that
/// C does not have (a namespace, a class, `extern "C"`, an Objective-C
/// interface) or at a function with a C++ symbol; nullopt for a C unit.
std::optional<std::string> firstNonCDeclaration(CXTranslationUnit TU);

/// For a unit that failed to parse as C: `file:line:col: error: ...` at the
/// first error that sits on a C++-only keyword (`namespace`, `class`,
/// `template`, `extern "C"`), nullopt when no error looks like C++.
std::optional<std::string> cxxKeywordAtError(CXTranslationUnit TU);

} // namespace kbindgen::frontend

#endif // KBINDGEN_LIB_FRONTEND_INPUTLANGUAGE_H
