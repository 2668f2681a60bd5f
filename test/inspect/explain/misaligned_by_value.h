// explain: pk4_get pk4_get_ptr wraps_al8_get opaque_pk_get pack4_double_get -- --opaque-type opaque_pk
// Functions passing a record whose Rust layout replaces a member by bytes
// are skipped with the member, its offset and its alignment as the reason.
struct __attribute__((packed, aligned(4))) pk4 {
  char c;
  double d;
};
double pk4_get(struct pk4 p);
double pk4_get_ptr(const struct pk4 *p);
struct __attribute__((aligned(8))) float_al8 {
  float f;
};
struct __attribute__((packed)) wraps_al8 {
  struct float_al8 a;
};
float wraps_al8_get(struct wraps_al8 w);
struct __attribute__((packed)) opaque_pk {
  char c;
  int i;
};
int opaque_pk_get(struct opaque_pk p);
#pragma pack(4)
struct pack4_double {
  char c;
  double d;
};
#pragma pack()
double pack4_double_get(struct pack4_double p);
