//===- MacroToken.h - One token of a macro's body --------------*- C++ -*-===//

#ifndef KBINDGEN_LIB_FRONTEND_MACROS_MACROTOKEN_H
#define KBINDGEN_LIB_FRONTEND_MACROS_MACROTOKEN_H

#include <clang-c/Index.h>

#include <string>

namespace kbindgen::frontend {

struct MacroToken {
  CXTokenKind Kind;
  std::string Text;
};

} // namespace kbindgen::frontend

#endif // KBINDGEN_LIB_FRONTEND_MACROS_MACROTOKEN_H
