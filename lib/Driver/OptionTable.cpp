//===- OptionTable.cpp - The options kbindgen knows -----------------------===//

#include "Driver/OptionTable.h"
#include "Driver/OptionValues.h"

#include "kbindgen/Analysis/ExternAbi.h"

#include <limits>

using llvm::Error;
using llvm::StringRef;

namespace kbindgen::driver {
namespace {

using Values = llvm::ArrayRef<StringRef>;

template <std::vector<std::string> Options::*List>
Error append(CommandLine &CL, Values V) {
  (CL.Opts.*List).push_back(V[0].str());
  return Error::success();
}

template <std::string Options::*Field> Error assign(CommandLine &CL, Values V) {
  CL.Opts.*Field = V[0].str();
  return Error::success();
}

template <bool Options::*Flag, bool To> Error set(CommandLine &CL, Values) {
  CL.Opts.*Flag = To;
  return Error::success();
}

template <bool CommandLine::*Flag>
Error setDriverFlag(CommandLine &CL, Values) {
  CL.*Flag = true;
  return Error::success();
}

template <std::string CommandLine::*Field>
Error assignDriverValue(CommandLine &CL, Values V) {
  CL.*Field = V[0].str();
  return Error::success();
}

template <EnumStyle Style> Error enumStyle(CommandLine &CL, Values V) {
  CL.Opts.EnumStyleRegexes.emplace_back(Style, V[0].str());
  return Error::success();
}

template <std::vector<RegexValue> Options::*List>
Error customDerive(CommandLine &CL, Values V) {
  auto Parsed = parseCustomDerives(V[0]);
  if (!Parsed)
    return Parsed.takeError();
  for (RegexValue &Entry : *Parsed)
    (CL.Opts.*List).push_back(std::move(Entry));
  return Error::success();
}

template <std::vector<RegexValue> Options::*List>
Error customAttribute(CommandLine &CL, Values V) {
  auto Parsed = parseCustomAttributes(V[0]);
  if (!Parsed)
    return Parsed.takeError();
  for (RegexValue &Entry : *Parsed)
    (CL.Opts.*List).push_back(std::move(Entry));
  return Error::success();
}

Error noEffect(CommandLine &, Values) { return Error::success(); }

// --emit-ir FILE (kbindgen) or --emit-ir alone (bindgen's flag): the parser
// passes no value for the flag form (CommandLine.cpp).
Error emitIr(CommandLine &CL, Values V) {
  CL.Opts.EmitIrToStderr = V.empty();
  CL.Opts.EmitIrPath = V.empty() ? std::string() : V[0].str();
  return Error::success();
}

Error rustTarget(CommandLine &CL, Values V) {
  auto Target = parseRustTarget(V[0]);
  if (!Target)
    return Target.takeError();
  CL.Opts.Target = *Target;
  CL.Opts.NightlyTarget = V[0] == "nightly";
  return Error::success();
}

Error rustEdition(CommandLine &CL, Values V) {
  auto Edition = parseRustEdition(V[0]);
  if (!Edition)
    return Edition.takeError();
  CL.Opts.RustEdition = *Edition;
  CL.Opts.RustEditionGiven = true;
  return Error::success();
}

Error defaultAliasStyle(CommandLine &CL, Values V) {
  if (V[0] == "type_alias")
    CL.Opts.DefaultAliasStyle = AliasStyle::TypeAlias;
  else if (V[0] == "new_type")
    CL.Opts.DefaultAliasStyle = AliasStyle::NewType;
  else if (V[0] == "new_type_deref")
    CL.Opts.DefaultAliasStyle = AliasStyle::NewTypeDeref;
  else
    return llvm::createStringError(
        llvm::inconvertibleErrorCode(),
        "expected type_alias, new_type or new_type_deref");
  return Error::success();
}

template <AliasStyle Style> Error aliasStyle(CommandLine &CL, Values V) {
  CL.Opts.AliasStyleRegexes.emplace_back(Style, V[0].str());
  return Error::success();
}

Error nonCopyUnionStyle(CommandLine &CL, Values V) {
  if (V[0] == "bindgen_wrapper")
    CL.Opts.DefaultNonCopyUnionStyle = NonCopyUnionStyle::BindgenWrapper;
  else if (V[0] == "manually_drop")
    CL.Opts.DefaultNonCopyUnionStyle = NonCopyUnionStyle::ManuallyDrop;
  else
    return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                   "expected bindgen_wrapper or manually_drop");
  return Error::success();
}

Error macroConstantType(CommandLine &CL, Values V) {
  if (V[0] != "signed" && V[0] != "unsigned")
    return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                   "expected 'signed' or 'unsigned'");
  CL.Opts.MacroConstantsSigned = V[0] == "signed";
  return Error::success();
}

