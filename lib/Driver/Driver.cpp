// Placeholder until the driver lands.
#include "kbindgen/Driver.h"
namespace kbindgen {
int runDriver(int Argc, const char *const *Argv) { return 2; }
} // namespace kbindgen
