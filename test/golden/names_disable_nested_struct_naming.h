// kbindgen-flags: --disable-nested-struct-naming
// --disable-nested-struct-naming: a named struct defined inside another is
// named by its own name (inner, not outer_inner); an anonymous one is still
// named after its first named ancestor (inner__bindgen_ty_1).
struct outer {
  struct inner {
    int x;
    struct {
      int y;
    } anon;
  } in;
  union {
    int i;
    float f;
  } u;
  enum kind { K_ONE, K_TWO } k;
};
