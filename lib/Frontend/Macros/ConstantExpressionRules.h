//===- ConstantExpressionRules.h - What C allows in a constant -*- C++ -*-===//
//
// clang folds more than C calls a constant expression: the comma operator,
// casts of pointers to integers, address comparisons, reads of const
// variables, signed overflow. Whether an integer macro is an integer
// constant expression is clang's judgement (the probe's strict check,
// MacroProbes.h); these rules name the construct that made it refuse one,
// for the recorded reason. Floating macros have no such check in C, so for
// them the rules below are the judge (C11 6.6p3 and p8: arithmetic
// constant expressions).
//
//===----------------------------------------------------------------------===//

#ifndef KBINDGEN_LIB_FRONTEND_MACROS_CONSTANTEXPRESSIONRULES_H
#define KBINDGEN_LIB_FRONTEND_MACROS_CONSTANTEXPRESSIONRULES_H

#include <clang-c/Index.h>

#include <string>

namespace kbindgen::frontend {

/// The first construct of Expr that an arithmetic constant expression may
/// not contain (`comma operator`, `cast of a pointer to an integer`,
/// `read of the variable 'k'`, `signed overflow in '+'`, ...), or "" when
/// there is none. Builtin calls, such as `__builtin_inff()`, are accepted
/// as clang accepts them in integer constant expressions.
std::string arithmeticConstantCulprit(CXCursor Expr);

/// The same for an integer expression that clang's strict check refused:
/// the rules of an arithmetic constant expression, and floating operands
/// only as the immediate operands of casts (C11 6.6p6). "" when no rule
/// names the cause.
std::string integerConstantCulprit(CXCursor Expr);

} // namespace kbindgen::frontend

#endif // KBINDGEN_LIB_FRONTEND_MACROS_CONSTANTEXPRESSIONRULES_H
