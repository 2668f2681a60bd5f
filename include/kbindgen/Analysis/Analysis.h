//===- Analysis.h - Selection, naming and derives over the IR --*- C++ -*-===//
//
// The analysis decides, for every IR item, whether it is emitted (and how:
// in full or opaque), what it is called in Rust, and which traits it can
// derive. Backends read these decisions; they never re-decide them.
//
//===----------------------------------------------------------------------===//

#ifndef KBINDGEN_ANALYSIS_ANALYSIS_H
#define KBINDGEN_ANALYSIS_ANALYSIS_H

#include "kbindgen/Analysis/ExternAbi.h"
#include "kbindgen/Analysis/Options.h"
#include "kbindgen/IR/IR.h"

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"

#include <string>
#include <vector>

namespace kbindgen {

enum class Disposition : uint8_t {
  Emit,        ///< Emitted in full.
  Opaque,      ///< Emitted as a blob of the right size and alignment.
  Blocked,     ///< A blocklist rule matched; referred to by name only.
  NotSelected, ///< Not allowlisted and not reached from anything that is.
  Skipped,     ///< Cannot be expressed (e.g. a static function without shims).
};

/// Why an item has its disposition: the rule that matched, or the item that
/// pulled it in through an allowlist.
struct Decision {
  Decision() = default;
  Decision(Disposition Kind, std::string Reason, ir::ItemId ReachedFrom = {},
           std::string Via = {})
      : Kind(Kind), Reason(std::move(Reason)), ReachedFrom(ReachedFrom),
        Via(std::move(Via)) {}

  Disposition Kind = Disposition::NotSelected;
  std::string Reason;
  /// For items reached through the allowlist: the item that referred to it.
  ir::ItemId ReachedFrom;
  /// How ReachedFrom referred to it (`field mdio`, `parameter dev`, `return
  /// type`, `underlying type`, `nested`); empty for roots.
  std::string Via;
};

struct DeriveSet {
  bool Copy = false;
  bool Clone = false;
  bool Debug = false;
  bool Default = false;
  bool Hash = false;
  bool PartialEq = false;
  bool Eq = false;
  bool PartialOrd = false;
  bool Ord = false;
  /// Default cannot be derived (arrays longer than 32, unions, pointers in
  /// old Rust...) but was asked for: emit `impl Default` via zeroed memory.
  bool DefaultViaZeroed = false;
  /// Extra derives from --with-derive-custom*, in command-line order.
  std::vector<std::string> Custom;
  /// Extra attributes from --with-attribute-custom*, verbatim.
  std::vector<std::string> Attributes;
  /// --must-use-type matched: `#[must_use]` on the type (when it is one
  /// Rust can mark) and on the functions returning it.
  bool MustUse = false;
};

/// The symbol a Rust `extern` declaration of a function or variable links
/// to, when its Rust name is not that symbol.
struct LinkName {
  /// Empty: the Rust name is the symbol, no `#[link_name]` is needed.
  std::string Symbol;
  /// The symbol is final (an asm label, or a C name the Rust name differs
  /// from): the linker must add no platform prefix to it (LLVM's `\1`
  /// marker). A C wrapper's name is an ordinary C symbol, so not exact.
  bool Exact = false;
};

/// What the analysis decided about each item that readers of the bindings
/// see: its disposition, its Rust names and the output order. The JSON IR
/// records exactly this (docs/ir-schema.md), so it is also what the
/// inspection commands read back from a saved IR. Each vector indexed by
/// ItemId, here and in Analysis, has one entry per item (analyzeModule and
/// readIRJson fill them so): readers index them without checking.
struct ItemDecisions {
  /// Indexed by ItemId.
  std::vector<Decision> Decisions;
  /// The Rust identifier of each item (keyword-escaped, anonymous items named
  /// like bindgen: `parent__bindgen_ty_N`, `_bindgen_ty_N`).
  std::vector<std::string> RustNames;
  /// For records: the Rust name of each field, parallel to Record::Fields
  /// (anonymous members `__bindgen_anon_N`, keywords `type_`); unnamed
  /// bitfields get an empty name. For enums: the Rust name of each enumerator
  /// constant under the enum's style (`E_A`, or `A` without prefix).
  std::vector<std::vector<std::string>> MemberNames;
  /// Items to emit (Emit or Opaque), in output order.
  std::vector<ir::ItemId> EmitOrder;
  /// For constants: the C type the bindings write (and the JSON IR's
  /// `c_type`), or invalid for bindgen's typing by value (u32, i32, u64,
  /// i64; f64). Invalid for other items.
  std::vector<ir::TypeId> ConstantCTypes;

