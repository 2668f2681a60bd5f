// kbindgen-flags: -- -DFEATURE=1 -DWIDTH=8
// Clang arguments after `--` reach the preprocessor.
#if FEATURE
struct feature_on {
  char data[WIDTH];
};
#else
struct feature_off {
  int never;
};
#endif
#define WIDTH_PLUS (WIDTH + 1)
