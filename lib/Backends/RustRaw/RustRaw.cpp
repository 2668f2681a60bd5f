//===- RustRaw.cpp - The raw Rust bindings backend ------------------------===//
//
// Dispatches every item of the emit order to the writer of its kind, then
// puts the header comment, the raw lines and the prelude helpers the items
// used in front of them.
//
//===----------------------------------------------------------------------===//

#include "LayoutPlan.h"
#include "NestingDepth.h"

#include "kbindgen/Analysis/CallAbi.h"

#include "llvm/ADT/StringRef.h"

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <tuple>

namespace kbindgen {

namespace rustraw {

using namespace ir;

EmitContext::EmitContext(const Module &M, const Analysis &A,
                         const Options &Opts,
                         std::vector<BackendWarning> &Warnings)
    : M(M), A(A), Opts(Opts), Warnings(Warnings), Layouts(M, A, Opts) {}

EmitContext::~EmitContext() = default;

bool EmitContext::isX86_64() const {
  return llvm::StringRef(M.Target.Triple).starts_with("x86_64");
}

uint64_t EmitContext::unsignedAlign(uint64_t Bytes) const {
  return rustUnsignedAlign(M.Target, Bytes);
}

const std::string &EmitContext::rustName(ItemId Id) const {
  return A.rustName(Id);
}

const std::string &EmitContext::memberName(ItemId Id, size_t Index) const {
  return A.MemberNames[Id.Index][Index];
}

const RecordPlan &EmitContext::plan(ItemId RecordId) {
  auto Found = Plans.find(RecordId.Index);
  if (Found != Plans.end() && Found->second)
    return *Found->second;
  // Planning a record may plan the records it holds by value; the verifier
  // refuses a record that holds itself, so this recursion ends.
  auto Plan = std::make_unique<RecordPlan>(planRecord(*this, RecordId));
  // Looked up again: planning the held records may have grown the map.
  std::unique_ptr<RecordPlan> &Slot = Plans[RecordId.Index];
  Slot = std::move(Plan);
  return *Slot;
}

void EmitContext::ensurePlanned(ItemId RecordId) {
  if (!Plans.contains(RecordId.Index))
    (void)plan(RecordId);
}

void EmitContext::releasePlan(ItemId RecordId) {
  auto Found = Plans.find(RecordId.Index);
  if (Found != Plans.end())
    Found->second.reset();
}

/// The opening of the extern block an item goes to: the attribute lines of
/// function blocks and `unsafe extern "ABI" {`.
static std::string externBlockOpening(EmitContext &Ctx, ItemId Id) {
  if (Ctx.M.item(Id).kind() != ItemKind::Function)
    return externBlockHead(Ctx) + " {\n";
  std::string Opening;
  for (const std::string &Line : functionBlockAttributes(Ctx))
    Opening += Line + "\n";
  return Opening + externBlockHead(Ctx, Ctx.A.externAbi(Id)) + " {\n";
}

/// --merge-extern-blocks: one block per opening (ABI and attributes), at the
/// place of the first item that goes to it, so that the output stays in
/// emit order and deterministic.
struct MergedBlock {
  size_t Position = 0;
  size_t OpenedAs = 0; ///< How many blocks were opened before it.
  SourceWriter Items;
};
using MergedBlocks = std::map<std::string, MergedBlock>;

/// Writes the items; extern declarations go to Merged when merged.
static void writeItem(EmitContext &Ctx, SourceWriter &W, MergedBlocks &Merged,
                      ItemId Id) {
  const Item &It = Ctx.M.item(Id);
  bool IsExtern = It.kind() == ItemKind::Function || It.kind() == ItemKind::Var;
  if (It.kind() == ItemKind::Function && !Ctx.Opts.DynamicLibraryName.empty()) {
    Ctx.DynamicFunctions.push_back(Id);
    return;
  }
  if (IsExtern && Ctx.Opts.MergeExternBlocks) {
    std::string Opening = externBlockOpening(Ctx, Id);
    auto [Block, IsNew] = Merged.try_emplace(Opening);
    if (IsNew) {
      Block->second.Position = W.str().size();
      Block->second.OpenedAs = Merged.size() - 1;
      Block->second.Items.indent();
    }
    if (It.kind() == ItemKind::Function)
      writeFunction(Ctx, Block->second.Items, Id);
    else
      writeVar(Ctx, Block->second.Items, Id);
    return;
  }
  switch (It.kind()) {
  case ItemKind::Record:
    writeRecord(Ctx, W, Id);
    Ctx.releasePlan(Id);
    return;
  case ItemKind::Enum:
    writeEnum(Ctx, W, Id);
    return;
  case ItemKind::Typedef:
    writeTypedef(Ctx, W, Id);
    return;
  case ItemKind::Function:
  case ItemKind::Var: {
    SourceWriter Inner;
    Inner.indent();
    if (It.kind() == ItemKind::Function)
      writeFunction(Ctx, Inner, Id);
    else
      writeVar(Ctx, Inner, Id);
    if (Inner.str().empty())
      return;
    W.raw(externBlockOpening(Ctx, Id));
    W.raw(Inner.str());
    W.line("}");
    return;
  }
  case ItemKind::Constant:
    writeConstant(Ctx, W, Id);
    return;
  }
}

} // namespace rustraw

namespace {

/// The whole output in one buffer: the items, then the header comment, the
/// raw lines and the prelude put in front of them in place.
llvm::SmallString<0> rustRawText(const ir::Module &M, const Analysis &A,
                                 const Options &Opts,
                                 std::vector<BackendWarning> &Warnings) {
  using namespace rustraw;
  EmitContext Ctx(M, A, Opts, Warnings);
  SourceWriter Body;
  MergedBlocks Merged;
  for (ir::ItemId Id : A.EmitOrder) {
    if (!Id.isValid())
      continue;
    writeItem(Ctx, Body, Merged, Id);
  }
  if (!Opts.DynamicLibraryName.empty())
    writeDynamicLibrary(Ctx, Body, Ctx.DynamicFunctions);
  // Insert from the last position back, so that earlier ones stay valid;
  // of blocks at one position the one opened last goes in first.
  std::vector<std::tuple<size_t, size_t, std::string>> Inserts;
  for (auto &[Opening, Block] : Merged)
    if (!Block.Items.str().empty())
      Inserts.emplace_back(Block.Position, Block.OpenedAs,
                           (Opening + Block.Items.str() + "}\n").str());
  std::sort(Inserts.begin(), Inserts.end(),
            [](const auto &L, const auto &R) { return L > R; });
  for (const auto &[Position, OpenedAs, Text] : Inserts)
    Body.insertAt(Position, Text);

  SourceWriter Head;
  if (Opts.HeaderComment) {
    Head.line("/* automatically generated by kbindgen */");
    Head.blankLine();
  }
  for (const std::string &Line : Opts.RawLines)
    Head.line(Line);
  writePrelude(Ctx, Head);
  Body.insertAt(0, Head.str());
  return Body.takeBuffer();
}

} // namespace

void emitRustRaw(const ir::Module &M, const Analysis &A, const Options &Opts,
                 llvm::raw_ostream &OS, std::vector<BackendWarning> &Warnings) {
  OS << rustRawText(M, A, Opts, Warnings);
}

namespace {
/// The bindings themselves: always written, to -o or standard output.
class RustRawBackend final : public Backend {
  llvm::StringRef name() const override { return "rust"; }
  bool isEnabled(const Options &) const override { return true; }
  llvm::Expected<std::string> outputPath(const Options &Opts) const override {
    return Opts.OutputPath;
  }
  llvm::Error emit(const BackendInput &In, llvm::raw_ostream &OS,
                   std::vector<BackendWarning> &Warnings) const override {
    if (llvm::Error TooDeep = rustraw::checkRecordNesting(In.M, In.A))
      return TooDeep;
    emitRustRaw(In.M, In.A, In.Opts, OS, Warnings);
    return llvm::Error::success();
  }
  llvm::Error emitInto(const BackendInput &In,
                       llvm::SmallVectorImpl<char> &Text,
                       std::vector<BackendWarning> &Warnings) const override {
    if (llvm::Error TooDeep = rustraw::checkRecordNesting(In.M, In.A))
      return TooDeep;
    Text = rustRawText(In.M, In.A, In.Opts, Warnings);
    return llvm::Error::success();
  }
};
} // namespace

const Backend &rustRawBackend() {
  static const RustRawBackend Instance;
  return Instance;
}

} // namespace kbindgen
