// kbindgen-flags: --opaque-type opaque_aligned
// An opaque type 8-aligned on every target: where u64 is 4-aligned (i386)
// the blob must still state its alignment (issue 14, class 4).
struct opaque_aligned {
  long long a;
  int b;
} __attribute__((aligned(8)));

struct holds_opaque {
  char c;
  struct opaque_aligned o;
};
