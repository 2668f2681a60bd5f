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
//   - so is its Rust layout: where that layout replaces a member by bytes
//     (RustLayout.cpp rules 3 and 4), rustc classifies the bytes and clang the
//     member's type. A double at offset 1 of a packed, aligned(4) struct
//     makes x86_64 pass it in memory, the bytes go in integer registers
//     (all-integer records too: a misaligned member means memory). A member
//     Rust keeps as its type (plain `packed`, `#pragma pack(2)` with an int
//     at offset 2) is misaligned for rustc as for clang: both agree;
//   - a record whose Rust layout is invalid (RustLayout.h) is written as one
//     opaque blob of integers: rustc passes it by the blob's class, which is
//     not the C members' (two floats travel in SSE registers, the blob in
//     integer ones);
//   - a record with a flexible array member travels in memory for clang
//     (x86_64 classifies it MEMORY), while Rust's zero-sized tail leaves
//     the rest to be classified: refused on every target;
//   - the Rust writer writes every function in `extern "C"`: any other
//     calling convention is refused (function pointers spell stdcall,
//     fastcall and thiscall, but not vectorcall or the others).
//
//===----------------------------------------------------------------------===//

#include "kbindgen/Analysis/CallAbi.h"

#include "kbindgen/Analysis/RustLayout.h"
#include "kbindgen/IR/IRNames.h"

#include "llvm/ADT/DenseMap.h"
#include "llvm/ADT/StringRef.h"

namespace kbindgen {

using ir::TypeId;
using ir::TypeKind;

uint64_t rustUnsignedAlign(const ir::TargetInfo &Target, uint64_t Bytes) {
  llvm::StringRef Arch = llvm::StringRef(Target.Triple).split('-').first;
  bool IsX86_32 =
      Arch.size() == 4 && Arch.starts_with("i") && Arch.ends_with("86");
  return IsX86_32 && Bytes == 8 ? 4 : Bytes;
}

bool rustInt128MatchesC(const ir::TargetInfo &Target, const RustTarget &Rust) {
  llvm::StringRef Triple(Target.Triple);
  return Rust.atLeast(1, 77) &&
         (Triple.starts_with("x86_64") || Triple.starts_with("aarch64"));
}

namespace {

class CallAbiChecker {
public:
  CallAbiChecker(const ir::Module &M, const RustTarget &Rust,
                 IsOpaqueRecord IsOpaque, RustLayouts &Layouts)
      : M(M), Rust(Rust), IsOpaque(IsOpaque), Layouts(Layouts) {}

