/* The C side of runcheck.struct_flexarray_dst: allocates and reads structs
 * with a flexible array member the C way. */
#include "struct_flexarray_dst.h"

#include <stddef.h>
#include <stdlib.h>

struct msg *msg_new(unsigned len) {
  struct msg *m = malloc(sizeof *m + len);
  m->tag = 0xab;
  m->len = len;
  for (unsigned i = 0; i < len; ++i)
    m->payload[i] = (char)('a' + i);
  return m;
}

unsigned msg_sum(const msg_t *m) {
  unsigned sum = 0;
  for (unsigned i = 0; i < m->len; ++i)
    sum += (unsigned char)m->payload[i];
  return sum;
}

void msg_free(struct msg *m) { free(m); }

unsigned long padded_size(unsigned n) {
  return offsetof(struct padded_tail, items) + n * sizeof(short);
}

long padded_sum(const struct padded_tail *p, unsigned n) {
  long sum = p->a + p->c;
  for (unsigned i = 0; i < n; ++i)
    sum += p->items[i];
  return sum;
}
