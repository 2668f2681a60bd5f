// clang's `overloadable` attribute gives C functions C++ symbols (`_Z...`):
// each keeps its symbol as its link name (main bound `f` to the symbol `f`).
// A second overload has the same Rust name and is skipped, with the reason.
int scale(int value) __attribute__((overloadable));
double scale(double value) __attribute__((overloadable));
int plain(int value);
