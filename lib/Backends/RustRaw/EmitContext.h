//===- EmitContext.h - Shared state of the Rust backend ---------*- C++ -*-===//
//
// What every writer of the Rust backend reads (module, analysis, options)
// and records (warnings, which prelude helpers the output uses).
//
//===----------------------------------------------------------------------===//

#ifndef KBINDGEN_LIB_BACKENDS_RUSTRAW_EMITCONTEXT_H
#define KBINDGEN_LIB_BACKENDS_RUSTRAW_EMITCONTEXT_H

#include "Support/SourceWriter.h"

#include "kbindgen/Analysis/RustLayout.h"
#include "kbindgen/Backends/Backends.h"

#include "llvm/ADT/DenseMap.h"

#include <memory>
#include <optional>
#include <set>

namespace kbindgen::rustraw {

using backends::flatParams;
using backends::RustParam;
using backends::RustType;
using backends::Signature;
using backends::SourceWriter;

struct RecordPlan;

struct EmitContext {
  const ir::Module &M;
  const Analysis &A;
  const Options &Opts;
  std::vector<BackendWarning> &Warnings;

  bool UsesBitfieldUnit = false;
  bool UsesIncompleteArray = false;
  bool UsesUnionField = false; ///< `__BindgenUnionField<T>` in use.
  /// Opaque helper structs in use: (size, align).
  std::set<std::pair<uint64_t, uint64_t>> OpaqueHelpers;
  /// Layout plans of records, computed on demand (a field's type may need
  /// the plan of another record). A written record's plan is released
  /// (null): only the fact that it was planned is still needed.
  llvm::DenseMap<uint32_t, std::unique_ptr<RecordPlan>> Plans;
  /// The analysis' Rust layout of each record, which the plans spell.
  RustLayouts Layouts;
  /// --dynamic-loading: the functions the library struct resolves, in emit
  /// order (they get no extern block).
  std::vector<ir::ItemId> DynamicFunctions;

  EmitContext(const ir::Module &M, const Analysis &A, const Options &Opts,
              std::vector<BackendWarning> &Warnings);
  ~EmitContext();

  /// Kind: the message without the item's name (BackendWarning::Kind).
  void warn(ir::ItemId Item, std::string Message, std::string Kind = {}) {
    Warnings.push_back({Item, std::move(Message), std::move(Kind)});
  }
  /// `::core` or `::std`.
  std::string core() const { return Opts.coreCrate(); }
  /// `ffi::c_int` etc.
  std::string ctype(llvm::StringRef Name) const {
    return Opts.ctypesPrefix() + "::" + Name.str();
  }
  /// What precedes a field or a bitfield accessor (--default-visibility):
  /// `pub `, `pub(crate) ` or nothing.
  std::string fieldVisibility() const {
    switch (Opts.DefaultFieldVisibility) {
    case FieldVisibility::Crate:
      return "pub(crate) ";
    case FieldVisibility::Private:
      return "";
    case FieldVisibility::Public:
      break;
    }
    return "pub ";
  }
  bool isX86_64() const;
  /// Rust's alignment of the unsigned integer of that many bytes (1 to 8) on
  /// the target: u64 is only 4-aligned on i386, like C's `long long` there.
  uint64_t unsignedAlign(uint64_t Bytes) const;
  /// The Rust name the analysis gave an item.
  const std::string &rustName(ir::ItemId Id) const;
  /// The Rust name the analysis gave member Index of a record or enum;
  /// empty for an unnamed bitfield.
  const std::string &memberName(ir::ItemId Id, size_t Index) const;

