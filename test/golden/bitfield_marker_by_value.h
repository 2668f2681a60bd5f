// kbindgen-flags: --allowlist-function 'marked_.*'
// Packed, but plain repr(C) in Rust: the bitfield unit's marker is lowered
// to 1 at offset 1, and i sits at a multiple of its alignment, so the Rust
// layout keeps every member as its type (i4 with its repr(align)). The call
// ABI check reads that layout: the functions are callable, and
// runcheck.bitfield_marker_by_value passes the record both ways through C.
struct __attribute__((aligned(4))) i4 {
  short s;
};
struct __attribute__((packed, aligned(4))) marked {
  char c;
  long long b : 40;
  char pad[2];
  struct i4 i;
};
long long marked_sum(struct marked m);
struct marked marked_make(char c, long long b, short s);