Error defaultEnumStyle(CommandLine &CL, Values V) {
  auto Style = parseEnumStyle(V[0]);
  if (!Style)
    return Style.takeError();
  CL.Opts.DefaultEnumStyle = *Style;
  return Error::success();
}

// --ignore-functions and --generate are expressed with the blocklists: an
// item kind that is not generated is blocked as a whole, which is what
// bindgen does (items of other kinds still refer to it by name).
Error ignoreFunctions(CommandLine &CL, Values) {
  CL.Opts.BlocklistFunctions.push_back(".*");
  return Error::success();
}

Error generateKinds(CommandLine &CL, Values V) {
  auto Kinds = parseGenerateKinds(V[0]);
  if (!Kinds)
    return Kinds.takeError();
  if (!Kinds->Functions)
    CL.Opts.BlocklistFunctions.push_back(".*");
  if (!Kinds->Types)
    CL.Opts.BlocklistTypes.push_back(".*");
  if (!Kinds->Vars)
    CL.Opts.BlocklistVars.push_back(".*");
  return Error::success();
}

Error moduleRawLine(CommandLine &CL, Values V) {
  CL.Opts.ModuleRawLines[V[0].str()].push_back(V[1].str());
  return Error::success();
}

Error safeStyle(CommandLine &CL, Values V) {
  if (V[0] == "kernel")
    CL.Opts.SafeWrapperStyle = SafeStyle::Kernel;
  else if (V[0] == "std")
    CL.Opts.SafeWrapperStyle = SafeStyle::Std;
  else
    return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                   "expected 'kernel' or "
                                   "'std', got '" +
                                       V[0] + "'");
  return Error::success();
}

Error defaultVisibility(CommandLine &CL, Values V) {
  auto Visibility = parseFieldVisibility(V[0]);
  if (!Visibility)
    return Visibility.takeError();
  CL.Opts.DefaultFieldVisibility = *Visibility;
  return Error::success();
}

Error fieldAttribute(CommandLine &CL, Values V) {
  auto Parsed = parseFieldAttribute(V[0]);
  if (!Parsed)
    return Parsed.takeError();
  CL.Opts.FieldAttributes.push_back(std::move(*Parsed));
  return Error::success();
}

Error formatter(CommandLine &, Values V) { return checkFormatter(V[0]); }

// --override-abi REGEX=ABI: bindgen splits at the last '=', so a regex may
// contain '=' but an ABI cannot.
Error overrideAbi(CommandLine &CL, Values V) {
  auto [Regex, Abi] = V[0].rsplit('=');
  if (Regex.size() == V[0].size())
    return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                   "expected REGEX=ABI, got '" + V[0] + "'");
  if (!isOverridableAbi(Abi))
    return llvm::createStringError(
        llvm::inconvertibleErrorCode(),
        "unknown ABI '" + Abi + "' in '" + V[0] +
            "' (expected REGEX=ABI with ABI one of " + overridableAbiList() +
            ")");
  CL.Opts.AbiOverrides.emplace_back(Abi.str(), Regex.str());
  return Error::success();
}

Error shellCompletions(CommandLine &CL, Values V) {
  if (V[0] != "bash" && V[0] != "zsh" && V[0] != "fish")
    return llvm::createStringError(llvm::inconvertibleErrorCode(),
                                   "expected bash, zsh or fish");
  CL.CompletionShell = V[0].str();
  return Error::success();
}

// bindgen ties some derives together: Eq needs PartialEq, Ord needs
// PartialOrd, and turning the partial one off turns the total one off.
Error deriveEq(CommandLine &CL, Values) {
  CL.Opts.DeriveEq = CL.Opts.DerivePartialEq = true;
  return Error::success();
}
Error deriveOrd(CommandLine &CL, Values) {
  CL.Opts.DeriveOrd = CL.Opts.DerivePartialOrd = true;
  return Error::success();
}

constexpr auto S = OptionStatus::Supported;
constexpr auto N = OptionStatus::NoEffect;
constexpr auto U = OptionStatus::Unsupported;
constexpr CommandSet Inspections =
    commandBit(Command::Explain) | commandBit(Command::Layout);

