// Function pointer fields become Option<unsafe extern "C" fn(...)>.
struct ops {
  void (*reset)(void);
  int (*read)(void *ctx, char *buf, unsigned long len);
  const char *(*name)(const struct ops *self);
  void (*log)(const char *fmt, ...);
  int (*table[2])(int);
};
