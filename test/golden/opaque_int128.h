// __int128: i128/u128 where the Rust target supports them in FFI, otherwise an
// aligned opaque blob; the layout must match clang (size 16, align 16).
struct with_int128 {
  char c;
  __int128 s;
  unsigned __int128 u;
};
