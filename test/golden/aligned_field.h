// aligned(N) on fields: the field moves and the struct's alignment grows.
struct field_aligned {
  char a;
  int b __attribute__((aligned(16)));
  char c;
};

struct field_aligned_small {
  char a;
  char b __attribute__((aligned(4)));
  short c;
};
