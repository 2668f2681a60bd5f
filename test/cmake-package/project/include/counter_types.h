/* Included by counter.h: the test touches it to see the bindings remade. */
#ifndef COUNTER_TYPES_H
#define COUNTER_TYPES_H

struct counter {
  int value;
  int step;
};

#endif
