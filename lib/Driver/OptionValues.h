//===- OptionValues.h - Parsing the values options take --------*- C++ -*-===//
//
// Values with a syntax of their own: Rust versions, enum styles, `REGEX=LIST`
// pairs, --generate kinds. Each parser fails with a message that says what a
// valid value looks like; the caller adds the option's name.
//
//===----------------------------------------------------------------------===//

#ifndef KBINDGEN_LIB_DRIVER_OPTIONVALUES_H
#define KBINDGEN_LIB_DRIVER_OPTIONVALUES_H

#include "kbindgen/Analysis/Options.h"

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"

#include <vector>

namespace kbindgen::driver {

/// `1.68`, `1.68.0`, `stable`, `nightly` (the last two: the newest target
/// kbindgen knows); older than 1.33 is an error, as in bindgen.
llvm::Expected<RustTarget> parseRustTarget(llvm::StringRef Value);

/// `2018`, `2021` or `2024`.
llvm::Expected<unsigned> parseRustEdition(llvm::StringRef Value);
/// After all options: an explicit --rust-edition must exist in the
/// --rust-target; without one, the newest edition the target has is chosen.
llvm::Error checkRustEdition(Options &Opts);
/// After all options: --dynamic-loading refuses the options whose output
/// would not work with a library loaded at run time.
llvm::Error checkDynamicLoading(const Options &Opts);
/// After all options: --flexarray-dst needs a --rust-target with offset_of!.
llvm::Error checkFlexarrayDst(const Options &Opts);

/// bindgen's --default-enum-style names: consts, moduleconsts, rust,
/// rust_non_exhaustive, newtype, bitfield.
llvm::Expected<EnumStyle> parseEnumStyle(llvm::StringRef Value);

/// `REGEX=Derive1,Derive2` → one RegexValue per derive, split at the last `=`
/// (derive names never contain one).
llvm::Expected<std::vector<RegexValue>>
parseCustomDerives(llvm::StringRef Value);

/// `REGEX=#[attr1],#[attr2]` → one RegexValue per attribute. The separator
/// is the last `=` outside brackets, so attributes may contain `=` and
/// commas (`lru_status=#[cfi_encoding="10lru_status"]`).
llvm::Expected<std::vector<RegexValue>>
parseCustomAttributes(llvm::StringRef Value);

/// Which item kinds `--generate KINDS` keeps (comma-separated: functions,
/// types, vars, methods, constructors, destructors; the last three are C++
/// only and change nothing for C).
struct GenerateKinds {
  bool Functions = false;
  bool Types = false;
  bool Vars = false;
};
llvm::Expected<GenerateKinds> parseGenerateKinds(llvm::StringRef Value);

/// `rustfmt`, `prettyplease` or `none`.
llvm::Error checkFormatter(llvm::StringRef Value);

/// `--field-attr TYPE::FIELD=ATTR`: ATTR is the attribute's content, as
/// bindgen takes it (`#[...]` around it is accepted too).
llvm::Expected<FieldAttribute> parseFieldAttribute(llvm::StringRef Value);

/// `--default-visibility public|crate|private`.
llvm::Expected<FieldVisibility> parseFieldVisibility(llvm::StringRef Value);

} // namespace kbindgen::driver

#endif // KBINDGEN_LIB_DRIVER_OPTIONVALUES_H
