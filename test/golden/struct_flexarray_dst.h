// kbindgen-flags: --flexarray-dst --with-derive-default
// --flexarray-dst: a struct ending in a flexible array member (`T x[]`, or
// GNU `T x[0]` as bindgen) is generic over it, `s<FAM: ?Sized = [T; 0]>`.
// Plain `s` is the sized form (C's sizeof), so pointers, values and
// signatures keep their meaning; `s<[T]>` has the member as a slice. The
// helpers between them work on stable Rust. A zero-length array before the
// end, a union and a packed struct (with a warning) keep the
// __IncompleteArrayField. Default is the zeroed impl of the sized form.
// kbindgen-expect-warning (packed_tail)
// runcheck.struct_flexarray_dst: C fills a msg, Rust reads it through
// flex_ref; Rust allocates one with layout(len), C reads it.
struct msg {
  unsigned tag;
  unsigned len;
  char payload[];
};

struct zero_tail {
  int count;
  int data[0];
};

struct mid_zero {
  int count;
  int data1[0];
  char data2[];
};

/* The member starts inside the sized form's tail padding (offset 10,
 * sizeof 16): the DST form's size is the end of the elements, padded. */
struct padded_tail {
  long a;
  char c;
  short items[];
};

struct aligned_tail {
  int count;
  int data[];
} __attribute__((aligned(64)));

struct packed_tail {
  char c;
  int n;
  int data[];
} __attribute__((packed));

struct tail_of_structs {
  int n;
  struct elem {
    int key;
    int value;
  } elems[];
};

struct with_bits {
  unsigned a : 3;
  unsigned b : 5;
  unsigned short data[];
};

union u_tail {
  int i;
  char bytes[0];
};

/* The sized form by value. */
struct holder {
  int k;
  struct msg header;
};

typedef struct msg msg_t;

struct msg *msg_new(unsigned len);
unsigned msg_sum(const msg_t *m);
void msg_free(struct msg *m);
unsigned long padded_size(unsigned n);
long padded_sum(const struct padded_tail *p, unsigned n);
