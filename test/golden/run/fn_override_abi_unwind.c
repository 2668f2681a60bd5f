/* C between two Rust frames: the panic of rust_panics unwinds through
 * call_back (compiled with -fexceptions). */
#include "fn_override_abi_unwind.h"

int call_back(int code) {
  rust_panics(code);
  return -1;
}
