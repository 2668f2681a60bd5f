//===- Options.h - Everything the command line can set ---------*- C++ -*-===//
//
// The driver parses bindgen's command line into Options; the frontend, the
// analysis and the backends read it. Regexes are stored as written: the
// analysis anchors them the way bindgen does (`^(?:REGEX)$`).
//
//===----------------------------------------------------------------------===//

#ifndef KBINDGEN_ANALYSIS_OPTIONS_H
#define KBINDGEN_ANALYSIS_OPTIONS_H

#include <cstdint>
#include <map>
#include <string>
#include <utility>
#include <vector>

namespace kbindgen {

enum class EnumStyle : uint8_t {
  Consts,       ///< `pub type E = c_uint; pub const E_A: E = 0;` (default)
  ModuleConsts, ///< `pub mod E { pub type Type = c_uint; pub const A: Type = 0;
                ///< }`
  Rust,         ///< `#[repr(u32)] pub enum E { A = 0 }`
  RustNonExhaustive,
  NewType,  ///< `pub struct E(pub c_uint); impl E { pub const A: E = E(0); }`
  Bitfield, ///< NewType plus the bit operators.
  /// NewType with the constants at top level: `pub const E_A: E = E(0);`
  /// (--newtype-global-enum).
  NewTypeGlobal,
};

/// How a typedef is written (bindgen's --default-alias-style and the
/// per-typedef --normal-alias, --new-type-alias, --new-type-alias-deref).
enum class AliasStyle : uint8_t {
  TypeAlias,    ///< `pub type T = U;` (default)
  NewType,      ///< `#[repr(transparent)] pub struct T(pub U);`
  NewTypeDeref, ///< NewType plus `Deref`/`DerefMut` to U.
};

/// How a union with a field that is not Copy is written
/// (--default-non-copy-union-style).
enum class NonCopyUnionStyle : uint8_t {
  BindgenWrapper, ///< A struct of `__BindgenUnionField<T>` members (default).
  ManuallyDrop,   ///< A Rust union of `ManuallyDrop<T>` fields.
};

/// The visibility of generated fields (--default-visibility).
enum class FieldVisibility : uint8_t {
  Public,  ///< `pub` (default)
  Crate,   ///< `pub(crate)`
  Private, ///< no modifier
};

/// A Rust version, e.g. 1.68; bindgen's --rust-target. Features newer than
/// the target are not emitted.
struct RustTarget {
  unsigned Major = 1;
  unsigned Minor = 82;
  bool atLeast(unsigned OtherMajor, unsigned OtherMinor) const {
    return Major > OtherMajor || (Major == OtherMajor && Minor >= OtherMinor);
  }
};

/// A regex paired with a value (`--with-derive-custom-struct RE=Derive1,D2`,
/// `--with-attribute-custom-enum RE=#[attr]`).
struct RegexValue {
  std::string Regex;
  std::string Value;
};

/// `--field-attr TYPE::FIELD=ATTR`: `#[ATTR]` on field FIELD of type TYPE
/// (names as the bindings spell them; FIELD `0` is a newtype's field).
struct FieldAttribute {
  std::string Type;
  std::string Field;
  std::string Attribute;
};

/// The prelude the safe wrapper skeletons are written against.
enum class SafeStyle : uint8_t {
  Kernel, ///< `kernel::prelude`, `Opaque`, `Error`, `to_result`, `ARef`.
  Std,    ///< A small self-contained prelude over `core`/`std`.
};

struct Options {
  // Input and output.
  std::string HeaderPath;
  std::vector<std::string> ClangArgs;
  std::string OutputPath; ///< Empty: standard output.
  std::string EmitIrPath;
  std::string DepfilePath;
  std::string ConstantChecksPath; ///< --constant-checks: C assertions.
  bool TimePhases = false;
  /// --always-write: replace output files even when their contents are
  /// unchanged (by default an identical file keeps its modification time).
  bool AlwaysWrite = false;
  /// Keep the names of the probed macros between runs, in the cache
  /// directory (Driver/FrontendInputs.h); --no-macro-cache turns it off.
  bool MacroCache = true;

  // Selection.
  std::vector<std::string> AllowlistTypes, AllowlistFunctions, AllowlistVars,
      AllowlistItems, AllowlistFiles;
  std::vector<std::string> BlocklistTypes, BlocklistFunctions, BlocklistVars,
      BlocklistItems, BlocklistFiles;
  std::vector<std::string> OpaqueTypes;
  bool RecursiveAllowlist = true;

