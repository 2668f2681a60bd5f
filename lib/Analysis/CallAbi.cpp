//===- CallAbi.cpp - Whether Rust can call a C function type --------------===//
//
// Checked against rustc 1.96 and clang 19 rather than guessed:
//   - f32/f64 are C's float/double everywhere;
//   - long double, _Float128, __ibm128, _Float16, __bf16 and __fp16 have no
//     stable Rust type; the blob that keeps their layout travels in integer
//     registers or memory, C's value in x87, SSE or FP registers;
//   - vectors and _Complex are blobs too (C passes them in vector or FP
//     registers; a struct of bytes does not);
//   - __int128 is i128 only where rustInt128MatchesC says so; its blob
//     (align 16) loses the 16-byte stack alignment when Rust splits it;
//   - a record passed by value is classified by its fields (a struct of one
//     long double is returned in x87 st0 on x86_64), so it is looked into;
//   - the Rust writer writes every function in `extern "C"`: any other
//     calling convention is refused (function pointers spell stdcall,
//     fastcall and thiscall, but not vectorcall or the others).
//
//===----------------------------------------------------------------------===//

#include "kbindgen/Analysis/CallAbi.h"

#include "kbindgen/IR/IRNames.h"

#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/StringRef.h"

namespace kbindgen {

using ir::TypeId;
using ir::TypeKind;

bool rustInt128MatchesC(const ir::TargetInfo &Target, const RustTarget &Rust) {
  llvm::StringRef Triple(Target.Triple);
  return Rust.atLeast(1, 77) &&
         (Triple.starts_with("x86_64") || Triple.starts_with("aarch64"));
}

namespace {

class CallAbiChecker {
public:
  CallAbiChecker(const ir::Module &M, const RustTarget &Rust,
                 IsOpaqueRecord IsOpaque)
      : M(M), Rust(Rust), IsOpaque(IsOpaque) {}

  /// FunctionType is a Function type. ForPointer: the signature is called
  /// through a function pointer, whose Rust type spells stdcall, fastcall
  /// and thiscall.
  std::optional<CallAbiProblem>
  signature(TypeId FunctionType, const std::vector<std::string> &ParamNames,
            bool ForPointer) {
    const ir::FunctionSignature &Sig = M.signature(M.type(FunctionType));
    ir::CallingConv Convention = Sig.Convention;
    bool Spelled = Convention == ir::CallingConv::C ||
                   (ForPointer && (Convention == ir::CallingConv::StdCall ||
                                   Convention == ir::CallingConv::FastCall ||
                                   Convention == ir::CallingConv::ThisCall));
    if (!Spelled)
      return CallAbiProblem{Convention == ir::CallingConv::Other
                                ? std::string("calling convention other than C")
                                : std::string("calling convention ") +
                                      callingConvName(Convention),
                            "declaration"};
    std::string ResultWhere = "return type";
    if (std::optional<std::string> Cause = value(Sig.Result, ResultWhere))
      return CallAbiProblem{std::move(*Cause), std::move(ResultWhere)};
    for (size_t I = 0; I < Sig.Params.size(); ++I) {
      std::string Where =
          "parameter " + (I < ParamNames.size() && !ParamNames[I].empty()
                              ? ParamNames[I]
                              : std::to_string(I + 1));
      if (std::optional<std::string> Cause = value(Sig.Params[I], Where))
        return CallAbiProblem{std::move(*Cause), std::move(Where)};
    }
    return std::nullopt;
  }

private:
  /// What of a value passed or returned Rust cannot pass as C does. Where
  /// grows into `field f of struct S in parameter x` for records.
  std::optional<std::string> value(TypeId Id, std::string &Where) {
    const ir::Type &T = M.type(Id);
    switch (T.Kind) {
    case TypeKind::Float:
      if (T.Float == ir::FloatKind::Float || T.Float == ir::FloatKind::Double)
        return std::nullopt;
      return T.Spelling.empty() ? std::string("a floating type") : T.Spelling;
    case TypeKind::Integer:
      if ((T.Integer == ir::IntegerKind::Int128 ||
           T.Integer == ir::IntegerKind::UInt128) &&
          !rustInt128MatchesC(M.Target, Rust))
        return std::string("__int128");
      return std::nullopt;
    case TypeKind::Opaque:
      switch (T.Opaque) {
      case ir::OpaqueReason::Vector:
        return std::string("a vector type");
      case ir::OpaqueReason::Complex:
        return std::string("_Complex");
      case ir::OpaqueReason::BitInt:
        return std::string("_BitInt");
      default:
        return T.Spelling.empty() ? std::string("an unsupported type")
                                  : T.Spelling;
      }
    case TypeKind::Array:
      // Only a record's field: a parameter array is a pointer.
      return value(T.Pointee, Where);
    case TypeKind::Named:
      return named(T.Item, Where);
    default:
      return std::nullopt;
    }
  }

