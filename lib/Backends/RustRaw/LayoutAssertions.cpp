//===- LayoutAssertions.cpp - compile-time proofs of clang's layout -------===//
//
// `["msg"][actual - expected]` in a const item fails to compile when the
// numbers differ either way: an index past the one-element array, or an
// arithmetic underflow, both errors in constant evaluation. Works on every
// Rust we target; field offsets need `offset_of!` (Rust 1.77).
//
//===----------------------------------------------------------------------===//

#include "LayoutPlan.h"

#include <fmt/format.h>

namespace kbindgen::rustraw {

void writeLayoutAssertions(EmitContext &Ctx, SourceWriter &W, ir::ItemId Id,
                           const RecordPlan &Plan) {
  std::string Name = Ctx.rustName(Id);
  std::string Mem = Ctx.core() + "::mem::";
  W.line("#[allow(clippy::unnecessary_operation, clippy::identity_op)]");
  W.open("const _: () =");
  W.continued(
      fmt::format("[\"Size of {}\"]", Name),
      fmt::format("[{}size_of::<{}>() - {}usize];", Mem, Name, Plan.SizeBytes));
  W.continued(fmt::format("[\"Alignment of {}\"]", Name),
              fmt::format("[{}align_of::<{}>() - {}usize];", Mem, Name,
                          Plan.AlignBytes));
  if (Ctx.Opts.Target.atLeast(1, 77)) {
    for (const PlannedField &F : Plan.Fields) {
      if (F.Kind == PlannedField::Padding ||
          F.Kind == PlannedField::AlignMarker ||
          F.Kind == PlannedField::BitfieldMarker)
        continue;
      W.continued(fmt::format("[\"Offset of field: {}::{}\"]", Name, F.Name),
                  fmt::format("[{}offset_of!({}, {}) - {}usize];", Mem, Name,
                              F.Name, F.Offset));
    }
  }
  W.close(";");
}

} // namespace kbindgen::rustraw
