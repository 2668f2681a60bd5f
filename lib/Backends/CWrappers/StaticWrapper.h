//===- StaticWrapper.h - One C wrapper of a static function ----*- C++ -*-===//
//
// The prototype and the non-inline definition that forward to one static
// (inline) function:
//
//   int foo__extern(struct bar *__kbindgen_arg_0);
//   int foo__extern(struct bar *__kbindgen_arg_0) { return
//   foo(__kbindgen_arg_0); }
//
//===----------------------------------------------------------------------===//

#ifndef KBINDGEN_LIB_BACKENDS_CWRAPPERS_STATICWRAPPER_H
#define KBINDGEN_LIB_BACKENDS_CWRAPPERS_STATICWRAPPER_H

#include "kbindgen/IR/IR.h"

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"

#include <string>

namespace kbindgen::cwrappers {

struct StaticWrapper {
  /// The declaration with its attributes, ending in `;` (what
  /// -Wmissing-prototypes wants to see before the definition).
  std::string Prototype;
  /// The definition on one line.
  std::string Definition;
};

/// The name of the wrapper's I-th parameter. Identifiers starting with `__`
/// are reserved for the implementation, so no header macro (`current`,
/// `min`) can expand them; only -Wreserved-identifier, which neither
/// -Wall nor -Wextra enables, would notice.
std::string wrapperParamName(size_t Index);

/// Writes the wrapper WrapperName of the static function Fn. When
/// CalleeIsMacro, the header also defines a macro of the function's name and
/// the call is written `(foo)(...)`, which a function-like macro does not
/// expand. Fails, with the reason, for a function C cannot forward (variadic,
/// K&R parameters, an unspellable type).
llvm::Expected<StaticWrapper> writeStaticWrapper(const ir::Module &M,
                                                 const ir::Item &Fn,
                                                 llvm::StringRef WrapperName,
                                                 bool CalleeIsMacro);

} // namespace kbindgen::cwrappers

#endif // KBINDGEN_LIB_BACKENDS_CWRAPPERS_STATICWRAPPER_H
