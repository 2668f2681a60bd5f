// kbindgen-flags: --blocklist-file .*blocked_c\.h
// --blocklist-file: items declared in matching files are not emitted; the
// main header's own items are.
#include "inc/blocked_c.h"

struct from_main_file {
  int m;
};
int main_function(void);
