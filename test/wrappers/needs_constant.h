/* Static inline functions that compile only when inlined with constant
 * arguments (as in kernel headers): their wrappers fail to compile, and
 * find_failing_wrappers.py must name exactly these. */
#ifndef KBINDGEN_TEST_WRAPPERS_NEEDS_CONSTANT_H
#define KBINDGEN_TEST_WRAPPERS_NEEDS_CONSTANT_H

extern void must_not_be_called(void)
    __attribute__((__error__("reached with a non-constant argument")));

/* An "i" asm operand needs a compile-time constant. */
static inline __attribute__((__always_inline__)) int needs_constant(int x) {
  __asm__("" : : "i"(x));
  return x;
}

static inline int plain(int x) { return x + 1; }

/* Only reached when x is not a constant, which a wrapper always makes it. */
static inline int never_called(int x) {
  if (!__builtin_constant_p(x))
    must_not_be_called();
  return x;
}

/* Fine: the check folds away for a non-constant argument. */
static inline int checks_constants(int x) {
  if (__builtin_constant_p(x) && x < 0)
    must_not_be_called();
  return x;
}

static inline void also_plain(int *out) { *out = 1; }

#endif /* KBINDGEN_TEST_WRAPPERS_NEEDS_CONSTANT_H */
