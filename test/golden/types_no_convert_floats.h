// kbindgen-flags: --no-convert-floats
// --no-convert-floats: float and double are written as c_float and c_double
// of the ctypes prefix, not f32 and f64; float macro constants (C doubles)
// are c_double too.
#define SCALE 2.5
#define HALF 0.5f
typedef float real_t;
struct point {
  float x;
  double y;
  real_t weight;
  float samples[3];
};
double point_distance(const struct point *a, const struct point *b);
void point_scale(struct point *p, float factor);
typedef double (*metric_fn)(float, double);
