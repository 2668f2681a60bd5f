// kbindgen-flags: --with-derive-hash --with-derive-partialeq --with-derive-eq
// Hash/PartialEq/Eq where every field allows them; floats block Hash and Eq.
struct hashable {
  int a;
  unsigned char bytes[4];
  const char *p;
};

struct has_float {
  float f;
  int i;
};

enum derive_e { DE_A, DE_B };
