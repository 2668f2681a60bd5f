// kbindgen-flags: --no-copy payload --manually-drop-union 'md_.*'
// --manually-drop-union REGEX: the matching unions with a non-Copy field take
// the ManuallyDrop form; the others keep the default (bindgen_wrapper).
struct payload {
  int words[2];
};
union md_message {
  struct payload p;
  long tag;
};
union wrapped_message {
  struct payload p;
  long tag;
};