// clang-format off
const OptionSpec Table[] = {
  // Driver.
  {"-h|--help", 0, "", S, "Print this help and exit.", setDriverFlag<&CommandLine::ShowHelp>},
  {"-V|--version", 0, "", S, "Print the bindgen version kbindgen is compatible with, its own version and libclang's, and exit.", setDriverFlag<&CommandLine::ShowVersion>},
  {"--generate-shell-completions", 1, "SHELL", S, "Print the completions of kbindgen's command line for SHELL and exit.", shellCompletions, EveryCommand, "", "bash|zsh|fish"},
  {"--generate-man-page", 0, "", S, "kbindgen: print the kbindgen(1) manual page (roff) and exit.", setDriverFlag<&CommandLine::ShowManPage>},
  {"--verbose", 0, "", S, "Report what was parsed and emitted on standard error.", setDriverFlag<&CommandLine::Verbose>},
  {"-o|--output", 1, "FILE", S, "Write the bindings to FILE (replaced atomically).", assign<&Options::OutputPath>, EveryCommand, "standard output"},
  {"--depfile", 1, "FILE", S, "Write a make rule 'OUTPUT: every file the parse read' to FILE; needs --output.", assign<&Options::DepfilePath>},
  {"--emit-ir", 1, "[FILE]", S, "Also write the IR and the analysis decisions as JSON to FILE; without FILE (bindgen's flag), to standard error. The next argument is FILE unless it is an option, or the header named nowhere else.", emitIr},
  {"--always-write", 0, "", S, "kbindgen: replace each output file even when its contents are unchanged (default: an identical file is left untouched, so make does not rebuild what depends on it).", set<&Options::AlwaysWrite, true>},
  {"--time-phases", 0, "", S, "Print the wall time of each phase on standard error.", set<&Options::TimePhases, true>},
  {"--no-macro-cache", 0, "", S, "kbindgen: do not keep the probed macros' names between runs (KBINDGEN_CACHE_DIR, else $XDG_CACHE_HOME/kbindgen/macros or ~/.cache/kbindgen/macros); the output is the same, the first run of a header slower.", set<&Options::MacroCache, false>},

  // The subcommands' own (kbindgen explain, layout, diff).
  {"--ir", 1, "FILE", S, "explain, layout: read the saved IR FILE (--emit-ir) instead of parsing a header.", assignDriverValue<&CommandLine::InputIR>, Inspections},
  {"--header", 1, "HEADER", S, "explain, layout: parse HEADER with the other options.", assignDriverValue<&CommandLine::InputHeader>, Inspections},
  {"--json", 0, "", S, "explain, layout, diff: print JSON instead of text.", setDriverFlag<&CommandLine::Json>, Inspections | commandBit(Command::Diff)},

  // Selection.
  {"--allowlist-type|--whitelist-type", 1, "REGEX", S, "Generate the types matching REGEX and what they need.", append<&Options::AllowlistTypes>},
  {"--allowlist-function|--whitelist-function", 1, "REGEX", S, "Generate the functions matching REGEX and what they need.", append<&Options::AllowlistFunctions>},
  {"--allowlist-var|--whitelist-var", 1, "REGEX", S, "Generate the variables and constants matching REGEX and what they need.", append<&Options::AllowlistVars>},
  {"--allowlist-item|--whitelist-item", 1, "REGEX", S, "Generate the items of any kind matching REGEX and what they need.", append<&Options::AllowlistItems>},
  {"--allowlist-file|--whitelist-file", 1, "REGEX", S, "Generate everything declared in files whose path matches REGEX.", append<&Options::AllowlistFiles>},
  {"--blocklist-type|--blacklist-type", 1, "REGEX", S, "Do not generate the types matching REGEX.", append<&Options::BlocklistTypes>},
  {"--blocklist-function|--blacklist-function", 1, "REGEX", S, "Do not generate the functions matching REGEX.", append<&Options::BlocklistFunctions>},
  {"--blocklist-var|--blacklist-var", 1, "REGEX", S, "Do not generate the variables and constants matching REGEX.", append<&Options::BlocklistVars>},
  {"--blocklist-item|--blacklist-item", 1, "REGEX", S, "Do not generate the items of any kind matching REGEX.", append<&Options::BlocklistItems>},
  {"--blocklist-file|--blacklist-file", 1, "REGEX", S, "Do not generate anything declared in files whose path matches REGEX.", append<&Options::BlocklistFiles>},
  {"--opaque-type", 1, "REGEX", S, "Generate the types matching REGEX as opaque blobs of the right size and alignment.", append<&Options::OpaqueTypes>},
  {"--no-recursive-allowlist", 0, "", S, "Do not generate what allowlisted items refer to.", set<&Options::RecursiveAllowlist, false>},
  {"--ignore-functions", 0, "", S, "Generate no functions (same as --blocklist-function '.*').", ignoreFunctions},
  {"--generate", 1, "KINDS", S, "Generate only these comma-separated kinds: functions, types, vars (methods, constructors, destructors: C++ only).", generateKinds, EveryCommand, "functions,types,vars"},

  // Enums.
  {"--default-enum-style", 1, "STYLE", S, "How enums are generated.", defaultEnumStyle, EveryCommand, "consts", "consts|moduleconsts|rust|rust_non_exhaustive|newtype|newtype_global|bitfield"},
  {"--constified-enum", 1, "REGEX", S, "Generate the enums matching REGEX as constants.", enumStyle<EnumStyle::Consts>},
  {"--constified-enum-module", 1, "REGEX", S, "Generate the enums matching REGEX as a module of constants.", enumStyle<EnumStyle::ModuleConsts>},
  {"--rustified-enum", 1, "REGEX", S, "Generate the enums matching REGEX as Rust enums.", enumStyle<EnumStyle::Rust>},
  {"--rustified-non-exhaustive-enum", 1, "REGEX", S, "Generate the enums matching REGEX as #[non_exhaustive] Rust enums.", enumStyle<EnumStyle::RustNonExhaustive>},
  {"--newtype-enum", 1, "REGEX", S, "Generate the enums matching REGEX as a newtype with associated constants.", enumStyle<EnumStyle::NewType>},
  {"--bitfield-enum", 1, "REGEX", S, "Generate the enums matching REGEX as a newtype with the bit operators.", enumStyle<EnumStyle::Bitfield>},
  {"--no-prepend-enum-name", 0, "", S, "Do not prefix enum constants with the enum's name.", set<&Options::PrependEnumName, false>},
  {"--translate-enum-integer-types", 0, "", S, "Give Rust enums the C enum's underlying integer type.", set<&Options::TranslateEnumIntegerTypes, true>},

  // Rust flavour.
  {"--rust-target", 1, "VERSION", S, "Emit nothing newer than this Rust version (1.68, 1.85.0, stable, nightly); 1.33 at the oldest, as bindgen.", rustTarget, EveryCommand, "1.82"},
  {"--rust-edition", 1, "EDITION", S, "Rust edition of the generated code; it must exist in the --rust-target (2021 needs 1.56, 2024 needs 1.85).", rustEdition, EveryCommand, "the newest the target has (2021 for the default target)", "2018|2021|2024"},
  {"--use-core", 0, "", S, "Use core instead of std in the generated code.", set<&Options::UseCore, true>},
  {"--ctypes-prefix", 1, "PATH", S, "Rust path of the C types (c_int, ...).", assign<&Options::CtypesPrefix>, EveryCommand, "core::ffi with --use-core, else ::std::os::raw"},
  {"--no-layout-tests", 0, "", S, "Do not generate layout assertions.", set<&Options::LayoutTests, false>},
  {"--no-doc-comments", 0, "", S, "Do not copy doc comments into the bindings.", set<&Options::DocComments, false>},
  {"--constant-checks", 1, "FILE", S, "Write a C file of _Static_asserts proving every macro constant's value (kbindgen).", assign<&Options::ConstantChecksPath>},
  {"--disable-header-comment", 0, "", S, "Do not write the 'automatically generated' comment line.", set<&Options::HeaderComment, false>},
  {"--explicit-padding", 0, "", S, "Add explicit padding fields to structs.", set<&Options::ExplicitPadding, true>},
  {"--enable-function-attribute-detection", 0, "", S, "Detect function attributes (warn_unused_result → #[must_use]).", set<&Options::FunctionAttributeDetection, true>},
  {"--merge-extern-blocks", 0, "", S, "Put all functions and variables in one extern block.", set<&Options::MergeExternBlocks, true>},
  {"--sort-semantically", 0, "", S, "Order items by kind instead of declaration order.", set<&Options::SortSemantically, true>},
  {"--wrap-unsafe-ops", 0, "", S, "Wrap unsafe operations in unsafe blocks.", set<&Options::WrapUnsafeOps, true>},
  {"--generate-cstr", 0, "", S, "Generate string constants as &CStr.", set<&Options::GenerateCstr, true>},
  {"--macro-c-types", 0, "", S, "kbindgen: give plain literal macros their C type too (c_int, c_ulong), not bindgen's u32/i64.", set<&Options::MacroCTypes, true>},
  {"--safe-output", 1, "FILE", S, "kbindgen: also write safe Rust wrapper skeletons over the bindings to FILE.", assign<&Options::SafeOutputPath>},
  {"--safe-style", 1, "STYLE", S, "kbindgen: prelude of the safe skeletons.", safeStyle, EveryCommand, "kernel", "kernel|std"},
  {"--safe-rules", 1, "FILE", S, "kbindgen: JSON rules overriding the safe skeletons' names, ownership and error conventions.", assign<&Options::SafeRulesPath>},
  {"--safe-allowlist", 1, "REGEX", S, "kbindgen: wrap only the C functions matching REGEX in the safe skeletons.", append<&Options::SafeAllowlist>},
  {"--safe-raw-path", 1, "PATH", S, "kbindgen: Rust path of the raw bindings in the safe skeletons.", assign<&Options::SafeRawPath>, EveryCommand, "bindings"},
  {"--experimental", 0, "", S, "Accepted for older bindgen command lines; --wrap-static-fns no longer needs it (bindgen 0.71).", set<&Options::Experimental, true>},
  {"--wrap-static-fns", 0, "", S, "Write C wrappers giving static (inline) functions a symbol, and bind to those.", set<&Options::WrapStaticFns, true>},
  {"--clang-macro-fallback", 0, "", N, "Every macro is evaluated by clang already; nothing to fall back to.", noEffect},
  {"--clang-macro-fallback-build-dir", 1, "DIR", N, "Macros are evaluated in memory; no files are written.", noEffect},
  {"--wrap-static-fns-path", 1, "FILE", S, "Where the C wrappers go ('.c' is appended if missing).", assign<&Options::WrapStaticFnsPath>, EveryCommand, "TMPDIR/bindgen/extern.c"},
  {"--wrap-static-fns-suffix", 1, "SUFFIX", S, "Name wrappers NAME + SUFFIX.", assign<&Options::WrapStaticFnsSuffix>, EveryCommand, "__extern"},
  {"--wrap-static-fns-kernel-names", 0, "", S, "kbindgen: name wrappers rust_helper_NAME, the kernel's convention.", set<&Options::WrapStaticFnsKernelNames, true>},

  // bindgen's C options of issue 17: macro constants, aliases, naming, unions.
  {"--default-macro-constant-type", 1, "TYPE", S, "Signedness of the macro constants bindgen types by value (plain literals and their arithmetic): unsigned gives u32/u64, signed i32/i64; a negative value is always signed; constants that keep a C type (casts, sizeof, typedef names, --macro-c-types) are unaffected.", macroConstantType, EveryCommand, "unsigned", "signed|unsigned"},
  {"--default-alias-style", 1, "STYLE", S, "How typedefs are written: type_alias (pub type T = U), new_type (#[repr(transparent)] pub struct T(pub U)) or new_type_deref (new_type plus Deref and DerefMut to U).", defaultAliasStyle, EveryCommand, "type_alias", "type_alias|new_type|new_type_deref"},
  {"--normal-alias", 1, "REGEX", S, "Write the typedefs matching REGEX as type aliases (before --new-type-alias and --new-type-alias-deref).", aliasStyle<AliasStyle::TypeAlias>},
  {"--new-type-alias", 1, "REGEX", S, "Write the typedefs matching REGEX as #[repr(transparent)] newtypes.", aliasStyle<AliasStyle::NewType>},
  {"--new-type-alias-deref", 1, "REGEX", S, "Write the typedefs matching REGEX as newtypes with Deref and DerefMut to the aliased type.", aliasStyle<AliasStyle::NewTypeDeref>},
  {"--newtype-global-enum", 1, "REGEX", S, "Generate the enums matching REGEX as a newtype with top-level constants (E_A: E = E(0)).", enumStyle<EnumStyle::NewTypeGlobal>},
  {"--anon-fields-prefix", 1, "PREFIX", S, "Name anonymous struct and union members PREFIX1, PREFIX2, ...", assign<&Options::AnonFieldsPrefix>, EveryCommand, "__bindgen_anon_"},
  {"--c-naming", 0, "", S, "Name records and enums as C spells their types: struct_X, union_X, enum_X (typedef names are unchanged).", set<&Options::CNaming, true>},
  {"--disable-nested-struct-naming", 0, "", S, "Name a struct defined inside another by its own name (inner), not outer_inner; anonymous ones are still named after their first named ancestor.", set<&Options::NestedStructNaming, false>},
  {"--disable-name-namespacing", 0, "", N, "Only drops C++ namespaces from names; C has none (outer_inner is nested struct naming, see --disable-nested-struct-naming).", noEffect},
  {"--prefix-link-name", 1, "PREFIX", S, "Link each function and variable to the symbol PREFIX + its C name (#[link_name]); C wrappers of static functions keep their names.", assign<&Options::PrefixLinkName>},
  {"--default-non-copy-union-style", 1, "STYLE", S, "How a union with a field that is not Copy is written: bindgen_wrapper (a struct of __BindgenUnionField<T> members, read with .as_ref()) or manually_drop (a Rust union of ManuallyDrop<T> fields).", nonCopyUnionStyle, EveryCommand, "bindgen_wrapper", "bindgen_wrapper|manually_drop"},
  {"--bindgen-wrapper-union", 1, "REGEX", S, "Write the unions matching REGEX that have a field that is not Copy as structs of __BindgenUnionField<T> members.", append<&Options::BindgenWrapperUnions>},
  {"--manually-drop-union", 1, "REGEX", S, "Write the unions matching REGEX that have a field that is not Copy as Rust unions of ManuallyDrop<T> fields.", append<&Options::ManuallyDropUnions>},
  {"--disable-untagged-union", 0, "", S, "Write every union as a struct of __BindgenUnionField<T> members plus a bindgen_union_field blob of the union's size and alignment (bindgen's form for old Rust).", set<&Options::UntaggedUnions, false>},
  {"--fit-macro-constant-types", 0, "", S, "Give the macro constants bindgen types by value the smallest of u8/u16/u32 (i8/i16/i32) that holds them.", set<&Options::FitMacroConstantTypes, true>},

  // bindgen's type- and field-side options of issue 17.
  {"--no-size_t-is-usize", 0, "", S, "Write size_t and ssize_t as their typedefs (of the C integer type) instead of usize and isize.", set<&Options::SizeTIsUsize, false>},
  {"--no-convert-floats", 0, "", S, "Write float and double as c_float and c_double of the ctypes prefix instead of f32 and f64.", set<&Options::ConvertFloats, false>},
  {"--no-derive-default", 0, "", S, "Derive or implement Default on no type, even with --with-derive-default (whatever their order, as bindgen).", set<&Options::NoDeriveDefault, true>},
  {"--default-visibility", 1, "VISIBILITY", S, "Visibility of struct and union fields, bitfield units and bitfield accessors: public (pub), crate (pub(crate)) or private (none); padding and opaque blobs stay pub.", defaultVisibility, EveryCommand, "public", "public|crate|private"},
  {"--field-attr", 1, "TYPE::FIELD=ATTR", S, "Put #[ATTR] on field FIELD of the struct or union TYPE (FIELD 0: a newtype typedef's field); names as the bindings spell them; repeatable.", fieldAttribute},
  {"--must-use-type", 1, "REGEX", S, "Mark the structs, unions, enums and newtypes matching REGEX #[must_use], and the functions returning a type matching REGEX (with warn_unused_result and --enable-function-attribute-detection, still one #[must_use]).", append<&Options::MustUseTypes>},
  {"--flexarray-dst", 0, "", S, "Write a struct ending in a flexible array member T x[] (or T x[0]) as generic over it, struct s<FAM: ?Sized = [T; 0]>: s is the sized form, s<[T]> the dynamically sized one, with flex_ref/flex_ptr, fixed and layout(len) between them, on stable Rust (needs --rust-target 1.77). Packed structs keep an __IncompleteArrayField.", set<&Options::FlexarrayDst, true>},
  {"--generate-private-functions", 0, "", U, "C++ only: C has no private member functions.", nullptr},
  {"--generate-deleted-functions", 0, "", U, "C++ only: C has no deleted functions.", nullptr},
  {"--generate-pure-virtual-functions", 0, "", U, "C++ only: C has no virtual functions.", nullptr},
  {"--vtable-generation", 0, "", U, "C++ only: C has no vtables.", nullptr},
  {"--use-specific-virtual-function-receiver", 0, "", U, "C++ only: C has no virtual functions.", nullptr},
  {"--use-distinct-char16-t", 0, "", U, "C++ only: in C, char16_t is a typedef of uint_least16_t.", nullptr},

  // Derives and attributes.
  {"--no-derive-debug", 0, "", S, "Derive Debug on no type.", set<&Options::DeriveDebug, false>},
  {"--no-derive-copy", 0, "", S, "Derive Copy (and Clone) on no type.", set<&Options::DeriveCopy, false>},
  {"--with-derive-default", 0, "", S, "Derive Default where possible.", set<&Options::DeriveDefault, true>},
  {"--with-derive-hash", 0, "", S, "Derive Hash where possible.", set<&Options::DeriveHash, true>},
  {"--with-derive-partialeq", 0, "", S, "Derive PartialEq where possible.", set<&Options::DerivePartialEq, true>},
  {"--with-derive-eq", 0, "", S, "Derive Eq (and PartialEq) where possible.", deriveEq},
  {"--with-derive-partialord", 0, "", S, "Derive PartialOrd where possible.", set<&Options::DerivePartialOrd, true>},
  {"--with-derive-ord", 0, "", S, "Derive Ord (and PartialOrd) where possible.", deriveOrd},
  {"--impl-debug", 0, "", S, "Implement Debug by hand where it cannot be derived.", set<&Options::ImplDebug, true>},
  {"--impl-partialeq", 0, "", S, "Implement PartialEq by hand where it cannot be derived.", set<&Options::ImplPartialEq, true>},
  {"--no-debug", 1, "REGEX", S, "Do not derive Debug for the types matching REGEX.", append<&Options::NoDebug>},
  {"--no-copy", 1, "REGEX", S, "Do not derive Copy for the types matching REGEX.", append<&Options::NoCopy>},
  {"--no-default", 1, "REGEX", S, "Do not derive Default for the types matching REGEX.", append<&Options::NoDefault>},
  {"--no-hash", 1, "REGEX", S, "Do not derive Hash for the types matching REGEX.", append<&Options::NoHash>},
  {"--no-partialeq", 1, "REGEX", S, "Do not derive PartialEq for the types matching REGEX.", append<&Options::NoPartialEq>},
  {"--with-derive-custom", 1, "REGEX=DERIVES", S, "Add the comma-separated DERIVES to the types matching REGEX.", customDerive<&Options::DeriveCustom>},
  {"--with-derive-custom-struct", 1, "REGEX=DERIVES", S, "Same, for structs only.", customDerive<&Options::DeriveCustomStruct>},
  {"--with-derive-custom-union", 1, "REGEX=DERIVES", S, "Same, for unions only.", customDerive<&Options::DeriveCustomUnion>},
  {"--with-derive-custom-enum", 1, "REGEX=DERIVES", S, "Same, for enums only.", customDerive<&Options::DeriveCustomEnum>},
  {"--with-attribute-custom", 1, "REGEX=ATTRS", S, "Add the comma-separated attributes (#[...]) to the types matching REGEX.", customAttribute<&Options::AttributeCustom>},
  {"--with-attribute-custom-struct", 1, "REGEX=ATTRS", S, "Same, for structs only.", customAttribute<&Options::AttributeCustomStruct>},
  {"--with-attribute-custom-union", 1, "REGEX=ATTRS", S, "Same, for unions only.", customAttribute<&Options::AttributeCustomUnion>},
  {"--with-attribute-custom-enum", 1, "REGEX=ATTRS", S, "Same, for enums only.", customAttribute<&Options::AttributeCustomEnum>},

  // Verbatim lines.
  {"--raw-line", 1, "LINE", S, "Add LINE at the top of the bindings.", append<&Options::RawLines>},
  {"--module-raw-line", 2, "MODULE LINE", S, "Add LINE to the module MODULE.", moduleRawLine},

  // Dynamic loading and debugging dumps.
  {"--dynamic-loading", 1, "NAME", S, "Reach the functions through a struct NAME that opens the library at run time (NAME::new(path), over dlopen; no crate needed) instead of extern blocks.", assign<&Options::DynamicLibraryName>},
  {"--dynamic-link-require-all", 0, "", S, "With --dynamic-loading: loading fails unless every function resolves; the fields are plain function pointers.", set<&Options::DynamicLinkRequireAll, true>},
  {"--emit-clang-ast", 0, "", S, "Print libclang's cursor tree of the input on standard error.", set<&Options::EmitClangAst, true>},
  {"--dump-preprocessed-input", 0, "", S, "Write __bindgen.c (including the header) and __bindgen.i (clang -E -C of it, with the clang arguments) to the working directory.", set<&Options::DumpPreprocessedInput, true>},
  {"--emit-ir-graphviz", 1, "PATH", S, "Write the item reference graph as Graphviz dot to PATH.", assign<&Options::IrGraphvizPath>},
  {"--emit-diagnostics", 0, "", S, "Show each warning about an item with its source line and a caret.", set<&Options::EmitDiagnostics, true>},

  // bindgen's function and ABI options of issue 17.
  {"--override-abi", 1, "REGEX=ABI", S, "Write the functions whose name matches REGEX in extern \"ABI\" blocks; ABI is C, C-unwind, system, stdcall, fastcall, thiscall, vectorcall, aapcs, win64, sysv64 or efiapi. The first match in command-line order wins. An ABI rustc refuses for the target or the --rust-target is refused for the function (it is not emitted); one that differs from the calling convention clang reports is a warning.", overrideAbi},
  {"--extern-fn-block-attrs", 1, "ATTR", S, "Put the attribute ATTR (#[...], or its inside) on every extern block of functions.", append<&Options::ExternFnBlockAttrs>},
  {"--wasm-import-module-name", 1, "NAME", S, "Put #[link(wasm_import_module = \"NAME\")] on every extern block of functions.", assign<&Options::WasmImportModuleName>},
  {"--use-array-pointers-in-arguments", 0, "", S, "Write a parameter declared as an array T a[N] as *mut [T; N] (*const for a const T) instead of *mut T.", set<&Options::ArrayPointersInArguments, true>},
  {"--generate-inline-functions", 0, "", S, "Bind the non-static inline functions whose definition gives them a symbol: C99 inline with a declaration that is extern or not inline, extern inline, GNU inline (gnu89 or gnu_inline) that is not extern inline. static inline functions need --wrap-static-fns.", set<&Options::GenerateInlineFunctions, true>},
  {"--builtins", 0, "", S, "Also write the compiler's builtin types (__builtin_va_list and its __va_list_tag) as items of their own.", set<&Options::Builtins, true>},

  // Accepted for compatibility.
  {"--size_t-is-usize", 0, "", N, "size_t is always usize (bindgen's default since 0.61).", noEffect},
  {"--formatter", 1, "NAME", N, "The output is already formatted as rustfmt would.", formatter, EveryCommand, "rustfmt", "rustfmt|prettyplease|none"},
  {"--rustfmt-bindings", 0, "", N, "The output is already formatted as rustfmt would.", noEffect},
  {"--no-rustfmt-bindings", 0, "", N, "No formatter is ever run.", noEffect},
  {"--rustfmt-configuration-file", 1, "FILE", N, "No formatter is ever run.", noEffect},
  {"--no-include-path-detection", 0, "", N, "kbindgen adds no include paths of its own; libclang's defaults and the clang arguments apply.", noEffect},
  {"--distrust-clang-mangling", 0, "", N, "C names are not mangled.", noEffect},
  {"--ignore-methods", 0, "", N, "C has no methods.", noEffect},
  {"--no-record-matches", 0, "", N, "Unused regexes are not reported anyway.", noEffect},

  // bindgen options kbindgen rejects.
  {"--generate-block", 0, "", U, "Apple block types are not supported.", nullptr},
  {"--block-extern-crate", 0, "", U, "Apple block types are not supported.", nullptr},
  {"--objc-extern-crate", 0, "", U, "Objective-C is not supported.", nullptr},
  {"--enable-cxx-namespaces", 0, "", U, "C++ is not supported.", nullptr},
  {"--respect-cxx-access-specs", 0, "", U, "C++ is not supported.", nullptr},
  {"--conservative-inline-namespaces", 0, "", U, "C++ is not supported.", nullptr},
};
// clang-format on

} // namespace