  const RecordPlan &plan(ir::ItemId RecordId);
  /// Plans the record unless it was planned before (its plan may have been
  /// released since): what planning reports is reported once.
  void ensurePlanned(ir::ItemId RecordId);
  /// Frees the plan of a record that has been written; the plans of
  /// every record would otherwise stay in memory to the end.
  void releasePlan(ir::ItemId RecordId);
};

// TypeSpeller.cpp
RustType spellType(EmitContext &Ctx, ir::TypeId Id, ir::ItemId User);
/// The Rust primitive a C fixed-width typedef (`uint8_t`, `size_t`, ...)
/// is written as, when clang's layout of it matches the primitive.
std::optional<std::string> stdTypedefPrimitive(const EmitContext &Ctx,
                                               ir::ItemId Id);
/// A return type: empty for void, ` -> T` otherwise, ` -> !` for noreturn.
std::string returnSuffix(EmitContext &Ctx, ir::TypeId Result, bool NoReturn,
                         ir::ItemId User);
/// Parameters of a prototype with their Rust names (the analysis' ParamNames
/// or rustParamNames, one per parameter); none without a prototype.
std::vector<RustParam> spellParams(EmitContext &Ctx,
                                   const ir::FunctionSignature &Sig,
                                   const std::vector<std::string> &RustNames,
                                   ir::ItemId User);
/// A blob type of the given layout: `[uA; S/A]` or an opaque helper.
std::string opaqueBlob(EmitContext &Ctx, uint64_t Size, uint64_t Align);
/// Whether `[uA; S/A]` has alignment A on the target (no repr(align) needed).
bool integerElementCarriesAlign(const EmitContext &Ctx, uint64_t Size,
                                uint64_t Align);
/// The `#[repr(align(N))]` an opaque record of that layout needs: 0 when its
/// blob's element already has the alignment.
uint64_t opaqueRecordReprAlign(const EmitContext &Ctx, uint64_t Size,
                               uint64_t Align);
/// The unsigned integer of that many bytes (`u32`), or empty.
std::string unsignedOfSize(uint64_t Bytes);
/// Whether the Rust spelling of the type carries `#[repr(align)]` somewhere
/// inside (then a packed struct cannot contain it).
bool containsReprAlign(EmitContext &Ctx, ir::TypeId Id);
/// Whether the Rust spelling implements Copy (per the analysis' derives).
bool isCopy(EmitContext &Ctx, ir::TypeId Id);
/// Layout of a type as the Rust spelling has it (equal to clang's).
std::pair<uint64_t, uint64_t> typeLayout(EmitContext &Ctx, ir::TypeId Id);

// Writers, one per item kind.
void writeRecord(EmitContext &Ctx, SourceWriter &W, ir::ItemId Id);
void writeBitfieldAccessors(EmitContext &Ctx, SourceWriter &W, ir::ItemId Id,
                            const RecordPlan &Plan);
void writeEnum(EmitContext &Ctx, SourceWriter &W, ir::ItemId Id);
void writeTypedef(EmitContext &Ctx, SourceWriter &W, ir::ItemId Id);
void writeFunction(EmitContext &Ctx, SourceWriter &W, ir::ItemId Id);
void writeVar(EmitContext &Ctx, SourceWriter &W, ir::ItemId Id);
void writeConstant(EmitContext &Ctx, SourceWriter &W, ir::ItemId Id);
/// --dynamic-loading: the struct that loads Functions at run time, and the
/// dlopen helpers it uses.
void writeDynamicLibrary(EmitContext &Ctx, SourceWriter &W,
                         const std::vector<ir::ItemId> &Functions);
void writeLayoutAssertions(EmitContext &Ctx, SourceWriter &W, ir::ItemId Id,
                           const RecordPlan &Plan);
void writePrelude(EmitContext &Ctx, SourceWriter &W);
/// Whether a function's result gets `#[must_use]`: warn_unused_result under
/// --enable-function-attribute-detection, or a --must-use-type result.
bool resultMustBeUsed(const EmitContext &Ctx, ir::ItemId Id);
/// `#[link_name = "sym"]` (`"\u{1}sym"` for an exact symbol) when the
/// analysis gave the item a symbol other than its Rust name, else empty.
std::string linkNameAttribute(const EmitContext &Ctx, ir::ItemId Id);
/// The extern block opening without its brace (`extern "C"` or
/// `unsafe extern "C"`; Abi for --override-abi).
std::string externBlockHead(const EmitContext &Ctx, llvm::StringRef Abi = "C");
/// The attribute lines on every extern block of functions
/// (--wasm-import-module-name, --extern-fn-block-attrs).
std::vector<std::string> functionBlockAttributes(const EmitContext &Ctx);
/// Derive and custom attributes lines for a record/enum.
void writeDerives(EmitContext &Ctx, SourceWriter &W, const DeriveSet &Derives,
                  bool ForceEnumDerives);

} // namespace kbindgen::rustraw

#endif
