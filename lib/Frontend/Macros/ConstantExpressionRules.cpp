//===- ConstantExpressionRules.cpp - What C allows in a constant ----------===//
//
// A walk over the expression a probe variable is initialized with. Each
// node is checked before its operands (the outermost forbidden construct
// names the cause) and, once its operands pass, for an operation whose
// result C leaves undefined (clang folds those to some value).
//
//===----------------------------------------------------------------------===//

#include "Macros/ConstantExpressionRules.h"

#include "CXStringRef.h"

#include "llvm/ADT/StringRef.h"

#include <fmt/format.h>

#include <optional>
#include <vector>

using namespace kbindgen;
using namespace kbindgen::frontend;

namespace {

std::vector<CXCursor> expressionChildren(CXCursor C) {
  std::vector<CXCursor> Children;
  clang_visitChildren(
      C,
      [](CXCursor Child, CXCursor, CXClientData Data) {
        // A cast's children also hold the TypeRef of its type.
        if (clang_isExpression(clang_getCursorKind(Child)))
          static_cast<std::vector<CXCursor> *>(Data)->push_back(Child);
        return CXChildVisit_Continue;
      },
      &Children);
  return Children;
}

CXType canonicalTypeOf(CXCursor C) {
  return clang_getCanonicalType(clang_getCursorType(C));
}

bool isFloating(CXType T) {
  switch (T.kind) {
  case CXType_Float:
  case CXType_Double:
  case CXType_LongDouble:
  case CXType_Float128:
  case CXType_Half:
  case CXType_Float16:
  case CXType_BFloat16:
  case CXType_Ibm128:
    return true;
  default:
    return false;
  }
}

bool isSignedInteger(CXType T) {
  switch (T.kind) {
  case CXType_Char_S:
  case CXType_SChar:
  case CXType_Short:
  case CXType_Int:
  case CXType_Long:
  case CXType_LongLong:
  case CXType_Int128:
    return true;
  case CXType_Enum:
    return isSignedInteger(clang_getCanonicalType(
        clang_getEnumDeclIntegerType(clang_getTypeDeclaration(T))));
  default:
    return false;
  }
}

bool isInteger(CXType T) {
  switch (T.kind) {
  case CXType_Bool:
  case CXType_Char_U:
  case CXType_UChar:
  case CXType_Char16:
  case CXType_Char32:
  case CXType_WChar:
  case CXType_UShort:
  case CXType_UInt:
  case CXType_ULong:
  case CXType_ULongLong:
  case CXType_UInt128:
  case CXType_Enum:
    return true;
  default:
    return isSignedInteger(T);
  }
}

bool isArithmetic(CXType T) { return isInteger(T) || isFloating(T); }

bool isAddressLike(CXType T) {
  switch (T.kind) {
  case CXType_Pointer:
  case CXType_BlockPointer:
  case CXType_ConstantArray:
  case CXType_IncompleteArray:
  case CXType_VariableArray:
  case CXType_DependentSizedArray:
  case CXType_FunctionProto:
  case CXType_FunctionNoProto:
    return true;
  default:
    return false;
  }
}

/// clang's value of an integer expression of at most 64 bits.
std::optional<__int128> integerValue(CXCursor E) {
  CXEvalResult Result = clang_Cursor_Evaluate(E);
  if (!Result)
    return std::nullopt;
  std::optional<__int128> Value;
  if (clang_EvalResult_getKind(Result) == CXEval_Int)
    Value = clang_EvalResult_isUnsignedInt(Result)
                ? static_cast<__int128>(clang_EvalResult_getAsUnsigned(Result))
                : static_cast<__int128>(clang_EvalResult_getAsLongLong(Result));
  clang_EvalResult_dispose(Result);
  return Value;
}

/// The undefined operation (C11 6.5p5, 6.5.5p5, 6.5.7p3-4) E performs on
/// its operands' values, or "".
std::string undefinedOperation(CXCursor E) {
  CXCursorKind Kind = clang_getCursorKind(E);
  if (Kind != CXCursor_BinaryOperator && Kind != CXCursor_UnaryOperator)
    return "";
  CXType Type = canonicalTypeOf(E);
  long long Bytes = clang_Type_getSizeOf(Type);
  if (!isInteger(Type) || Bytes <= 0 || Bytes > 8)
    return "";
  unsigned Width = static_cast<unsigned>(Bytes) * 8;
  bool Signed = isSignedInteger(Type);
  __int128 Min = Signed ? -(static_cast<__int128>(1) << (Width - 1)) : 0;
  __int128 Max = Signed ? (static_cast<__int128>(1) << (Width - 1)) - 1
                        : (static_cast<__int128>(1) << Width) - 1;
  std::vector<CXCursor> Operands = expressionChildren(E);

  if (Kind == CXCursor_UnaryOperator) {
    if (!Signed || Operands.size() != 1 ||
        clang_getCursorUnaryOperatorKind(E) != CXUnaryOperator_Minus)
      return "";
    std::optional<__int128> Value = integerValue(Operands[0]);
    return Value && -*Value > Max ? "signed overflow in unary '-'" : "";
  }

  if (Operands.size() != 2)
    return "";
  std::optional<__int128> Left = integerValue(Operands[0]);
  std::optional<__int128> Right = integerValue(Operands[1]);
  if (!Left || !Right)
    return "";
  CXBinaryOperatorKind Op = clang_getCursorBinaryOperatorKind(E);
  std::string Spelling =
      CXStringRef(clang_getBinaryOperatorKindSpelling(Op)).string();
  switch (Op) {
  case CXBinaryOperator_Shl:
  case CXBinaryOperator_Shr:
    if (*Right < 0 || *Right >= Width)
      return fmt::format("shift by {} of a {}-bit value",
                         static_cast<long long>(*Right), Width);
    if (Op == CXBinaryOperator_Shl && Signed) {
      if (*Left < 0)
        return "left shift of a negative value";
      // clang, like C++, allows a result that fits the unsigned type.
      if ((*Left >> (Width - static_cast<unsigned>(*Right))) != 0)
        return fmt::format("left shift overflows a {}-bit value", Width);
    }
    return "";
  case CXBinaryOperator_Add:
  case CXBinaryOperator_Sub:
  case CXBinaryOperator_Mul: {
    if (!Signed)
      return "";
    __int128 Exact = Op == CXBinaryOperator_Add   ? *Left + *Right
                     : Op == CXBinaryOperator_Sub ? *Left - *Right
                                                  : *Left * *Right;
    if (Exact < Min || Exact > Max)
      return fmt::format("signed overflow in '{}'", Spelling);
    return "";
  }
  case CXBinaryOperator_Div:
  case CXBinaryOperator_Rem:
    if (*Right == 0)
      return "division by zero";
    if (Signed && *Left == Min && *Right == -1)
      return fmt::format("signed overflow in '{}'", Spelling);
    return "";
  default:
    return "";
  }
}

class RuleWalk {
public:
  explicit RuleWalk(bool IntegerRules) : IntegerRules(IntegerRules) {}

