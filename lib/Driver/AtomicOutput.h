//===- AtomicOutput.h - Replace a file all at once -------------*- C++ -*-===//
//
// Output goes to a temporary file in the destination's directory and is
// renamed over the destination only when complete, so a failed or abandoned
// run leaves the previous file untouched and readers never see half a file.
//
//===----------------------------------------------------------------------===//

#ifndef KBINDGEN_LIB_DRIVER_ATOMICOUTPUT_H
#define KBINDGEN_LIB_DRIVER_ATOMICOUTPUT_H

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/raw_ostream.h"

#include <memory>
#include <string>

namespace kbindgen::driver {

class AtomicOutputFile {
public:
  /// Creates the temporary file next to Path. Fails (with one line naming
  /// Path) when the directory does not exist or is not writable.
  static llvm::Expected<AtomicOutputFile> create(llvm::StringRef Path);

  AtomicOutputFile(AtomicOutputFile &&Other);
  AtomicOutputFile &operator=(AtomicOutputFile &&) = delete;
  /// Removes the temporary file unless commit() succeeded.
  ~AtomicOutputFile();

  llvm::raw_ostream &os() { return *Stream; }
  const std::string &tempPath() const { return TempPath; }

  /// Closes the temporary file and renames it over the destination. On
  /// failure the temporary file is removed and the destination is untouched.
  llvm::Error commit();

private:
  AtomicOutputFile(std::string Path, std::string TempPath, int FD);
  void discard();

  std::string Path;
  std::string TempPath;
  std::unique_ptr<llvm::raw_fd_ostream> Stream;
  bool Finished = false;
};

/// What to do when the destination already holds exactly the new contents.
enum class IdenticalOutput {
  /// Leave the file alone: its modification time stays, so make and ninja
  /// do not rebuild what depends on it (a header edit that does not change
  /// the bindings then costs no Rust rebuild).
  Keep,
  /// Replace it anyway (--always-write), for build rules that treat the
  /// output's modification time as "the generator ran".
  Replace,
};

/// Writes Contents to Path through an AtomicOutputFile. A symlink keeps
/// pointing where it did (its target is replaced); a device or FIFO
/// (`-o /dev/null`) is written in place, never replaced (nor read).
llvm::Error writeFileAtomically(llvm::StringRef Path, llvm::StringRef Contents,
                                IdenticalOutput WhenIdentical);

} // namespace kbindgen::driver

#endif // KBINDGEN_LIB_DRIVER_ATOMICOUTPUT_H
