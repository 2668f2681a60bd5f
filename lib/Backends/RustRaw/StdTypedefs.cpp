//===- StdTypedefs.cpp - C's fixed-width typedefs as Rust primitives ------===//
//
// bindgen writes `uint8_t` as `u8`, `uintptr_t` and `size_t` as `usize`
// (the latter by default since 0.61, the version the kernel's 6.6+ builds
// assume; --no-size_t-is-usize keeps size_t and ssize_t as typedefs). The
// mapping is made only when clang's layout of the typedef agrees with the
// primitive, so a platform where size_t is not pointer-sized keeps its C
// spelling.
//
//===----------------------------------------------------------------------===//

#include "EmitContext.h"

#include "llvm/ADT/StringSwitch.h"

namespace kbindgen::rustraw {

using namespace ir;

namespace {
struct StdPrimitive {
  const char *Rust = nullptr;
  uint64_t SizeBytes = 0; ///< 0: pointer-sized.
  bool IsSigned = false;
};
} // namespace

std::optional<std::string> stdTypedefPrimitive(const EmitContext &Ctx,
                                               ItemId Id) {
  const Item &It = Ctx.M.item(Id);
  const Typedef *TD = It.getIf<Typedef>();
  if (!TD)
    return std::nullopt;
  StdPrimitive P = llvm::StringSwitch<StdPrimitive>(It.Name)
                       .Case("int8_t", {"i8", 1, true})
                       .Case("int16_t", {"i16", 2, true})
                       .Case("int32_t", {"i32", 4, true})
                       .Case("int64_t", {"i64", 8, true})
                       .Case("uint8_t", {"u8", 1, false})
                       .Case("uint16_t", {"u16", 2, false})
                       .Case("uint32_t", {"u32", 4, false})
                       .Case("uint64_t", {"u64", 8, false})
                       .Case("intptr_t", {"isize", 0, true})
                       .Case("ssize_t", {"isize", 0, true})
                       .Case("ptrdiff_t", {"isize", 0, true})
                       .Case("uintptr_t", {"usize", 0, false})
                       .Case("size_t", {"usize", 0, false})
                       .Default({});
  if (!P.Rust)
    return std::nullopt;
  // --no-size_t-is-usize: bindgen then maps only these two back.
  if (!Ctx.Opts.SizeTIsUsize && (It.Name == "size_t" || It.Name == "ssize_t"))
    return std::nullopt;
  const Type &Resolved = Ctx.M.type(Ctx.M.resolveTypedefs(TD->Underlying));
  uint64_t Size = P.SizeBytes ? P.SizeBytes : Ctx.M.Target.PointerBytes;
  if (Resolved.Kind != TypeKind::Integer || Resolved.SizeBytes != Size ||
      Resolved.IsSigned != P.IsSigned || Resolved.Integer == IntegerKind::Bool)
    return std::nullopt;
  return std::string(P.Rust);
}

} // namespace kbindgen::rustraw
