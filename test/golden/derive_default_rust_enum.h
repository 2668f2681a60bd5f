// kbindgen-flags: --with-derive-default --rustified-enum .*
// --with-derive-default with Rust enums: a record that may hold one (an
// enum without a zero variant here) keeps bindgen's MaybeUninit form of the
// zeroed Default, which rustc's invalid_value lint never inspects; without
// Rust enums the impl is `unsafe { mem::zeroed() }` (derive_default.h).
enum mode { MODE_ON = 1, MODE_OFF = 2 };
struct big {
  enum mode m;
  int values[40];
};
