// kbindgen-flags: --rustified-enum rust_e --newtype-enum nt_e --bitfield-enum bf_e --constified-enum-module mod_e
// (The flags line above is one line on purpose: see .clang-format.)
// The C side of the ABI runtime test. kbindgen generates the Rust bindings
// for this header at test time; abi.c implements it; main.rs calls through.

/* Structs by value: small (registers), with floats (SSE), large (memory). */
struct small {
  int a;
  int b;
};
struct floaty {
  float x;
  double y;
};
struct large {
  long long v[6];
  char tag;
};
struct small small_make(int a, int b);
int small_sum(struct small s);
void small_double(struct small *s);
struct floaty floaty_scale(struct floaty f, double k);
struct large large_make(long long base);
long long large_sum(struct large l);

/* Named nested member, anonymous struct and anonymous union members. */
struct nested {
  struct small inner;
  struct {
    short lo;
    short hi;
  };
  union {
    int as_int;
    float as_float;
  };
  char c;
};
struct nested nested_make(int seed);
long long nested_encode(struct nested n);

/* Bitfields: signed, a run that spills into the next unit, 40-bit, bool. */
struct bits {
  unsigned a : 3;
  unsigned b : 7;
  int s : 5;
  unsigned c : 20;
  unsigned long long wide : 40;
  _Bool flag : 1;
};
struct bits bits_make(void);
long long bits_read(const struct bits *b, int which);

/* Packed bitfields straddling bytes, then an ordinary field. */
struct __attribute__((packed)) pbits {
  unsigned char x : 3;
  unsigned int y : 17;
  signed char z : 6;
  char tail;
};
struct pbits pbits_make(void);
long long pbits_read(const struct pbits *p, int which);

/* Unions. */
union num {
  int i;
  float f;
  unsigned char bytes[4];
};
union num num_from_float(float f);
unsigned num_bits(union num n);

/* Every enum style (selected by the flags on the first line). */
enum plain_e { PLAIN_A = 1, PLAIN_B = 7 };
enum rust_e { RUST_X = 3, RUST_Y = -2 };
enum nt_e { NT_P = 10, NT_Q = 20 };
enum bf_e { BF_R = 1, BF_W = 2, BF_X = 4 };
enum mod_e { MOD_LO = 100, MOD_HI = 200 };
enum plain_e plain_next(enum plain_e e);
enum rust_e rust_flip(enum rust_e e);
int rust_value(enum rust_e e);
enum nt_e nt_next(enum nt_e e);
unsigned bf_value(enum bf_e e);
enum bf_e bf_all(void);
enum mod_e mod_next(enum mod_e e);

/* Variadic calls. */
int sum_ints(int n, ...);
double sum_doubles(int n, ...);

/* Callbacks through function pointers. */
typedef int (*binop_cb)(int, int);
int apply_cb(binop_cb f, int a, int b);
void for_each(const int *values, int n, void (*visit)(void *ctx, int v),
              void *ctx);
struct small apply_small(struct small (*f)(struct small), struct small s);

/* Globals read and written from both sides. */
extern int g_counter;
extern const int g_const;
extern struct small g_small;
extern double g_ratio;
extern int g_table[4];
int get_counter(void);
void inc_counter(void);
int g_small_sum(void);
double get_ratio(void);

/* Small scalars (extension of narrow return values), bool, by-value
   bitfield and packed structs, enums inside structs. */
signed char neg_char(void);
unsigned short big_ushort(void);
_Bool is_even(int v);
long long bits_read_value(struct bits b, int which);
long long pbits_sum(struct pbits p);
struct enum_holder {
  enum rust_e r;
  enum nt_e n;
  char pad;
  enum mod_e m;
};
struct enum_holder enum_holder_make(void);
int enum_holder_check(struct enum_holder h);
extern const int g_primes[5];

/* Flexible array member. */
struct fam {
  int n;
  int items[];
};
struct fam *fam_make(int n);
void fam_free(struct fam *f);

/* Names Rust spells differently from C: a keyword beside the name its escape
   would take (the C name keeps it, the keyword takes one more `_`), and
   non-ASCII identifiers, which Rust names in ASCII and links to the C
   symbol. */
extern int loop;
extern int loop_;
int match(int x);
int match_(int x);
int été(int x);
extern int größe;
struct kw_pair {
  int type;
  int type_;
};
int kw_pair_check(struct kw_pair p);

/* Packed records by value whose Rust layout keeps every member as its type:
   a member misaligned for its type (plain packed, #pragma pack) makes x86_64
   pass the record in memory, for clang and rustc alike. */
struct __attribute__((packed)) packed_mixed {
  char c;
  int i;
  double d;
};
#pragma pack(4)
struct pack4_double {
  char c;
  double d;
};
#pragma pack()
struct __attribute__((packed)) packed_ints {
  int a;
  int b;
};
struct packed_mixed packed_mixed_make(int i, double d);
double packed_mixed_sum(struct packed_mixed p);
struct pack4_double pack4_double_make(double d);
double pack4_double_get(struct pack4_double p);
struct packed_ints packed_ints_make(int a, int b);
int packed_ints_sum(struct packed_ints p);

/* Refused: packed(4) cannot place the double at offset 1, so Rust has
   bytes there and passes them in registers where C uses memory.
   run_abi.py checks these are not emitted. */
// kbindgen-abi-refused: pk4_make pk4_get
struct __attribute__((packed, aligned(4))) pk4 {
  char c;
  double d;
};
struct pk4 pk4_make(double d);
double pk4_get(struct pk4 p);

/* Refused: clang passes and returns a record with a flexible array member
   in memory on x86_64 (and one holding such a record, a GNU extension);
   Rust's zero-sized tail leaves an 8-byte struct in registers. Before the
   check, a Rust call of a function returning one died with SIGSEGV. */
// kbindgen-abi-refused: famv_make famv_len famv_outer_len
struct famv {
  int len;
  int tag;
  int data[];
};
struct famv_outer {
  long id;
  struct famv inner;
};
struct famv famv_make(int len);
int famv_len(struct famv f);
int famv_outer_len(struct famv_outer o);
/* A pointer to it is fine. */
int famv_len_ptr(const struct famv *f);
