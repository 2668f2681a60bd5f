#include "counter.h"

void counter_init(struct counter *c, int step) {
  c->value = 0;
  c->step = step;
}

int counter_next(struct counter *c) { return c->value += c->step; }
