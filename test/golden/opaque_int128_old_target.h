// kbindgen-flags: --rust-target 1.68
// __int128 before Rust 1.77 had alignment 8 in Rust but 16 in C: with an old
// --rust-target it must become an aligned opaque blob (and a warning).
// kbindgen-expect-warning: the type has no exact Rust equivalent
struct old_int128 {
  char c;
  __int128 s;
};
