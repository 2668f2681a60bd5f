//===- SafeModel.h - What the safe backend infers from the IR ---*- C++ -*-===//
//
// The inference model of the safe wrapper skeletons: which records become
// handle types, which functions pair up (constructor/destructor, lock/unlock,
// get/put), how each function's return and parameters map to safe Rust. Pure
// functions over the IR and the analysis; the writers only print the model.
// Every decision carries the name of the rule that made it, and whether that
// rule guessed (then the output carries a `// REVIEW:` naming it).
//
//===----------------------------------------------------------------------===//

#ifndef KBINDGEN_LIB_BACKENDS_RUSTSAFE_SAFEMODEL_H
#define KBINDGEN_LIB_BACKENDS_RUSTSAFE_SAFEMODEL_H

#include "kbindgen/Analysis/Analysis.h"
#include "kbindgen/Analysis/Options.h"
#include "kbindgen/Analysis/Regex.h"
#include "kbindgen/IR/IR.h"

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"

#include <initializer_list>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace kbindgen::rustsafe {

/// One inference: the rule that made it and whether it is a guess.
struct Inference {
  std::string Rule;
  bool IsGuess = false;
  /// What the rule saw, for the REVIEW comment and the IR dump.
  std::string Detail;
};

//===----------------------------------------------------------------------===//
// Rules file (--safe-rules)
//===----------------------------------------------------------------------===//

/// How a function's integer return is read.
enum class ReturnConvention : uint8_t {
  Infer,    ///< Let the rules of the style decide.
  Errno,    ///< Negative is -errno: Result<()> (or Result<OkType>).
  Code,     ///< Non-zero is an error code, unless listed in OkCodes.
  Value,    ///< A plain value.
  Bool,     ///< Non-zero is true.
  ErrPtr,   ///< Pointer that may hold ERR_PTR(-errno).
  Nullable, ///< Pointer that may be NULL.
};

struct FunctionRule {
  std::optional<ReturnConvention> Returns;
  /// Codes that are not errors under the Code convention (SQLITE_ROW).
  std::vector<int64_t> OkCodes;
  /// The Ok type of an Errno/Code result carrying the value (`u16`).
  std::string OkType;
  std::string Name;
  bool Skip = false;
  /// Parameter index → Rust expression passed instead (not in the API).
  std::map<unsigned, std::string> FixedArgs;
  /// Guessing rules the rules file confirms for this function
  /// (`param.ptr-len`, `param.not-retained`, ...): they no longer make the
  /// wrapper `unsafe fn`.
  std::vector<std::string> Confirms;
  /// C keeps the callback and its user data after the call: no wrapper
  /// with a borrowed closure.
  bool KeepsCallback = false;
  /// C keeps them at most until the receiver's destructor runs: the handle
  /// owns a `'static` closure and drops it after the destructor.
  bool KeepsCallbackUntilDrop = false;
  /// The call frees its receiver: the method takes `self` by value.
  bool FreesReceiver = false;
  /// The lent handle it returns is reachable through no other call while
  /// lent: with a `&mut self` receiver it comes back as `BorrowedMut`.
  bool LendsUnique = false;
  /// Buffer parameter index → (element size index, element count index):
  /// the buffer holds size * count bytes.
  std::map<unsigned, std::pair<unsigned, unsigned>> SizeCountBuffers;
};

struct TypeRule {
  std::string Name;
  std::string Constructor, Destructor, Get, Put;
  /// `"thread_safe"`: the object may move to another thread (Send) / be
  /// used from several threads at once (Sync). No name or shape tells.
  bool Send = false, Sync = false;
};

/// Regex over function names → convention, first match wins.
struct ConventionPattern {
  analysis::AnchoredRegex Regex;
  ReturnConvention Convention = ReturnConvention::Infer;
};

struct SafeRules {
  /// The convention of int returns nobody said anything about.
  ReturnConvention DefaultIntReturns = ReturnConvention::Infer;
  std::vector<ConventionPattern> IntReturnPatterns;
  /// Removed from the front of method names (`sqlite3_`).
  std::string StripPrefix;
  std::map<std::string, FunctionRule> Functions;
  std::map<std::string, TypeRule> Types;
  /// --safe-allowlist: the functions wrapped (all when empty).
  analysis::RegexSet Allowlist;
  /// Guessing rules confirmed for every function (`"confirm"`).
  std::vector<std::string> Confirms;

  /// Whether the rules confirm guessing rule RuleName for function FnName.
  bool confirms(llvm::StringRef FnName, llvm::StringRef RuleName) const;
};

/// Parses the JSON rules file text; errors name the file and the key.
llvm::Expected<SafeRules> parseSafeRules(llvm::StringRef Text,
                                         llvm::StringRef FileName);
/// The rules of a run: the --safe-rules file (none when not given) and the
/// --safe-allowlist regexes.
llvm::Expected<SafeRules> loadSafeRules(const Options &Opts);
/// The rule of convention name `errno`, `code`, ... (for messages, the dump).
const char *conventionName(ReturnConvention Convention);