  const Decision &decision(ir::ItemId Id) const { return Decisions[Id.Index]; }
  const std::string &rustName(ir::ItemId Id) const {
    return RustNames[Id.Index];
  }
  bool isEmitted(ir::ItemId Id) const {
    Disposition D = Decisions[Id.Index].Kind;
    return D == Disposition::Emit || D == Disposition::Opaque;
  }
};

/// How a union is written in Rust.
enum class UnionForm : uint8_t {
  RustUnion,               ///< `pub union U { pub a: T }`
  ManuallyDropFields,      ///< `pub union U { pub a: ManuallyDrop<T> }`
  BindgenUnionFieldStruct, ///< `pub struct U { pub a: __BindgenUnionField<T>,
                           ///< pub bindgen_union_field: BLOB }`
};

/// An item Rust cannot call as C does, and what its call ABI passes that
/// Rust cannot express (`long double`, `a vector type`, ...).
struct CallAbiRefusal {
  ir::ItemId Item;
  std::string Cause;
};

/// The methods written on a record with bitfields. bindgen's names
/// (`type_`, `set_type`, `type__raw`, `set_type_raw`, `new_bitfield_1`),
/// made unique within the record: a name already taken gets a trailing `_`.
struct BitfieldMethodNames {
  struct Accessors {
    std::string Get, Set, GetRaw, SetRaw;
  };
  /// `new_bitfield_N`, one per storage unit (ir::Record::bitfieldRuns).
  std::vector<std::string> Constructors;
  /// Parallel to Record::Fields; empty names for a field without accessors
  /// (not a bitfield, unnamed, or wider than 64 bits).
  std::vector<Accessors> Fields;
};

/// An option regex that matched no name (a typo or a stale option).
struct UnusedRegex {
  std::string Option; ///< `--allowlist-function`, ...
  std::string Pattern;
};

/// The decisions and what only shapes the Rust text (enum styles, derives),
/// which the JSON IR does not record.
struct Analysis : ItemDecisions {
  /// Selected functions refused for their call ABI (now Skipped), for the
  /// driver's one summary warning.
  std::vector<CallAbiRefusal> RefusedFunctions;
  /// Emitted function pointer typedefs with such a call ABI: kept for their
  /// layout, their reason says calling through them is wrong.
  std::vector<CallAbiRefusal> UncallablePointerTypes;
  /// Selected functions not emitted because rustc refuses the ABI
  /// --override-abi asks for (the cause says why), for one warning.
  std::vector<CallAbiRefusal> RefusedAbiOverrides;
  /// Option regexes that matched nothing, in option order.
  std::vector<UnusedRegex> UnusedRegexes;
  /// For enums: the style chosen for each. Unused for other items.
  std::vector<EnumStyle> EnumStyles;
  /// For typedefs: the alias style chosen for each (AliasStyles.cpp).
  std::vector<AliasStyle> AliasStyles;
  /// For unions: how each is written (UnionForms.cpp).
  std::vector<UnionForm> UnionForms;
  /// For enums: what bindgen puts before a variant to name a top-level
  /// constant (`E_`, `Parent_` for an anonymous nested enum, or empty for a
  /// top-level anonymous enum or without --prepend-enum-name). MemberNames
  /// already include it in Consts style; in the Rust/NewType/Bitfield styles
  /// an anonymous enum's variants are also exported as top-level constants
  /// named prefix + variant.
  std::vector<std::string> EnumConstPrefixes;
  /// For anonymous enums: the top-level constants that also export their
  /// variants when they are written in the Rust, NewType or Bitfield style
  /// (prefix + variant, parallel to Enum::Enumerators); empty otherwise.
  std::vector<std::vector<std::string>> AnonymousEnumConstNames;
  /// For functions and variables: the symbol their declaration links to (a
  /// static function links to its C wrapper).
  std::vector<LinkName> LinkNames;
  /// For static functions: the name of the C wrapper that gives the function
  /// a symbol (--wrap-static-fns): NAME + suffix, or `rust_helper_NAME` in
  /// kernel naming. Empty for other items.
  std::vector<std::string> WrapperNames;
  /// For functions with a prototype: the Rust name of each parameter
  /// (rustParamNames of the C names).
  std::vector<std::vector<std::string>> ParamNames;
  /// For functions: the name Rust code calls the raw binding by. The Rust
  /// name, except in the kernel's safe style: the kernel's rust/Makefile
  /// renames its helpers `rust_helper_X` to `X`.
  std::vector<std::string> RawCallNames;
  /// For records, enums and typedefs: what they derive.
  std::vector<DeriveSet> Derives;
  /// For records with bitfields: their accessor and constructor names
  /// (BitfieldMethodNames.cpp). Empty for other items.
  std::vector<BitfieldMethodNames> BitfieldMethods;
  /// For functions: the ABI of their extern block (`C` unless
  /// --override-abi chose another).
  std::vector<FunctionAbi> FunctionAbis;

