// _Float16: opaque 2-byte blob (u16-sized) and a warning.
// kbindgen-expect-warning: the type has no exact Rust equivalent
struct with_half {
  _Float16 h;
  int after;
};
