/* Static and static inline functions that Rust calls through the C wrappers
 * kbindgen generates (test/wrappers). Every shape the wrapper writer must
 * spell: structs and unions by value, bitfields, callbacks, strings, arrays,
 * void results, function pointers returned. */
#ifndef KBINDGEN_TEST_WRAPPERS_INLINE_FNS_H
#define KBINDGEN_TEST_WRAPPERS_INLINE_FNS_H

struct point {
  int x;
  int y;
};

/* Larger than two registers: passed and returned in memory on x86_64. */
struct big {
  long a, b, c;
  double d;
};

struct vec2 {
  float x, y;
};

struct flags {
  unsigned ready : 1;
  unsigned mode : 3;
  unsigned count : 12;
  signed delta : 5;
};

union word {
  unsigned int u;
  float f;
  unsigned char bytes[4];
};

enum shade { SHADE_DARK = 1, SHADE_LIGHT = 2 };

typedef unsigned long kb_size_t;
typedef int (*binary_op)(int, int);
typedef void (*visit_fn)(void *ctx, int value);
typedef struct {
  int lo, hi;
} range_t;

static inline int add(int a, int b) { return a + b; }

static inline struct point point_make(int x, int y) {
  struct point p = {x, y};
  return p;
}

static inline struct point point_add(struct point a, struct point b) {
  return point_make(a.x + b.x, a.y + b.y);
}

static inline int point_cross(const struct point *a, const struct point *b) {
  return a->x * b->y - a->y * b->x;
}

static inline struct big big_scale(struct big v, long k) {
  v.a *= k;
  v.b *= k;
  v.c *= k;
  v.d *= (double)k;
  return v;
}

static inline float vec2_dot(struct vec2 a, struct vec2 b) {
  return a.x * b.x + a.y * b.y;
}

static inline struct flags flags_make(unsigned ready, unsigned mode,
                                      unsigned count, int delta) {
  struct flags f = {0};
  f.ready = ready;
  f.mode = mode;
  f.count = count;
  f.delta = delta;
  return f;
}

static inline unsigned flags_count(struct flags f) { return f.count; }
static inline int flags_delta(struct flags f) { return f.delta; }
static inline void flags_set_mode(struct flags *f, unsigned mode) {
  f->mode = mode;
}

static inline union word word_from_float(float f) {
  union word w;
  w.f = f;
  return w;
}

static inline unsigned word_bits(union word w) { return w.u; }

static inline enum shade shade_invert(enum shade s) {
  return s == SHADE_DARK ? SHADE_LIGHT : SHADE_DARK;
}

static inline int apply(int (*fn)(int, void *), int value, void *ctx) {
  return fn(value, ctx);
}

static inline void for_range(range_t r, visit_fn visit, void *ctx) {
  for (int i = r.lo; i < r.hi; i++)
    visit(ctx, i);
}

static int op_add(int a, int b) { return a + b; }
static int op_mul(int a, int b) { return a * b; }

/* A function returning a function pointer, spelled without a typedef. */
static inline int (*pick_op(int which))(int, int) {
  return which ? op_mul : op_add;
}

static inline binary_op pick_op_typed(int which) { return pick_op(which); }

static inline kb_size_t str_len(const char *s) {
  kb_size_t n = 0;
  while (s[n])
    n++;
  return n;
}

static inline int count_char(const char *const *strings, int n, char c) {
  int total = 0;
  for (int i = 0; i < n; i++)
    for (const char *p = strings[i]; *p; p++)
      total += *p == c;
  return total;
}

static inline void set_int(int *out, int value) { *out = value; }

static inline int sum4(const int v[4]) { return v[0] + v[1] + v[2] + v[3]; }

static inline int sum_rows(int (*rows)[3], int n) {
  int total = 0;
  for (int i = 0; i < n; i++)
    total += rows[i][0] + rows[i][1] + rows[i][2];
  return total;
}

static inline void fill(int out[], int n, int value) {
  for (int i = 0; i < n; i++)
    out[i] = value;
}

static inline unsigned long long mul_u64(unsigned long long a,
                                         unsigned long long b) {
  return a * b;
}

static inline signed char negate_i8(signed char v) { return (signed char)-v; }

static inline _Bool is_even(int v) { return v % 2 == 0; }

static inline double average(const double *values, kb_size_t n) {
  double total = 0;
  for (kb_size_t i = 0; i < n; i++)
    total += values[i];
  return n ? total / (double)n : 0;
}

/* Parameters named like the macros defined below: the wrappers must not
 * reuse these names. */
static inline int clamp(int current, int min, int max) {
  return current < min ? min : current > max ? max : current;
}

static inline int counter_state(int delta) {
  static int counter;
  counter += delta;
  return counter;
}

static inline void counter_reset(void) { counter_state(-counter_state(0)); }

static inline int counter_next(void) { return counter_state(1); }

/* Not inline: a plain static function in a header. */
static int twice(int v) { return 2 * v; }

/* Cannot be wrapped (C cannot forward `...`); the generator says so. */
static inline int sum_va(int n, ...) { return n; }

static inline __attribute__((noreturn)) void stop(int code) {
  (void)code;
  __builtin_trap();
}

/* Defined after the functions, as kernel headers do (`current`, `min`). */
#define current (get_current())
#define min(a, b) ((a) < (b) ? (a) : (b))
#define max(a, b) ((a) > (b) ? (a) : (b))

#endif /* KBINDGEN_TEST_WRAPPERS_INLINE_FNS_H */
