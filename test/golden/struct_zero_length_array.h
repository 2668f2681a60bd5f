// GNU zero-length arrays `T a[0]` (the pre-C99 flexible array spelling).
struct zla {
  int len;
  char data[0];
};

struct zla_only {
  long x[0];
};
