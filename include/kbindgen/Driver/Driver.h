//===- Driver.h - The kbindgen command -------------------------*- C++ -*-===//

#ifndef KBINDGEN_DRIVER_DRIVER_H
#define KBINDGEN_DRIVER_DRIVER_H

namespace kbindgen {

/// Runs kbindgen with bindgen's command line. Returns the process exit code:
/// 0 success, 1 bad input (header errors, unwritable output), 2 bad usage.
int runDriver(int Argc, const char *const *Argv);

} // namespace kbindgen

#endif // KBINDGEN_DRIVER_DRIVER_H
