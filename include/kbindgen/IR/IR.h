//===- IR.h - Target-neutral intermediate representation -------*- C++ -*-===//
//
// The IR is what the frontend saw in the C headers, with every number (sizes,
// alignments, offsets) as clang computed it. It knows nothing of Rust. A
// Module owns all items and types in arenas; everything refers to everything
// else by small integer ids, never by pointers or libclang cursors.
//
//===----------------------------------------------------------------------===//

#ifndef KBINDGEN_IR_IR_H
#define KBINDGEN_IR_IR_H

#include <cstdint>
#include <limits>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace kbindgen::ir {

/// Index of a Type in Module::Types.
struct TypeId {
  static constexpr uint32_t InvalidIndex = std::numeric_limits<uint32_t>::max();
  uint32_t Index = InvalidIndex;
  bool isValid() const { return Index != InvalidIndex; }
  friend bool operator==(TypeId A, TypeId B) { return A.Index == B.Index; }
  friend bool operator!=(TypeId A, TypeId B) { return A.Index != B.Index; }
};

/// Index of an Item in Module::Items.
struct ItemId {
  static constexpr uint32_t InvalidIndex = std::numeric_limits<uint32_t>::max();
  uint32_t Index = InvalidIndex;
  bool isValid() const { return Index != InvalidIndex; }
  friend bool operator==(ItemId A, ItemId B) { return A.Index == B.Index; }
  friend bool operator!=(ItemId A, ItemId B) { return A.Index != B.Index; }
  friend bool operator<(ItemId A, ItemId B) { return A.Index < B.Index; }
};

/// A position in a header. File indexes Module::Files; File == InvalidFile
/// means the builtin/command-line buffer.
struct SourceLoc {
  static constexpr uint32_t InvalidFile = std::numeric_limits<uint32_t>::max();
  uint32_t File = InvalidFile;
  uint32_t Line = 0;
  uint32_t Column = 0;
};

//===----------------------------------------------------------------------===//
// Types
//===----------------------------------------------------------------------===//

enum class TypeKind : uint8_t {
  Void,
  Integer,         ///< Every C integer type, _Bool and the character types.
  Float,           ///< float, double and the wider/narrower ones.
  Pointer,         ///< Pointee is the pointed-to type (with its qualifiers).
  Array,           ///< Element[ArrayLength].
  IncompleteArray, ///< Element[] (flexible array members, extern arrays).
  Function,        ///< A function prototype; see Type::Signature.
  Named,           ///< A reference to an item (record, enum or typedef).
  Opaque,          ///< Something Rust cannot express; only its layout is kept.
};

enum class IntegerKind : uint8_t {
  Bool,
  Char, ///< Plain `char`; its signedness is Type::IsSigned.
  SChar,
  UChar,
  Short,
  UShort,
  Int,
  UInt,
  Long,
  ULong,
  LongLong,
  ULongLong,
  Int128,
  UInt128,
  WChar,
  Char16,
  Char32,
};

enum class FloatKind : uint8_t {
  Half,    ///< __fp16
  Float16, ///< _Float16
  BFloat16,
  Float,
  Double,
  LongDouble,
  Float128,
};

/// Why a type became Opaque.
enum class OpaqueReason : uint8_t {
  None,
  Vector,
  Complex,
  BitInt,
  Unsupported, ///< Any other kind libclang reports that we do not model.
};

enum class CallingConv : uint8_t {
  C,
  StdCall,
  FastCall,
  ThisCall,
  VectorCall,
  Other
};

/// A function prototype. Result/Params refer to Module::Types.
struct FunctionSignature {
  TypeId Result;
  std::vector<TypeId> Params;
  bool IsVariadic = false;
  /// False for K&R `int f()`, which takes unspecified arguments.
  bool HasPrototype = true;
  bool IsNoReturn = false;
  CallingConv Convention = CallingConv::C;
  /// Parameter names written in a function-pointer declarator
  /// (`void (*cb)(int count)`), parallel to Params; empty when none were
  /// written. Function declarations keep theirs in Function::ParamNames.
  std::vector<std::string> ParamNames;
};

struct Type {
  TypeKind Kind = TypeKind::Void;
  bool IsConst = false;
  bool IsVolatile = false;

  // Integer
  IntegerKind Integer = IntegerKind::Int;
  bool IsSigned = false;
  // Float
  FloatKind Float = FloatKind::Double;

