//===- MacroCallShape.cpp - A function-like macro that is one call --------===//

#include "Macros/MacroCallShape.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/STLExtras.h"

using namespace kbindgen;
using namespace kbindgen::frontend;

namespace {

using Tokens = llvm::ArrayRef<MacroToken>;

/// Deep enough for the kernel's chains (krealloc -> alloc_hooks ->
/// krealloc_noprof); it only stops a macro cycle.
constexpr unsigned MaxMacroDepth = 16;

bool isPunct(const MacroToken &Token, llvm::StringRef Text) {
  return Token.Kind == CXToken_Punctuation && Token.Text == Text;
}

/// The index of the `)` that closes the `(` at Open, or Tokens.size().
size_t closingParen(Tokens T, size_t Open) {
  unsigned Depth = 0;
  for (size_t I = Open; I < T.size(); ++I) {
    if (isPunct(T[I], "("))
      ++Depth;
    else if (isPunct(T[I], ")") && --Depth == 0)
      return I;
  }
  return T.size();
}

/// T without the parentheses around all of it; those of a statement
/// expression `({ ... })` stay.
Tokens stripParens(Tokens T) {
  while (T.size() >= 3 && isPunct(T.front(), "(") && !isPunct(T[1], "{") &&
         closingParen(T, 0) == T.size() - 1)
    T = T.slice(1, T.size() - 2);
  return T;
}

bool isOnly(Tokens T, llvm::StringRef Name) {
  T = stripParens(T);
  return T.size() == 1 && T[0].Kind == CXToken_Identifier && T[0].Text == Name;
}

struct Call {
  llvm::StringRef Name;
  std::vector<Tokens> Args;
};

/// `NAME ( ARG , ... )` and nothing else.
bool splitCall(Tokens T, Call &Out) {
  if (T.size() < 3 || T[0].Kind != CXToken_Identifier || !isPunct(T[1], "(") ||
      closingParen(T, 1) != T.size() - 1)
    return false;
  Out.Name = T[0].Text;
  Out.Args.clear();
  Tokens Inside = T.slice(2, T.size() - 3);
  if (Inside.empty())
    return true;
  unsigned Depth = 0;
  size_t Start = 0;
  for (size_t I = 0; I < Inside.size(); ++I) {
    if (isPunct(Inside[I], "(") || isPunct(Inside[I], "[") ||
        isPunct(Inside[I], "{"))
      ++Depth;
    else if (isPunct(Inside[I], ")") || isPunct(Inside[I], "]") ||
             isPunct(Inside[I], "}"))
      --Depth;
    else if (Depth == 0 && isPunct(Inside[I], ",")) {
      Out.Args.push_back(Inside.slice(Start, I - Start));
      Start = I + 1;
    }
  }
  Out.Args.push_back(Inside.drop_front(Start));
  return true;
}

/// The function a lock-class-key macro passes its static key to
/// (`__mutex_init((mutex), #mutex, &__key)`), or empty.
std::string keyTaker(Tokens Body, size_t KeyTypeAt) {
  if (KeyTypeAt + 1 >= Body.size() ||
      Body[KeyTypeAt + 1].Kind != CXToken_Identifier)
    return "";
  llvm::StringRef Key = Body[KeyTypeAt + 1].Text;
  for (size_t I = KeyTypeAt + 2; I + 1 < Body.size(); ++I) {
    if (Body[I].Kind != CXToken_Identifier || !isPunct(Body[I + 1], "("))
      continue;
    size_t Close = closingParen(Body, I + 1);
    for (size_t J = I + 2; J + 1 < Close; ++J)
      if (isPunct(Body[J], "&") && Body[J + 1].Text == Key)
        return Body[I].Text;
  }
  return "";
}

/// Why tokens that are no call are none, in the words of the kernel's cases.
std::string notACall(Tokens Body) {
  bool HasStatic = llvm::any_of(
      Body, [](const MacroToken &T) { return T.Text == "static"; });
  auto LockKey = llvm::find_if(
      Body, [](const MacroToken &T) { return T.Text == "lock_class_key"; });
  if (HasStatic && LockKey != Body.end()) {
    std::string Why = "defines a `static struct lock_class_key` per call "
                      "site; one wrapper would give every caller the same key";
    std::string Taker = keyTaker(Body, LockKey - Body.begin());
    return Taker.empty()
               ? Why
               : Why + " (callers pass a key of their own to " + Taker + ")";
  }
  if (Body.empty())
    return "expands to nothing";
  if (Body[0].Text == "do")
    return "a statement (`do ... while`), not a call";
  if (isPunct(Body[0], "{"))
    return "an initializer list, not a call";
  if (Body.size() > 1 && isPunct(Body[0], "(") && isPunct(Body[1], "{"))
    return "a statement expression, not a call";
  return "not one call of a function";
}

MacroCallShape refuse(std::string Why) {
  MacroCallShape Shape;
  Shape.Refusal = std::move(Why);
  return Shape;
}

/// Maps the macro's parameters onto the arguments of a call; ArgIndex
/// translates an argument's index into the final callee's.
MacroCallShape mapParams(const FunctionMacro &Macro, const Call &C,
                         llvm::ArrayRef<unsigned> ArgIndex) {
  MacroCallShape Shape;
  if (Macro.IsVariadic) {
    if (!Macro.Params.empty())
      return refuse("variadic with named parameters; only a macro passing "
                    "`__VA_ARGS__` as the whole argument list is wrapped");
    if (C.Args.size() != 1 || !isOnly(C.Args[0], Macro.VariadicName))
      return refuse("does not pass `" + Macro.VariadicName +
                    "` as the whole argument list of " + C.Name.str());
    Shape.ForwardsAllArgs = true;
    return Shape;
  }
  for (const std::string &Param : Macro.Params) {
    auto Found =
        llvm::find_if(C.Args, [&](Tokens Arg) { return isOnly(Arg, Param); });
    if (Found == C.Args.end())
      return refuse("its parameter `" + Param +
                    "` is not an argument of the call of " + C.Name.str() +
                    " on its own");
    size_t Position = Found - C.Args.begin();
    if (Position >= ArgIndex.size())
      return refuse("its parameter `" + Param + "` has no place in the call");
    Shape.ArgOfParam.push_back(ArgIndex[Position]);
  }
  return Shape;
}

MacroCallShape shapeOf(const FunctionMacro &Macro, const MacroCallNames &Names,
                       unsigned Depth);

/// The call of C.Name, itself a function-like macro that is one call:
/// Macro's parameters mapped through it to its callee.
MacroCallShape throughMacro(const FunctionMacro &Macro, const Call &C,
                            const FunctionMacro &Inner,
                            const MacroCallNames &Names, unsigned Depth) {
  MacroCallShape InnerShape = shapeOf(Inner, Names, Depth + 1);
  if (!InnerShape.Refusal.empty())
    return refuse("calls the macro " + Inner.Name + ": " + InnerShape.Refusal);
  MacroCallShape Shape;
  if (InnerShape.ForwardsAllArgs) {
    // Only `__VA_ARGS__` passed on whole keeps the callee's parameters.
    Shape = Macro.IsVariadic
                ? mapParams(Macro, C, {})
                : refuse("passes its own arguments to the variadic macro " +
                         Inner.Name);
  } else if (C.Args.size() != Inner.Params.size()) {
    Shape = refuse("passes " + std::to_string(C.Args.size()) +
                   " arguments to the macro " + Inner.Name);
  } else if (Macro.IsVariadic) {
    Shape = refuse("passes `" + Macro.VariadicName + "` to the macro " +
                   Inner.Name + ", which is not variadic");
  } else {
    Shape = mapParams(Macro, C, InnerShape.ArgOfParam);
  }
  if (Shape.Refusal.empty()) {
    Shape.Callee = InnerShape.Callee;
    Shape.ArgCount = InnerShape.ArgCount;
  }
  return Shape;
}

MacroCallShape shapeOf(const FunctionMacro &Macro, const MacroCallNames &Names,
                       unsigned Depth) {
  if (Depth > MaxMacroDepth)
    return refuse("nested deeper than " + std::to_string(MaxMacroDepth) +
                  " macros");
  Tokens Body = stripParens(Macro.Body);
  Call C;
  for (unsigned Peeled = 0;; ++Peeled) {
    if (Peeled > MaxMacroDepth || !splitCall(Body, C))
      return refuse(notACall(Body));
    if (llvm::is_contained(Macro.Params, C.Name) ||
        C.Name == Macro.VariadicName)
      return refuse("calls its parameter " + C.Name.str());
    // A macro does not expand itself again: `#define f(x) f(x)` calls f.
    auto InnerMacro = Names.Macros.find(C.Name);
    if (InnerMacro == Names.Macros.end() || C.Name == Macro.Name)
      break;
    MacroCallShape Shape =
        throughMacro(Macro, C, *InnerMacro->second, Names, Depth);
    if (Shape.Refusal.empty())
      return Shape;
    // A wrapper macro of one argument that is a call, such as the
    // kernel's `alloc_hooks(...)`: the call inside is the candidate. The
    // probe proves the wrapper yields the callee's result type.
    const FunctionMacro &Wrapper = *InnerMacro->second;
    Call Wrapped;
    if (Wrapper.IsVariadic || Wrapper.Params.size() != 1 ||
        C.Args.size() != 1 || !splitCall(stripParens(C.Args[0]), Wrapped))
      return Shape;
    Body = stripParens(C.Args[0]);
  }
  if (!Names.Functions.count(C.Name))
    return refuse("calls " + C.Name.str() +
                  ", which the header does not declare as a function");
  std::vector<unsigned> Identity(C.Args.size());
  for (unsigned I = 0; I < Identity.size(); ++I)
    Identity[I] = I;
  MacroCallShape Shape = mapParams(Macro, C, Identity);
  if (Shape.Refusal.empty()) {
    Shape.Callee = C.Name.str();
    Shape.ArgCount = C.Args.size();
  }
  return Shape;
}

} // namespace

