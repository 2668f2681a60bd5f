// aligned(N) on types -> #[repr(C, align(N))].
struct __attribute__((aligned(8))) a8 {
  int x;
};

struct __attribute__((aligned(64))) cacheline {
  char data[10];
};

typedef struct __attribute__((aligned(32))) {
  double d;
} a32_t;

union __attribute__((aligned(16))) u16a {
  int i;
  char c;
};
