// kbindgen-flags: --c-naming
// --c-naming: records and enums are named as C spells their types
// (struct_a, union_b, enum_c), the tag once before a nested name
// (struct_outer_inner); typedef names, functions and variables are unchanged.
struct a {
  int a;
};
typedef const struct a *a;
union b {
  int a;
  int b;
};
typedef union b b;
enum c { A };
struct outer {
  struct inner {
    int x;
  } in;
  struct {
    int y;
  } anon;
};
void takes_a(a arg);
void takes_b(b arg);
void takes_c(enum c arg);
void takes_outer(struct outer *o);