llvm::SmallVector<StringRef, 4> OptionSpec::names() const {
  llvm::SmallVector<StringRef, 4> Result;
  Names.split(Result, '|');
  return Result;
}

llvm::SmallVector<StringRef, 8> OptionSpec::choices() const {
  llvm::SmallVector<StringRef, 8> Result;
  if (!Choices.empty())
    Choices.split(Result, '|');
  return Result;
}

bool OptionSpec::takesFileName() const {
  return ValueName == "FILE" || ValueName == "[FILE]" ||
         ValueName == "HEADER" || ValueName == "DIR";
}

llvm::ArrayRef<OptionSpec> optionTable() { return Table; }

const OptionSpec *findOption(StringRef Name, Command For) {
  for (const OptionSpec &Spec : Table) {
    if (!Spec.takenBy(For))
      continue;
    for (StringRef Spelling : Spec.names())
      if (Spelling == Name)
        return &Spec;
  }
  return nullptr;
}

StringRef suggestOption(StringRef Unknown, Command For) {
  // One-letter options are too short for a distance to mean anything.
  if (!Unknown.starts_with("--"))
    return StringRef();
  StringRef Best;
  unsigned BestDistance = std::numeric_limits<unsigned>::max();
  for (const OptionSpec &Spec : Table) {
    if (Spec.Status == OptionStatus::Unsupported || !Spec.takenBy(For))
      continue;
    for (StringRef Spelling : Spec.names()) {
      if (!Spelling.starts_with("--"))
        continue;
      unsigned Distance = Unknown.edit_distance(Spelling);
      if (Distance < BestDistance) {
        BestDistance = Distance;
        Best = Spelling;
      }
    }
  }
  // Only close spellings help; a far one would mislead.
  unsigned Limit = std::max<unsigned>(2, Unknown.size() / 4);
  return BestDistance <= Limit ? Best : StringRef();
}

} // namespace kbindgen::driver