bool frontend::readFunctionMacro(const std::vector<MacroToken> &Definition,
                                 FunctionMacro &Macro) {
  if (Definition.size() < 3 || !isPunct(Definition[1], "("))
    return false;
  size_t I = 2;
  bool ExpectName = true;
  for (; I < Definition.size(); ++I) {
    const MacroToken &Token = Definition[I];
    if (isPunct(Token, ")") &&
        (!ExpectName || Macro.Params.empty() || Macro.IsVariadic))
      break;
    if (!ExpectName && isPunct(Token, ",")) {
      ExpectName = true;
    } else if (ExpectName && isPunct(Token, "...")) {
      Macro.IsVariadic = true;
      Macro.VariadicName = "__VA_ARGS__";
      ExpectName = false;
    } else if (ExpectName && Token.Kind == CXToken_Identifier) {
      Macro.Params.push_back(Token.Text);
      ExpectName = false;
    } else if (!ExpectName && isPunct(Token, "...") && !Macro.Params.empty()) {
      // GNU's named variadic parameter, `args...`.
      Macro.IsVariadic = true;
      Macro.VariadicName = Macro.Params.back();
      Macro.Params.pop_back();
    } else {
      return false;
    }
  }
  if (I == Definition.size())
    return false;
  Macro.Body.assign(Definition.begin() + I + 1, Definition.end());
  return true;
}

MacroCallShape frontend::findCallShape(const FunctionMacro &Macro,
                                       const MacroCallNames &Names) {
  return shapeOf(Macro, Names, 0);
}
