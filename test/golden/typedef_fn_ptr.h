// typedefs of function types and function pointer types.
typedef void (*callback_t)(void *user, int code);
typedef int (*compare_fn)(const void *, const void *);
typedef int handler_fn(int); /* a function type, not a pointer */
typedef handler_fn *handler_ptr;

struct registration {
  callback_t cb;
  compare_fn cmp;
  handler_fn *direct;
  handler_ptr via_typedef;
};

void sort(void *base, unsigned long n, unsigned long size, compare_fn cmp);
