// kbindgen-flags: --opaque-type opaque_pk
// kbindgen-expect-warning: their call ABI passes a misaligned member laid out as bytes
// A record passed by value whose Rust layout replaces a member by bytes is
// classified by rustc from the bytes and by clang from the member's type:
// x86_64 passes a record with a misaligned member in memory, its Rust bytes
// in integer registers. Such functions are refused, all-integer records
// too; the types keep their layout. A member Rust keeps as its own type
// (plain `packed`, `#pragma pack`) is misaligned for both: still callable.

// d at offset 1: packed(4) cannot place an f64 there.
struct __attribute__((packed, aligned(4))) pk4 {
  char c;
  double d;
};
struct pk4 pk4_make(double d);
double pk4_get(struct pk4 p);

// All integers, i and l misaligned under packed(2).
struct __attribute__((packed, aligned(2))) pk2_ints {
  char c;
  int i;
  long l;
};
long pk2_ints_sum(struct pk2_ints p);

// Nested, in an array, and behind a typedef: the inner record's layout.
struct holds_pk4 {
  struct pk4 inner[2];
};
typedef struct holds_pk4 holds_pk4_t;
double holds_pk4_get(holds_pk4_t h);

// Over-aligned member of a packed struct: Rust forbids repr(align) there.
struct __attribute__((aligned(8))) float_al8 {
  float f;
};
struct __attribute__((packed)) wraps_al8 {
  struct float_al8 a;
};
float wraps_al8_get(struct wraps_al8 w);

// An opaque blob of a record with a misaligned member.
struct __attribute__((packed)) opaque_pk {
  char c;
  int i;
};
int opaque_pk_get(struct opaque_pk p);

// Callable: Rust keeps each member as its type.
struct __attribute__((packed)) packed_mixed {
  char c;
  int i;
  double d;
};
double packed_mixed_get(struct packed_mixed p);
#pragma pack(4)
struct pack4_double {
  char c;
  double d;
};
#pragma pack()
double pack4_double_get(struct pack4_double p);
struct __attribute__((packed)) packed_aligned_fields {
  int a;
  int b;
};
int packed_aligned_fields_sum(struct packed_aligned_fields p);
// Passed by pointer: the layout is what counts.
double pk4_get_ptr(const struct pk4 *p);
