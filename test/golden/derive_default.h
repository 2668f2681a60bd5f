// kbindgen-flags: --with-derive-default
// --with-derive-default: Default derived where possible; unions, large arrays
// and pointers get an impl Default via zeroed memory where bindgen does so.
struct simple_default {
  int a;
  double b;
};

struct with_ptr_default {
  int *p;
  char big[64];
};

union union_default {
  int a;
  float b;
};
