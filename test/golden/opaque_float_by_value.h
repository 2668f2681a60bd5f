// kbindgen-flags: --opaque-type vec2|pair_u|ints
// kbindgen-expect-warning: their call ABI passes a floating-point member of an opaque record
// An opaque record is a blob of integers: C passes one holding a float or
// double in SSE registers (x86_64), as an HFA in FP registers (aarch64) or
// in FP registers (hard-float arm, riscv); Rust would pass the blob in
// integer registers. Functions passing such a record by value are refused;
// the types keep their layout, and opaque records of integers stay
// callable.
struct vec2 {
  double x, y;
};
union pair_u {
  float f[2];
  long l;
};
struct ints {
  int a, b;
};
struct wraps_vec2 {
  struct vec2 inner;
};
double vec2_sum(struct vec2 v);
struct vec2 vec2_make(double x, double y);
long pair_bits(union pair_u p);
double wrapped_sum(struct wraps_vec2 w);
double vec2_sum_ptr(const struct vec2 *v);
int ints_sum(struct ints s);
typedef double (*vec2_fn)(struct vec2 v);
