//===- SafeWriter.h - Printing the safe model as Rust -----------*- C++ -*-===//
//
// The writers print the model: handle types (HandleWriter.cpp), methods
// (MethodWriter.cpp, MethodResult.cpp, LentForward.cpp), and what differs
// between the kernel and std styles behind the Style interface
// (KernelStyle.cpp, StdStyle.cpp).
//
//===----------------------------------------------------------------------===//

#ifndef KBINDGEN_LIB_BACKENDS_RUSTSAFE_SAFEWRITER_H
#define KBINDGEN_LIB_BACKENDS_RUSTSAFE_SAFEWRITER_H

#include "SafeModel.h"

#include "Support/SourceWriter.h"

#include "llvm/Support/raw_ostream.h"

#include <memory>

namespace kbindgen::rustsafe {

using backends::SourceWriter;

/// What the kernel and std styles spell differently.
class Style {
public:
  virtual ~Style() = default;
  /// The `use` lines and any helpers the file defines itself.
  virtual void writePrelude(SourceWriter &W, llvm::StringRef RawPath) = 0;
  /// `Result<T>` (T empty: `Result`).
  virtual std::string result(llvm::StringRef T) const = 0;
  /// The safe type of a `&CStr` parameter / an `Option<&CStr>` return.
  virtual std::string cstrType() const = 0;
  /// A `*const c_char` from the `&CStr` named Name.
  virtual std::string cstrPointer(llvm::StringRef Name) const = 0;
  /// An unsafe expression: the `&CStr` at non-null pointer Ptr.
  virtual std::string cstrFromPointer(llvm::StringRef Ptr) const = 0;
  /// A statement checking `-errno` in Ret (early return with `?`).
  virtual std::string errnoCheck(llvm::StringRef Ret) const = 0;
  /// A statement checking an error code in Ret; OkCodes also succeed.
  virtual std::string codeCheck(llvm::StringRef Ret,
                                llvm::StringRef OkCodes) const = 0;
  /// An expression: the error of an unexpected NULL from a constructor.
  virtual std::string nullError() const = 0;
  /// Whether refcounted handles are transparent ARef targets (kernel) or
  /// owning pointers with Clone (std).
  virtual bool refCountedIsARef() const = 0;
  /// The cell type of transparent handles (`Opaque`).
  virtual std::string cell() const = 0;
};

std::unique_ptr<Style> makeKernelStyle();
std::unique_ptr<Style> makeStdStyle();

struct WriteContext {
  const ir::Module &M;
  const Analysis &A;
  const SafeModel &Model;
  Style &S;
  /// `raw` alias of Opts.SafeRawPath.
  std::string Raw = "raw";

  const Options &Opts;
  /// `raw::name` of a record.
  std::string rawName(ir::ItemId Id) const;
  /// `raw::name` of a function as the raw bindings call it.
  std::string rawFn(ir::ItemId Id) const {
    return Raw + "::" + A.rawCallName(Id);
  }
  /// Whether the handle is a pointer we own (Owned, RefCounted in std).
  bool isPointerHandle(const Handle &H) const;
};

/// `// REVIEW:` lines for the guesses among Inferences.
void writeReviews(SourceWriter &W, const std::vector<Inference> &Inferences);

// HandleWriter.cpp
void writeHandle(WriteContext &Ctx, SourceWriter &W, int Index);
/// `Borrowed<'a, T>`, when a method lends out an owning handle C keeps.
void writeBorrowedIfUsed(WriteContext &Ctx, SourceWriter &W);
/// Whether a method registers a callback whose closure handle Index owns.
bool handleOwnsClosures(const SafeModel &Model, int Index);

// MethodWriter.cpp
void writeMethod(WriteContext &Ctx, SourceWriter &W, const MethodPlan &Plan);
// LentForward.cpp
/// Whether `BorrowedMut<'_, T>` forwards Plan: a `&mut self` method that
/// neither frees nor keeps a closure in its receiver.
bool isLentMutMethod(const MethodPlan &Plan);
/// Plan's method on `BorrowedMut<'_, T>`, forwarding to the lent handle.
void writeLentMethod(WriteContext &Ctx, SourceWriter &W,
                     const MethodPlan &Plan);
// MethodWriter.cpp
/// `Lead unsafe { Callee(Args) }Trail` as rustfmt writes it: on one line;
/// else, for a `let ... = ` Lead, the block on the next line; else the block
/// broken, the call inside on one line if it fits, else one argument a line.
void writeUnsafeCall(SourceWriter &W, llvm::StringRef Lead,
                     const std::string &Callee,
                     const std::vector<std::string> &Args,
                     llvm::StringRef Trail);
/// `pub fn head(params) -> ret {` broken one parameter a line when long.
void writeFnHead(SourceWriter &W, const std::string &Head,
                 const std::vector<std::string> &Params,
                 const std::string &Return);

// RustSafe.cpp
/// The whole skeleton of Model in the style of Opts.
void writeSafeModel(const ir::Module &M, const Analysis &A,
                    const SafeModel &Model, const Options &Opts,
                    llvm::raw_ostream &OS);

} // namespace kbindgen::rustsafe

#endif // KBINDGEN_LIB_BACKENDS_RUSTSAFE_SAFEWRITER_H
