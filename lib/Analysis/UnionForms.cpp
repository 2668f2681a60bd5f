//===- UnionForms.cpp - How each union is written -------------------------===//
//
// bindgen's rules: a union whose fields are all Copy is a Rust union. One
// with a field that is not Copy takes its non-Copy style: the first of
// --bindgen-wrapper-union and --manually-drop-union that matches, else
// --default-non-copy-union-style (bindgen_wrapper by default: a struct of
// `__BindgenUnionField<T>` members). --disable-untagged-union writes every
// union in that struct form. A union with bitfields stays a Rust union (its
// bitfield accessors need the storage unit as a real field).
//
//===----------------------------------------------------------------------===//

#include "AnalysisPasses.h"

namespace kbindgen::analysis {

UnionForm chooseUnionForm(const Options &Opts, const CompiledOptions &Compiled,
                          const ir::Record &R, llvm::StringRef Name,
                          bool AllFieldsCopy) {
  bool HasBitfields =
      llvm::any_of(R.Fields, [](const ir::Field &F) { return F.isBitfield(); });
  if (HasBitfields)
    return AllFieldsCopy ? UnionForm::RustUnion : UnionForm::ManuallyDropFields;
  if (!Opts.UntaggedUnions)
    return UnionForm::BindgenUnionFieldStruct;
  if (AllFieldsCopy)
    return UnionForm::RustUnion;
  NonCopyUnionStyle Style = Opts.DefaultNonCopyUnionStyle;
  if (Compiled.BindgenWrapperUnions.matches(Name))
    Style = NonCopyUnionStyle::BindgenWrapper;
  else if (Compiled.ManuallyDropUnions.matches(Name))
    Style = NonCopyUnionStyle::ManuallyDrop;
  return Style == NonCopyUnionStyle::BindgenWrapper
             ? UnionForm::BindgenUnionFieldStruct
             : UnionForm::ManuallyDropFields;
}

} // namespace kbindgen::analysis
