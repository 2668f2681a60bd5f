// C implementation of abi.h, compiled by clang into a static library.
#include "abi.h"
#include <stdarg.h>
#include <stdlib.h>

struct small small_make(int a, int b) {
  struct small s = {a, b};
  return s;
}
int small_sum(struct small s) { return s.a + s.b; }
void small_double(struct small *s) {
  s->a *= 2;
  s->b *= 2;
}
struct floaty floaty_scale(struct floaty f, double k) {
  struct floaty r = {(float)(f.x * k), f.y * k};
  return r;
}
struct large large_make(long long base) {
  struct large l;
  for (int i = 0; i < 6; i++)
    l.v[i] = base + i;
  l.tag = 'L';
  return l;
}
long long large_sum(struct large l) {
  long long sum = l.tag;
  for (int i = 0; i < 6; i++)
    sum += l.v[i];
  return sum;
}

struct nested nested_make(int seed) {
  struct nested n;
  n.inner.a = seed;
  n.inner.b = seed + 1;
  n.lo = (short)(seed * 2);
  n.hi = (short)(-seed);
  n.as_int = seed * 100;
  n.c = 'n';
  return n;
}
long long nested_encode(struct nested n) {
  return (long long)n.inner.a * 1000000 + n.inner.b * 10000 + n.lo * 100 +
         n.hi + n.as_int + n.c;
}

struct bits bits_make(void) {
  struct bits b = {0};
  b.a = 5;
  b.b = 100;
  b.s = -11;
  b.c = 0xABCDE;
  b.wide = 0xF123456789ULL;
  b.flag = 1;
  return b;
}
long long bits_read(const struct bits *b, int which) {
  switch (which) {
  case 0:
    return b->a;
  case 1:
    return b->b;
  case 2:
    return b->s;
  case 3:
    return b->c;
  case 4:
    return (long long)b->wide;
  case 5:
    return b->flag;
  }
  return -999;
}

struct pbits pbits_make(void) {
  struct pbits p = {0};
  p.x = 6;
  p.y = 0x1ABCD;
  p.z = -20;
  p.tail = 't';
  return p;
}
long long pbits_read(const struct pbits *p, int which) {
  switch (which) {
  case 0:
    return p->x;
  case 1:
    return p->y;
  case 2:
    return p->z;
  case 3:
    return p->tail;
  }
  return -999;
}

union num num_from_float(float f) {
  union num n;
  n.f = f;
  return n;
}
unsigned num_bits(union num n) { return (unsigned)n.i; }

enum plain_e plain_next(enum plain_e e) {
  return e == PLAIN_A ? PLAIN_B : PLAIN_A;
}
enum rust_e rust_flip(enum rust_e e) { return e == RUST_X ? RUST_Y : RUST_X; }
int rust_value(enum rust_e e) { return (int)e; }
enum nt_e nt_next(enum nt_e e) { return e == NT_P ? NT_Q : NT_P; }
unsigned bf_value(enum bf_e e) { return (unsigned)e; }
enum bf_e bf_all(void) { return BF_R | BF_W | BF_X; }
enum mod_e mod_next(enum mod_e e) { return e == MOD_LO ? MOD_HI : MOD_LO; }

int sum_ints(int n, ...) {
  va_list ap;
  va_start(ap, n);
  int sum = 0;
  for (int i = 0; i < n; i++)
    sum += va_arg(ap, int);
  va_end(ap);
  return sum;
}
double sum_doubles(int n, ...) {
  va_list ap;
  va_start(ap, n);
  double sum = 0;
  for (int i = 0; i < n; i++)
    sum += va_arg(ap, double);
  va_end(ap);
  return sum;
}

int apply_cb(binop_cb f, int a, int b) { return f ? f(a, b) : -1; }
void for_each(const int *values, int n, void (*visit)(void *ctx, int v),
              void *ctx) {
  for (int i = 0; i < n; i++)
    visit(ctx, values[i]);
}
struct small apply_small(struct small (*f)(struct small), struct small s) {
  return f(s);
}

int g_counter = 41;
const int g_const = 1234;
struct small g_small = {5, 6};
double g_ratio = 0.25;
int g_table[4] = {10, 20, 30, 40};
int get_counter(void) { return g_counter; }
void inc_counter(void) { g_counter++; }
int g_small_sum(void) { return g_small.a + g_small.b; }
double get_ratio(void) { return g_ratio; }

signed char neg_char(void) { return -5; }
unsigned short big_ushort(void) { return 65000; }
_Bool is_even(int v) { return v % 2 == 0; }
long long bits_read_value(struct bits b, int which) {
  return bits_read(&b, which);
}
long long pbits_sum(struct pbits p) { return p.x + p.y + p.z + p.tail; }
struct enum_holder enum_holder_make(void) {
  struct enum_holder h = {RUST_Y, NT_Q, 'p', MOD_HI};
  return h;
}
int enum_holder_check(struct enum_holder h) {
  return h.r == RUST_X && h.n == NT_P && h.pad == 'q' && h.m == MOD_LO;
}
const int g_primes[5] = {2, 3, 5, 7, 11};

struct fam *fam_make(int n) {
  struct fam *f = malloc(sizeof(struct fam) + (size_t)n * sizeof(int));
  f->n = n;
  for (int i = 0; i < n; i++)
    f->items[i] = i * i;
  return f;
}
void fam_free(struct fam *f) { free(f); }

int loop = 11;
int loop_ = 22;
int match(int x) { return x + 1; }
int match_(int x) { return x + 2; }
int été(int x) { return x * 3; }
int größe = 42;
int kw_pair_check(struct kw_pair p) { return p.type == 1 && p.type_ == 2; }

struct packed_mixed packed_mixed_make(int i, double d) {
  struct packed_mixed p = {'m', i, d};
  return p;
}
double packed_mixed_sum(struct packed_mixed p) { return p.c + p.i + p.d; }
struct pack4_double pack4_double_make(double d) {
  struct pack4_double p = {'4', d};
  return p;
}
double pack4_double_get(struct pack4_double p) { return p.d * 2 + p.c; }
struct packed_ints packed_ints_make(int a, int b) {
  struct packed_ints p = {a, b};
  return p;
}
int packed_ints_sum(struct packed_ints p) { return p.a * 10 + p.b; }
struct pk4 pk4_make(double d) {
  struct pk4 p = {'k', d};
  return p;
}
double pk4_get(struct pk4 p) { return p.d + p.c; }

struct famv famv_make(int len) {
  struct famv f = {len, 7};
  return f;
}
int famv_len(struct famv f) { return f.len + f.tag; }
int famv_outer_len(struct famv_outer o) { return o.inner.len + (int)o.id; }
int famv_len_ptr(const struct famv *f) { return f->len; }
