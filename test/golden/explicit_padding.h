// kbindgen-flags: --explicit-padding
// --explicit-padding: padding bytes become named fields (__bindgen_padding_N).
struct needs_padding {
  char a;
  int b;
  char c;
  double d;
  short e;
};

struct no_padding {
  int a;
  int b;
};