  std::optional<std::string> named(ir::ItemId Id, std::string &Where) {
    const ir::Item &It = M.item(Id);
    // The verifier rejects a typedef of itself: the chain ends.
    if (const auto *TD = It.getIf<ir::Typedef>())
      return value(TD->Underlying, Where);
    const auto *R = It.getIf<ir::Record>();
    if (!R)
      return std::nullopt;
    // Looking into the fields may grow the map: no iterator is kept.
    if (Records.try_emplace(Id.Index).second) {
      std::optional<Problem> Found = IsOpaque && IsOpaque(Id)
                                         ? opaqueRecordProblem(It, *R)
                                         : recordProblem(It, *R);
      Records[Id.Index] = std::move(Found);
    }
    const std::optional<Problem> &Found = Records[Id.Index];
    if (!Found)
      return std::nullopt;
    Where = Found->Where + (Where.empty() ? "" : " in ") + Where;
    return Found->Cause;
  }

  struct Problem {
    std::string Cause;
    std::string Where;
  };

  /// The first field whose type Rust cannot pass as C does.
  std::optional<Problem> recordProblem(const ir::Item &It,
                                       const ir::Record &R) {
    for (const ir::Field &F : R.Fields) {
      if (F.isBitfield())
        continue;
      std::string Inner;
      std::optional<std::string> Cause = value(F.Type, Inner);
      if (!Cause)
        continue;
      std::string Where =
          (F.Name.empty() ? std::string("an anonymous field")
                          : "field " + F.Name) +
          " of " + (R.Kind == ir::RecordKind::Union ? "union " : "struct ") +
          (It.Name.empty() ? std::string("(anonymous)") : It.Name);
      if (!Inner.empty())
        Where = Inner + " of " + Where;
      return Problem{std::move(*Cause), std::move(Where)};
    }
    return std::nullopt;
  }

  /// A blob holds integers: C passes a record with a floating or vector
  /// member (at any depth) in other registers on most targets. Refused
  /// whatever the target rather than classified per ABI.
  std::optional<Problem> opaqueRecordProblem(const ir::Item &It,
                                             const ir::Record &R) {
    std::optional<std::string> Member = floatingMember(R);
    if (!Member)
      return std::nullopt;
    std::string Name =
        std::string(R.Kind == ir::RecordKind::Union ? "union " : "struct ") +
        (It.Name.empty() ? std::string("(anonymous)") : It.Name);
    return Problem{"a floating-point member of an opaque record",
                   "member " + *Member + " of opaque " + Name};
  }

  /// The first member of R (at any depth, through arrays, typedefs and
  /// nested records) of floating-point or vector type, by name.
  std::optional<std::string> floatingMember(const ir::Record &R) {
    for (const ir::Field &F : R.Fields) {
      if (F.isBitfield())
        continue;
      TypeId Id = F.Type;
      while (true) {
        const ir::Type &T = M.type(M.resolveTypedefs(Id));
        if (T.Kind != TypeKind::Array)
          break;
        Id = T.Pointee;
      }
      const ir::Type &T = M.type(M.resolveTypedefs(Id));
      std::string Name = F.Name.empty() ? "(anonymous)" : F.Name;
      bool Floating = T.Kind == TypeKind::Float ||
                      (T.Kind == TypeKind::Opaque &&
                       (T.Opaque == ir::OpaqueReason::Vector ||
                        T.Opaque == ir::OpaqueReason::Complex));
      if (Floating)
        return Name + " (" + T.Spelling + ")";
      if (T.Kind == TypeKind::Named)
        if (const auto *Inner = M.item(T.Item).getIf<ir::Record>())
          if (std::optional<std::string> Deeper = floatingMember(*Inner))
            return Name + "." + *Deeper;
    }
    return std::nullopt;
  }

  const ir::Module &M;
  const RustTarget &Rust;
  IsOpaqueRecord IsOpaque;
  /// Per record: its problem, or none (also while its fields are looked
  /// into, which only a malformed IR can make recursive).
  llvm::DenseMap<uint32_t, std::optional<Problem>> Records;
};

} // namespace

std::optional<CallAbiProblem> callAbiProblem(
    const ir::Module &M, const RustTarget &Rust, ir::TypeId FunctionType,
    const std::vector<std::string> &ParamNames, IsOpaqueRecord IsOpaque) {
  return CallAbiChecker(M, Rust, IsOpaque)
      .signature(FunctionType, ParamNames,
                 /*ForPointer=*/false);
}

std::optional<CallAbiProblem>
functionPointerCallAbiProblem(const ir::Module &M, const RustTarget &Rust,
                              ir::TypeId Type, IsOpaqueRecord IsOpaque) {
  // The verifier rejects a type that contains itself: the chain ends.
  for (;;) {
    TypeId Resolved = M.resolveTypedefs(Type);
    const ir::Type &T = M.type(Resolved);
    if (T.Kind == TypeKind::Function)
      return CallAbiChecker(M, Rust, IsOpaque)
          .signature(Resolved, M.signature(T).ParamNames, /*ForPointer=*/true);
    if (T.Kind != TypeKind::Pointer)
      return std::nullopt;
    Type = T.Pointee;
  }
}

} // namespace kbindgen
