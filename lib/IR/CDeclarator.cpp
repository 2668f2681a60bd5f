//===- CDeclarator.cpp - C declarations from IR types ---------------------===//
//
// The classic inside-out construction: start from the name and wrap it in
// one declarator per type level (`*` in front, `[N]` and `(params)` behind,
// parentheses where a pointer meets an array or a function), then put the
// leaf's specifier in front.
//
//===----------------------------------------------------------------------===//

#include "kbindgen/IR/CDeclarator.h"

#include "CTypeSpecifier.h"

#include <fmt/format.h>

namespace kbindgen::ir {

namespace {

/// Deeper than any real C type; it stops a cyclic (malformed) IR.
constexpr unsigned MaxTypeDepth = 64;

llvm::Error unspellable(const llvm::Twine &Why) {
  return llvm::createStringError(llvm::inconvertibleErrorCode(), Why);
}

/// `const`, `volatile`, `const volatile` or nothing, as they follow a `*`.
std::string pointerQualifiers(bool IsConst, bool IsVolatile) {
  std::string Prefix = qualifierPrefix(IsConst, IsVolatile);
  if (!Prefix.empty())
    Prefix.pop_back();
  return Prefix;
}

class DeclaratorWriter {
public:
  explicit DeclaratorWriter(const ir::Module &M) : M(M) {}

  /// Wraps Inner (the declarator built so far) in the declarators of type
  /// Id. ExtraConst/ExtraVolatile come from an enclosing array, whose
  /// qualifiers C puts on the element. DropQualifiers ignores Id's own
  /// qualifiers (function results).
  llvm::Expected<std::string> declare(ir::TypeId Id, std::string Inner,
                                      bool ExtraConst, bool ExtraVolatile,
                                      bool DropQualifiers, unsigned Depth) {
    if (Depth > MaxTypeDepth)
      return unspellable("a type nests too deeply");
    const ir::Type &T = M.type(Id);
    bool IsConst = (T.IsConst && !DropQualifiers) || ExtraConst;
    bool IsVolatile = (T.IsVolatile && !DropQualifiers) || ExtraVolatile;

    switch (T.Kind) {
    case ir::TypeKind::Pointer: {
      std::string Qualifiers = pointerQualifiers(IsConst, IsVolatile);
      std::string Wrapped = "*" + Qualifiers;
      if (!Qualifiers.empty() && !Inner.empty())
        Wrapped += " ";
      Wrapped += Inner;
      if (bindsTighterThanPointer(T.Pointee))
        Wrapped = "(" + Wrapped + ")";
      return declare(T.Pointee, std::move(Wrapped), false, false, false,
                     Depth + 1);
    }
    case ir::TypeKind::Array:
      return declare(T.Pointee, fmt::format("{}[{}]", Inner, T.ArrayLength),
                     IsConst, IsVolatile, false, Depth + 1);
    case ir::TypeKind::IncompleteArray:
      return declare(T.Pointee, Inner + "[]", IsConst, IsVolatile, false,
                     Depth + 1);
    case ir::TypeKind::Function: {
      const ir::FunctionSignature &Sig = M.signature(T);
      if (Sig.Convention != ir::CallingConv::C)
        return unspellable("a function pointer has a calling convention "
                           "other than C");
      llvm::Expected<std::string> Params = parameterList(Sig, {}, Depth);
      if (!Params)
        return Params.takeError();
      return declare(Sig.Result, Inner + "(" + *Params + ")", false, false,
                     true, Depth + 1);
    }
    case ir::TypeKind::Void:
    case ir::TypeKind::Integer:
    case ir::TypeKind::Float:
    case ir::TypeKind::Named:
    case ir::TypeKind::Opaque:
      break;
    }

    llvm::Expected<std::string> Specifier = writeCTypeSpecifier(M, T);
    if (!Specifier)
      return Specifier.takeError();
    std::string Declaration = qualifierPrefix(IsConst, IsVolatile) + *Specifier;
    if (!Inner.empty())
      Declaration += " " + Inner;
    return Declaration;
  }

  /// The text between the parentheses of a function declarator.
  llvm::Expected<std::string> parameterList(const ir::FunctionSignature &Sig,
                                            llvm::ArrayRef<std::string> Names,
                                            unsigned Depth) {
    bool UseNames = Names.size() == Sig.Params.size();
    std::string List;
    for (size_t I = 0; I < Sig.Params.size(); ++I) {
      llvm::Expected<std::string> Param =
          declare(Sig.Params[I], UseNames ? Names[I] : std::string(), false,
                  false, false, Depth + 1);
      if (!Param)
        return Param.takeError();
      if (I != 0)
        List += ", ";
      List += *Param;
    }
    if (Sig.IsVariadic)
      List += List.empty() ? "..." : ", ...";
    // `()` in C means "unspecified arguments" (and trips
    // -Wstrict-prototypes); keep it only where the C type really is that.
    if (List.empty() && Sig.HasPrototype)
      List = "void";
    return List;
  }

private:
  /// Whether a `*` applied to this pointee needs parentheses: `(*p)[4]`,
  /// `(*f)(int)`.
  bool bindsTighterThanPointer(ir::TypeId Pointee) const {
    ir::TypeKind Kind = M.type(Pointee).Kind;
    return Kind == ir::TypeKind::Array ||
           Kind == ir::TypeKind::IncompleteArray ||
           Kind == ir::TypeKind::Function;
  }

  const ir::Module &M;
};

} // namespace

llvm::Expected<std::string>
writeCDeclaration(const ir::Module &M, ir::TypeId Type, llvm::StringRef Name) {
  return DeclaratorWriter(M).declare(Type, Name.str(), false, false, false, 0);
}

llvm::Expected<std::string>
writeCFunctionDeclaration(const ir::Module &M, const ir::FunctionSignature &Sig,
                          llvm::StringRef Name,
                          llvm::ArrayRef<std::string> ParamNames) {
  DeclaratorWriter Writer(M);
  llvm::Expected<std::string> Params = Writer.parameterList(Sig, ParamNames, 0);
  if (!Params)
    return Params.takeError();
  return Writer.declare(Sig.Result, (Name + "(" + *Params + ")").str(), false,
                        false, true, 1);
}

} // namespace kbindgen::ir