  // Enums.
  EnumStyle DefaultEnumStyle = EnumStyle::Consts;
  /// Per-enum styles in command-line order (--rustified-enum RE, ...). The
  /// first match wins.
  std::vector<std::pair<EnumStyle, std::string>> EnumStyleRegexes;
  bool PrependEnumName = true;
  bool TranslateEnumIntegerTypes = false;

  // Rust flavour.
  RustTarget Target;
  unsigned RustEdition = 2021;
  bool UseCore = false;
  std::string
      CtypesPrefix; ///< Empty: core::ffi with UseCore, else ::std::os::raw.
  bool LayoutTests = true;
  bool DocComments = true;
  bool HeaderComment = true; ///< The `automatically generated` first line.
  bool ExplicitPadding = false;
  /// --flexarray-dst: a struct ending in a flexible array member is generic
  /// over it (`struct s<FAM: ?Sized = [T; 0]>`), with helpers between the
  /// sized and the dynamically sized form.
  bool FlexarrayDst = false;
  bool FunctionAttributeDetection = false;
  bool MergeExternBlocks = false;
  bool SortSemantically = false;
  bool WrapUnsafeOps = false;
  bool GenerateCstr = false;
  bool Experimental = false;
  bool GenerateBlockComments = false;

  // Derives.
  bool DeriveDebug = true;
  bool DeriveCopy = true;
  bool DeriveDefault = false;
  bool DeriveHash = false;
  bool DerivePartialEq = false;
  bool DeriveEq = false;
  bool DerivePartialOrd = false;
  bool DeriveOrd = false;
  bool ImplDebug = false;
  bool ImplPartialEq = false;
  std::vector<std::string> NoDebug, NoCopy, NoDefault, NoHash, NoPartialEq;
  std::vector<RegexValue> DeriveCustom, DeriveCustomStruct, DeriveCustomUnion,
      DeriveCustomEnum;
  std::vector<RegexValue> AttributeCustom, AttributeCustomStruct,
      AttributeCustomUnion, AttributeCustomEnum;

  // Static functions (--wrap-static-fns): C wrappers that give each selected
  // `static`/`static inline` function a symbol Rust can link against.
  bool WrapStaticFns = false;
  std::string WrapStaticFnsPath; ///< Where the C file goes; ".c" is appended if
                                 ///< missing.
  std::string WrapStaticFnsSuffix = "__extern";
  /// Kernel naming: wrappers are called `rust_helper_NAME` (the kernel's
  /// convention for rust/helpers/*.c) instead of NAME + suffix.
  bool WrapStaticFnsKernelNames = false;

  // Macro constants.
  /// Give every macro constant its C type (`c_int` for `42`), not bindgen's
  /// literal typing (`u32`); expression macros always keep their C type.
  bool MacroCTypes = false;

  // bindgen's C options of issue 17: macro constants, aliases, naming and
  // unions (grouped so that parallel additions merge easily).
  /// --default-macro-constant-type signed: constants typed by value are
  /// i32/i64 even when not negative (default: u32/u64).
  bool MacroConstantsSigned = false;
  /// --fit-macro-constant-types: constants typed by value take the smallest
  /// of u8/u16/u32 (i8/i16/i32) that holds them.
  bool FitMacroConstantTypes = false;
  AliasStyle DefaultAliasStyle = AliasStyle::TypeAlias;
  /// Per-typedef styles in command-line order (--new-type-alias RE, ...).
  std::vector<std::pair<AliasStyle, std::string>> AliasStyleRegexes;
  /// --anon-fields-prefix: anonymous members are PREFIX + N.
  std::string AnonFieldsPrefix = "__bindgen_anon_";
  /// --c-naming: records and enums are named `struct_X`, `union_X`,
  /// `enum_X` (typedef names are left alone).
  bool CNaming = false;
  /// --disable-nested-struct-naming clears it: a named record defined in
  /// another's body keeps its own name (`inner`, not `outer_inner`).
  bool NestedStructNaming = true;
  /// --prefix-link-name: functions and variables link to PREFIX + C name.
  std::string PrefixLinkName;
  NonCopyUnionStyle DefaultNonCopyUnionStyle =
      NonCopyUnionStyle::BindgenWrapper;
  std::vector<std::string> BindgenWrapperUnions; ///< --bindgen-wrapper-union
  std::vector<std::string> ManuallyDropUnions;   ///< --manually-drop-union
  /// --disable-untagged-union clears it: every union is a struct of
  /// `__BindgenUnionField<T>` members plus a blob of the union's layout.
  bool UntaggedUnions = true;
  /// Whether --rust-edition was given; otherwise the newest edition the
  /// target has is used.
  bool RustEditionGiven = false;
  /// --rust-target nightly: every edition is available (bindgen's rule).
  bool NightlyTarget = false;

