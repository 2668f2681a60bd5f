// kbindgen-flags: --no-copy payload
// A union with a field that is not Copy (here through --no-copy) takes
// bindgen's default non-Copy style, bindgen_wrapper: a struct of
// __BindgenUnionField<T> members plus a bindgen_union_field blob of the
// union's size and alignment. A union of Copy fields stays a Rust union.
struct payload {
  int words[4];
};
union message {
  struct payload p;
  long tag;
  char bytes[16];
};
union simple {
  int i;
  float f;
};