  /// The first culprit in E. CastOperand: E is the immediate operand of a
  /// cast (through parentheses and implicit conversions).
  std::string culprit(CXCursor E, bool CastOperand) {
    bool Descend = true;
    bool OperandsOfCast = false;
    std::string Found = construct(E, CastOperand, Descend, OperandsOfCast);
    if (!Found.empty() || !Descend)
      return Found;
    for (CXCursor Operand : expressionChildren(E)) {
      Found = culprit(Operand, OperandsOfCast);
      if (!Found.empty())
        return Found;
    }
    return undefinedOperation(E);
  }

private:
  /// The construct E itself is, when C forbids it.
  std::string construct(CXCursor E, bool CastOperand, bool &Descend,
                        bool &OperandsOfCast) const;

  bool IntegerRules;
};

std::string RuleWalk::construct(CXCursor E, bool CastOperand, bool &Descend,
                                bool &OperandsOfCast) const {
  switch (clang_getCursorKind(E)) {
  case CXCursor_BinaryOperator:
  case CXCursor_CompoundAssignOperator: {
    CXBinaryOperatorKind Op = clang_getCursorBinaryOperatorKind(E);
    if (Op == CXBinaryOperator_Comma)
      return "comma operator";
    if (Op >= CXBinaryOperator_Assign && Op <= CXBinaryOperator_OrAssign)
      return "assignment";
    return "";
  }
  case CXCursor_UnaryOperator:
    switch (clang_getCursorUnaryOperatorKind(E)) {
    case CXUnaryOperator_PostInc:
    case CXUnaryOperator_PostDec:
    case CXUnaryOperator_PreInc:
    case CXUnaryOperator_PreDec:
      return "increment or decrement";
    case CXUnaryOperator_AddrOf:
      return "address of an object";
    case CXUnaryOperator_Deref:
      return "pointer dereference";
    default:
      return "";
    }
  case CXCursor_CStyleCastExpr: {
    CXType To = canonicalTypeOf(E);
    if (!isArithmetic(To))
      return To.kind == CXType_Pointer ? "cast to a pointer type"
                                       : "cast to a non-arithmetic type";
    std::vector<CXCursor> Operand = expressionChildren(E);
    if (!Operand.empty() && isAddressLike(canonicalTypeOf(Operand.back())))
      return isFloating(To) ? "cast of a pointer to a floating type"
                            : "cast of a pointer to an integer";
    OperandsOfCast = true;
    return "";
  }
  case CXCursor_ParenExpr:
  case CXCursor_UnexposedExpr: // implicit conversions among others
    OperandsOfCast = CastOperand;
    return "";
  case CXCursor_FloatingLiteral:
    return IntegerRules && !CastOperand ? "floating-point operand" : "";
  case CXCursor_IntegerLiteral:
  case CXCursor_CharacterLiteral:
  case CXCursor_ConditionalOperator:
  case CXCursor_GenericSelectionExpr:
    return "";
  case CXCursor_UnaryExpr: // sizeof, _Alignof, offsetof: nothing evaluated
    Descend = false;
    return "";
  case CXCursor_CallExpr: {
    CXStringRef Callee(clang_getCursorSpelling(E));
    if (!Callee.str().starts_with("__builtin_"))
      return "function call";
    Descend = false;
    return "";
  }
  case CXCursor_DeclRefExpr: {
    CXCursor Decl = clang_getCursorReferenced(E);
    CXCursorKind DeclKind = clang_getCursorKind(Decl);
    if (DeclKind == CXCursor_EnumConstantDecl)
      return "";
    CXStringRef Name(clang_getCursorSpelling(E));
    if (DeclKind == CXCursor_VarDecl)
      return fmt::format("read of the variable '{}'", Name.str());
    if (DeclKind == CXCursor_FunctionDecl)
      return fmt::format("function designator '{}'", Name.str());
    return fmt::format("reference to '{}'", Name.str());
  }
  case CXCursor_StmtExpr:
    return "statement expression";
  case CXCursor_CompoundLiteralExpr:
    return "compound literal";
  case CXCursor_ArraySubscriptExpr:
    return "array subscript";
  case CXCursor_MemberRefExpr:
    return "member access";
  case CXCursor_StringLiteral:
    return "string literal operand";
  default:
    return fmt::format(
        "{} expression",
        CXStringRef(clang_getCursorKindSpelling(clang_getCursorKind(E))).str());
  }
}

} // namespace

std::string frontend::arithmeticConstantCulprit(CXCursor Expr) {
  return RuleWalk(/*IntegerRules=*/false).culprit(Expr, false);
}

std::string frontend::integerConstantCulprit(CXCursor Expr) {
  return RuleWalk(/*IntegerRules=*/true).culprit(Expr, false);
}
