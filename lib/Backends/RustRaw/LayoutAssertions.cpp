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

namespace {

struct Assertion {
  std::string Message;
  std::string Field; ///< Empty for size and alignment.
  std::string Check; ///< `size_of`, `align_of` or `offset_of`.
  uint64_t Expected = 0;
};

std::string expression(const EmitContext &Ctx, const Assertion &A,
                       const std::string &TypeName) {
  std::string Mem = Ctx.core() + "::mem::";
  if (A.Field.empty())
    return fmt::format("[{}{}::<{}>() - {}usize];", Mem, A.Check, TypeName,
                       A.Expected);
  return fmt::format("[{}offset_of!({}, {}) - {}usize];", Mem, TypeName,
                     A.Field, A.Expected);
}

} // namespace

void writeLayoutAssertions(EmitContext &Ctx, SourceWriter &W, ir::ItemId Id,
                           const RecordPlan &Plan) {
  std::string Name = Ctx.rustName(Id);
  std::vector<Assertion> Assertions;
  Assertions.push_back(
      {"Size of " + Name, "", "size_of", Plan.Layout.SizeBytes});
  Assertions.push_back(
      {"Alignment of " + Name, "", "align_of", Plan.Layout.AlignBytes});
  if (Ctx.Opts.Target.atLeast(1, 77)) {
    for (const PlannedField &F : Plan.Fields) {
      RustLayoutField::KindType Kind = F.Laid.Kind;
      if (Kind == RustLayoutField::Padding ||
          Kind == RustLayoutField::AlignMarker ||
          Kind == RustLayoutField::BitfieldMarker)
        continue;
      Assertions.push_back({"Offset of field: " + Name + "::" + F.Name, F.Name,
                            "offset_of", F.Laid.Offset});
    }
  }
  W.line("#[allow(clippy::unnecessary_operation, clippy::identity_op)]");
  W.open("const _: () =");
  // Past rustfmt's width even on a continuation line, rustfmt would break
  // inside the macro call; a short local alias keeps every line whole.
  std::string TypeName = Name;
  for (const Assertion &A : Assertions)
    if (W.column() + 4 + expression(Ctx, A, Name).size() >
        SourceWriter::MaxWidth)
      TypeName = "__Record";
  if (TypeName != Name) {
    RustType Aliased;
    Aliased.Flat = Name;
    W.assignment("type " + TypeName, Aliased);
  }
  for (const Assertion &A : Assertions)
    W.continued("[\"" + A.Message + "\"]", expression(Ctx, A, TypeName));
  W.close(";");
}

} // namespace kbindgen::rustraw
