// kbindgen-flags: --no-layout-tests
// --no-layout-tests: no size/align/offset assertions in the output.
struct no_checks {
  char a;
  long b;
};

union no_checks_u {
  int a;
  char b[6];
};
