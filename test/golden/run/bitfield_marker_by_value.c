#include "bitfield_marker_by_value.h"

long long marked_sum(struct marked m) {
  return m.c + m.b + m.pad[0] + m.pad[1] + m.i.s;
}

struct marked marked_make(char c, long long b, short s) {
  struct marked m = {c, b, {5, 6}, {s}};
  return m;
}
