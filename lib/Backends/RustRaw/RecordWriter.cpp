//===- RecordWriter.cpp - structs and unions ------------------------------===//

#include "LayoutPlan.h"

#include <fmt/format.h>

namespace kbindgen::rustraw {

using namespace ir;

void writeDerives(EmitContext &Ctx, SourceWriter &W, const DeriveSet &D,
                  bool ForceEnumDerives) {
  std::vector<std::string> Names;
  auto Add = [&](bool On, const char *Name) {
    if (On)
      Names.push_back(Name);
  };
  Add(D.Debug, "Debug");
  Add(D.Default && !D.DefaultViaZeroed && !ForceEnumDerives, "Default");
  Add(D.Copy || ForceEnumDerives, "Copy");
  Add(D.Clone || ForceEnumDerives, "Clone");
  Add(D.Hash || ForceEnumDerives, "Hash");
  Add(D.PartialOrd, "PartialOrd");
  Add(D.Ord, "Ord");
  Add(D.PartialEq || ForceEnumDerives, "PartialEq");
  Add(D.Eq || ForceEnumDerives, "Eq");
  for (const std::string &Custom : D.Custom)
    if (std::find(Names.begin(), Names.end(), Custom) == Names.end())
      Names.push_back(Custom);
  if (!Names.empty()) {
    std::string Line = "#[derive(";
    for (size_t I = 0; I < Names.size(); ++I)
      Line += (I ? ", " : "") + Names[I];
    W.line(Line + ")]");
  }
  if (D.MustUse)
    W.line("#[must_use]");
  for (const std::string &Attribute : D.Attributes)
    W.line(Attribute);
}

static const DeriveSet &derivesOf(const EmitContext &Ctx, ItemId Id) {
  return Ctx.A.Derives[Id.Index];
}

/// Whether a record may hold a Rust enum (--rustified-enum), whose all-zero
/// value may be invalid. Such records keep bindgen's MaybeUninit form of
/// the zeroed Default: rustc's invalid_value lint inspects `mem::zeroed()`
/// calls, and what it says of enums has varied between versions.
static bool mayHoldRustEnums(const Options &Opts) {
  auto IsRustEnum = [](EnumStyle Style) {
    return Style == EnumStyle::Rust || Style == EnumStyle::RustNonExhaustive;
  };
  if (IsRustEnum(Opts.DefaultEnumStyle))
    return true;
  for (const auto &[Style, Pattern] : Opts.EnumStyleRegexes)
    if (IsRustEnum(Style))
      return true;
  return false;
}

static void writeZeroedDefault(EmitContext &Ctx, SourceWriter &W,
                               const std::string &Name) {
  std::string Core = Ctx.core();
  W.openImpl("Default", Name);
  W.open("fn default() -> Self");
  if (!mayHoldRustEnums(Ctx.Opts)) {
    // All bytes zero, as below, in one call that rustc type-checks faster:
    // the kernel's bindings have a thousand of these impls, compiled on
    // every build.
    W.line("unsafe { " + Core + "::mem::zeroed() }");
  } else {
    W.line("let mut s = " + Core + "::mem::MaybeUninit::<Self>::uninit();");
    W.open("unsafe");
    W.line(Core + "::ptr::write_bytes(s.as_mut_ptr(), 0, 1);");
    W.line("s.assume_init()");
    W.close();
  }
  W.close();
  W.close();
}

static void writeHeader(EmitContext &Ctx, SourceWriter &W, ItemId Id,
                        llvm::StringRef ReprLine, uint64_t ReprAlign,
                        const DeriveSet &Derives) {
  const Item &It = Ctx.M.item(Id);
  if (Ctx.Opts.DocComments && !It.Doc.empty())
    W.doc(It.Doc);
  W.line(ReprLine);
  if (ReprAlign)
    W.line(fmt::format("#[repr(align({}))]", ReprAlign));
  writeDerives(Ctx, W, Derives, false);
}

/// The analysis's derives, less a Default the plan's filler cannot derive:
/// the record then gets the zeroed impl, so containers keep their Default.
static DeriveSet plannedDerives(const EmitContext &Ctx, ItemId Id,
                                const RecordPlan &Plan) {
  DeriveSet Derives = derivesOf(Ctx, Id);
  // A derived Default on a struct generic over its flexible array member
  // would make `s::default()` ambiguous; the zeroed impl is the sized
  // form's alone.
  if (Derives.Default &&
      (Plan.hasFillerWithoutDefault() || Plan.FlexTail >= 0)) {
    Derives.Default = false;
    Derives.DefaultViaZeroed = true;
  }
  return Derives;
}

/// A blob of the record's size and alignment (opaque disposition, or a
/// layout the plan cannot express).
static void writeOpaqueRecord(EmitContext &Ctx, SourceWriter &W, ItemId Id) {
  const Record &R = Ctx.M.item(Id).as<Record>();
  std::string Name = Ctx.rustName(Id);
  uint64_t Align = std::max<uint64_t>(R.AlignBytes, 1);
  uint64_t Element = Align > 8 ? 8 : Align;
  if (R.SizeBytes % Element != 0)
    Element = 1;
  writeHeader(Ctx, W, Id, "#[repr(C)]",
              opaqueRecordReprAlign(Ctx, R.SizeBytes, Align),
              derivesOf(Ctx, Id));
  W.openItem("pub struct " + Name);
  W.line(fmt::format("pub _bindgen_opaque_blob: [{}; {}usize],",
                     unsignedOfSize(Element), R.SizeBytes / Element));
  W.close();
  if (Ctx.Opts.LayoutTests) {
    RustRecordLayout Sizes;
    Sizes.SizeBytes = R.SizeBytes;
    Sizes.AlignBytes = Align;
    writeLayoutAssertions(Ctx, W, Id, RecordPlan{Sizes, {}, {}});
  }
  if (derivesOf(Ctx, Id).DefaultViaZeroed)
    writeZeroedDefault(Ctx, W, Name);
}

static void writeIncompleteRecord(EmitContext &Ctx, SourceWriter &W,
                                  ItemId Id) {
  writeHeader(Ctx, W, Id, "#[repr(C)]", 0, derivesOf(Ctx, Id));
  W.openItem("pub struct " + Ctx.rustName(Id));
  W.line("_unused: [u8; 0],");
  W.close();
}

static std::string reprLine(const RustRecordLayout &Layout) {
  if (Layout.Pack == 1)
    return "#[repr(C, packed)]";
  if (Layout.Pack > 1)
    return fmt::format("#[repr(C, packed({}))]", Layout.Pack);
  return "#[repr(C)]";
}

/// --field-attr TYPE::FIELD=ATTR: whether it names this field (either the
/// bindings' spelling or C's).
static bool namesField(const FieldAttribute &Entry, const EmitContext &Ctx,
                       ItemId Id, const PlannedField &F) {
  const Item &It = Ctx.M.item(Id);
  if (Entry.Type != Ctx.rustName(Id) && Entry.Type != It.Name)
    return false;
  if (Entry.Field == F.Name)
    return true;
  const Record &R = It.as<Record>();
  long Index = F.Laid.FieldIndex;
  return Index >= 0 && size_t(Index) < R.Fields.size() &&
         !R.Fields[Index].Name.empty() && Entry.Field == R.Fields[Index].Name;
}

static void writeField(EmitContext &Ctx, SourceWriter &W, ItemId Id,
                       const PlannedField &F) {
  // bindgen gives its layout fillers (padding, blobs) `pub` whatever
  // --default-visibility says; the C fields and bitfield units follow it.
  std::string Visibility = Ctx.fieldVisibility();
  switch (F.Laid.Kind) {
  case RustLayoutField::BitfieldMarker:
    W.line(fmt::format("{}{}: {},", Visibility, F.Name, F.TypeText));
    return;
  case RustLayoutField::Unit:
    Ctx.UsesBitfieldUnit = true;
    W.line(fmt::format("{}{}: {},", Visibility, F.Name, F.TypeText));
    return;
  case RustLayoutField::Regular:
    if (F.TypeText.starts_with("__IncompleteArrayField<"))
      Ctx.UsesIncompleteArray = true;
    if (Ctx.Opts.DocComments && !F.Doc.empty())
      W.doc(F.Doc);
    for (const FieldAttribute &Entry : Ctx.Opts.FieldAttributes)
      if (namesField(Entry, Ctx, Id, F))
        W.line("#[" + Entry.Attribute + "]");
    W.typed(Visibility + F.Name + ": ", F.Type, ",");
    return;
  default:
    W.line(fmt::format("pub {}: {},", F.Name, F.TypeText));
    return;
  }
}

void writeRecord(EmitContext &Ctx, SourceWriter &W, ItemId Id) {
  const Record &R = Ctx.M.item(Id).as<Record>();
  if (Ctx.A.decision(Id).Kind == Disposition::Opaque) {
    writeOpaqueRecord(Ctx, W, Id);
    return;
  }
  if (!R.IsComplete) {
    writeIncompleteRecord(Ctx, W, Id);
    return;
  }
  const RecordPlan &Plan = Ctx.plan(Id);
  const RustRecordLayout &Layout = Plan.Layout;
  std::string Name = Ctx.rustName(Id);
  if (!Layout.Valid) {
    Ctx.warn(Id,
             fmt::format("the layout of `{}` cannot be reproduced in "
                         "Rust; emitted as an opaque blob",
                         Name),
             "a record's layout cannot be reproduced in Rust; emitted as an "
             "opaque blob");
    writeOpaqueRecord(Ctx, W, Id);
    return;
  }
  for (const std::string &Note : Layout.Notes)
    Ctx.warn(Id, fmt::format("`{}`: {}", Name, Note), Note);
  DeriveSet Derives = plannedDerives(Ctx, Id, Plan);
  writeHeader(Ctx, W, Id, reprLine(Layout), Layout.ReprAlign, Derives);
  std::string Keyword =
      Layout.IsUnion && !Layout.EmulatedUnion ? "pub union " : "pub struct ";
  if (Plan.Fields.empty()) {
    std::string Line = Keyword + Name + " {}";
    // rustfmt keeps `{}` on the line only below the full width.
    if (W.column() + Line.size() < SourceWriter::MaxWidth) {
      W.line(Line);
    } else {
      W.line(Keyword + Name + " {");
      W.line("}");
    }
  } else {
    if (Plan.FlexTail >= 0)
      openFlexibleStruct(W, Keyword + Name, Plan);
    else
      W.openItem(Keyword + Name);
    for (const PlannedField &F : Plan.Fields)
      writeField(Ctx, W, Id, F);
    W.close();
  }
  if (Ctx.Opts.LayoutTests)
    writeLayoutAssertions(Ctx, W, Id, Plan);
  if (Derives.DefaultViaZeroed)
    writeZeroedDefault(Ctx, W, Name);
  writeBitfieldAccessors(Ctx, W, Id, Plan);
  writeFlexibleTailHelpers(Ctx, W, Id, Plan);
}

} // namespace kbindgen::rustraw
