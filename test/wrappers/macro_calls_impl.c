/* The out-of-line functions of macro_calls.h, which the macros call. */
#include "macro_calls.h"

#include <stddef.h>

int buf_fill_nested(struct buf *b, int value, int depth) {
  b->fill = value + 100 * depth;
  return b->fill;
}

long scale_impl(long value, int factor) { return value * factor; }

void *buf_resize_noprof(struct buf *b, unsigned long size, unsigned flags) {
  b->len = (long)size + (long)flags;
  return b;
}

long buf_len(const struct buf *b) { return b->len; }

void buf_lock_init_key(struct buf *b, const char *name,
                       struct lock_class_key *key) {
  (void)name;
  b->len = key ? key->id : -1;
}
