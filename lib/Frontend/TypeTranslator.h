//===- TypeTranslator.h - CXType to interned ir::Type ----------*- C++ -*-===//
//
// Types are interned module-wide by structure (TypeInterner) so that the
// thousands of `struct foo *` spelled in a kernel header share one TypeId.
// A TypeTranslator belongs to one translation unit and caches by clang type.
//
//===----------------------------------------------------------------------===//

#ifndef KBINDGEN_LIB_FRONTEND_TYPETRANSLATOR_H
#define KBINDGEN_LIB_FRONTEND_TYPETRANSLATOR_H

#include "kbindgen/IR/IR.h"

#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/StringMap.h"

#include <clang-c/Index.h>

namespace kbindgen::frontend {

/// Interns types and signatures by structure, across translation units.
class TypeInterner {
public:
  explicit TypeInterner(ir::Module &M) : M(M) {}
  ir::TypeId intern(ir::Type NewType);
  uint32_t internSignature(ir::FunctionSignature Signature);

private:
  ir::Module &M;
  llvm::StringMap<ir::TypeId> Types;
  llvm::StringMap<uint32_t> Signatures;
};

/// Maps the declaration behind a Record/Enum/Typedef type to its item.
class DeclResolver {
public:
  virtual ~DeclResolver();
  /// Returns an invalid id when the declaration has no item.
  virtual ir::ItemId itemForTypeDecl(CXCursor Decl) = 0;
};

class TypeTranslator {
public:
  TypeTranslator(ir::Module &M, TypeInterner &Interner, DeclResolver &Resolver)
      : M(M), Interner(Interner), Resolver(Resolver) {}

  ir::TypeId translate(CXType T);
  /// A function type; ForceNoReturn for `_Noreturn`, which clang keeps on the
  /// declaration rather than the type.
  ir::TypeId translateFunction(CXType T, bool ForceNoReturn);
  /// A pointer to Pointee with the target's pointer layout.
  ir::TypeId pointerTo(ir::TypeId Pointee);
  /// A parameter type after C's adjustments (arrays and functions decay).
  ir::TypeId translateParam(CXType T);
  /// The type of a declaration (field, typedef, variable, parameter). A
  /// function-pointer declarator also names its parameters, which clang
  /// keeps on the declaration, not on the type: they are added to the
  /// signature, recursively for parameters that are function pointers.
  ir::TypeId translateDeclType(CXType T, CXCursor Decl);
  /// Type with the parameter names of Decl's function declarator added to
  /// the function type under its pointers; Type itself when there are none.
  ir::TypeId withDeclParamNames(ir::TypeId Type, CXCursor Decl);
  /// A function declaration's type with the names written in its
  /// function-pointer parameters (`void reg(void (*fn)(int code))`).
  ir::TypeId withArgumentParamNames(ir::TypeId FunctionType,
                                    CXCursor FunctionDecl);
  /// Whether plain `char` was seen signed/unsigned (-1 when never seen).
  int charSignedness() const { return CharSignedness; }

private:
  ir::TypeId translateUncached(CXType T);
  ir::TypeId withQualifiers(ir::TypeId Base, bool IsConst, bool IsVolatile);
  ir::TypeId translateBuiltin(CXType T, ir::Type &Result);
  ir::TypeId opaque(CXType T, ir::OpaqueReason Reason);
  ir::TypeId named(CXType T, CXCursor Decl);
  void setLayout(CXType T, ir::Type &Result);

  ir::Module &M;
  TypeInterner &Interner;
  DeclResolver &Resolver;
  /// Keyed by clang's QualType pointer (CXType::data[0]).
  llvm::DenseMap<const void *, ir::TypeId> Cache;
  int CharSignedness = -1;
};

} // namespace kbindgen::frontend

#endif // KBINDGEN_LIB_FRONTEND_TYPETRANSLATOR_H