  // bindgen's type- and field-side options of issue 17 (grouped so that
  // parallel additions merge easily).
  /// --no-size_t-is-usize clears it: size_t and ssize_t keep their typedef
  /// instead of becoming usize and isize.
  bool SizeTIsUsize = true;
  /// --no-convert-floats clears it: float and double are c_float and
  /// c_double (the ctypes prefix's), not f32 and f64.
  bool ConvertFloats = true;
  /// --no-derive-default: no Default, whatever the order of
  /// --with-derive-default (bindgen applies it last).
  bool NoDeriveDefault = false;
  /// --default-visibility: of fields, bitfield units and bitfield accessors.
  FieldVisibility DefaultFieldVisibility = FieldVisibility::Public;
  /// --field-attr TYPE::FIELD=ATTR, in command-line order.
  std::vector<FieldAttribute> FieldAttributes;
  /// --must-use-type: #[must_use] on the matching types and on the functions
  /// that return them.
  std::vector<std::string> MustUseTypes;
  // bindgen's function and ABI options of issue 17 (grouped so that parallel
  // additions merge easily).
  /// --override-abi REGEX=ABI in command-line order: {ABI, REGEX}. The first
  /// whose regex matches a function's name gives its extern ABI.
  std::vector<std::pair<std::string, std::string>> AbiOverrides;
  /// --extern-fn-block-attrs: attributes put on every extern block of
  /// functions (`#[...]` as written, or wrapped in `#[...]`).
  std::vector<std::string> ExternFnBlockAttrs;
  /// --wasm-import-module-name: `#[link(wasm_import_module = "NAME")]` on
  /// every extern block of functions.
  std::string WasmImportModuleName;
  /// --use-array-pointers-in-arguments: a parameter declared as an array
  /// `T a[N]` is `*mut [T; N]` (`*const` for a const T), not `*mut T`.
  bool ArrayPointersInArguments = false;
  /// --generate-inline-functions: bind the non-static inline functions
  /// whose definition in the header gives them a symbol (C11 6.7.4, GNU
  /// inline rules; Function::InlineHasSymbol).
  bool GenerateInlineFunctions = false;
  /// --builtins: also write the compiler's builtin types
  /// (`__builtin_va_list`) as items of their own.
  bool Builtins = false;

  // Safe wrapper skeletons (--safe-output): a second Rust file over the raw
  // bindings, with handle types, guards and Result-returning methods.
  std::string SafeOutputPath; ///< Empty: no skeleton.
  SafeStyle SafeWrapperStyle = SafeStyle::Kernel;
  std::string SafeRulesPath; ///< JSON rules overriding the inferences.
  std::vector<std::string> SafeAllowlist; ///< Regexes over C function names.
  /// How the skeleton names the raw bindings (`bindings` in the kernel,
  /// `crate::sys` or similar elsewhere).
  std::string SafeRawPath = "bindings";

  // Dynamic loading (--dynamic-loading NAME): the functions are reached
  // through a struct NAME that opens the library at run time (dlopen) instead
  // of through extern blocks.
  std::string DynamicLibraryName; ///< Empty: functions are linked as usual.
  /// --dynamic-link-require-all: loading fails unless every function
  /// resolves; the fields are then plain function pointers.
  bool DynamicLinkRequireAll = false;

  // Debugging dumps, written to standard error (the bindings are unchanged).
  bool EmitClangAst = false; ///< --emit-clang-ast: libclang's cursor tree.
  /// --dump-preprocessed-input: __bindgen.c including the header and
  /// __bindgen.i, clang's preprocessed output of it, in the working directory.
  bool DumpPreprocessedInput = false;
  std::string IrGraphvizPath; ///< --emit-ir-graphviz: the item graph as dot.
  /// --emit-diagnostics: each warning about an item also shows its source
  /// line with a caret, as clang shows its own.
  bool EmitDiagnostics = false;
  /// bindgen's --emit-ir (no value): the JSON IR on standard error.
  bool EmitIrToStderr = false;

  // Verbatim lines.
  std::vector<std::string> RawLines;
  /// Module name → lines, from --module-raw-line MOD LINE.
  std::map<std::string, std::vector<std::string>> ModuleRawLines;

  /// The `ffi` types path: CtypesPrefix, or the default for UseCore.
  std::string ctypesPrefix() const {
    if (!CtypesPrefix.empty())
      return CtypesPrefix;
    return UseCore ? "::core::ffi" : "::std::os::raw";
  }
  /// `core` or `std`, for the paths the generated code uses.
  const char *coreCrate() const { return UseCore ? "::core" : "::std"; }
};

} // namespace kbindgen

#endif // KBINDGEN_ANALYSIS_OPTIONS_H
