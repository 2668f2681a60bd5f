//===- DriverPhaseTimerTest.cpp - --time-phases ---------------------------===//

#include "Driver/PhaseTimer.h"

#include "llvm/Support/Regex.h"

#include <catch2/catch.hpp>

using namespace kbindgen::driver;

TEST_CASE("phase timer prints one line per phase only when enabled",
          "[driver]") {
  std::string Text;
  llvm::raw_string_ostream OS(Text);
  {
    PhaseTimer Timer(true, OS);
    { auto Phase = Timer.phase("parse"); }
    Timer.report("write", 1.25);
  }
  llvm::Regex Shape("^kbindgen: time: parse [0-9]+\\.[0-9]{3} s\n"
                    "kbindgen: time: write 1\\.250 s\n$");
  CHECK(Shape.match(OS.str()));

  std::string Quiet;
  llvm::raw_string_ostream QuietOS(Quiet);
  {
    PhaseTimer Timer(false, QuietOS);
    { auto Phase = Timer.phase("parse"); }
  }
  CHECK(QuietOS.str().empty());
}