  /// Pointer: the pointee. Array/IncompleteArray: the element type.
  TypeId Pointee;
  /// Array: number of elements.
  uint64_t ArrayLength = 0;
  /// Named: the record, enum or typedef this type refers to.
  ItemId Item;
  /// Function: index into Module::Signatures.
  uint32_t Signature = std::numeric_limits<uint32_t>::max();
  /// Opaque: why.
  OpaqueReason Opaque = OpaqueReason::None;

  /// Layout as clang computed it, in bytes; 0/0 when the type is incomplete
  /// (void, an incomplete array, a forward-declared record, a function).
  uint64_t SizeBytes = 0;
  uint64_t AlignBytes = 0;

  /// clang's spelling of the type, for diagnostics, opaque types and shims.
  std::string Spelling;
};

//===----------------------------------------------------------------------===//
// Items
//===----------------------------------------------------------------------===//

struct Field {
  /// Empty for an anonymous struct/union member or an unnamed bitfield.
  std::string Name;
  TypeId Type;
  uint64_t OffsetBits = 0;
  /// Set for bitfields (0 for `int : 0`).
  std::optional<uint32_t> BitWidth;
  std::string Doc;
  SourceLoc Loc;

  bool isBitfield() const { return BitWidth.has_value(); }
};

enum class RecordKind : uint8_t { Struct, Union };

/// Adjacent bitfields that share one storage unit in bindgen's form:
/// Record::Fields[Begin, End).
struct BitfieldRun {
  size_t Begin = 0;
  size_t End = 0;
};

struct Record {
  RecordKind Kind = RecordKind::Struct;
  /// False for a forward declaration that is never defined.
  bool IsComplete = false;
  /// __attribute__((packed)) on the record, or a #pragma pack in force that
  /// lowered some field's alignment. The field offsets are what counts.
  bool IsPacked = false;
  uint64_t SizeBytes = 0;
  uint64_t AlignBytes = 0;
  std::vector<Field> Fields;
  /// Whether the C type is an anonymous member of its parent (a field with no
  /// name whose type is this record), as opposed to a named nested type.
  bool IsAnonymousMember = false;

  /// The maximal runs of adjacent bitfields that have storage (some member
  /// wider than 0 bits), in field order: unit N is the N-th run.
  std::vector<BitfieldRun> bitfieldRuns() const;
};

struct Enumerator {
  std::string Name;
  /// The value as clang computed it; interpret with Enum::IsSigned.
  uint64_t RawValue = 0;
  std::string Doc;
  SourceLoc Loc;

  int64_t signedValue() const { return static_cast<int64_t>(RawValue); }
};

struct Enum {
  /// The underlying integer type clang chose (an Integer type).
  TypeId IntegerType;
  bool IsSigned = false;
  bool IsComplete = true;
  std::vector<Enumerator> Enumerators;
};

struct Typedef {
  TypeId Underlying;
};

struct Function {
  /// A Function type.
  TypeId Type;
  /// Parameter names as written (possibly empty), one per parameter.
  std::vector<std::string> ParamNames;
  bool IsStatic = false;
  bool IsInline = false;
  bool IsDefinition = false;
  bool WarnUnusedResult = false;
  bool IsDeprecated = false;
  /// The symbol the linker sees, when it differs from the C name (asm labels,
  /// Darwin's leading underscore). Empty otherwise.
  std::string LinkName;
  /// For a non-static inline function defined here: whether the definition
  /// is external (C11 6.7.4p7: some file-scope declaration is `extern` or
  /// not `inline`; GNU inline: the definition is not `extern inline`), so
  /// the library built from this header exports the symbol.
  bool InlineHasSymbol = false;
  /// Per parameter declared as a constant-size array (`int a[4]`, or a
  /// typedef of one): that type, before C adjusts it to a pointer; invalid
  /// for the other parameters. Empty when no parameter is one.
  std::vector<TypeId> ParamArrayTypes;
  /// Set when the item is a function-like macro, not a declaration: its
  /// expansion is one call of this declared function (through wrapper
  /// macros such as `alloc_hooks(...)`). The type is the callee's, its
  /// parameters in the macro's order; IsStatic is set, so --wrap-static-fns
  /// gives it a C wrapper that invokes the macro.
  std::string MacroCallee;
};

struct Var {
  TypeId Type;
  bool IsExtern = true;
  bool IsStatic = false;
  bool IsThreadLocal = false;
  bool IsDefinition = false;
  /// As Function::LinkName.
  std::string LinkName;
};

enum class ConstantKind : uint8_t { Integer, Float, String, Char };
enum class ConstantOrigin : uint8_t { Macro, ConstVar };

