//===- PhaseTimer.cpp - --time-phases -------------------------------------===//

#include "Driver/PhaseTimer.h"

#include <fmt/format.h>

namespace kbindgen::driver {

PhaseTimer::Scope::Scope(PhaseTimer &Timer, llvm::StringRef Phase)
    : Timer(Timer), Phase(Phase.str()),
      Start(std::chrono::steady_clock::now()) {}

PhaseTimer::Scope::~Scope() {
  std::chrono::duration<double> Elapsed =
      std::chrono::steady_clock::now() - Start;
  Timer.report(Phase, Elapsed.count());
}

void PhaseTimer::report(llvm::StringRef Phase, double Seconds) {
  if (!Enabled)
    return;
  OS << fmt::format("kbindgen: time: {} {:.3f} s\n",
                    std::string_view(Phase.data(), Phase.size()), Seconds);
  OS.flush();
}

} // namespace kbindgen::driver
