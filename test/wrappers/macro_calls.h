/* Function-like macros that --wrap-static-fns turns into wrappers when
 * their expansion is one call of a declared function, in the shapes of the
 * kernel's rust/helpers (test/wrappers/run_macro_calls.py), and the macros
 * it must leave alone, each for its reason. The functions are defined in
 * macro_calls_impl.c. */
#ifndef KBINDGEN_TEST_WRAPPERS_MACRO_CALLS_H
#define KBINDGEN_TEST_WRAPPERS_MACRO_CALLS_H

struct buf {
  long len;
  int fill;
};

struct lock_class_key {
  int id;
};

int buf_fill_nested(struct buf *b, int value, int depth);
long scale_impl(long value, int factor);
void *buf_resize_noprof(struct buf *b, unsigned long size, unsigned flags);
long buf_len(const struct buf *b);
void buf_lock_init_key(struct buf *b, const char *name,
                       struct lock_class_key *key);

/* A plain call with a constant argument, like the kernel's
 * `mutex_lock(lock) mutex_lock_nested(lock, 0)`. */
#define buf_fill(b, value) buf_fill_nested(b, value, 0)

/* The macro's parameters in another order than the callee's. */
#define scale_by(factor, value) scale_impl((value), (factor))

/* A wrapper macro that is a statement expression yielding its argument,
 * like the kernel's alloc_hooks(). */
#define track_alloc(_do_alloc)                                                 \
  ({                                                                           \
    __typeof__(_do_alloc) _res = _do_alloc;                                    \
    _res;                                                                      \
  })

/* Variadic through the wrapper macro, like `krealloc(...)`. */
#define buf_resize(...) track_alloc(buf_resize_noprof(__VA_ARGS__))

/* Through another function-like macro that is one call. */
#define buf_clear(b) buf_fill(b, 0)

/* A statement, not a call. */
#define buf_reset(b)                                                           \
  do {                                                                         \
    (b)->len = 0;                                                              \
  } while (0)

/* Calls a function the header does not declare. */
#define buf_missing(b) buf_frobnicate(b)

/* A static per call site, like mutex_init(). */
#define buf_lock_init(b)                                                       \
  do {                                                                         \
    static struct lock_class_key __key;                                        \
    buf_lock_init_key((b), #b, &__key);                                        \
  } while (0)

/* A wrapper macro that changes the result type: buf_len returns long, the
 * macro an int, so the callee's signature would be wrong. */
#define as_flag(x) ((x) != 0)
#define buf_nonempty(b) as_flag(buf_len(b))

/* A parameter that is not passed to the callee on its own. */
#define buf_len_twice(b) scale_impl(buf_len(b), 2)

#endif /* KBINDGEN_TEST_WRAPPERS_MACRO_CALLS_H */
