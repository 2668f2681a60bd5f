#ifndef COUNTER_H
#define COUNTER_H

#include "counter_types.h"

void counter_init(struct counter *c, int step);
int counter_next(struct counter *c);

#endif
