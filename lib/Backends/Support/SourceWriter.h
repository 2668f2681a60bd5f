//===- SourceWriter.h - Rust text with rustfmt's line breaks ---*- C++ -*-===//
//
// Owns indentation and the few line-breaking decisions rustfmt makes on the
// shapes we generate (long signatures, long type aliases, long fields), so
// the output needs no formatter.
//
//===----------------------------------------------------------------------===//

#ifndef KBINDGEN_LIB_BACKENDS_SUPPORT_SOURCEWRITER_H
#define KBINDGEN_LIB_BACKENDS_SUPPORT_SOURCEWRITER_H

#include "llvm/ADT/ArrayRef.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/ADT/Twine.h"

#include <string>
#include <vector>

namespace kbindgen::backends {

struct RustParam;

/// A spelled Rust type. Function pointers keep their structure because
/// rustfmt breaks them across lines when they are long.
struct RustType {
  std::string Flat;
  bool IsFnPtr = false;
  /// Function pointers: parameters as `name: Type`.
  std::vector<RustParam> Params;
  bool Variadic = false;
  /// Function pointers: the text after the parameter list (` -> R`), or empty.
  std::string ReturnSuffix;
  /// Function pointers: `::core::option::Option` and `unsafe extern "C" fn`.
  std::string OptionPath;
  std::string FnPrefix;
  /// Function pointers inside arrays or behind pointers: the text around the
  /// `Option<...>` (`[` and `; 2usize]`, `*mut ` and ``).
  std::string Before, After;
};

/// One parameter, `Name: Type`. A struct rather than a std::pair: clang
/// rejects a pair holding RustType inside RustType's own definition.
struct RustParam {
  std::string Name;
  RustType Type;
};

/// A function signature for signature(): `Head(params) Tail`.
struct Signature {
  std::string Head; ///< e.g. `pub fn foo`
  std::vector<RustParam> Params;
  bool Variadic = false;
  std::string Tail; ///< e.g. ` -> ffi::c_int;` or ` {`
  /// The return type when it is a function pointer (rustfmt breaks it).
  RustType Return;
  /// What follows the return type in Tail (`;` or ` {`).
  std::string Terminator;
};

class SourceWriter {
public:
  static constexpr size_t MaxWidth = 100;

  void line(llvm::StringRef Text);
  void blankLine() { Out += '\n'; }
  /// Appends already formatted text.
  void raw(llvm::StringRef Text) { Out += Text; }
  /// Writes `Text {` and indents.
  void open(llvm::StringRef Text);
  /// open() for a struct, union or enum header (`pub struct NAME`): when
  /// `Text {` is wider than the line, rustfmt puts the brace alone on the
  /// next line.
  void openItem(llvm::StringRef Text);
  /// `impl SelfType {`, or `impl Trait for SelfType {` when Trait is not
  /// empty. Wider than the line, rustfmt writes `impl` (`impl Trait`), the
  /// self type (`for SelfType`) on an indented line, and the brace alone.
  /// Keyword: `impl`, or `unsafe impl` for an unsafe trait.
  void openImpl(llvm::StringRef Trait, llvm::StringRef SelfType,
                llvm::StringRef Keyword = "impl");
  /// Dedents and writes `}` followed by Suffix.
  void close(llvm::StringRef Suffix = "");
  void indent() { ++Level; }
  void dedent() {
    if (Level > 0)
      --Level;
  }
  size_t column() const { return Level * 4; }

  /// `Head Type Tail` on one line, or broken the way rustfmt breaks a long
  /// field or parameter type.
  /// Fields and statics (BreakAfterColon) may move the type to its own
  /// line; parameters never do.
  void typed(llvm::StringRef Head, const RustType &Type, llvm::StringRef Tail,
             bool BreakAfterColon = true);
  /// `Lhs = Rhs;` (type alias, const) broken after `=` when too long.
  void assignment(llvm::StringRef Lhs, const RustType &Rhs);
  void signature(const Signature &Sig);
  /// `First` and `Second` on one line, else Second on a continuation line.
  void continued(llvm::StringRef First, llvm::StringRef Second);
  /// rustfmt's vertical form of a call, a parameter list or a struct
  /// literal: `Open`, then each item indented with a trailing comma, then
  /// `Close` (e.g. `f(` ... `)`, `Name {` ... `}`).
  void verticalList(llvm::StringRef Open, llvm::ArrayRef<std::string> Items,
                    llvm::StringRef Close);
  /// Writes lines of a doc comment as `///`.
  void doc(llvm::StringRef Text);

  llvm::StringRef str() const { return Out.str(); }
  std::string take() {
    std::string Text = Out.str().str();
    Out.clear();
    return Text;
  }
  /// Hands over what was written without copying it.
  llvm::SmallString<0> takeBuffer() { return std::move(Out); }
  /// Inserts Text at byte Position of what was written (Position <= size).
  void insertAt(size_t Position, llvm::StringRef Text) {
    Out.insert(Out.begin() + Position, Text.begin(), Text.end());
  }

private:
  bool fits(size_t Width) const { return column() + Width <= MaxWidth; }
  void fnPointer(const RustType &Type, llvm::StringRef Tail);
  void paramList(const std::vector<RustParam> &Params, bool Variadic);

  /// A SmallString rather than a std::string: it grows by realloc, which
  /// moves a large buffer's pages instead of copying them into freshly
  /// faulted memory at every doubling (the output can be tens of MiB).
  llvm::SmallString<0> Out;
  unsigned Level = 0;
};

/// `(a: T, b: U, ...)` on one line.
std::string flatParams(const std::vector<RustParam> &Params, bool Variadic);

} // namespace kbindgen::backends

#endif
