// kbindgen-flags: --allowlist-file .*allow_a\.h
// --allowlist-file: items declared in matching files only.
#include "inc/allow_a.h"
#include "inc/other_b.h"

struct from_main {
  int m;
};