//===----------------------------------------------------------------------===//
// Handles and pairs
//===----------------------------------------------------------------------===//

enum class HandleKind : uint8_t {
  Owned,      ///< Constructor + destructor: owning pointer with Drop.
  RefCounted, ///< get/put: Clone takes a reference, Drop puts it.
  Embedded,   ///< Lives inside other objects: transparent over a cell.
  Borrowed,   ///< Only ever handed to us: transparent, no ownership.
};

struct LockPair {
  ir::ItemId Lock, Unlock;
  ir::ItemId TryLock; ///< Optional.
  std::string Stem;   ///< `mutex` of mutex_lock/mutex_unlock.
  Inference Why;
};

struct Handle {
  ir::ItemId Record; ///< The record (struct) the handle wraps.
  std::string RustName;
  HandleKind Kind = HandleKind::Borrowed;
  Inference Why;
  ir::ItemId Destructor, Get, Put;
  Inference OwnershipWhy;
  std::vector<LockPair> Locks;
  /// `unsafe impl Send` / `Sync`: only from the rules file's thread_safe.
  bool Send = false, Sync = false;
};

//===----------------------------------------------------------------------===//
// Functions
//===----------------------------------------------------------------------===//

enum class ParamKind : uint8_t {
  Receiver,    ///< The handle itself: self.
  Value,       ///< Integer or float by value.
  Bool,        ///< C _Bool.
  CStr,        ///< const char * → &CStr.
  Slice,       ///< (T *ptr, len) → &[T] / &mut [T]; the length is Length.
  Length,      ///< The length of the preceding slice (not in the API).
  OutValue,    ///< T * filled by the callee → part of the return value.
  OutHandle,   ///< T ** filled with a new owned handle → return value.
  HandleRef,   ///< Pointer to another wrapped handle → &Wrapper.
  Callback,    ///< Function pointer with a user-data void * → closure.
  UserData,    ///< The callback's void * (not in the API).
  Fixed,       ///< Rules file gives the argument.
  ElementSize, ///< A size×count buffer's element size (in the API).
  ItemCount,   ///< A size×count buffer's count: slice length / size.
};

struct ParamPlan {
  ParamKind Kind = ParamKind::Value;
  std::string Name;     ///< Rust parameter name.
  std::string SafeType; ///< The type in the safe signature (may be empty).
  bool IsMutable = false;
  /// Slices: the element type; OutValue: the pointee; handles: the handle.
  std::string ElementType;
  int HandleIndex = -1;
  /// Callback: its parameter types (safe primitives) and return type.
  std::vector<std::string> CallbackParams;
  std::string CallbackReturn;
  unsigned UserDataIndex = 0;
  std::string FixedExpr;
  /// Slice of a size×count buffer: its size parameter. ItemCount: the
  /// slice. Otherwise -1.
  int SizeIndex = -1, BufferIndex = -1;
  /// Callback: the receiver owns the `'static` closure until its
  /// destructor has run (rules: "keeps_callback": "until_drop").
  bool OwnedByReceiver = false;
  /// Receiver: the call frees it, so the method takes `self` by value.
  bool Consumed = false;
  Inference Why;
};

enum class ReturnKind : uint8_t {
  Unit,
  Value,    ///< Integer/float as is.
  Bool,     ///< Non-zero → true.
  Errno,    ///< Result<()> / Result<OkType> from -errno.
  Code,     ///< Result<()> / Result<i32> from an error code.
  ErrPtr,   ///< Result<&Handle> / Result<Owned>.
  Nullable, ///< Option<&Handle> / Option<Owned>.
  CStr,     ///< Option<&CStr>.
  NewOwned, ///< A constructor returning the owned handle (Option<Self>).
};

struct ReturnPlan {
  ReturnKind Kind = ReturnKind::Unit;
  std::string ValueType; ///< Value/Errno/Code: the Ok value type, if any.
  int HandleIndex = -1;  ///< ErrPtr/Nullable/NewOwned: the handle.
  /// Nullable owning handle lent uniquely (rules: "lends_unique"): the
  /// wrapper is `BorrowedMut`, which also has the handle's `&mut` methods.
  bool UniqueLend = false;
  std::vector<int64_t> OkCodes;
  Inference Why;
};

struct MethodPlan {
  ir::ItemId Function;
  std::string CName;
  std::string RustName;
  int ReceiverHandle = -1; ///< Index into SafeModel::Handles, -1: free fn.
  bool ReceiverMutable = false;
  /// A constructor of its handle (associated function returning Self).
  bool IsConstructor = false;
  std::vector<ParamPlan> Params;
  ReturnPlan Return;
  /// Why the function has no safe method (empty when it has one).
  std::string NotWrappedReason;
  /// Every inference in the order made (for REVIEW comments and the dump).
  std::vector<Inference> Inferences;
  /// The rules file said something about it.
  bool UsedRules = false;
  /// Unconfirmed guesses memory safety rests on: when any, the wrapper is
  /// an `unsafe fn` whose `# Safety` lists them.
  std::vector<Inference> Assumptions;
};

