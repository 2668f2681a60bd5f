//===- PhaseTimer.h - --time-phases ----------------------------*- C++ -*-===//

#ifndef KBINDGEN_LIB_DRIVER_PHASETIMER_H
#define KBINDGEN_LIB_DRIVER_PHASETIMER_H

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/raw_ostream.h"

#include <chrono>
#include <string>

namespace kbindgen::driver {

/// Prints `kbindgen: time: PHASE 0.412 s` for each finished phase when
/// enabled; does nothing otherwise.
class PhaseTimer {
public:
  PhaseTimer(bool Enabled, llvm::raw_ostream &OS) : Enabled(Enabled), OS(OS) {}

  /// Times one phase from construction to destruction.
  class Scope {
  public:
    Scope(PhaseTimer &Timer, llvm::StringRef Phase);
    Scope(const Scope &) = delete;
    Scope &operator=(const Scope &) = delete;
    ~Scope();

  private:
    PhaseTimer &Timer;
    std::string Phase;
    std::chrono::steady_clock::time_point Start;
  };

  Scope phase(llvm::StringRef Phase) { return Scope(*this, Phase); }

  /// Prints one line (when enabled).
  void report(llvm::StringRef Phase, double Seconds);

private:
  bool Enabled;
  llvm::raw_ostream &OS;
};

} // namespace kbindgen::driver

#endif // KBINDGEN_LIB_DRIVER_PHASETIMER_H
