// kbindgen-flags: --disable-untagged-union --with-derive-default
// --disable-untagged-union: every union is a struct of zero-sized
// __BindgenUnionField<T> members (read with .as_ref(), written with
// .as_mut()) plus a bindgen_union_field blob that gives the size and
// alignment; such structs nest and derive like any blob.
union number {
  int i;
  float f;
};
union wide {
  long long ll;
  char bytes[12];
};
struct tagged {
  int kind;
  union {
    short s;
    double d;
  };
  union number n;
};
