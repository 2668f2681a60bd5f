// Plain unions become Rust unions with the largest member's size.
union number {
  int i;
  unsigned u;
  float f;
  double d;
  char bytes[8];
};

union big {
  char small;
  long long arr[3];
};
