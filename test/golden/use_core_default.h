// kbindgen-flags: --use-core
// --use-core without --ctypes-prefix: C types from ::core::ffi.
struct core_types {
  int i;
  unsigned long ul;
  char name[4];
  unsigned int bits : 3;
};

union core_union {
  int i;
  float f;
};

long core_fn(int *p);
