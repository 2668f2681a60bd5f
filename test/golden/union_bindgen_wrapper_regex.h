// kbindgen-flags: --no-copy payload --default-non-copy-union-style manually_drop --bindgen-wrapper-union 'w_.*'
// --bindgen-wrapper-union REGEX: the matching unions with a non-Copy field are
// written as __BindgenUnionField structs whatever the default style.
struct payload {
  int words[2];
};
union w_message {
  struct payload p;
  long tag;
};
union md_message {
  struct payload p;
  long tag;
};
