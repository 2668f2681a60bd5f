// kbindgen-flags: --default-visibility private
// --default-visibility private: fields, bitfield units and every bitfield
// accessor (and new_bitfield_N) lose `pub`; the types stay public.
struct point {
  int x;
  int y;
};
struct flags {
  unsigned int ready : 1;
  unsigned int mode : 3;
  int count;
};
union value {
  int i;
  float f;
};
struct outer {
  union {
    int a;
    long b;
  };
  char tag;
};
