// kbindgen-flags: --rust-target 1.68
// Before Rust 1.77 i128 did not have C's alignment or argument passing: the
// blob keeps the layout of fields and variables, but functions that pass
// __int128 by value are not emitted.
// kbindgen-expect-warning: functions not emitted: their call ABI passes __int128
#if defined(__SIZEOF_INT128__)
__int128 old_i128_negate(__int128 x);
void old_u128_param(unsigned __int128 x);
struct old_with_int128 {
  char c;
  __int128 s;
};
extern __int128 old_i128_var;
long old_still_callable(__int128 *p);
#endif
