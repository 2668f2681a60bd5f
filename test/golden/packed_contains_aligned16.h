// A packed struct containing a struct declared aligned(16): Rust rejects a
// repr(align) type inside repr(packed), so the layout must still come out right
// (opaque member or explicit bytes) without a compile error.
// kbindgen-expect-warning: the type has no exact Rust equivalent
struct __attribute__((aligned(16))) aligned16 {
  int v;
};

struct __attribute__((packed)) packed_outer {
  char head;
  struct aligned16 inner;
  char tail;
};
