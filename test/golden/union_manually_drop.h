// kbindgen-flags: --no-copy payload --default-non-copy-union-style manually_drop
// --default-non-copy-union-style manually_drop: a union with a field that is
// not Copy is a Rust union whose fields are all ManuallyDrop<T>.
struct payload {
  int words[4];
};
union message {
  struct payload p;
  long tag;
};
union simple {
  int i;
  float f;
};