struct Constant {
  ConstantKind Kind = ConstantKind::Integer;
  ConstantOrigin Origin = ConstantOrigin::Macro;
  /// Integer and Char: the value's bits; negative when IsNegative (then read
  /// as int64_t). Char holds the character's code.
  uint64_t IntegerBits = 0;
  bool IsNegative = false;
  /// Float.
  double FloatValue = 0;
  /// String: the bytes without the terminating NUL.
  std::string Bytes;
  /// The C type of the value when the frontend recorded it: a const
  /// variable's type; a macro's when clang evaluated it and its type is a
  /// name (`gfp_t`) or bindgen does not compute the macro, or for every
  /// macro with FrontendInput::RecordAllMacroCTypes. Invalid for a plain
  /// literal. Whether the bindings write it or bindgen's typing by value is
  /// the analysis' choice (Analysis::ConstantCTypes).
  TypeId CType;
  /// A macro bindgen's own evaluator computes: a literal, or plain
  /// arithmetic over literals and other such macros. Not in the JSON IR,
  /// whose `c_type` is the choice already made.
  bool BindgenComputable = false;
  /// The macro's replacement text, for the IR dump and diagnostics.
  std::string Expansion;
};

enum class ItemKind : uint8_t {
  Record,
  Enum,
  Typedef,
  Function,
  Var,
  Constant
};

struct Item {
  /// The C name, without the `struct`/`union`/`enum` tag. Empty when the C
  /// entity is anonymous (the analysis names it).
  std::string Name;
  SourceLoc Loc;
  /// The declaration's doc comment, comment markers stripped.
  std::string Doc;
  /// The record whose body declares this item (nested or anonymous records
  /// and enums), else invalid.
  ItemId Parent;
  /// The first typedef that names this anonymous record/enum
  /// (`typedef struct { ... } name;`), else invalid.
  ItemId NamingTypedef;
  std::variant<Record, Enum, Typedef, Function, Var, Constant> Data;

  ItemKind kind() const { return static_cast<ItemKind>(Data.index()); }
  bool isAnonymous() const { return Name.empty(); }

  template <typename T> T &as() { return std::get<T>(Data); }
  template <typename T> const T &as() const { return std::get<T>(Data); }
  template <typename T> T *getIf() { return std::get_if<T>(&Data); }
  template <typename T> const T *getIf() const { return std::get_if<T>(&Data); }
};

/// What the frontend knows of the target it parsed for.
struct TargetInfo {
  std::string Triple;
  uint32_t PointerBytes = 8;
  bool CharIsSigned = true;
  /// libclang's version string, e.g. "Debian clang version 19.1.7 (3~deb12u1)".
  std::string ClangVersion;
};

/// Why an object-like macro did not become a Constant (for --emit-ir and
/// `explain`).
struct SkippedMacro {
  std::string Name;
  SourceLoc Loc;
  std::string Reason;
};

/// Everything the frontend found, in declaration order.
struct Module {
  TargetInfo Target;
  /// Every file the parse read, main header first; SourceLoc::File indexes
  /// this.
  std::vector<std::string> Files;
  /// Per file: whether clang read it as a system header (-isystem, the
  /// default include paths), so that warnings about its items can be
  /// summarized. Filled by the frontend only (not in the JSON IR); shorter
  /// than Files when the last files are not system headers.
  std::vector<bool> SystemFiles;
  std::vector<Item> Items;
  std::vector<Type> Types;
  std::vector<FunctionSignature> Signatures;
  std::vector<SkippedMacro> SkippedMacros;

  Item &item(ItemId Id) { return Items[Id.Index]; }
  const Item &item(ItemId Id) const { return Items[Id.Index]; }
  Type &type(TypeId Id) { return Types[Id.Index]; }
  const Type &type(TypeId Id) const { return Types[Id.Index]; }
  const FunctionSignature &signature(const Type &FnType) const {
    return Signatures[FnType.Signature];
  }

  ItemId addItem(Item NewItem) {
    Items.push_back(std::move(NewItem));
    return ItemId{static_cast<uint32_t>(Items.size() - 1)};
  }
  TypeId addType(Type NewType) {
    Types.push_back(std::move(NewType));
    return TypeId{static_cast<uint32_t>(Types.size() - 1)};
  }

  /// Follows typedefs (and qualifiers, which live on Type) to the type they
  /// name. Stops at records, enums and every non-Named kind.
  TypeId resolveTypedefs(TypeId Id) const;
  bool isSystemFile(uint32_t File) const {
    return File < SystemFiles.size() && SystemFiles[File];
  }
  /// The file name of a location, or "<built-in>".
  const std::string &fileName(const SourceLoc &Loc) const;
};

} // namespace kbindgen::ir

#endif // KBINDGEN_IR_IR_H
