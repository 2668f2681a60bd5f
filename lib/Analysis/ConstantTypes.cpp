//===- ConstantTypes.cpp - Which type each constant is written with -------===//
//
// bindgen types a macro constant by its value alone (u32 when it fits, then
// i32, u64, i64) and computes only plain arithmetic over literals and other
// such macros. Code written against bindgen relies on that typing, so those
// macros keep it. Everything bindgen drops (casts, sizeof, function-like
// macros, enum constants) is new output: there the C type is the truth, and
// `GFP_KERNEL` comes out as `gfp_t`, `PAGE_SIZE` as `c_ulong`. A type the
// header names (`gfp_t`) is kept even for arithmetic bindgen computes, and
// --macro-c-types keeps every C type, literals included.
//
//===----------------------------------------------------------------------===//

#include "AnalysisPasses.h"

namespace kbindgen::analysis {

static bool keepsCType(const ir::Module &M, const Options &Opts,
                       const ir::Constant &C) {
  if (!C.CType.isValid())
    return false;
  if (C.Origin == ir::ConstantOrigin::ConstVar || Opts.MacroCTypes ||
      !C.BindgenComputable)
    return true;
  return M.type(C.CType).Kind == ir::TypeKind::Named;
}

void chooseConstantTypes(const ir::Module &M, const Options &Opts,
                         Analysis &A) {
  A.ConstantCTypes.assign(M.Items.size(), ir::TypeId());
  for (size_t I = 0; I < M.Items.size(); ++I)
    if (const auto *C = M.Items[I].getIf<ir::Constant>())
      if (keepsCType(M, Opts, *C))
        A.ConstantCTypes[I] = C->CType;
}

} // namespace kbindgen::analysis
