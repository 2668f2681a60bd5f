// __int128 is i128/u128 where Rust passes it as C does (x86_64 and aarch64,
// Rust 1.77 and later): those functions stay callable (test/abi calls them).
#if defined(__SIZEOF_INT128__)
__int128 i128_negate(__int128 x);
unsigned __int128 u128_shift(unsigned __int128 x, unsigned n);
struct with_int128 {
  char c;
  __int128 s;
};
struct with_int128 i128_record(struct with_int128 r);
extern unsigned __int128 u128_var;
#endif
