//===- FlexibleArrayDst.cpp - --flexarray-dst -----------------------------===//
//
// A struct ending in a flexible array member `T x[]` (or GNU `T x[0]`, as
// bindgen) is written generic over that member: `struct s<FAM: ?Sized =
// [T; 0]>`. Plain `s` is the sized form, what C's sizeof measures, so a
// pointer to s, s held by value and every signature keep their meaning;
// `s<[T]>` is the dynamically sized form, whose member is a slice. bindgen's
// helpers between the two need nightly Rust (ptr_metadata, layout_for_ptr);
// these compile on stable: casting a slice pointer to `*const s<[T]>` carries
// the length, and layout(len) is built from offset_of! of the member.
//
//===----------------------------------------------------------------------===//

#include "LayoutPlan.h"

#include "llvm/Support/MathExtras.h"

#include <fmt/format.h>

namespace kbindgen::rustraw {

using namespace ir;

void planFlexibleTail(EmitContext &Ctx, ItemId Id, RecordPlan &Plan) {
  if (!Ctx.Opts.FlexarrayDst || Plan.Layout.IsUnion || !Plan.Layout.Valid)
    return;
  const Record &R = Ctx.M.item(Id).as<Record>();
  if (R.Fields.empty() || R.Fields.back().isBitfield())
    return;
  const Type &Member = Ctx.M.type(R.Fields.back().Type);
  if (Member.Kind != TypeKind::IncompleteArray &&
      !(Member.Kind == TypeKind::Array && Member.ArrayLength == 0))
    return;
  auto Refuse = [&](llvm::StringRef Why) {
    std::string Kind =
        fmt::format("--flexarray-dst: {}; the flexible array member stays an "
                    "__IncompleteArrayField",
                    Why);
    Ctx.warn(Id, fmt::format("`{}`: {}", Ctx.rustName(Id), Kind), Kind);
  };
  // Rust accepts an unsized last field in a packed struct only when it
  // needs no drop, which a generic FAM cannot promise.
  if (Plan.Layout.Pack != 0)
    return Refuse("a packed struct cannot end in a generic unsized field");
  long MemberIndex = long(R.Fields.size()) - 1;
  size_t Tail = 0;
  while (Tail < Plan.Fields.size() &&
         Plan.Fields[Tail].Laid.FieldIndex != MemberIndex)
    ++Tail;
  if (Tail == Plan.Fields.size() ||
      Plan.Fields[Tail].Laid.Kind != RustLayoutField::Regular)
    return Refuse("the member is laid out as bytes");
  // Only padding may follow it (--explicit-padding): those bytes are the
  // first elements of the array, and Rust pads the sized form by itself.
  for (size_t After = Tail + 1; After < Plan.Fields.size(); ++After)
    if (Plan.Fields[After].Laid.Kind != RustLayoutField::Padding)
      return Refuse("a field follows the member");
  if (llvm::alignTo(Plan.Fields[Tail].Laid.Offset,
                    std::max<uint64_t>(Plan.Layout.AlignBytes, 1)) !=
      Plan.Layout.SizeBytes)
    return Refuse("the struct is larger than the member's end padded to its "
                  "alignment");
  // PlannedField holds references: shrink from the end.
  while (Plan.Fields.size() > Tail + 1)
    Plan.Fields.pop_back();
  Plan.FlexTail = long(Tail);
  Plan.FlexElement = spellType(Ctx, Member.Pointee, Id);
  PlannedField &F = Plan.Fields[Tail];
  F.Type = RustType();
  F.Type.Flat = "FAM";
  F.TypeText = "FAM";
}

void openFlexibleStruct(SourceWriter &W, const std::string &Head,
                        const RecordPlan &Plan) {
  std::string Parameter = "FAM: ?Sized = [" + Plan.FlexElement.Flat + "; 0]";
  if (W.column() + Head.size() + Parameter.size() + 4 <=
      SourceWriter::MaxWidth) {
    W.open(Head + "<" + Parameter + ">");
    return;
  }
  // rustfmt's form of a generic list too long for the line.
  W.verticalList(Head + "<", {Parameter}, "> {");
  W.indent();
}

namespace {

/// The names the helpers are written with.
struct FlexNames {
  std::string Core;    ///< `::core` or `::std`
  std::string Sized;   ///< `s`, the sized form by its default
  std::string Dynamic; ///< `s<[T]>`
  std::string Member;  ///< the member's Rust name
  std::string Element; ///< `T`
};

/// `Prefix Type Suffix`; too long for the line, broken inside the type's
/// outermost generic arguments, as rustfmt does.
void typeLines(SourceWriter &W, const std::string &Prefix,
               const std::string &Type, const std::string &Suffix) {
  size_t Open = Type.find('<');
  if (W.column() + Prefix.size() + Type.size() + Suffix.size() <=
          SourceWriter::MaxWidth ||
      Open == std::string::npos || Type.back() != '>') {
    W.line(Prefix + Type + Suffix);
    return;
  }
  W.line(Prefix + Type.substr(0, Open + 1));
  W.indent();
  typeLines(W, "", Type.substr(Open + 1, Type.size() - Open - 2), ",");
  W.dedent();
  W.line(">" + Suffix);
}

/// `pub fn NAME(PARAMS) -> RETURN {` and an indent, broken as rustfmt
/// breaks a signature: parameters one per line, then the brace alone, then
/// the return type's generic arguments.
void openMethod(SourceWriter &W, const std::string &Head,
                const std::vector<std::string> &Params,
                const std::string &Return) {
  std::string Joined;
  for (const std::string &P : Params)
    Joined += (Joined.empty() ? "" : ", ") + P;
  std::string Flat = Head + "(" + Joined + ") -> " + Return + " {";
  if (W.column() + Flat.size() <= SourceWriter::MaxWidth) {
    W.line(Flat);
    W.indent();
    return;
  }
  W.line(Head + "(");
  W.indent();
  for (const std::string &P : Params)
    W.line(P + ",");
  W.dedent();
  std::string Arrow = ") -> " + Return;
  // rustfmt keeps ` {` after the return type only below the full width.
  if (W.column() + Arrow.size() + 3 < SourceWriter::MaxWidth) {
    W.line(Arrow + " {");
  } else if (W.column() + Arrow.size() <= SourceWriter::MaxWidth) {
    W.line(Arrow);
    W.line("{");
  } else {
    typeLines(W, ") -> ", Return, " {");
  }
  W.indent();
}

void writeSafetyDoc(SourceWriter &W, llvm::StringRef Summary,
                    llvm::StringRef Safety) {
  W.doc((Summary + "\n\n# Safety\n" + Safety).str());
}

void writeSizedHelpers(SourceWriter &W, const FlexNames &N) {
  W.openImpl("", N.Sized);
  std::string Elements = "`len` elements";
  writeSafetyDoc(
      W, "`self` with its `" + N.Member + "` as a slice of " + Elements + ".",
      "`len` initialized elements follow `self` in its "
      "allocation.");
  openMethod(W, "pub unsafe fn flex_ref", {"&self", "len: usize"},
             "&" + N.Dynamic);
  W.line("unsafe { Self::flex_ptr(self, len) }");
  W.close();
  writeSafetyDoc(W,
                 "`self` with its `" + N.Member + "` as a mutable slice of " +
                     Elements + ".",
                 "`len` initialized elements follow `self` in its "
                 "allocation.");
  openMethod(W, "pub unsafe fn flex_ref_mut", {"&mut self", "len: usize"},
             "&mut " + N.Dynamic);
  W.line("unsafe { Self::flex_ptr_mut(self, len).assume_init() }");
  W.close();
  writeSafetyDoc(W,
                 "The struct at `ptr` with its `" + N.Member +
                     "` as a slice of " + Elements +
                     ",\nfor a lifetime the caller chooses.",
                 "`ptr` is valid for reads of the struct and `len` "
                 "initialized elements.");
  openMethod(W, "pub unsafe fn flex_ptr<'unbounded>",
             {"ptr: *const Self", "len: usize"}, "&'unbounded " + N.Dynamic);
  // The slice pointer's length becomes the member's.
  W.line("unsafe { &*(" + N.Core +
         "::ptr::slice_from_raw_parts(ptr, len) as *const _) }");
  W.close();
  writeSafetyDoc(W,
                 "The struct at `ptr` with its `" + N.Member +
                     "` as a slice of " + Elements +
                     "\nthat may be uninitialized: `assume_init` once they "
                     "are written.",
                 "`ptr` is valid for writes of the struct and `len` "
                 "elements.");
  openMethod(W, "pub unsafe fn flex_ptr_mut<'unbounded>",
             {"ptr: *mut Self", "len: usize"},
             N.Core + "::mem::MaybeUninit<&'unbounded mut " + N.Dynamic + ">");
  // No reference to memory that may be uninitialized is made here.
  W.line("let dst = " + N.Sized + "::flex_raw_mut(ptr, len);");
  W.line("unsafe { " + N.Core + "::mem::transmute(dst) }");
  W.close();
  W.close();
}

/// `let Name = Value;`, with Value on its own line when too long.
void letLine(SourceWriter &W, const std::string &Name,
             const std::string &Value) {
  std::string Flat = "let " + Name + " = " + Value + ";";
  if (W.column() + Flat.size() <= SourceWriter::MaxWidth) {
    W.line(Flat);
    return;
  }
  W.line("let " + Name + " =");
  W.indent();
  W.line(Value + ";");
  W.dedent();
}

void writeLayout(SourceWriter &W, const FlexNames &N) {
  W.doc("The layout of a `" + N.Sized + "` whose `" + N.Member +
        "` has `len`\nelements, to allocate one.\n\n# Panics\nWhen its "
        "size overflows `isize`.");
  std::string Layout = N.Core + "::alloc::Layout";
  W.open("pub fn layout(len: usize) -> " + Layout);
  letLine(W, "offset",
          N.Core + "::mem::offset_of!(" + N.Sized + ", " + N.Member + ")");
  letLine(W, "align", N.Core + "::mem::align_of::<" + N.Sized + ">()");
  W.continued("let head = " + Layout + "::from_size_align(offset, align)",
              ".unwrap();");
  std::string Tail = Layout + "::array::<" + N.Element + ">(len).unwrap()";
  if (W.column() + 4 + 11 + Tail.size() <= SourceWriter::MaxWidth) {
    letLine(W, "tail", Tail);
  } else {
    // rustfmt breaks the turbofish, then the chain.
    W.line("let tail = " + Layout + "::array::<");
    W.indent();
    W.line(N.Element + ",");
    W.dedent();
    W.line(">(len)");
    W.line(".unwrap();");
  }
  W.line("head.extend(tail).unwrap().0.pad_to_align()");
  W.close();
}

void writeDynamicHelpers(SourceWriter &W, const FlexNames &N) {
  W.openImpl("", N.Dynamic);
  writeLayout(W, N);
  std::string Fixed = "The sized form of `self` and the number of elements "
                      "of its\n`" +
                      N.Member + "`.";
  W.doc(Fixed);
  W.open("pub fn fixed(&self) -> (&" + N.Sized + ", usize)");
  W.line("let len = self." + N.Member + ".len();");
  W.line("let sized = self as *const Self as *const " + N.Sized + ";");
  W.line("(unsafe { &*sized }, len)");
  W.close();
  W.doc(Fixed);
  W.open("pub fn fixed_mut(&mut self) -> (&mut " + N.Sized + ", usize)");
  W.line("let len = self." + N.Member + ".len();");
  W.line("let sized = self as *mut Self as *mut " + N.Sized + ";");
  W.line("(unsafe { &mut *sized }, len)");
  W.close();
  W.doc("The struct at `ptr` as the dynamically sized form with `len` "
        "elements,\nwithout making a reference (the memory may be "
        "uninitialized).");
  openMethod(W, "pub fn flex_raw_mut", {"ptr: *mut " + N.Sized, "len: usize"},
             "*mut Self");
  // The slice pointer's length becomes the member's.
  W.line(N.Core + "::ptr::slice_from_raw_parts_mut(ptr, len) as *mut Self");
  W.close();
  W.close();
}

} // namespace

void writeFlexibleTailHelpers(EmitContext &Ctx, SourceWriter &W, ItemId Id,
                              const RecordPlan &Plan) {
  if (Plan.FlexTail < 0)
    return;
  FlexNames N;
  N.Core = Ctx.core();
  N.Sized = Ctx.rustName(Id);
  N.Element = Plan.FlexElement.Flat;
  N.Dynamic = N.Sized + "<[" + N.Element + "]>";
  N.Member = Plan.Fields[Plan.FlexTail].Name;
  writeDynamicHelpers(W, N);
  writeSizedHelpers(W, N);
}

} // namespace kbindgen::rustraw