  const LinkName &linkName(ir::ItemId Id) const { return LinkNames[Id.Index]; }
  const std::string &wrapperName(ir::ItemId Id) const {
    return WrapperNames[Id.Index];
  }
  const std::string &rawCallName(ir::ItemId Id) const {
    return RawCallNames[Id.Index];
  }
  /// The extern ABI of a function (`C` for an Analysis built without it).
  llvm::StringRef externAbi(ir::ItemId Id) const {
    return Id.Index < FunctionAbis.size()
               ? llvm::StringRef(FunctionAbis[Id.Index].Name)
               : llvm::StringRef("C");
  }
};

/// A C identifier made usable in Rust the way bindgen does it: Rust keywords
/// and reserved words (and `_`) get a trailing underscore (`type` -> `type_`).
std::string rustSafeIdentifier(llvm::StringRef CName);

/// Parameter names the way bindgen writes them: keyword-escaped C names,
/// `argN` for the unnamed ones (numbered among the unnamed only), and a
/// trailing `_` until each name is unique. Count is the number of parameters.
std::vector<std::string> rustParamNames(const std::vector<std::string> &CNames,
                                        size_t Count);

/// The JSON IR's name of a disposition (`emit`, `opaque`, ...); part of the
/// IR schema (docs/ir-schema.md).
const char *dispositionName(Disposition Kind);

/// The names of functions and variables (LinkNames, WrapperNames,
/// ParamNames, RawCallNames) from RustNames and Opts. analyzeModule runs it;
/// tests that build an Analysis by hand call it too.
void assignSymbolNames(const ir::Module &M, const Options &Opts, Analysis &A);

/// The bitfield accessor and constructor names (BitfieldMethods) from
/// MemberNames. analyzeModule runs it; tests that build an analysis by hand
/// call it too.
void assignBitfieldMethodNames(const ir::Module &M, Analysis &A);

/// Runs selection, naming and derive analysis. Fails only on bad options
/// (an invalid regex), with a message that names the option.
llvm::Expected<Analysis> analyzeModule(const ir::Module &M,
                                       const Options &Opts);

} // namespace kbindgen

#endif // KBINDGEN_ANALYSIS_ANALYSIS_H
