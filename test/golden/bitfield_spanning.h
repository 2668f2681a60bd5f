// Bitfields whose widths do not fit the declared type's unit: clang starts a
// new unit (c) and wide fields cross byte boundaries.
struct spanning {
  unsigned int a : 20;
  unsigned int b : 10;
  unsigned int c : 20;
  unsigned long long d : 40;
  unsigned long long e : 30;
};
