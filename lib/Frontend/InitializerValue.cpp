//===- InitializerValue.cpp - clang's value of an initializer -------------===//

#include "InitializerValue.h"

using namespace kbindgen;
using namespace kbindgen::frontend;

std::optional<ir::Constant> frontend::evaluateInitializer(CXCursor Var) {
  CXEvalResult Result = clang_Cursor_Evaluate(Var);
  if (!Result)
    return std::nullopt;
  std::optional<ir::Constant> Value;
  switch (clang_EvalResult_getKind(Result)) {
  case CXEval_Int: {
    ir::Constant Integer;
    Integer.Kind = ir::ConstantKind::Integer;
    if (clang_EvalResult_isUnsignedInt(Result)) {
      Integer.IntegerBits = clang_EvalResult_getAsUnsigned(Result);
    } else {
      long long Signed = clang_EvalResult_getAsLongLong(Result);
      Integer.IntegerBits = static_cast<uint64_t>(Signed);
      Integer.IsNegative = Signed < 0;
    }
    Value = std::move(Integer);
    break;
  }
  case CXEval_Float: {
    ir::Constant Float;
    Float.Kind = ir::ConstantKind::Float;
    Float.FloatValue = clang_EvalResult_getAsDouble(Result);
    Value = std::move(Float);
    break;
  }
  case CXEval_StrLiteral: {
    ir::Constant String;
    String.Kind = ir::ConstantKind::String;
    if (const char *Text = clang_EvalResult_getAsStr(Result))
      String.Bytes = Text;
    Value = std::move(String);
    break;
  }
  default:
    break;
  }
  clang_EvalResult_dispose(Result);
  return Value;
}
