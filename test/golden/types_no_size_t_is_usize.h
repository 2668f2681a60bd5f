// kbindgen-flags: --no-size_t-is-usize
// --no-size_t-is-usize: size_t and ssize_t keep their typedefs (of the C
// integer type) instead of becoming usize and isize; the other pointer-sized
// typedefs (uintptr_t, ptrdiff_t) are still usize and isize, as in bindgen.
typedef unsigned long size_t;
typedef long ssize_t;
typedef unsigned long uintptr_t;
typedef long ptrdiff_t;
struct buffer {
  size_t len;
  ssize_t written;
  uintptr_t base;
  ptrdiff_t cursor;
};
size_t buffer_len(const struct buffer *b);
ssize_t buffer_write(struct buffer *b, const void *data, size_t size);