struct SafeModel {
  std::vector<Handle> Handles;
  std::vector<MethodPlan> Methods;
  /// Record item index → Handles index.
  std::map<uint32_t, int> HandleOfRecord;
  /// Functions consumed by a pair (destructor, unlock, put): no method.
  std::map<uint32_t, std::string> PairedFunctions;

  int handleOf(ir::ItemId Record) const {
    auto Found = HandleOfRecord.find(Record.Index);
    return Found == HandleOfRecord.end() ? -1 : Found->second;
  }
};

/// Everything the model reads.
struct ModelInput {
  const ir::Module &M;
  const Analysis &A;
  const Options &Opts;
  const SafeRules &Rules;
};

// Helpers over the IR (TypeFacts.cpp).
/// The record a pointer type points to (through typedefs), or invalid.
ir::ItemId pointeeRecord(const ir::Module &M, ir::TypeId Pointer,
                         bool *IsConst = nullptr);
/// How many pointer levels to a record (T * → 1, T ** → 2), else 0.
unsigned pointerDepthToRecord(const ir::Module &M, ir::TypeId Id,
                              ir::ItemId *Record = nullptr);
/// The safe Rust primitive of an integer, float or bool type (`i32`,
/// `u16`, `f64`, `bool`), or empty.
std::string primitiveType(const ir::Module &M, ir::TypeId Id);
bool isCharPointer(const ir::Module &M, ir::TypeId Id, bool *IsConst);
bool isVoidPointer(const ir::Module &M, ir::TypeId Id);
bool isIntegerType(const ir::Module &M, ir::TypeId Id);
bool isVoid(const ir::Module &M, ir::TypeId Id);
/// The Function signature of a function item, or nullptr.
const ir::FunctionSignature *signatureOf(const ir::Module &M,
                                         const ir::Item &Fn);
/// `phy_device` → `PhyDevice`.
std::string camelCase(llvm::StringRef CName);

// HandleInference.cpp
/// The handle types: records taken by pointer as a first parameter, with
/// their kind (owned, refcounted, embedded, borrowed).
void inferHandles(const ModelInput &In, SafeModel &Model);

// PairInference.cpp
/// Destructor, get/put and lock/unlock pairs of every handle.
void inferPairs(const ModelInput &In, SafeModel &Model);
/// Whether Name looks like a destructor / get / put / lock function.
bool isDestructorName(llvm::StringRef Name);
bool isGetName(llvm::StringRef Name);
bool isPutName(llvm::StringRef Name);
/// Whether a word of Name (split at `_`, any case) is one of Words.
bool hasNameWord(llvm::StringRef Name,
                 std::initializer_list<llvm::StringRef> Words);

// ErrorConventions.cpp
/// How the function's return maps to safe Rust; nullopt when it cannot.
std::optional<ReturnPlan> planReturn(const ModelInput &In,
                                     const SafeModel &Model, const ir::Item &Fn,
                                     const FunctionRule *Rule,
                                     bool HasOutParams);
/// A name that says the function makes a new object (`new`, `create`,
/// `alloc`, `open`, `dup`, ...).
bool isCreatorName(llvm::StringRef Name);
/// A bool-like name (`is_`, `has_`, `_empty`, ...).
bool isBoolLikeName(llvm::StringRef Name);

// SafetyAssumptions.cpp
/// The guesses Plan's soundness rests on, minus those the rules confirm;
/// confirmed ones are recorded in Plan.Inferences as `<rule> (confirmed)`.
void collectAssumptions(const ModelInput &In, const SafeModel &Model,
                        MethodPlan &Plan);
/// Whether a guess of rule RuleName only ever yields a wrong value (a
/// `// REVIEW:` in a safe fn) rather than a memory-safety assumption.
bool isValueOnlyGuess(llvm::StringRef RuleName);

// ParamMapping.cpp
/// The safe parameters of a function; fails with the reason.
llvm::Expected<std::vector<ParamPlan>> planParams(const ModelInput &In,
                                                  const SafeModel &Model,
                                                  ir::ItemId Fn,
                                                  const FunctionRule *Rule);

// SafeModel.cpp
/// Whether the raw bindings name the item (emitted, opaque, or blocked: the
/// kernel's helpers output blocks every type the bindings crate defines).
bool isNameable(const Analysis &A, ir::ItemId Id);
/// The whole model: handles, pairs, then one plan per selected function.
SafeModel buildSafeModel(const ModelInput &In);
/// Whether the function is selected by --safe-allowlist (all when empty).
bool isAllowlisted(const ModelInput &In, llvm::StringRef Name);

} // namespace kbindgen::rustsafe

#endif // KBINDGEN_LIB_BACKENDS_RUSTSAFE_SAFEMODEL_H