  /// FunctionType is a Function type. ForPointer: the signature is called
  /// through a function pointer, whose Rust type spells stdcall, fastcall
  /// and thiscall.
  std::optional<CallAbiProblem>
  signature(TypeId FunctionType, const std::vector<std::string> &ParamNames,
            bool ForPointer, bool ConventionOverridden = false) {
    const ir::FunctionSignature &Sig = M.signature(M.type(FunctionType));
    ir::CallingConv Convention = Sig.Convention;
    bool Spelled = ConventionOverridden || Convention == ir::CallingConv::C ||
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
      std::optional<Problem> Found = flexibleArrayProblem(It, *R);
      if (!Found)
        Found = IsOpaque && IsOpaque(Id) ? opaqueRecordProblem(It, *R)
                                         : recordProblem(Id, It, *R);
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

  static std::string recordName(const ir::Item &It, const ir::Record &R) {
    return std::string(R.Kind == ir::RecordKind::Union ? "union " : "struct ") +
           (It.Name.empty() ? std::string("(anonymous)") : It.Name);
  }

  static std::string memberName(const ir::Field &F) {
    return F.Name.empty() ? std::string("an anonymous field")
                          : "field " + F.Name;
  }

  /// The first field that the Rust layout turns into bytes, or else whose
  /// type Rust cannot pass as C does; or the whole record, when its Rust
  /// layout is one opaque blob.
  std::optional<Problem> recordProblem(ir::ItemId Id, const ir::Item &It,
                                       const ir::Record &R) {
    if (!R.IsComplete)
      return std::nullopt;
    const RustRecordLayout &Layout = Layouts.record(Id);
    if (!Layout.Valid)
      return Problem{"a record whose layout Rust can only write as an "
                     "opaque blob",
                     recordName(It, R)};
    for (const RustLayoutField &Laid : Layout.Fields)
      if (Laid.BytesReason != RustLayoutField::NotBytes)
        return memberAsBytesProblem(It, R, Laid);
    for (const ir::Field &F : R.Fields)
      if (!F.isBitfield())
        if (std::optional<Problem> Found = memberProblem(It, R, F))
          return Found;
    return std::nullopt;
  }

  /// What Rust cannot pass of a member's type, if anything.
  std::optional<Problem> memberProblem(const ir::Item &It, const ir::Record &R,
                                       const ir::Field &F) {
    std::string Inner;
    std::optional<std::string> Cause = value(F.Type, Inner);
    if (!Cause)
      return std::nullopt;
    std::string Where = memberName(F) + " of " + recordName(It, R);
    if (!Inner.empty())
      Where = Inner + " of " + Where;
    return Problem{std::move(*Cause), std::move(Where)};
  }

  /// A member the Rust layout writes as bytes. An over-aligned member whose
  /// own type Rust cannot pass (a long double) is named by that type, the
  /// more useful cause.
  std::optional<Problem> memberAsBytesProblem(const ir::Item &It,
                                              const ir::Record &R,
                                              const RustLayoutField &Laid) {
    const ir::Field &F = R.Fields[Laid.FieldIndex];
    bool Misaligned = Laid.BytesReason == RustLayoutField::Misaligned;
    if (!Misaligned)
      if (std::optional<Problem> Found = memberProblem(It, R, F))
        return Found;
    std::string Where = memberName(F) + " (byte offset " +
                        std::to_string(F.OffsetBits / 8) + ", alignment " +
                        std::to_string(alignOf(F.Type)) + ") of " +
                        recordName(It, R);
    return Problem{Misaligned ? "a misaligned member laid out as bytes"
                              : "an over-aligned member of a packed record",
                   std::move(Where)};
  }

  /// clang passes and returns a record with a flexible array member (or
  /// holding one, a GNU extension) in memory on x86_64 and others; Rust's
  /// zero-sized tail leaves a small struct in registers. Refused whatever
  /// the target rather than classified per ABI.
  std::optional<Problem> flexibleArrayProblem(const ir::Item &It,
                                              const ir::Record &R) {
    if (std::optional<std::string> Member = flexibleArrayMember(R))
      return Problem{"a flexible array member",
                     "member " + *Member + " of " + recordName(It, R)};
    return std::nullopt;
  }

  /// The flexible array member of R or of a record it holds, by name.
  std::optional<std::string> flexibleArrayMember(const ir::Record &R) {
    for (const ir::Field &F : R.Fields) {
      if (F.isBitfield())
        continue;
      std::string Name = F.Name.empty() ? "(anonymous)" : F.Name;
      const ir::Type &T = M.type(M.resolveTypedefs(F.Type));
      if (T.Kind == TypeKind::IncompleteArray)
        return Name;
      if (T.Kind == TypeKind::Named && T.Item.isValid())
        if (const auto *Inner = M.item(T.Item).getIf<ir::Record>())
          if (std::optional<std::string> Deeper = flexibleArrayMember(*Inner))
            return Name + "." + *Deeper;
    }
    return std::nullopt;
  }

  /// A blob holds integers: C passes a record with a floating or vector
  /// member (at any depth) in other registers on most targets. Refused
  /// whatever the target rather than classified per ABI.
  std::optional<Problem> opaqueRecordProblem(const ir::Item &It,
                                             const ir::Record &R) {
    if (std::optional<std::string> Member = floatingMember(R))
      return Problem{"a floating-point member of an opaque record",
                     "member " + *Member + " of opaque " + recordName(It, R)};
    if (std::optional<std::string> Member = misalignedMember(R))
      return Problem{"a misaligned member of an opaque record",
                     "member " + *Member + " of opaque " + recordName(It, R)};
    return std::nullopt;
  }

  /// C's alignment of a type as clang gave it for the target (that of a
  /// member inside a record: a double is 4-aligned on i386); an array's is
  /// its element's.
  uint64_t alignOf(TypeId Id) {
    const ir::Type &T = M.type(Id);
    switch (T.Kind) {
    case TypeKind::Array:
    case TypeKind::IncompleteArray:
      return alignOf(T.Pointee);
    case TypeKind::Pointer:
      return std::max<uint64_t>(M.Target.PointerBytes, 1);
    case TypeKind::Named: {
      if (!T.Item.isValid())
        break;
      const ir::Item &It = M.item(T.Item);
      if (const auto *TD = It.getIf<ir::Typedef>())
        return alignOf(TD->Underlying);
      if (const auto *E = It.getIf<ir::Enum>())
        if (E->IntegerType.isValid())
          return alignOf(E->IntegerType);
      if (const auto *R = It.getIf<ir::Record>())
        return R->IsComplete ? std::max<uint64_t>(R->AlignBytes, 1) : 1;
      break;
    }
    default:
      break;
    }
    return std::max<uint64_t>(T.AlignBytes, 1);
  }

  /// The record a member's type names, through typedefs and arrays.
  const ir::Record *recordOf(TypeId Id) {
    while (true) {
      const ir::Type &T = M.type(M.resolveTypedefs(Id));
      if (T.Kind == TypeKind::Array || T.Kind == TypeKind::IncompleteArray) {
        Id = T.Pointee;
        continue;
      }
      if (T.Kind != TypeKind::Named || !T.Item.isValid())
        return nullptr;
      const auto *R = M.item(T.Item).getIf<ir::Record>();
      return R && R->IsComplete ? R : nullptr;
    }
  }

  /// The first member of R (at any depth) at an offset its alignment does
  /// not divide, with the numbers.
  std::optional<std::string> misalignedMember(const ir::Record &R) {
    for (const ir::Field &F : R.Fields) {
      if (F.isBitfield())
        continue;
      std::string Name = F.Name.empty() ? "(anonymous)" : F.Name;
      uint64_t Align = alignOf(F.Type);
      if (F.OffsetBits % (8 * Align) != 0)
        return Name + " (byte offset " + std::to_string(F.OffsetBits / 8) +
               ", alignment " + std::to_string(Align) + ")";
      if (const ir::Record *Inner = recordOf(F.Type))
        if (std::optional<std::string> Deeper = misalignedMember(*Inner))
          return Name + "." + *Deeper;
    }
    return std::nullopt;
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
  RustLayouts &Layouts;
  /// Per record: its problem, or none (also while its fields are looked
  /// into, which only a malformed IR can make recursive).
  llvm::DenseMap<uint32_t, std::optional<Problem>> Records;
};

} // namespace

std::optional<CallAbiProblem>
callAbiProblem(const ir::Module &M, const RustTarget &Rust,
               RustLayouts &Layouts, ir::TypeId FunctionType,
               const std::vector<std::string> &ParamNames,
               IsOpaqueRecord IsOpaque, bool ConventionOverridden) {
  return CallAbiChecker(M, Rust, IsOpaque, Layouts)
      .signature(FunctionType, ParamNames,
                 /*ForPointer=*/false, ConventionOverridden);
}

std::optional<CallAbiProblem>
functionPointerCallAbiProblem(const ir::Module &M, const RustTarget &Rust,
                              RustLayouts &Layouts, ir::TypeId Type,
                              IsOpaqueRecord IsOpaque) {
  // The verifier rejects a type that contains itself: the chain ends.
  for (;;) {
    TypeId Resolved = M.resolveTypedefs(Type);
    const ir::Type &T = M.type(Resolved);
    if (T.Kind == TypeKind::Function)
      return CallAbiChecker(M, Rust, IsOpaque, Layouts)
          .signature(Resolved, M.signature(T).ParamNames, /*ForPointer=*/true);
    if (T.Kind != TypeKind::Pointer)
      return std::nullopt;
    Type = T.Pointee;
  }
}

} // namespace kbindgen
