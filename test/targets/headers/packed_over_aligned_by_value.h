// A record aligned(8) holding a long long is over-aligned only where
// long long is 4-aligned in records (i386): there its Rust type needs
// repr(align(8)), which Rust forbids in a packed struct, so the packed
// wrapper holds it as bytes and a function passing the wrapper by value
// is refused. Elsewhere the wrapper keeps the member and stays callable.
// clang-format off
// kbindgen-target-expect x86_64: pub fn wrap_ll8_get(w: wrap_ll8) -> ::std::os::raw::c_longlong;
// kbindgen-target-expect aarch64: pub fn wrap_ll8_get(w: wrap_ll8) -> ::std::os::raw::c_longlong;
// kbindgen-target-absent i386: pub fn wrap_ll8_get
// kbindgen-target-expect i386: pub a: [u8; 8usize],
// clang-format on
struct __attribute__((aligned(8))) ll8 {
  long long x;
};
struct __attribute__((packed)) wrap_ll8 {
  struct ll8 a;
};
long long wrap_ll8_get(struct wrap_ll8 w);
